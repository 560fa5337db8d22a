import type { Snapshot } from '../../shared/datafile'
import type { DocumentLayout } from '../../shared/documents/layout'
import { meetingDocuments, type RenderableDocument } from '../../shared/meetings'
import type { Attendance, Invitee, Meeting, Person } from '../../shared/model'

/** One document to time: its layout, and which formats it is made in. */
export interface DocCase {
  /** Stable key for budgets and the JSON: "undangan", "undangan-65", "daftar-hadir-500", ... */
  id: string
  label: string
  fileName: string
  layout: DocumentLayout
  docx: boolean
}

/** A case the sample cannot give yet (its maker has not landed), with the reason for the table. */
export interface SkippedCase {
  id: string
  label: string
  reason: string
}

/** What the file name says the document is; the names come from the makers (documentFileName). */
const KINDS: readonly { id: string; label: string; test: RegExp }[] = [
  { id: 'undangan', label: 'Surat Undangan', test: /^(draf\s+)?undangan\b/i },
  { id: 'keputusan', label: 'Keputusan (dengan lampiran)', test: /^(draf\s+)?keputusan\b/i },
  { id: 'daftar-hadir', label: 'Daftar Hadir', test: /^(draf\s+)?daftar\s+hadir\b/i },
  { id: 'notulen', label: 'Notulen', test: /^(draf\s+)?notulen\b/i },
  { id: 'kesimpulan', label: 'Kesimpulan Rapat', test: /^(draf\s+)?kesimpulan\b/i }
]

export function kindOf(fileName: string): { id: string; label: string } {
  const k = KINDS.find((x) => x.test.test(fileName))
  if (k) return { id: k.id, label: k.label }
  const slug = fileName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30)
  return { id: slug || 'dokumen', label: fileName.slice(0, 40) }
}

/** Ids made unique in order: a second "notulen" becomes "notulen-2". */
function uniqueIds<T extends { id: string }>(cases: T[]): T[] {
  const seen = new Map<string, number>()
  return cases.map((c) => {
    const n = (seen.get(c.id) ?? 0) + 1
    seen.set(c.id, n)
    return n === 1 ? c : { ...c, id: `${c.id}-${n}` }
  })
}

export function theRakon(snapshot: Snapshot): Meeting {
  const m = snapshot.meetings.find((x) => x.kind === 'rapat-konsultasi') ?? snapshot.meetings[0]
  if (!m) throw new Error('Data demo tidak punya rapat')
  return m
}

/** Every document the app makes for the meeting, whatever makers exist when the bench runs. */
export function meetingCases(snapshot: Snapshot, meeting: Meeting): DocCase[] {
  const invited = snapshot.invitees.filter((i) => i.meetingId === meeting.id).length
  const attached = snapshot.documents.some((d) => d.meetingId === meeting.id && d.undangan?.mode === 'daftar-terlampir')
  const named = (kind: { id: string; label: string }) => {
    if (kind.id === 'daftar-hadir') return { id: `daftar-hadir-${invited}`, label: `Daftar Hadir ${invited} peserta` }
    if (kind.id === 'undangan' && attached) return { id: kind.id, label: `${kind.label} + daftar ${invited} undangan` }
    return kind
  }
  // The Daftar Hadir budgeted is the sheet printed before the meeting for pen signatures; the demo's sheet signed at
  // the meja registrasi (every signature drawn as vectors in the PDF, a PNG in the DOCX) is its own row, unbudgeted.
  const signed = snapshot.signatures.some((x) => x.meetingId === meeting.id)
  const blank = signed ? meetingDocuments({ ...snapshot, signatures: [] }, meeting) : undefined
  const cases = meetingDocuments(snapshot, meeting).flatMap((d): DocCase[] => {
    const kind = named(kindOf(d.fileName))
    if (kind.id !== `daftar-hadir-${invited}` || !blank) return [{ ...kind, fileName: d.fileName, layout: d.layout, docx: true }]
    const unsigned = blank.find((b) => b.fileName === d.fileName)
    return [
      ...(unsigned ? [{ ...kind, fileName: d.fileName, layout: unsigned.layout, docx: true }] : []),
      { id: `${kind.id}-ttd`, label: `${kind.label}, ditandatangani di meja registrasi`, fileName: d.fileName, layout: d.layout, docx: true }
    ]
  })
  return uniqueIds(cases)
}

