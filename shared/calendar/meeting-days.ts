import { dayName, formatDateLong, formatDayDate, parseIsoDate } from './core'

const dayNumber = (iso: string): number => {
  const { year, month, day } = parseIsoDate(iso)
  return Date.UTC(year, month - 1, day) / 86_400_000
}

/**
 * Hari/Tanggal of a meeting: "Jumat, 20 Desember 2019"; consecutive days as a range,
 * "Kamis s.d. Jumat, 19 s.d. 20 Desember 2019"; other days listed with "dan".
 */
export function formatMeetingDays(dates: readonly string[]): string {
  const sorted = [...dates].sort()
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (!first || !last) return ''
  if (sorted.length === 1) return formatDayDate(first)
  const consecutive = sorted.every((d, i) => i === 0 || dayNumber(d) - dayNumber(sorted[i - 1] ?? d) === 1)
  if (consecutive) {
    const a = parseIsoDate(first)
    const b = parseIsoDate(last)
    const days = `${dayName(first)} s.d. ${dayName(last)}`
    if (a.year === b.year && a.month === b.month) return `${days}, ${a.day} s.d. ${formatDateLong(last)}`
    return `${days}, ${formatDateLong(first)} s.d. ${formatDateLong(last)}`
  }
  const all = sorted.map((d) => formatDayDate(d))
  return `${all.slice(0, -1).join('; ')} dan ${all[all.length - 1] ?? ''}`
}
