import { fitAttendanceRow, inviteeRowFields, sheetParticipants, timesProblem, type Participant } from '@shared/meetings'
import {
  attendance,
  attendanceLimits,
  attendanceMark,
  daftarHadirSettings,
  defaultDaftarHadirSettings,
  isoDate,
  newId,
  printable,
  stamp,
  text,
  walkInFields,
  type Attendance,
  type AttendanceMark,
  type DaftarHadirSettings,
  type MeetingDocument,
  type Signature,
  type WalkInFields
} from '@shared/model'
import type { PkkDatabase } from './db'
import { getMeetingDocument, saveMeetingDocument } from './documents-repo'
import { upgradeSheetOrders } from './invitee-order-repo'
import { meetingAttendance, meetingInvitees, writeAttendance } from './meeting-rows'
import { inviteeViews } from './meetings-repo'

/** Walk-ins are listed after the invitees, in the order they were added. */
const WALK_IN_ORDER = 1_000_000

/** The invitees of a meeting with their phone and group from the address book, in invitation order. */
export async function meetingParticipants(db: PkkDatabase, meetingId: string): Promise<Participant[]> {
  return db.transaction('r', [db.inviteeLists, db.people, db.organisations, db.groups, db.profile], async () => {
    const views = await inviteeViews(db, meetingId)
    const personIds = views.filter((v) => v.kind === 'person').map((v) => v.key.slice(2))
    const orgIds = views.filter((v) => v.kind === 'organisation').map((v) => v.key.slice(2))
    const [people, organisations, groups] = await Promise.all([db.people.bulkGet(personIds), db.organisations.bulkGet(orgIds), db.groups.toArray()])
    return sheetParticipants(views, {
      people: new Map(people.flatMap((p) => (p ? [[p.id, p]] : []))),
      organisations: new Map(organisations.flatMap((o) => (o ? [[o.id, o]] : []))),
      groups: new Map(groups.map((g) => [g.id, g]))
    })
  })
}

/** The attendance rows of one meeting day. */
export async function attendanceOfDay(db: PkkDatabase, meetingId: string, day: string): Promise<Attendance[]> {
  return (await meetingAttendance(db, meetingId)).filter((r) => r.day === day)
}

async function meetingDay(db: PkkDatabase, meetingId: string, day: string): Promise<void> {
  isoDate.parse(day)
  const meeting = await db.meetings.get(meetingId)
  if (!meeting) throw new Error('Rapat tidak ditemukan; mungkin sudah dihapus.')
  if (!meeting.dates.includes(day)) throw new Error(`Tanggal ${day} bukan hari rapat ini.`)
}

/** Which line of the day's list is recorded: an existing row, or an invitee with nothing recorded yet. */
export type RecordTarget = { rowId: string; inviteeId?: string | undefined } | { rowId?: undefined; inviteeId: string }

/**
 * What one record changes: the status (with the delegate when diwakili), the note, the arrival or
 * departure (an ISO instant; null takes it away).
 */
export interface RecordPatch {
  mark?: AttendanceMark
  note?: string
  arrivedAt?: string | null
  leftAt?: string | null
}

const TABLES_FOR_RECORD = (db: PkkDatabase) => [db.attendanceLists, db.meetings, db.inviteeLists, db.people, db.organisations, db.groups, db.profile]

function patchFields(patch: RecordPatch): Partial<Attendance> {
  const m = patch.mark ? attendanceMark.parse(patch.mark) : undefined
  return {
    ...(m ? { status: m.status } : {}),
    ...(m?.delegateName !== undefined ? { delegateName: m.delegateName } : {}),
    ...(m?.delegatePosition !== undefined ? { delegatePosition: m.delegatePosition } : {}),
    ...(patch.note !== undefined ? { note: text(500).parse(patch.note) } : {}),
    ...(typeof patch.arrivedAt === 'string' ? { arrivedAt: stamp.parse(patch.arrivedAt) } : {}),
    ...(typeof patch.leftAt === 'string' ? { leftAt: stamp.parse(patch.leftAt) } : {})
  }
}

/** The row with the patch applied; a time set to null is taken away. Refused when she would leave before she came. */
function patched(current: Attendance, patch: RecordPatch, now: Date): Attendance {
  const next: Attendance = { ...current, ...patchFields(patch), updatedAt: now.toISOString() }
  if (patch.arrivedAt === null) delete next.arrivedAt
  if (patch.leftAt === null) delete next.leftAt
  const problem = timesProblem(next)
  if (problem) throw new Error(problem)
  return attendance.parse(fitAttendanceRow(next))
}

