import { officePageOptions } from '../documents/builders/page'
import { formatTimeRange } from '../calendar'
import { comparePersonNames } from '../contacts/sort'
import { buildDaftarHadir, type DaftarHadirData, type DaftarHadirRow } from '../documents/builders/daftar-hadir'
import type { DocumentLayout } from '../documents/layout'
import type { Attendance, DaftarHadirSettings, Group, Meeting, OfficeProfile, Organisation, Person, SheetOrder, Signature } from '../model'
import { stripActingPrefix } from '../model'
import type { InviteeView } from './invitees'
import { timeMarks, timeMarksText, type MeetingTimes } from './attendance-times'

/** An invitee as the attendance sheet and the recording screen list them. */
export interface Participant {
  inviteeId: string
  kind: InviteeView['kind']
  /** Invitation order. */
  order: number
  /** The person's name; for an organisation invite, its head's title (whoever comes signs). */
  name: string
  position: string
  organisation: string
  phone: string
  /** The participant's first group in the address book, '' when none. */
  groupName: string
  groupId: string
}

export interface ParticipantLookup {
  people: ReadonlyMap<string, Person>
  organisations: ReadonlyMap<string, Organisation>
  groups: ReadonlyMap<string, Group>
}

/** Invitees with what the sheet needs from the address book: phone and group. */
export function sheetParticipants(invitees: readonly InviteeView[], lookup: ParticipantLookup): Participant[] {
  return invitees.map((inv) => {
    const targetId = inv.key.slice(2)
    const person = inv.kind === 'person' ? lookup.people.get(targetId) : undefined
    const organisation = inv.kind === 'organisation' ? lookup.organisations.get(targetId) : undefined
    const groupId = (person?.groupIds ?? organisation?.groupIds ?? [])[0] ?? ''
    return {
      inviteeId: inv.id,
      kind: inv.kind,
      order: inv.order,
      name: inv.name,
      position: inv.position,
      organisation: inv.organisationName,
      phone: person?.phone ?? organisation?.phone ?? '',
      groupName: lookup.groups.get(groupId)?.name ?? '',
      groupId
    }
  })
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })


/**
 * Participants in one of the sheet orders of earlier versions (legacy-sheet-order.ts writes them into
 * the invitees' order once; today's sheet prints 'undangan'): as invited; per group, groups in the
 * order they were invited; per organisation, alphabetically; or by name without honorifics. Ties
 * keep the invitation order, so the Ketua stays before her Wakil within one office.
 */
export function orderParticipants(list: readonly Participant[], order: SheetOrder): Participant[] {
  const byInvitation = [...list].sort((a, b) => a.order - b.order)
  if (order === 'undangan') return byInvitation
  if (order === 'kelompok') {
    const rank = new Map<string, number>()
    for (const p of byInvitation) if (p.groupId && !rank.has(p.groupId)) rank.set(p.groupId, rank.size)
    const r = (p: Participant) => (p.groupId ? (rank.get(p.groupId) ?? Infinity) : Infinity)
    return byInvitation.sort((a, b) => r(a) - r(b) || a.order - b.order)
  }
  if (order === 'organisasi') {
    // Without an organisation: at the end, not at the top.
    const key = (p: Participant) => [p.organisation ? 0 : 1, p.organisation] as const
    return byInvitation.sort((a, b) => key(a)[0] - key(b)[0] || collator.compare(key(a)[1], key(b)[1]) || a.order - b.order)
  }
  // The address book's own name order: "Ny. Hj. Nevi ..." under N, drg., Hajjah, Ustadzah and degrees left out too.
  return byInvitation.sort((a, b) => comparePersonNames(a.name, b.name) || a.order - b.order)
}

/** "Jabatan/Instansi": the position, then the office on its own line unless the position already names it. */
export function positionAndOffice(position: string, organisation: string): string {
  const p = position.trim()
  const o = organisation.trim()
  if (!p) return o
  if (!o || p.toLocaleLowerCase('id-ID').includes(o.toLocaleLowerCase('id-ID'))) return p
  return `${p}\n${o}`
}

/**
 * The sheet's pre-filled rows, in the invitees' one order (the list's and the lampiran's). An
 * organisation invite leaves Nama empty (whoever comes writes it) and prints its addressee alone,
 * which already names the organisation (docs/formats.md "Addressees").
 *
 * With the day's records: a signature drawn at the meja registrasi prints in the row's slot; a
 * delegate's name stands under the invitee's (an organisation's row takes the delegate's name); the
 * walk-ins who came follow the invitees, in the order they were added; Keterangan says "datang HH.MM"
 * and "pulang HH.MM" (attendance-times.ts), and, when the sheet prints Keterangan, izin or tidak hadir
 * with the note recorded.
 */
