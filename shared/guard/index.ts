import { z } from 'zod'
import { letter } from '../model'

/** How many register entries the guard record keeps at most. */
export const GUARD_LETTERS = 1000

/**
 * A small record kept outside IndexedDB (main: a file beside the database; browser: localStorage) so
 * that a database Chromium silently reopened empty is noticed instead of looking like a fresh install.
 */
export const guardRecord = z.object({
  /** 1: counts and counters only; 2: also the register entries written since the last backup. */
  version: z.union([z.literal(1), z.literal(2)]),
  updatedAt: z.string().max(40),
  counts: z.record(z.string().max(40), z.number().int().min(0)),
  /** Last main number per counter ("2019:SKR" -> 296). */
  counters: z.record(z.string().max(120), z.number().int().min(0)),
  lastBackupAt: z.string().max(40).nullable(),
  /**
   * The register entries (Buku Agenda) added or changed since the last backup, newest first, at most
   * GUARD_LETTERS: after a loss, a restore of that backup brings them back with everything they held.
   */
  letters: z.array(letter).max(GUARD_LETTERS).default([])
})
export type GuardRecord = z.infer<typeof guardRecord>

export interface GuardFinding {
  /** What is missing, as the secretary should read it. */
  lines: string[]
}

const tableWords: Record<string, string> = { letters: 'surat di Buku Agenda', people: 'orang di buku alamat', organisations: 'organisasi', meetings: 'rapat' }

/**
 * The database is "emptier than the record" when register entries or counters went down, or when it is
 * empty while the record says it held data. Letters are never deleted (cancelling keeps them), so fewer
 * letters always means lost data; contacts may be deleted, so only a fall to zero counts for them.
 */
export function checkAgainstGuard(record: GuardRecord | null, now: Pick<GuardRecord, 'counts' | 'counters'>): GuardFinding | null {
  if (!record) return null
  const lines: string[] = []
  const had = (t: string) => record.counts[t] ?? 0
  const has = (t: string) => now.counts[t] ?? 0
  const totalHad = Object.values(record.counts).reduce((a, b) => a + b, 0)
  const totalHas = Object.values(now.counts).reduce((a, b) => a + b, 0)
  if (has('letters') < had('letters')) lines.push(`Tercatat ${had('letters')} ${tableWords['letters']}, sekarang hanya ${has('letters')}.`)
  for (const t of ['people', 'organisations', 'meetings']) {
    if (had(t) > 0 && has(t) === 0) lines.push(`Tercatat ${had(t)} ${tableWords[t]}, sekarang tidak ada.`)
  }
  for (const [id, last] of Object.entries(record.counters)) {
    const current = now.counters[id] ?? 0
    if (current < last) lines.push(`Penghitung nomor ${id.replace(':', ' ')} tercatat sampai ${last}, sekarang ${current}.`)
  }
  if (lines.length === 0 && totalHad > 0 && totalHas === 0) lines.push(`Tercatat ${totalHad} data, basis data sekarang kosong.`)
  return lines.length > 0 ? { lines } : null
}