/** The invitation as one letter per invitee (mail merge) in one file: the draft's mode switched to per-penerima. */
export function mergedInvitationCase(snapshot: Snapshot, meeting: Meeting): DocCase | SkippedCase {
  const copy = structuredClone(snapshot)
  let switched = false
  for (const d of copy.documents) {
    if (d.meetingId === meeting.id && d.kind === 'undangan' && d.undangan) {
      d.undangan.mode = 'per-penerima'
      // An issued invitation prints its frozen copy (one letter with the list): laid out anew from the draft, as a
      // correction would, so the merge is what is measured.
      delete d.frozen
      switched = true
    }
  }
  const invited = copy.invitees.filter((i) => i.meetingId === meeting.id).length
  const label = `${invited} undangan (mail merge)`
  if (!switched) return { id: `undangan-${invited}`, label, reason: 'rapat demo belum punya Surat Undangan' }
  const doc = meetingDocuments(copy, meeting).find((d) => kindOf(d.fileName).id === 'undangan')
  if (!doc) return { id: `undangan-${invited}`, label, reason: 'pembuat Surat Undangan tidak menghasilkan dokumen' }
  return { id: `undangan-${invited}`, label, fileName: doc.fileName, layout: doc.layout, docx: true }
}

/**
 * The sample with `total` participants: extra people (and their attendance rows, copied from the
 * sample's own, when it has any) invited to the meeting, so every maker sees a big meeting.
 */
export function withParticipants(snapshot: Snapshot, meeting: Meeting, total: number): Snapshot {
  const copy = structuredClone(snapshot)
  const mine = copy.invitees.filter((i) => i.meetingId === meeting.id)
  const template = copy.people[0]
  if (!template) throw new Error('Data demo tidak punya orang')
  const orgs = copy.organisations
  const rows = copy.attendance.filter((a) => a.meetingId === meeting.id && a.inviteeId)
  const rowTemplate = rows[0]
  let order = mine.reduce((max, i) => Math.max(max, i.order), 0)
  for (let n = mine.length; n < total; n++) {
    const org = orgs[n % Math.max(1, orgs.length)]
    const person: Person = {
      ...template,
      id: `bench-person-${n}`,
      name: `Peserta Tambahan Nomor ${n + 1}`,
      position: n % 3 === 0 ? 'Kepala Bidang' : 'Anggota Pokja',
      ...(org ? { organisationId: org.id } : {}),
      email: '',
      notes: ''
    }
    copy.people.push(person)
    const invitee: Invitee = {
      id: `bench-invitee-${n}`,
      meetingId: meeting.id,
      key: `p:${person.id}`,
      kind: 'person',
      personId: person.id,
      order: ++order,
      createdAt: template.createdAt
    }
    copy.invitees.push(invitee)
    if (rowTemplate) {
      for (const day of meeting.dates) {
        const row: Attendance = { ...rowTemplate, id: `bench-attendance-${n}-${day}`, day, inviteeId: invitee.id, order: invitee.order }
        copy.attendance.push(row)
      }
    }
  }
  return copy
}

/** The attendance sheet of a meeting of `total` participants, when a Daftar Hadir maker exists. */
export function bigSheetCase(snapshot: Snapshot, meeting: Meeting, total: number): DocCase | SkippedCase {
  const id = `daftar-hadir-${total}`
  const label = `Daftar Hadir ${total} peserta`
  const big = withParticipants(snapshot, meeting, total)
  const sheet: RenderableDocument | undefined = meetingDocuments(big, meeting).find((d) => kindOf(d.fileName).id === 'daftar-hadir')
  if (!sheet) return { id, label, reason: 'belum ada pembuat Daftar Hadir di meetingDocuments' }
  return { id, label, fileName: sheet.fileName, layout: sheet.layout, docx: true }
}

export const isSkipped = (c: DocCase | SkippedCase): c is SkippedCase => 'reason' in c
