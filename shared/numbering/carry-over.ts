import { MAX_SEQ, type Counter, type Letter, type LetterCode, type NumberingSettings } from '../model'
import { counterId } from './counter'
import { buildLetterNumber } from './format'

/**
 * A number once given out stays given out: restoring an older backup must not let the register
 * forget numbers issued after that backup was made, or the next letter would carry a number that is
 * already on paper somewhere. This module decides, from the data being restored and what is known to
 * have been issued (the current database and the guard record kept outside it), which register
 * entries and counters come along. Pure; the data layer writes the result in the restore's transaction.
 */

/** A counter as the guard record and the database know it. */
export interface KnownCounter {
  key: string
  year: number
  last: number
}

export interface RestoredRegister {
  letters: readonly Letter[]
  counters: readonly Counter[]
  meetingIds: ReadonlySet<string>
  /** The restored office's code, numbering settings and letter codes: lost numbers are written with them. */
  officeCode: string
  settings: NumberingSettings
  codes: readonly LetterCode[]
}

export interface KnownRegister {
  letters: readonly Letter[]
  counters: readonly KnownCounter[]
}

export interface CarryOverReport {
  /** Register entries issued after the backup, kept with everything they held. */
  kept: number
  /** Numbers known to be issued (the counter says so) whose entry is gone: recorded as batal "nomor hilang". */
  lost: string[]
  /** Counters raised so the next number follows the last one given out. */
  raised: number
  /** Entries that could not come along because the restored data holds another letter with their number. */
  conflicts: string[]
}

export interface CarryOverResult {
  letters: Letter[]
  counters: Counter[]
  report: CarryOverReport
}

/** More numbers than this without an entry, for one counter, are taken as a wrong record, not filled in. */
export const MAX_LOST_NUMBERS = 1_000

/** The carry-over cannot be trusted (a number far beyond the register): the restore is refused, nothing written. */
export class CarryOverRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CarryOverRefusal'
  }
}

const slotOf = (l: Pick<Letter, 'counterKey' | 'year' | 'seq' | 'insert'>) => `${l.counterKey}|${l.year}|${l.seq}|${l.insert}`
const counterOf = (key: string, year: number) => `${key}|${year}`

/** "2019:SKR" → { year: 2019, key: 'SKR' }; null for an id in another shape. */
export function parseCounterId(id: string): { key: string; year: number } | null {
  const m = /^(\d{4}):(.+)$/.exec(id)
  return m && m[1] && m[2] ? { year: Number(m[1]), key: m[2] } : null
}

/**
 * Linear in the register and the numbers filled; throws a CarryOverRefusal when a counter would pass
 * MAX_SEQ or leave more than MAX_LOST_NUMBERS numbers without an entry.
 */
