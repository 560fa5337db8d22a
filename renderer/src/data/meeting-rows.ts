import { attendanceListOf, checkedAll, inviteeListOf } from '@shared/datafile'
import type { Attendance, Invitee } from '@shared/model'
import type { PkkDatabase } from './db'

/**
 * The invitees and attendance rows of meetings, as the repositories read and write them: one row per
 * invitee or attendance record, as before. The database keeps them packed per meeting (database
 * version 9, shared/datafile/packed.ts); every write here is a read-modify-write of the meeting's one
 * record and must run inside a transaction over its table (`db.inviteeLists`, `db.attendanceLists`),
 * which is what the callers' transactions name. Every row written is checked against its table's
 * schema, as a restore reads it.
 */

/** The invitees of one meeting (in `key` order; callers sort by `order`). */
export async function meetingInvitees(db: PkkDatabase, meetingId: string): Promise<Invitee[]> {
  return (await db.inviteeLists.get(meetingId))?.rows ?? []
}

/** The invitees of several meetings. */
export async function inviteesOfMeetings(db: PkkDatabase, meetingIds: readonly string[]): Promise<Invitee[]> {
  if (meetingIds.length === 0) return []
  return (await db.inviteeLists.bulkGet([...meetingIds])).flatMap((l) => l?.rows ?? [])
}

/** Every attendance row of a meeting, all days (by day). */
export async function meetingAttendance(db: PkkDatabase, meetingId: string): Promise<Attendance[]> {
  return (await db.attendanceLists.get(meetingId))?.rows ?? []
}

export async function attendanceOfMeetings(db: PkkDatabase, meetingIds: readonly string[]): Promise<Attendance[]> {
  if (meetingIds.length === 0) return []
  return (await db.attendanceLists.bulkGet([...meetingIds])).flatMap((l) => l?.rows ?? [])
}

/** How many meetings invite this person or organisation (the index of the lists, no rows read). */
export async function meetingsInviting(db: PkkDatabase, contact: { personId: string } | { organisationId: string }): Promise<number> {
  return 'personId' in contact ? db.inviteeLists.where('personIds').equals(contact.personId).count() : db.inviteeLists.where('organisationIds').equals(contact.organisationId).count()
}

export interface RowChange<T> {
  /** Rows added or replaced (by `id`). */
  put?: readonly T[]
  /** Ids of rows removed. */
  remove?: readonly string[]
  /** Refuse a row of `put` whose id is already there (IndexedDB's add). */
  addOnly?: boolean
}

function applied<T extends { id: string; meetingId: string }>(meetingId: string, current: readonly T[], change: RowChange<T>): T[] {
  const byId = new Map(current.map((r) => [r.id, r]))
  for (const id of change.remove ?? []) byId.delete(id)
  for (const r of change.put ?? []) {
    if (r.meetingId !== meetingId) throw new Error(`Baris ${r.id} milik rapat lain; tidak disimpan.`)
    if (change.addOnly && byId.has(r.id)) throw new Error(`Baris ${r.id} sudah ada; tidak ditambahkan lagi.`)
    byId.set(r.id, r)
  }
  return [...byId.values()]
}

/**
 * Changes the invitee list of one meeting. Someone invited twice (the same `key`) is refused, as the
 * unique index of the row table did.
 */
export async function writeInvitees(db: PkkDatabase, meetingId: string, change: RowChange<Invitee>): Promise<void> {
  const put = checkedAll('invitees', [...(change.put ?? [])])
  if (put.length === 0 && (change.remove ?? []).length === 0) return
  await db.transaction('rw', db.inviteeLists, async () => {
    const rows = applied(meetingId, await meetingInvitees(db, meetingId), { ...change, put })
    const keys = new Set<string>()
    for (const r of rows) {
      if (keys.has(r.key)) throw new Error('Penerima ini sudah ada di daftar undangan rapat.')
      keys.add(r.key)
    }
    if (rows.length === 0) await db.inviteeLists.delete(meetingId)
    else await db.inviteeLists.put(inviteeListOf(meetingId, rows))
  })
}

/** Changes the attendance rows of one meeting. */
export async function writeAttendance(db: PkkDatabase, meetingId: string, change: RowChange<Attendance>): Promise<void> {
  const put = checkedAll('attendance', [...(change.put ?? [])])
  if (put.length === 0 && (change.remove ?? []).length === 0) return
  await db.transaction('rw', db.attendanceLists, async () => {
    const rows = applied(meetingId, await meetingAttendance(db, meetingId), { ...change, put })
    if (rows.length === 0) await db.attendanceLists.delete(meetingId)
    else await db.attendanceLists.put(attendanceListOf(meetingId, rows))
  })
}

/** Rows of many meetings at once, each meeting's list written once. */
export async function putInviteesOfMeetings(db: PkkDatabase, rows: readonly Invitee[]): Promise<void> {
  for (const [meetingId, put] of groupByMeeting(rows)) await writeInvitees(db, meetingId, { put })
}

export async function putAttendanceOfMeetings(db: PkkDatabase, rows: readonly Attendance[]): Promise<void> {
  for (const [meetingId, put] of groupByMeeting(rows)) await writeAttendance(db, meetingId, { put })
}

function groupByMeeting<T extends { meetingId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) out.set(r.meetingId, [...(out.get(r.meetingId) ?? []), r])
  return out
}
