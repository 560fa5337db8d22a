import type { Group, Invitee, MeetingDocument, Organisation, Person } from '../model'
import { orderParticipants, sheetParticipants } from './attendance-sheet'
import { resolveInvitees } from './invitees'

/**
 * Before the invitees had one order, the Daftar Hadir had its own setting (per group, per organisation,
 * by name). An office's data from then is brought into the one order once: the sheet's order is
 * written as the invitees' order, and the setting becomes "as invited" ('undangan'), so the sheet
 * prints what it printed and the list and the lampiran follow it from then on. Run on every data file
 * read (datafile/read.ts) and on the app's own database when it opens.
 */
export interface SheetOrderTables {
  invitees: Invitee[]
  documents: MeetingDocument[]
  people: Person[]
  organisations: Organisation[]
  groups: Group[]
}

/** The sheets still holding an order of their own (anything but 'undangan'). */
export function legacyOrderedSheets(documents: readonly MeetingDocument[]): MeetingDocument[] {
  return documents.filter((d) => d.kind === 'daftar-hadir' && d.daftarHadir !== undefined && d.daftarHadir.order !== 'undangan')
}

/** What changes: the invitees whose order moves and the sheets whose setting becomes 'undangan'. */
export function legacySheetOrderChanges(tables: SheetOrderTables): { invitees: Invitee[]; documents: MeetingDocument[] } {
  const sheets = legacyOrderedSheets(tables.documents)
  if (sheets.length === 0) return { invitees: [], documents: [] }
  const people = new Map(tables.people.map((p) => [p.id, p]))
  const organisations = new Map(tables.organisations.map((o) => [o.id, o]))
  const groups = new Map(tables.groups.map((g) => [g.id, g]))
  const invitees: Invitee[] = []
  const documents: MeetingDocument[] = []
  for (const sheet of sheets) {
    const settings = sheet.daftarHadir
    if (!settings) continue
    const own = tables.invitees.filter((i) => i.meetingId === sheet.meetingId)
    const views = resolveInvitees(own, people, organisations)
    const ordered = orderParticipants(sheetParticipants(views, { people, organisations, groups }), settings.order).map((p) => p.inviteeId)
    // Invitees the address book no longer resolves print nowhere; they keep their place after the others.
    const rest = [...own].sort((a, b) => a.order - b.order).filter((i) => !ordered.includes(i.id))
    const byId = new Map(own.map((i) => [i.id, i]))
    ;[...ordered, ...rest.map((i) => i.id)].forEach((id, n) => {
      const inv = byId.get(id)
      if (inv && inv.order !== n + 1) invitees.push({ ...inv, order: n + 1 })
    })
    documents.push({ ...sheet, daftarHadir: { ...settings, order: 'undangan' } })
  }
  return { invitees, documents }
}

/** The tables with the changes above applied (unchanged tables when no sheet holds an order of its own). */
export function applyLegacySheetOrders<T extends SheetOrderTables>(tables: T): T {
  const changes = legacySheetOrderChanges(tables)
  if (changes.documents.length === 0) return tables
  const inv = new Map(changes.invitees.map((i) => [i.id, i]))
  const docs = new Map(changes.documents.map((d) => [d.id, d]))
  return {
    ...tables,
    invitees: tables.invitees.map((i) => inv.get(i.id) ?? i),
    documents: tables.documents.map((d) => docs.get(d.id) ?? d)
  }
}