/** The invitee's row of the day: the existing one, or a new one from the invitation (not yet stored). */
function inviteeRow(rows: readonly Attendance[], participants: readonly Participant[], meetingId: string, day: string, inviteeId: string, now: Date): Attendance {
  const existing = rows.find((r) => r.inviteeId === inviteeId)
  if (existing) return existing
  const participant = participants.find((p) => p.inviteeId === inviteeId)
  if (!participant) throw new Error('Peserta ini tidak lagi ada di daftar undangan rapat.')
  return {
    id: newId(),
    meetingId,
    day,
    inviteeId,
    ...inviteeRowFields(participant),
    status: 'belum',
    delegateName: '',
    delegatePosition: '',
    note: '',
    order: participant.order,
    updatedAt: now.toISOString()
  }
}

/**
 * Records one line of the day's list, in one transaction: the invitee's row is created by the first
 * record (opening a screen writes nothing), an existing row is updated. Validated by the schema the
 * restore uses before it is stored.
 */
export async function recordAttendance(db: PkkDatabase, meetingId: string, day: string, target: RecordTarget, patch: RecordPatch, now = new Date()): Promise<Attendance> {
  // Validated before the transaction opens, so bad input leaves the database untouched.
  patchFields(patch)
  return db.transaction('rw', TABLES_FOR_RECORD(db), async () => {
    await meetingDay(db, meetingId, day)
    let current: Attendance | undefined
    if (target.rowId !== undefined) {
      const id = target.rowId
      current = (await meetingAttendance(db, meetingId)).find((r) => r.id === id)
      if (!current) throw new Error('Catatan kehadiran tidak ditemukan; mungkin sudah dihapus di jendela lain.')
    } else {
      const [rows, participants] = await Promise.all([attendanceOfDay(db, meetingId, day), meetingParticipants(db, meetingId)])
      current = inviteeRow(rows, participants, meetingId, day, target.inviteeId, now)
    }
    const next = patched(current, patch, now)
    await writeAttendance(db, meetingId, { put: [next] })
    return next
  })
}

/** The signatures of one meeting day (drawn at the meja registrasi), for the sheet and the recap. */
export async function signaturesOfDay(db: PkkDatabase, meetingId: string, day: string): Promise<Signature[]> {
  return db.signatures.where('[meetingId+day]').equals([meetingId, day]).toArray()
}

/** Every signature of a meeting, all days: the Daftar Hadir of each day prints its own. */
export async function meetingSignatures(db: PkkDatabase, meetingId: string): Promise<Signature[]> {
  return db.signatures.where('[meetingId+day]').between([meetingId, ''], [meetingId, '\uffff']).toArray()
}

/** The same status for many invitees of one day at once ("the rest came"), rows created as needed, in one transaction. */
export async function markInvitees(db: PkkDatabase, meetingId: string, day: string, inviteeIds: readonly string[], status: AttendanceMark['status'], now = new Date()): Promise<number> {
  const { status: s } = attendanceMark.parse({ status })
  return db.transaction('rw', TABLES_FOR_RECORD(db), async () => {
    await meetingDay(db, meetingId, day)
    const [existing, participants] = await Promise.all([attendanceOfDay(db, meetingId, day), meetingParticipants(db, meetingId)])
    const byInvitee = new Map(existing.flatMap((r) => (r.inviteeId ? [[r.inviteeId, r] as const] : [])))
    const rows = inviteeIds.map((inviteeId) => {
      const row = byInvitee.get(inviteeId) ?? inviteeRow([], participants, meetingId, day, inviteeId, now)
      return attendance.parse(fitAttendanceRow({ ...row, status: s, updatedAt: now.toISOString() }))
    })
    await writeAttendance(db, meetingId, { put: rows })
    return rows.length
  })
}

/** One attendance row of a meeting, by its id. */
async function attendanceRow(db: PkkDatabase, meetingId: string, rowId: string): Promise<Attendance | undefined> {
  return (await meetingAttendance(db, meetingId)).find((r) => r.id === rowId)
}

