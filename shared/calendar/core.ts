/** Indonesian calendar words for letters (docs/formats.md "Calendar words"). Dates are ISO strings: 2019-12-17. */

export const monthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember'
] as const

export const dayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const

export interface DateParts {
  year: number
  month: number
  day: number
}

/** Parses "YYYY-MM-DD" strictly (no time zone, no overflow such as 2019-02-30). */
export function parseIsoDate(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new RangeError(`Tanggal tidak valid: ${iso}`)
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Tanggal tidak ada di kalender: ${iso}`)
  }
  return { year, month, day }
}

export function isValidIsoDate(iso: string): boolean {
  try {
    parseIsoDate(iso)
    return true
  } catch {
    return false
  }
}

export function toIsoDate(p: DateParts): string {
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** Today's date as the office's wall clock shows it, for a given UTC offset in hours (WIB 7, WITA 8, WIT 9). */
export function todayIso(now: Date, utcOffsetHours: number): string {
  const shifted = new Date(now.getTime() + utcOffsetHours * 3_600_000)
  return toIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() })
}

export const utcOffset = { WIB: 7, WITA: 8, WIT: 9 } as const

export function romanMonth(month: number): string {
  const r = romans[month - 1]
  if (!r) throw new RangeError(`Bulan tidak valid: ${month}`)
  return r
}

export function monthName(month: number): string {
  const n = monthNames[month - 1]
  if (!n) throw new RangeError(`Bulan tidak valid: ${month}`)
  return n
}

export function dayOfWeek(iso: string): number {
  const { year, month, day } = parseIsoDate(iso)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** "Jumat" (or "Jum'at" when the office writes it so). */
export function dayName(iso: string, options: { jumatApostrophe?: boolean } = {}): string {
  const name = dayNames[dayOfWeek(iso)] ?? ''
  return name === 'Jumat' && options.jumatApostrophe ? "Jum'at" : name
}

/** "17 Desember 2019". */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${day} ${monthName(month)} ${year}`
}

/** "Jumat, 20 Desember 2019" as in Hari/Tanggal. */
export function formatDayDate(iso: string, options: { jumatApostrophe?: boolean } = {}): string {
  return `${dayName(iso, options)}, ${formatDateLong(iso)}`
}

/** "Padang, 17 Desember 2019": the place and date line of a letter. */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatDateLong(iso)}`
}

/** "09.00" from "09:00": Indonesian letters write times with a dot. */
export function formatTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  if (!m) throw new RangeError(`Jam tidak valid: ${hhmm}`)
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 23 || min > 59) throw new RangeError(`Jam tidak valid: ${hhmm}`)
  return `${String(h).padStart(2, '0')}.${m[2]}`
}

/** "09.00 WIB s.d. selesai" or "09.00 s.d. 12.00 WIB". */
export function formatTimeRange(start: string, end: string | undefined, zone: string): string {
  if (!end) return `${formatTime(start)} ${zone} s.d. selesai`
  return `${formatTime(start)} s.d. ${formatTime(end)} ${zone}`
}
