import { formatDateLong, parseIsoDate } from '../calendar'
import { bySlot, dateBounds, fitsBounds, type DateBounds } from './order'
import { describeRange, problem, type NumberingProblem } from './problem'
import type { NumberedEntry } from './types'

/** A skipped stretch longer than this is almost surely a typo (2960 for 296); the office checks it first. */
export const MAX_GAP = 200

const highest = (entries: readonly NumberedEntry[]) => entries.reduce((m, e) => Math.max(m, e.seq), 0)

/** "hanya boleh bertanggal 12 Desember 2019 sampai 17 Desember 2019" and why. */
function orderMessage(subject: string, date: string, b: DateBounds): string {
  const parts: string[] = []
  if (b.min && b.min.date > date) parts.push(`nomor sebelumnya, ${b.min.number}, bertanggal ${formatDateLong(b.min.date)}`)
  if (b.max && b.max.date < date) parts.push(`nomor sesudahnya, ${b.max.number}, bertanggal ${formatDateLong(b.max.date)}`)
  const range =
    b.min && b.max
      ? `${formatDateLong(b.min.date)} sampai ${formatDateLong(b.max.date)}`
      : b.min
        ? `${formatDateLong(b.min.date)} atau sesudahnya`
        : b.max
          ? `${formatDateLong(b.max.date)} atau sebelumnya`
          : ''
  return `${subject} tidak dapat bertanggal ${formatDateLong(date)}, karena ${parts.join(' dan ')}. Nomor urut mengikuti urutan tanggal; tanggal yang dapat dipakai: ${range}.`
}

export type ManualCheck = { ok: true; missing: number[]; newLast: number } | { ok: false; problem: NumberingProblem }

/**
 * Rules for a number typed by hand (a letter written outside the app):
 * - a number already in the register is refused;
 * - the next number (last + 1) is fine and moves the counter;
 * - a number further on would leave a gap: refused unless the office confirms that the skipped
 *   numbers are recorded as batal "nomor tidak terpakai" (they then show in the register);
 * - a number at or below the counter's last number that is not yet in the register is fine:
 *   it is one of the numbers used before the office started with the app;
 * - an inserted number (22a) only after a number already used, and its date must fit the order.
 */
export function checkManualNumber(
  input: { entries: readonly NumberedEntry[]; last: number; seq: number; insert: number; date: string; number: string },
  options: { confirmGap?: boolean } = {}
): ManualCheck {
  const { entries, last, seq, insert, date, number } = input
  const taken = entries.find((e) => e.seq === seq && e.insert === insert)
  if (taken) {
    return {
      ok: false,
      problem: problem('duplicate', `Nomor ${taken.number} sudah tercatat di buku agenda (tanggal ${formatDateLong(taken.date)}). Satu nomor hanya untuk satu surat.`)
    }
  }
  const top = Math.max(last, highest(entries))
  if (insert > 0 && seq > top) {
    return {
      ok: false,
      problem: problem('insert-beyond-last', `Nomor sisipan ${number} hanya dapat diberikan pada nomor yang sudah dipakai; nomor terakhir saat ini ${top}.`)
    }
  }
  let missing: number[] = []
  if (insert === 0 && seq > top + 1) {
    missing = Array.from({ length: seq - top - 1 }, (_, i) => top + 1 + i)
    if (missing.length > MAX_GAP) {
      return {
        ok: false,
        problem: problem(
          'gap-too-large',
          `Nomor ${seq} jauh melampaui nomor terakhir (${top}): ${missing.length} nomor akan terlewati. Periksa kembali nomornya. Bila kantor memang mulai memakai aplikasi di tengah tahun, isi "nomor terakhir yang sudah dipakai" di Pengaturan.`
        )
      }
    }
    if (!options.confirmGap) {
      return {
        ok: false,
        problem: problem(
          'gap',
          `Nomor terakhir yang tercatat adalah ${top}, jadi nomor ${describeRange(missing)} akan terlewati. Nomor yang terlewati dicatat sebagai batal ("nomor tidak terpakai") dan tetap tampil di buku agenda. Bila surat-surat bernomor itu ada, daftarkan dulu satu per satu.`,
          { missing }
        )
      }
    }
  }
  const bounds = dateBounds(entries, { seq, insert })
  if (!fitsBounds(bounds, date)) return { ok: false, problem: problem('order', orderMessage(`Nomor ${number}`, date, bounds)) }
  return { ok: true, missing, newLast: insert === 0 ? Math.max(last, seq) : last }
}

/**
 * A number stays with its letter, so its date may move only where the number still fits:
 * same year (counters restart every year), same month when the number shows the month,
 * and between its neighbours in the order of the register. Otherwise the letter is renumbered
 * (old number cancelled, a new one issued).
 */
export function checkDateChange(input: {
  entries: readonly NumberedEntry[]
  target: NumberedEntry
  newDate: string
  monthInNumber: boolean
}): NumberingProblem | null {
  const { entries, target, newDate, monthInNumber } = input
  if (newDate === target.date) return null
  const before = parseIsoDate(target.date)
  const after = parseIsoDate(newDate)
  const renumber = 'Bila tanggal ini memang benar, beri surat ini nomor baru (nomor lama dibatalkan dan tetap tercatat).'
  if (before.year !== after.year) {
    return problem(
      'year-change',
      `Nomor ${target.number} adalah nomor tahun ${before.year}; tanggalnya tidak dapat dipindah ke tahun ${after.year} karena nomor urut dimulai lagi setiap tahun. ${renumber}`,
      { canRenumber: true }
    )
  }
  if (monthInNumber && before.month !== after.month) {
    return problem(
      'month-change',
      `Nomor ${target.number} memuat bulan surat, jadi tanggalnya tidak dapat dipindah ke bulan lain (${formatDateLong(newDate)}). ${renumber}`,
      { canRenumber: true }
    )
  }
  const bounds = dateBounds(entries, target)
  if (!fitsBounds(bounds, newDate)) {
    return problem('order', `${orderMessage(`Nomor ${target.number}`, newDate, bounds)} ${renumber}`, { canRenumber: true })
  }
  return null
}

export type CounterLastCheck = { ok: true } | { ok: false; problem: NumberingProblem }

/**
 * "Nomor terakhir yang sudah dipakai tahun ini": for an office that starts mid-year.
 * It may be set freely while the counter's last number is not in the register yet; never below a
 * number in the register; and never raised past a number the register already holds, since that
 * would skip numbers silently (those letters are registered by hand instead).
 */
export function checkCounterLast(input: { entries: readonly NumberedEntry[]; current: number; next: number }): CounterLastCheck {
  const { entries, current, next } = input
  if (!Number.isInteger(next) || next < 0 || next > 999_999) {
    return { ok: false, problem: problem('invalid', 'Nomor terakhir harus berupa bilangan bulat 0 atau lebih.') }
  }
  const sorted = [...entries].sort(bySlot)
  const top = sorted[sorted.length - 1]
  if (top && next < top.seq) {
    return {
      ok: false,
      problem: problem('lower-than-issued', `Nomor terakhir tidak dapat dibuat lebih kecil dari ${top.seq}: nomor ${top.number} sudah tercatat di buku agenda.`)
    }
  }
  if (top && top.seq >= current && next > current) {
    return {
      ok: false,
      problem: problem(
        'gap',
        `Nomor sampai ${current} sudah tercatat di buku agenda; menaikkan nomor terakhir ke ${next} akan melewati nomor ${describeRange(range(current + 1, next))} tanpa catatan. Daftarkan surat-surat itu lewat "Daftarkan nomor manual" di Agenda Surat.`
      )
    }
  }
  return { ok: true }
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
