import { isUpcoming } from './meeting-text'

interface Listed {
  id: string
  dates: readonly string[]
  updatedAt: string
}

/** The order of the meeting list: the latest first day first, then the last changed. */
export function compareMeetingsNewestFirst(a: Listed, b: Listed): number {
  return (b.dates[0] ?? '').localeCompare(a.dates[0] ?? '') || b.updatedAt.localeCompare(a.updatedAt)
}

/**
 * Beranda's "Rapat yang akan datang": the `limit` soonest meetings whose last day is today or later,
 * soonest first. `candidates` may hold a meeting more than once (read from the index of its days) and
 * meetings already over; both are left out here.
 */
export function nextMeetings<M extends Listed>(candidates: readonly M[], today: string, limit: number): M[] {
  const byId = new Map(candidates.map((m) => [m.id, m]))
  return [...byId.values()]
    .filter((m) => isUpcoming(m.dates, today))
    .sort(compareMeetingsNewestFirst)
    .reverse()
    .slice(0, limit)
}