export function daftarHadirRows(participants: readonly Participant[], records?: SheetRecords): DaftarHadirRow[] {
  const byInvitee = new Map<string, Attendance>()
  for (const r of records?.rows ?? []) if (r.inviteeId) byInvitee.set(r.inviteeId, r)
  const signatures = new Map((records?.signatures ?? []).map((g) => [g.attendanceId, g]))
  const extra = (r: Attendance | undefined): Pick<DaftarHadirRow, 'note' | 'signature'> => {
    if (!r || !records) return {}
    const sig = signatures.get(r.id)
    const note = rowNote(r, records)
    return { ...(note ? { note } : {}), ...(sig ? { signature: { width: sig.width, height: sig.height, strokes: sig.strokes } } : {}) }
  }
  const invited = orderParticipants(participants, 'undangan').map((p): DaftarHadirRow => {
    const r = byInvitee.get(p.inviteeId)
    const delegate = r?.status === 'diwakili' ? r.delegateName.trim() : ''
    if (p.kind === 'organisation') return { name: delegate, position: p.name, ...extra(r) }
    return { name: delegate ? `${p.name}\nDiwakili: ${delegate}` : p.name, position: positionAndOffice(p.position, p.organisation), ...extra(r) }
  })
  const walkIns = [...(records?.rows ?? [])]
    .filter((r) => !r.inviteeId && (r.status === 'hadir' || r.status === 'diwakili'))
    .sort((a, b) => a.order - b.order)
    .map((r): DaftarHadirRow => ({ name: r.name, position: positionAndOffice(r.position, r.organisation), ...extra(r) }))
  return [...invited, ...walkIns]
}

/** What a sheet prints from the day's records. */
export interface SheetRecords {
  /** The day's attendance rows. */
  rows: readonly Attendance[]
  /** The day's signatures (one per attendance row). */
  signatures: readonly Signature[]
  meeting: MeetingTimes
  /** The sheet prints Keterangan: izin and tidak hadir with their notes go there too. */
  showNote: boolean
}

function rowNote(r: Attendance, records: SheetRecords): string {
  const times = timeMarksText(timeMarks(r, records.meeting))
  if (!records.showNote) return times
  const note = r.note.trim()
  const status = r.status === 'izin' ? 'Izin' : r.status === 'tidak-hadir' ? 'Tidak hadir' : ''
  const said = status && note ? `${status}: ${note}` : status || note
  return [said, times].filter(Boolean).join('; ')
}

type ProfileForSheet = Pick<OfficeProfile, 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'logo' | 'ketuaTitle' | 'sekretarisName' | 'placeName' | 'paper' | 'tataNaskah'>

/** The Sekretaris certifies the list unless the sheet names someone else: "Sekretaris TP PKK Provinsi ...". */
export function defaultCertifier(profile: Pick<OfficeProfile, 'ketuaTitle' | 'sekretarisName'>): { title: string; name: string } {
  // "Pj. Ketua TP PKK ..." in the profile still gives "Sekretaris TP PKK ...".
  const ketua = stripActingPrefix(profile.ketuaTitle)
  return { title: /^ketua\s/i.test(ketua) ? `Sekretaris ${ketua.replace(/^ketua\s+/i, '')}` : 'Sekretaris', name: profile.sekretarisName.trim() }
}

export interface DaftarHadirInput {
  profile: ProfileForSheet
  meeting: Pick<Meeting, 'title' | 'dates' | 'timeStart' | 'timeEnd' | 'timeZone' | 'place'>
  /** One of the meeting's dates: one sheet per day. */
  day: string
  participants: readonly Participant[]
  settings: DaftarHadirSettings
  /** The day's attendance rows and signatures: printed into the sheet (signatures, delegates, walk-ins, Keterangan). */
  records?: { rows: readonly Attendance[]; signatures: readonly Signature[] }
}

export function daftarHadirData(input: DaftarHadirInput): DaftarHadirData {
  const { profile, meeting, day, settings } = input
  const dates = [...meeting.dates].sort()
  const certifier = defaultCertifier(profile)
  return {
    office: profile,
    kop: settings.showKop,
    meetingTitle: meeting.title,
    dayIso: day,
    ...(dates.length > 1 ? { dayOfMeeting: { index: dates.indexOf(day) + 1, count: dates.length } } : {}),
    time: formatTimeRange(meeting.timeStart, meeting.timeEnd || undefined, meeting.timeZone),
    place: meeting.place,
    rows: daftarHadirRows(
      input.participants,
      input.records ? { rows: input.records.rows.filter((r) => r.day === day), signatures: input.records.signatures.filter((g) => g.day === day), meeting, showNote: settings.showNote } : undefined
    ),
    blankRows: settings.blankRows,
    showPhone: settings.showPhone,
    showNote: settings.showNote,
    certifier: {
      placeName: profile.placeName,
      dateIso: day,
      title: settings.certifierTitle.trim() || certifier.title,
      name: settings.certifierName.trim() || certifier.name
    },
    page: officePageOptions(profile)
  }
}

export function daftarHadirLayout(input: DaftarHadirInput): DocumentLayout {
  return buildDaftarHadir(daftarHadirData(input))
}
