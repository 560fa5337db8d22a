import { formatTimeRange } from '../calendar'
import type { MeetingFields } from '../model'

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
