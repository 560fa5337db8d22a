import { parseIsoDate } from '../calendar'
import type { Letter } from '../model/letters'

/** The columns of the Buku Agenda Surat Keluar (docs/formats.md "Buku Agenda Surat Keluar"), plus a remark for cancelled numbers. */
export const registerColumns = ['No', 'Nomor dan Kode Surat', 'Tanggal', 'Kepada', 'Perihal', 'Lampiran', 'Tembusan', 'Keterangan'] as const

/**
 * Entries the register screen draws at first: the newest of the year, in the book's order; older ones on
 * request. A page of the paper book holds about 25; 50 keep a month or two in view while the table stays
 * quick to lay out (the bench measures it).
 */
export const REGISTER_PAGE = 50

export interface RegisterRow {
  no: number
  number: string
  /** ISO date; formatDateShort gives "17-12-2019". */
  date: string
  kepada: string
  perihal: string
  lampiran: string
  tembusan: string
  keterangan: string
  cancelled: boolean
  letter: Letter
}

/** The book runs by date; on one date by running number, inserts after their main number. */
export function compareRegister(a: Letter, b: Letter): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return a.seq - b.seq || a.insert - b.insert || a.code.localeCompare(b.code) || a.createdAt.localeCompare(b.createdAt)
}

/**
 * The newest `limit` entries of a year in the book's order, from candidates read by date, newest date
 * first: every entry dated after the oldest date among them, and every entry of that date (the book
 * orders one date by number, which a date index does not give). The caller reads at least `limit`
 * entries by date and then the whole of the oldest date it reached; this picks the page from those.
 */
export function newestInBookOrder(candidates: readonly Letter[], limit: number): Letter[] {
  const byId = new Map(candidates.map((l) => [l.id, l]))
  const sorted = [...byId.values()].sort(compareRegister)
  return limit >= sorted.length ? sorted : sorted.slice(sorted.length - limit)
}

/**
 * The page from one read of a year's entries by date, newest date first, at most `read` of them: every
 * entry dated after the oldest date reached was read, so when those are at least `limit`, the page is
 * theirs; when fewer than `read` came back, the year was read whole. Null when the page's oldest date
 * may hold entries not read yet (more than `read - limit` on one date): the caller reads that date whole.
 */
export function newestPageByDate(byDateNewestFirst: readonly Letter[], limit: number, read: number): Letter[] | null {
  if (byDateNewestFirst.length < read) return newestInBookOrder(byDateNewestFirst, limit)
  const cutoff = byDateNewestFirst.at(-1)?.date ?? ''
  const complete = byDateNewestFirst.filter((l) => l.date > cutoff)
  return complete.length >= limit ? newestInBookOrder(complete, limit) : null
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** Search as the secretary types: every word must appear in the number, addressee, subject, attachments, copies or remark. */
export function matchesSearch(letter: Letter, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const hay = fold([letter.number, letter.kepada, letter.perihal, letter.lampiran, letter.tembusan, letter.cancelReason, letter.code].join(' \n '))
  return words.every((w) => hay.includes(w))
}

export function remarkOf(letter: Letter): string {
  if (letter.status !== 'batal') return letter.source === 'manual' ? 'Dicatat manual' : ''
  return letter.cancelReason ? `Batal: ${letter.cancelReason}` : 'Batal'
}

/** The rows of the book in its order; `firstNo` is the running number of the first (a later page of the year starts past 1). */
export function registerRows(letters: readonly Letter[], firstNo = 1): RegisterRow[] {
  return [...letters].sort(compareRegister).map((l, i) => ({
    no: firstNo + i,
    number: l.number,
    date: l.date,
    kepada: l.kepada,
    perihal: l.perihal,
    lampiran: l.lampiran,
    tembusan: l.tembusan,
    keterangan: remarkOf(l),
    cancelled: l.status === 'batal',
    letter: l
  }))
}

/** "17-12-2019", as agenda books write dates. */
export function formatDateShort(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`
}

/** "agenda-surat-keluar-2019-SKR": a file name without separators for saveFile. */
export function registerFileName(year: number, code?: string): string {
  const safe = (code ?? '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')
  return `agenda-surat-keluar-${year}${safe ? `-${safe}` : ''}`
}
