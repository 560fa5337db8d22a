import { attendanceListOf, inviteeListOf, unpackRows } from '../../../shared/datafile'
import type { Attendance, Invitee } from '../../../shared/model'
import type { PkkDatabase } from '../../../renderer/src/data/db'

/** Every invitee row of the database (kept packed per meeting since database version 9), in id order. */
export const allInvitees = async (db: PkkDatabase): Promise<Invitee[]> => unpackRows(await db.inviteeLists.toArray())

/** Every attendance row of the database, in id order. */
export const allAttendance = async (db: PkkDatabase): Promise<Attendance[]> => unpackRows(await db.attendanceLists.toArray())

export const attendanceById = async (db: PkkDatabase, id: string): Promise<Attendance | undefined> => (await allAttendance(db)).find((r) => r.id === id)

/** One meeting's invitees in their order. */
export const invitedInOrder = async (db: PkkDatabase, meetingId: string): Promise<Invitee[]> =>
  ((await db.inviteeLists.get(meetingId))?.rows ?? []).sort((a, b) => a.order - b.order)

/**
 * Rows written straight into the database, past the repositories and their checks (as an earlier version
 * or another tool may have left them), added to what each meeting already holds.
 */
export async function storeRawAttendance(db: PkkDatabase, rows: readonly Attendance[]): Promise<void> {
  for (const meetingId of new Set(rows.map((r) => r.meetingId))) {
    const current = (await db.attendanceLists.get(meetingId))?.rows ?? []
    await db.attendanceLists.put(attendanceListOf(meetingId, [...current, ...rows.filter((r) => r.meetingId === meetingId)]))
  }
}

export async function storeRawInvitees(db: PkkDatabase, rows: readonly Invitee[]): Promise<void> {
  for (const meetingId of new Set(rows.map((r) => r.meetingId))) {
    const current = (await db.inviteeLists.get(meetingId))?.rows ?? []
    await db.inviteeLists.put(inviteeListOf(meetingId, [...current, ...rows.filter((r) => r.meetingId === meetingId)]))
  }
}
