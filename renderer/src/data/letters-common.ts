import { checked } from '@shared/datafile'
import type { z } from 'zod'
import { defaultNumberingSettings, type Counter, type Letter, type LetterCode, type NumberingSettings } from '@shared/model'
import { buildLetterNumber, counterId, NumberingError, problem, SHARED_COUNTER_KEY, type NumberParts } from '@shared/numbering'
import type { PkkDatabase } from './db'

/** Every table an issue reads or writes; one read-write transaction over all of them serialises two windows. */
export const numberingTables = (db: PkkDatabase) => [db.profile, db.settings, db.letterCodes, db.counters, db.letters]

export function fail(...args: Parameters<typeof problem>): never {
  throw new NumberingError(problem(...args))
}

/** Parses input with a zod schema; a bad field becomes a NumberingError with the schema's Indonesian message. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw)
  if (r.success) return r.data
  return fail('invalid', r.error.issues.map((i) => i.message).join(' '))
}

export interface NumberingContext {
  officeCode: string
  settings: NumberingSettings
  codeRow: LetterCode
}

/** The office code, the numbering settings and the code's row; refuses clearly when something is missing. */
export async function readContext(db: PkkDatabase, code: string, options: { allowInactive: boolean }): Promise<NumberingContext> {
  // Three reads asked together: one round trip to IndexedDB.
  const [profile, settings, codeRow] = await Promise.all([db.profile.get('office'), db.settings.get('numbering'), db.letterCodes.get(code)])
  if (!profile || profile.officeCode.trim() === '') {
    fail('no-office-code', 'Data kantor belum lengkap: isi dan simpan "Kode kantor pada nomor surat" di Pengaturan > Data Kantor sebelum mengambil nomor surat.')
  }
  if (!codeRow) fail('unknown-code', `Jenis surat "${code}" tidak ada dalam daftar kode surat (Pengaturan > Penomoran Surat).`)
  if (!codeRow.active && !options.allowInactive) {
    fail('inactive-code', `Kode surat ${code} sudah dinonaktifkan. Aktifkan lagi di Pengaturan > Penomoran Surat atau pilih kode lain.`)
  }
  return { officeCode: profile.officeCode, settings: settings ?? defaultNumberingSettings, codeRow }
}

export function numberText(ctx: NumberingContext, parts: Omit<NumberParts, 'code' | 'officeCode' | 'classification'>): string {
  const r = buildLetterNumber(ctx.settings, ctx.codeRow, {
    ...parts,
    code: ctx.codeRow.code,
    officeCode: ctx.officeCode,
    classification: ctx.codeRow.classification
  })
  if (!r.ok) throw new NumberingError(r.problem)
  return r.number
}

/** The counter of a key and year; found by its index, since imported data may carry any id. */
export function findCounter(db: PkkDatabase, key: string, year: number): Promise<Counter | undefined> {
  return db.counters.where('[key+year]').equals([key, year]).first()
}

/** Writes a counter's last number; `current`: the counter as already read in this transaction (undefined: none), so it is not looked up again. */
export async function putCounter(db: PkkDatabase, key: string, year: number, last: number, current?: { found: Counter | undefined }): Promise<Counter> {
  const found = current ? current.found : await findCounter(db, key, year)
  const next = checked('counters', { id: found?.id ?? counterId(key, year), key, year, last })
  await db.counters.put(next)
  return next
}

/** The counter of a key and year among counters already read (the first by id, as the [key+year] index gives it). */
export const counterIn = (counters: readonly Counter[], key: string, year: number): Counter | undefined =>
  counters.filter((c) => c.key === key && c.year === year).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0]

/** Every register entry of one counter and year, cancelled ones too, in number order. */
export function counterEntries(db: PkkDatabase, key: string, year: number): Promise<Letter[]> {
  return db.letters
    .where('[counterKey+year+seq+insert]')
    .between([key, year, -Infinity, -Infinity], [key, year, Infinity, Infinity], true, true)
    .toArray()
}

/** How many register entries one counter and year has (index keys only, no record read). */
export function counterEntryCount(db: PkkDatabase, key: string, year: number): Promise<number> {
  return db.letters
    .where('[counterKey+year+seq+insert]')
    .between([key, year, -Infinity, -Infinity], [key, year, Infinity, Infinity], true, true)
    .count()
}

/** The highest entry of one counter and year in number order (a main number or its last insert). */
export function lastCounterEntry(db: PkkDatabase, key: string, year: number): Promise<Letter | undefined> {
  return db.letters
    .where('[counterKey+year+seq+insert]')
    .between([key, year, -Infinity, -Infinity], [key, year, Infinity, Infinity], true, true)
    .last()
}

/**
 * The same number text may never appear twice. Patterns always hold {tahun}, so looking in the
 * letter's year is enough; this also catches a repeat across counters after the counter mode changed.
 * With the slot known, only letters in that slot of each counter of the year can carry the same text
 * (every pattern holds {nomor}), so a few index lookups replace reading the whole year.
 */
export async function assertNumberTextFree(
  db: PkkDatabase,
  year: number,
  number: string,
  slot?: { seq: number; insert: number },
  /** The counters and codes as already read in this transaction, so they are not read again. */
  known?: { counters: readonly Counter[]; codes: readonly LetterCode[] },
  /** The letter being written beside this check, in the same transaction: not a repeat of itself. */
  exceptId?: string
): Promise<void> {
  const candidates = slot
    ? known
      ? await inSlot(db, year, slot, known.counters, known.codes)
      : await sameSlotInYear(db, year, slot)
    : await db.letters.where('year').equals(year).toArray()
  const same = candidates.find((l) => l.number === number && l.id !== exceptId)
  if (same) fail('duplicate-text', `Nomor ${number} sudah pernah dikeluarkan (surat tanggal ${same.date}, perihal "${same.perihal}"). Periksa pola nomor dan nomor terakhir di Pengaturan.`)
}

/**
 * The letters in one slot (seq and insert) of every counter the year knows: its counters, the codes, and
 * the shared one. Written as one chain of Dexie promises: called deep inside an issuing transaction, a
 * further level of native async/await lost Dexie's transaction zone (PrematureCommitError in the tests).
 */
function sameSlotInYear(db: PkkDatabase, year: number, slot: { seq: number; insert: number }): Promise<Letter[]> {
  return db.counters.toArray().then((counters) => db.letterCodes.toArray().then((codes) => inSlot(db, year, slot, counters, codes)))
}

function inSlot(db: PkkDatabase, year: number, slot: { seq: number; insert: number }, counters: readonly Counter[], codes: readonly LetterCode[]): Promise<Letter[]> {
  const keys = new Set<string>([SHARED_COUNTER_KEY, ...codes.map((c) => c.code)])
  for (const c of counters) if (c.year === year) keys.add(c.key)
  // One lookup per key, asked together (anyOf walks a cursor: one round trip per key).
  const slotOf = (k: string) => db.letters.where('[counterKey+year+seq+insert]').equals([k, year, slot.seq, slot.insert]).toArray()
  return Promise.all([...keys].map(slotOf)).then((found) => found.flat())
}
