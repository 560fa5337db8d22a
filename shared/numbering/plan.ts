import { formatDateLong } from '../calendar'
import { dateBounds, fitsBounds } from './order'
import { problem, type NumberingProblem } from './problem'
import type { NumberedEntry } from './types'

export type IssuePlan =
  | { kind: 'main'; seq: number; insert: 0 }
  /** A back-dated letter: an inserted number after `after`, the last number of its date; the main counter stays. */
  | { kind: 'insert'; seq: number; insert: number; after: NumberedEntry }
  | { kind: 'refused'; problem: NumberingProblem }

/**
 * Where a new letter of `date` goes in its counter's year.
 * `entries` are every register entry of that counter and year (cancelled ones too);
 * `last` is the counter's last main number (it may exceed the entries when the office started mid-year).
 */
export function planIssue(entries: readonly NumberedEntry[], last: number, date: string): IssuePlan {
  const top = entries.reduce((m, e) => Math.max(m, e.seq), last)
  const next = top + 1
  if (fitsBounds(dateBounds(entries, { seq: next, insert: 0 }), date)) return { kind: 'main', seq: next, insert: 0 }

  // Back-dated: after the last main number dated on or before this date.
  const anchor = entries
    .filter((e) => e.insert === 0 && e.date <= date)
    .reduce<NumberedEntry | undefined>((a, e) => (!a || e.seq > a.seq ? e : a), undefined)
  if (!anchor) {
    const first = entries
      .filter((e) => e.insert === 0)
      .reduce<NumberedEntry | undefined>((a, e) => (!a || e.seq < a.seq ? e : a), undefined)
    const earlier = first && first.seq > 1 ? ` Bila surat ini memakai nomor dari sebelum ${first.number}, catat lewat "Daftarkan nomor manual".` : ''
    return {
      kind: 'refused',
      problem: problem(
        'before-first',
        `Tanggal ${formatDateLong(date)} lebih awal dari nomor pertama tahun ini${first ? ` (${first.number}, ${formatDateLong(first.date)})` : ''}, jadi tidak ada nomor yang dapat disisipi. Pakai tanggal ${first ? formatDateLong(first.date) : 'itu'} atau sesudahnya.${earlier}`
      )
    }
  }
  const insert = entries.filter((e) => e.seq === anchor.seq).reduce((m, e) => Math.max(m, e.insert), 0) + 1
  return { kind: 'insert', seq: anchor.seq, insert, after: anchor }
}
