/**
 * Dates and times as the secretary types them, independent of the computer's locale.
 * Dates: "17/12/2026", "17-12-2026", "17.12.2026", "17 Desember 2026", "17 Des 2026" and ISO "2026-12-17";
 * the stored value is always ISO "yyyy-mm-dd". Times: 24 hours, "09.00", "09:00", "9.00", "0900" or "9";
 * the stored value is "HH:MM".
 */
import { formatDayDate, monthNames, toIsoDate } from './core'

export type TypedResult = { ok: true; value: string } | { ok: false; empty: true } | { ok: false; empty: false; message: string }

const DATE_EXAMPLE = 'Tulis tanggal seperti 17/12/2026 atau 17 Desember 2026.'
const TIME_EXAMPLE = 'Tulis jam dalam 24 jam, seperti 09.00 atau 14.30.'

/** Short and other common spellings of months beside their full names ("Agt", "Ags", "Okt", "Des"). */
const monthAliases: Record<string, number> = { agt: 8, ags: 8, agu: 8, aug: 8, oct: 10, dec: 12, may: 5 }

/** 1..12 for a month name or its first three or more letters ("Des", "Desem", "desember"); undefined otherwise. */
export function monthFromWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '')
  if (w.length < 3) return undefined
  const alias = monthAliases[w]
  if (alias) return alias
  const i = monthNames.findIndex((n) => n.toLowerCase().startsWith(w))
  return i >= 0 ? i + 1 : undefined
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function checkParts(day: number, month: number, year: number, yearText: string): TypedResult {
  if (yearText.length !== 4) return { ok: false, empty: false, message: 'Tulis tahun dengan empat angka, misalnya 2026.' }
  if (month < 1 || month > 12) return { ok: false, empty: false, message: `Bulan ${month} tidak ada: bulan hanya 1 sampai 12.` }
  const last = daysInMonth(year, month)
  if (day < 1 || day > last) {
    const monthWord = monthNames[month - 1] ?? ''
    return { ok: false, empty: false, message: `Tanggal ${day} ${monthWord} ${year} tidak ada: ${monthWord} ${year} hanya sampai tanggal ${last}.` }
  }
  return { ok: true, value: toIsoDate({ year, month, day }) }
}

/** Reads a typed date. Refuses dates the calendar does not have (31/02/2026) with a message that says why. */
export function parseTypedDate(text: string): TypedResult {
  const t = text.trim().replace(/\s+/g, ' ')
  if (t === '') return { ok: false, empty: true }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (iso) return checkParts(Number(iso[3]), Number(iso[2]), Number(iso[1]), iso[1] ?? '')
  const numeric = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d+)$/.exec(t)
  if (numeric) return checkParts(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric[3] ?? '')
  const words = /^(\d{1,2})[ -]([A-Za-z]+\.?)[ -](\d+)$/.exec(t)
  if (words) {
    const month = monthFromWord(words[2] ?? '')
    if (month === undefined) return { ok: false, empty: false, message: `Nama bulan “${words[2] ?? ''}” tidak dikenal. ${DATE_EXAMPLE}` }
    return checkParts(Number(words[1]), month, Number(words[3]), words[3] ?? '')
  }
  return { ok: false, empty: false, message: DATE_EXAMPLE }
}

/** "17/12/2026" for an ISO date: what the box shows for a stored date; anything else is returned as it is. */
export function formatTypedDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value
}

/** "Kamis, 17 Desember 2026" for what she typed, or '' while it is not yet a date. */
export function spellTypedDate(text: string): string {
  const r = parseTypedDate(text)
  return r.ok ? formatDayDate(r.value) : ''
}

/** Reads a typed time in 24 hours ("09.00", "09:00", "9.00", "0900", "9"); stores "HH:MM". */
export function parseTypedTime(text: string): TypedResult {
  const t = text.trim()
  if (t === '') return { ok: false, empty: true }
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(t)
  if (!m) {
    if (/[ap]\.?m\.?$/i.test(t)) return { ok: false, empty: false, message: `Tanpa AM/PM: ${TIME_EXAMPLE}` }
    return { ok: false, empty: false, message: TIME_EXAMPLE }
  }
  const hours = Number(m[1])
  const minutes = Number(m[2] ?? '0')
  if (hours > 23) return { ok: false, empty: false, message: `Jam ${hours} tidak ada: jam hanya 00.00 sampai 23.59.` }
  if (minutes > 59) return { ok: false, empty: false, message: `Menit ${minutes} tidak ada: menit hanya 00 sampai 59.` }
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` }
}

/** "09.00" for a stored "09:00"; anything else is returned as it is. */
export function formatTypedTime(value: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(value)
  return m ? `${m[1]}.${m[2]}` : value
}
