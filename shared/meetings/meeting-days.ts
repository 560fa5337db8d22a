import { formatDayDate } from '../calendar'
import type { Attendance } from '../model'

/** What becomes of a meeting's days when its dates are edited. */
export interface DayRemap {
  /** Old date → new date, for every old day that stays (a day whose date is unchanged maps to itself). */
  moves: Map<string, string>
  /** Old days with no new date, with their position (1 = hari ke-1) in the old order. */
  removed: { day: string; index: number }[]
}

/**
 * Attendance belongs to the meeting's day (hari ke-1, hari ke-2, ...), not to a calendar date.
 * Both lists are taken in date order, without repeats.
 * - Days only added or only removed (every new date was already a day, or every old day is still
 *   one): the days that stay keep their date; the removed ones lose theirs.
 * - Otherwise (the meeting was moved): the old day at position i becomes the new day at position i;
 *   old days beyond the new count are removed.
 */
export function remapMeetingDays(oldDates: readonly string[], newDates: readonly string[]): DayRemap {
  const before = [...new Set(oldDates)].sort()
  const after = [...new Set(newDates)].sort()
  const afterSet = new Set(after)
  const beforeSet = new Set(before)
  const moves = new Map<string, string>()
  const removed: DayRemap['removed'] = []
  const sameDays = after.every((d) => beforeSet.has(d)) || before.every((d) => afterSet.has(d))
  before.forEach((day, i) => {
    const target = sameDays ? (afterSet.has(day) ? day : undefined) : after[i]
    if (target === undefined) removed.push({ day, index: i + 1 })
    else moves.set(day, target)
  })
  return { moves, removed }
}

/** A removed day that holds recorded attendance: statuses other than belum, or walk-ins. */
export interface DayLoss {
  day: string
  index: number
  records: number
}

/** Rows that count as recorded: a status other than belum, or a walk-in. */
export const isRecorded = (r: Pick<Attendance, 'inviteeId' | 'status'>): boolean => !r.inviteeId || r.status !== 'belum'

/** The removed days that would take recorded attendance with them. */
export function daysLosingRecords(remap: DayRemap, rows: readonly Pick<Attendance, 'day' | 'inviteeId' | 'status'>[]): DayLoss[] {
  return remap.removed.flatMap(({ day, index }) => {
    const records = rows.filter((r) => r.day === day && isRecorded(r)).length
    return records > 0 ? [{ day, index, records }] : []
  })
}

/** "Hari ke-2 (Jumat, 6 Desember 2019) sudah punya 12 catatan kehadiran. Hapus hari ini beserta catatannya?" */
export function dayLossQuestion(losses: readonly DayLoss[]): string {
  const what = losses.map((l) => `Hari ke-${l.index} (${formatDayDate(l.day)}) sudah punya ${l.records} catatan kehadiran.`).join(' ')
  return `${what} ${losses.length > 1 ? 'Hapus hari-hari ini beserta catatannya?' : 'Hapus hari ini beserta catatannya?'}`
}

/** Refusal of the data layer: the edit would remove days with recorded attendance and was not confirmed. */
export class DaysHaveAttendanceError extends Error {
  readonly losses: readonly DayLoss[]
  constructor(losses: readonly DayLoss[]) {
    super(dayLossQuestion(losses))
    this.name = 'DaysHaveAttendanceError'
    this.losses = losses
  }
}