export function carryOverRegister(restored: RestoredRegister, known: KnownRegister, now: Date): CarryOverResult {
  const letters = [...restored.letters]
  const counters = restored.counters.map((c) => ({ ...c }))
  const report: CarryOverReport = { kept: 0, lost: [], raised: 0, conflicts: [] }
  const ids = new Set(letters.map((l) => l.id))
  const slots = new Set(letters.map(slotOf))
  const texts = new Set(letters.map((l) => `${l.year}|${l.number}`))

  // 1. Entries issued after the backup come along whole (a meeting the backup does not hold is unlinked).
  const candidates = [...known.letters].sort((a, b) => a.year - b.year || a.counterKey.localeCompare(b.counterKey) || a.seq - b.seq || a.insert - b.insert)
  for (const l of candidates) {
    if (ids.has(l.id)) continue
    if (slots.has(slotOf(l)) || texts.has(`${l.year}|${l.number}`)) {
      report.conflicts.push(l.number)
      ids.add(l.id)
      continue
    }
    const kept: Letter = { ...l }
    if (kept.meetingId !== undefined && !restored.meetingIds.has(kept.meetingId)) delete kept.meetingId
    letters.push(kept)
    ids.add(l.id)
    slots.add(slotOf(l))
    texts.add(`${l.year}|${l.number}`)
    report.kept++
  }

  // 2. Every counter goes at least as high as the highest number known to be issued.
  const highest = new Map<string, KnownCounter>()
  const raise = (key: string, year: number, last: number) => {
    const k = counterOf(key, year)
    const had = highest.get(k)
    if (!had || had.last < last) highest.set(k, { key, year, last })
  }
  for (const c of known.counters) raise(c.key, c.year, c.last)
  for (const l of letters) if (l.insert === 0) raise(l.counterKey, l.year, l.seq)

  const stamp = now.toISOString()
  for (const target of highest.values()) {
    const index = counters.findIndex((c) => c.key === target.key && c.year === target.year)
    const current = index >= 0 ? (counters[index]?.last ?? 0) : 0
    if (target.last <= current) continue
    const own = letters.filter((l) => l.counterKey === target.key && l.year === target.year)
    const taken = new Set(own.filter((l) => l.insert === 0 && l.seq > current && l.seq <= target.last).map((l) => l.seq))
    const missing = target.last - current - taken.size
    const label = `${target.key === '*' ? 'penghitung bersama' : target.key} tahun ${target.year}`
    if (target.last > MAX_SEQ) {
      throw new CarryOverRefusal(`Nomor terakhir yang tercatat untuk ${label} adalah ${target.last}, di atas ${MAX_SEQ}; catatan itu tidak dapat dipercaya. Pemulihan dibatalkan; data Anda tidak diubah.`)
    }
    if (missing > MAX_LOST_NUMBERS) {
      throw new CarryOverRefusal(
        `Nomor ${target.last} (${label}) tercatat sudah dikeluarkan, padahal nomor tertinggi yang ada di cadangan ${current}: ${missing} nomor tidak punya catatan. ` +
          `Lebih dari ${MAX_LOST_NUMBERS} nomor hilang tidak dicatat otomatis. Pemulihan dibatalkan; data Anda tidak diubah.`
      )
    }
    if (index >= 0) counters[index] = { ...(counters[index] as Counter), last: target.last }
    else counters.push({ id: counterId(target.key, target.year), key: target.key, year: target.year, last: target.last })
    report.raised++

    // 3. Numbers the counter passed but no entry holds: recorded as batal so they are never given again.
    // One pass in number order: `before` is the entry just before the number being filled.
    const ordered = [...own].sort((a, b) => a.seq - b.seq || a.insert - b.insert)
    let next = 0
    let before: Letter | undefined
    for (let seq = current + 1; seq <= target.last; seq++) {
      while (next < ordered.length && (ordered[next] as Letter).seq < seq) {
        const l = ordered[next] as Letter
        if (!before || l.seq > before.seq || (l.seq === before.seq && l.insert > before.insert)) before = l
        next++
      }
      if (taken.has(seq)) continue
      const code = before?.code ?? (target.key === '*' ? own[0]?.code : target.key)
      const codeRow = restored.codes.find((c) => c.code === code)
      const date = before?.date ?? `${target.year}-01-01`
      const built = code && codeRow ? buildLetterNumber(restored.settings, codeRow, { seq, insert: 0, code, officeCode: restored.officeCode, classification: codeRow.classification, date }) : null
      const number = built?.ok ? built.number : `${seq}/${target.key}/${target.year}`
      if (texts.has(`${target.year}|${number}`)) continue
      const entry: Letter = {
        id: `hilang-${target.year}-${target.key}-${seq}`.replace(/[^A-Za-z0-9_-]/g, '_'),
        code: code ?? target.key,
        counterKey: target.key,
        year: target.year,
        seq,
        insert: 0,
        number,
        date,
        kepada: '',
        perihal: 'Nomor hilang',
        lampiran: '',
        tembusan: '',
        status: 'batal',
        cancelReason:
          'Nomor ini sudah dikeluarkan, tetapi catatan suratnya tidak ada lagi (data hilang dan dipulihkan dari cadangan yang lebih lama). ' +
          'Dicatat batal agar tidak dipakai dua kali; tanggal dan bulan pada nomor diperkirakan. Lihat arsip kertas untuk surat aslinya.',
        source: 'gap',
        documentKind: '',
        createdAt: stamp,
        updatedAt: stamp
      }
      letters.push(entry)
      before = entry
      texts.add(`${target.year}|${number}`)
      report.lost.push(number)
    }
  }
  return { letters, counters, report }
}

/** The register as known from several sources (database, guard record): one entry per id, the newest edit kept. */
export function mergeKnown(...sources: KnownRegister[]): KnownRegister {
  const byId = new Map<string, Letter>()
  const counters: KnownCounter[] = []
  for (const s of sources) {
    for (const l of s.letters) {
      const had = byId.get(l.id)
      if (!had || had.updatedAt < l.updatedAt) byId.set(l.id, l)
    }
    counters.push(...s.counters)
  }
  return { letters: [...byId.values()], counters }
}

/** Words for the secretary after a restore that kept numbers. */
export function describeCarryOver(r: CarryOverReport): string[] {
  const out: string[] = []
  if (r.kept > 0) out.push(`${r.kept} surat yang dicatat setelah cadangan dibuat tetap ada di Buku Agenda.`)
  if (r.lost.length > 0) {
    const shown = r.lost.slice(0, 5).join(', ') + (r.lost.length > 5 ? `, dan ${r.lost.length - 5} lainnya` : '')
    out.push(`${r.lost.length} nomor sudah pernah dikeluarkan tetapi catatannya hilang; dicatat batal ("Nomor hilang") agar tidak dipakai lagi: ${shown}.`)
  }
  if (r.conflicts.length > 0) {
    out.push(`${r.conflicts.length} surat tidak dapat dibawa karena nomornya sudah dipakai surat lain di cadangan: ${r.conflicts.slice(0, 5).join(', ')}.`)
  }
  return out
}
