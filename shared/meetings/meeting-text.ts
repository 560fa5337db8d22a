import { formatDateLong, formatDayDate, formatTimeRange, parseIsoDate } from '../calendar'
import type { MeetingFields } from '../model'

/** "Jumat, 20 Desember 2019"; "Senin dan Selasa, 2 dan 3 Desember 2019"; "Senin s.d. Rabu, 2 s.d. 4 Desember 2019". */
export function meetingDayDate(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort()
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (!first || !last) return ''
  if (first === last) return formatDayDate(first)
  const dayMs = 86_400_000
  const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
  const consecutive = sorted.every((d, i) => i === 0 || time(d) - time(sorted[i - 1] ?? d) === dayMs)
  if (!consecutive && sorted.length > 2) return sorted.map((d) => formatDayDate(d)).join('; ')
  const joiner = sorted.length === 2 ? 'dan' : 's.d.'
  const day1 = formatDayDate(first).split(',')[0]
  const day2 = formatDayDate(last).split(',')[0]
  const a = parseIsoDate(first)
  const b = parseIsoDate(last)
  const datePart = a.month === b.month && a.year === b.year ? `${a.day} ${joiner} ${formatDateLong(last)}` : `${formatDateLong(first)} ${joiner} ${formatDateLong(last)}`
  return `${day1} ${joiner} ${day2}, ${datePart}`
}

export function meetingTime(m: Pick<MeetingFields, 'timeStart' | 'timeEnd' | 'timeZone'>): string {
  return formatTimeRange(m.timeStart, m.timeEnd || undefined, m.timeZone)
}

/** Upcoming when its last day is today or later. */
export function isUpcoming(dates: readonly string[], todayIso: string): boolean {
  const last = [...dates].sort().at(-1)
  return last !== undefined && last >= todayIso
}

/** The subject of the decree and the invitation, from the meeting's title: capitals as printed decrees have it. */
export function meetingSubjectCaps(title: string): string {
  return title.trim().toLocaleUpperCase('id-ID')
}
