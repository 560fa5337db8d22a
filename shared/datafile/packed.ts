import type { Attendance, Invitee } from '../model'

/**
 * How the database keeps the two largest per-meeting tables: one record per meeting holding all its
 * rows (database version 9), while the data file and the change journal keep one record per row
 * (`invitees`, `attendance`). A 10-year office has about 80,000 such rows in 600 meetings; Chromium's
 * IndexedDB spends most of a restore on the per-record cost, not on the bytes.
 *
 * The rows of a list are kept in the order the row tables' indexes gave them: invitees by `key`,
 * attendance by `day` then `id`.
 */
export interface InviteeList {
  meetingId: string
  rows: Invitee[]
  /** Every person invited (multiEntry index): which meetings invite her, without reading the rows. */
  personIds: string[]
  /** Every organisation invited (multiEntry index). */
  organisationIds: string[]
}

export interface AttendanceList {
  meetingId: string
  rows: Attendance[]
}

/** The data-file table of each packed database table. */
export const packedTables = { inviteeLists: 'invitees', attendanceLists: 'attendance' } as const
export type PackedTable = keyof typeof packedTables
/** The data-file tables that the database keeps packed per meeting. */
export type PackedRowTable = (typeof packedTables)[PackedTable]
export const packedRowTables: readonly PackedRowTable[] = ['invitees', 'attendance']
/** The database table holding each packed data-file table. */
export const packedTableOf: Record<PackedRowTable, PackedTable> = { invitees: 'inviteeLists', attendance: 'attendanceLists' }

export const isPackedTable = (name: string): name is PackedTable => Object.prototype.hasOwnProperty.call(packedTables, name)
export const isPackedRowTable = (name: string): name is PackedRowTable => name === 'invitees' || name === 'attendance'

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byKey = (a: Invitee, b: Invitee): number => cmp(a.key, b.key) || cmp(a.id, b.id)
const byDay = (a: Attendance, b: Attendance): number => cmp(a.day, b.day) || cmp(a.id, b.id)
const byId = (a: { id: string }, b: { id: string }): number => cmp(a.id, b.id)

/** The stored list of one meeting's invitees (rows sorted, the index arrays derived from them). */
export function inviteeListOf(meetingId: string, rows: readonly Invitee[]): InviteeList {
  const sorted = [...rows].sort(byKey)
  const personIds = new Set<string>()
  const organisationIds = new Set<string>()
  for (const r of sorted) {
    if (r.personId) personIds.add(r.personId)
    if (r.organisationId) organisationIds.add(r.organisationId)
  }
  return { meetingId, rows: sorted, personIds: [...personIds], organisationIds: [...organisationIds] }
}

export function attendanceListOf(meetingId: string, rows: readonly Attendance[]): AttendanceList {
  return { meetingId, rows: [...rows].sort(byDay) }
}

function byMeeting<T extends { meetingId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.meetingId)
    if (list) list.push(r)
    else out.set(r.meetingId, [r])
  }
  return out
}

export const packInvitees = (rows: readonly Invitee[]): InviteeList[] => [...byMeeting(rows)].map(([m, r]) => inviteeListOf(m, r))
export const packAttendance = (rows: readonly Attendance[]): AttendanceList[] => [...byMeeting(rows)].map(([m, r]) => attendanceListOf(m, r))

/** The rows of stored lists as the data file holds them: one array, in primary-key (`id`) order. */
export function unpackRows<T extends { id: string }>(lists: readonly { rows: readonly T[] }[]): T[] {
  return lists.flatMap((l) => l.rows).sort(byId)
}

/**
 * What a write of packed lists changed, in the row tables' terms (the change journal's): the rows new
 * or different after it, and the ids of rows gone. `before` and `after` are the rows of the same
 * meetings before and after the write.
 */
export function rowChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]): { put: T[]; deleted: string[] } {
  const old = new Map(before.map((r) => [r.id, r]))
  const put: T[] = []
  const kept = new Set<string>()
  for (const r of after) {
    kept.add(r.id)
    const was = old.get(r.id)
    if (was === undefined || JSON.stringify(was) !== JSON.stringify(r)) put.push(r)
  }
  return { put, deleted: before.filter((r) => !kept.has(r.id)).map((r) => r.id) }
}