/** Someone who came without an invitation, added to the day's list as present. */
export async function addWalkIn(db: PkkDatabase, meetingId: string, day: string, fields: WalkInFields, now = new Date()): Promise<Attendance> {
  const f = printable(walkInFields).parse(fields)
  return db.transaction('rw', db.attendanceLists, db.meetings, async () => {
    await meetingDay(db, meetingId, day)
    const rows = await attendanceOfDay(db, meetingId, day)
    const order = rows.reduce((max, r) => (r.inviteeId ? max : Math.max(max, r.order)), WALK_IN_ORDER) + 1
    const row = attendance.parse({
      id: newId(),
      meetingId,
      day,
      ...f,
      status: 'hadir',
      delegateName: '',
      delegatePosition: '',
      order,
      updatedAt: now.toISOString()
    })
    await writeAttendance(db, meetingId, { put: [row], addOnly: true })
    return row
  })
}

export async function updateWalkIn(db: PkkDatabase, meetingId: string, rowId: string, fields: WalkInFields, now = new Date()): Promise<Attendance> {
  const f = printable(walkInFields).parse(fields)
  return db.transaction('rw', db.attendanceLists, async () => {
    const current = await attendanceRow(db, meetingId, rowId)
    if (current?.inviteeId) throw new Error('Data peserta undangan diubah di buku alamat, bukan di daftar hadir.')
    if (!current) throw new Error('Catatan kehadiran tidak ditemukan; mungkin sudah dihapus di jendela lain.')
    const next = attendance.parse(fitAttendanceRow({ ...current, ...f, updatedAt: now.toISOString() }))
    await writeAttendance(db, meetingId, { put: [next] })
    return next
  })
}

/** Only what is not backed by an invitation: a walk-in, or the record of someone no longer invited. */
export async function deleteAttendanceRow(db: PkkDatabase, meetingId: string, rowId: string): Promise<void> {
  await db.transaction('rw', db.attendanceLists, db.inviteeLists, async () => {
    const row = await attendanceRow(db, meetingId, rowId)
    if (!row) return
    const inviteeId = row.inviteeId
    if (inviteeId && (await meetingInvitees(db, meetingId)).some((i) => i.id === inviteeId)) {
      throw new Error('Peserta undangan tidak dihapus dari daftar hadir; hapus dari daftar undangan rapat.')
    }
    await writeAttendance(db, meetingId, { remove: [rowId] })
  })
}

/**
 * The settings a new sheet starts from: those of the sheet saved last (the office's habit), else
 * the defaults; the certifier is the meeting's own choice and starts from the profile.
 */
export async function startingSheetSettings(db: PkkDatabase): Promise<DaftarHadirSettings> {
  const docs = await db.documents.filter((d: MeetingDocument) => d.kind === 'daftar-hadir' && d.daftarHadir !== undefined).toArray()
  const last = docs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.daftarHadir
  return last ? { ...last, order: 'undangan', certifierTitle: '', certifierName: '' } : { ...defaultDaftarHadirSettings }
}

/** Saves how the sheet prints; an order of its own (as earlier versions kept) is written into the invitees' one order at once. */
export async function saveSheetSettings(db: PkkDatabase, meetingId: string, settings: DaftarHadirSettings, now = new Date()): Promise<MeetingDocument> {
  const valid = daftarHadirSettings.parse(settings)
  return db.transaction('rw', [db.documents, db.meetings, db.inviteeLists, db.people, db.organisations, db.groups], async () => {
    const saved = await saveMeetingDocument(db, meetingId, 'daftar-hadir', { daftarHadir: valid }, now)
    if (valid.order === 'undangan') return saved
    await upgradeSheetOrders(db, meetingId)
    return (await getMeetingDocument(db, meetingId, 'daftar-hadir')) ?? saved
  })
}

const overlong = (r: Attendance) =>
  r.name.trim().length > attendanceLimits.name || r.position.trim().length > attendanceLimits.position || r.organisation.trim().length > attendanceLimits.organisation

/**
 * Rows an earlier version wrote when the attendance page was opened, with a copied head title longer
 * than the row allows: every backup carried them and the restore refused the file. Cut to fit (in one
 * transaction) so the next backup restores. Returns how many rows were put right.
 */
export async function fitOverlongAttendance(db: PkkDatabase): Promise<number> {
  return db.transaction('rw', db.attendanceLists, async () => {
    // Only the meetings holding such a row are written again.
    const lists = await db.attendanceLists.filter((l) => l.rows.some(overlong)).toArray()
    let count = 0
    for (const list of lists) {
      const fixed = list.rows.filter(overlong).flatMap((r) => {
        const next = attendance.safeParse(fitAttendanceRow(r))
        return next.success ? [next.data] : []
      })
      await writeAttendance(db, list.meetingId, { put: fixed })
      count += fixed.length
    }
    return count
  })
}
