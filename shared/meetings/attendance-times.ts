import { utcOffset } from '../calendar'
import type { Attendance, Meeting, TimeZoneLabel } from '../model'

/*
 * Arriving late and leaving early (the meja registrasi records the arrival, the secretary a departure
 * or a corrected arrival): moments are stored as ISO instants in UTC and shown on the office's wall
 * clock, the meeting's zone (WIB UTC+7, WITA UTC+8, WIT UTC+9), to the minute.
 *
 * - "datang HH.MM" when she arrived after the day's start time (09.00 and 09.00 and a few seconds are
 *   on time: minutes count, as the sheet prints them);
 * - "pulang HH.MM" when she left before the day's end time; a meeting without an end time ("s.d.
 *   selesai") prints every departure the secretary marked, since she marks only who left early.
 * Each day of a meeting has its own record, compared with that day's start and end.
 */

const MINUTE = 60_000

/** The office's wall clock of an instant: its date and "HH:MM". */
export function wallClock(iso: string, zone: TimeZoneLabel): { day: string; hhmm: string } {
  const local = new Date(Date.parse(iso) + utcOffset[zone] * 3_600_000)
  const day = local.toISOString().slice(0, 10)
  return { day, hhmm: local.toISOString().slice(11, 16) }
}

/** The instant (ISO, UTC) of "HH:MM" on a day, on the office's wall clock. */
export function instantAt(day: string, hhmm: string, zone: TimeZoneLabel): string {
  const [h, m] = hhmm.split(':').map(Number)
  const utc = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), (h ?? 0) - utcOffset[zone], m ?? 0)
  return new Date(utc).toISOString()
}

/**
 * A time as the secretary types it: "9.40", "09.40", "09:40", "0940" → "09:40"; undefined when it is
 * not a time of day.
 */
export function readClock(typed: string): string | undefined {
  const t = typed.trim()
  const m = /^(\d{1,2})[.:]?(\d{2})$/.exec(t)
  if (!m) return undefined
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 23 || min > 59) return undefined
  return `${String(h).padStart(2, '0')}:${m[2]}`
}

/** "09.40": the wall clock with the dot Indonesian letters use. */
export const clockText = (hhmm: string): string => hhmm.replace(':', '.')

export type MeetingTimes = Pick<Meeting, 'timeStart' | 'timeEnd' | 'timeZone'>

export interface TimeMarks {
  /** "HH:MM" when she came after the start. */
  late?: string
  /** "HH:MM" when she left before the end (or at all, without an end time). */
  early?: string
}

const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / MINUTE)

/** What the record's arrival and departure say against its day's start and end. */
export function timeMarks(row: Pick<Attendance, 'day' | 'arrivedAt' | 'leftAt'>, meeting: MeetingTimes): TimeMarks {
  const out: TimeMarks = {}
  if (row.arrivedAt && minuteOf(row.arrivedAt) > minuteOf(instantAt(row.day, meeting.timeStart, meeting.timeZone))) {
    out.late = wallClock(row.arrivedAt, meeting.timeZone).hhmm
  }
  if (row.leftAt && (!meeting.timeEnd || minuteOf(row.leftAt) < minuteOf(instantAt(row.day, meeting.timeEnd, meeting.timeZone)))) {
    out.early = wallClock(row.leftAt, meeting.timeZone).hhmm
  }
  return out
}

/** "datang 09.40; pulang 11.15", "" when she was there from start to end. */
export function timeMarksText(m: TimeMarks): string {
  return [m.late ? `datang ${clockText(m.late)}` : '', m.early ? `pulang ${clockText(m.early)}` : ''].filter(Boolean).join('; ')
}

/** Why a record's times cannot stand: she left before she came. Undefined when they can. */
export function timesProblem(row: Pick<Attendance, 'arrivedAt' | 'leftAt'>): string | undefined {
  if (row.arrivedAt && row.leftAt && Date.parse(row.leftAt) < Date.parse(row.arrivedAt)) return 'Jam pulang tidak boleh sebelum jam datang.'
  return undefined
}
