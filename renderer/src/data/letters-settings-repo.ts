import { checked, checkedAll } from '@shared/datafile'
import { z } from 'zod'
import { defaultLetterCodes, letterCode, numberingSettings, requiredText, text, type Counter, type LetterCode, type NumberingSettings } from '@shared/model'
import { checkCounterLast, checkPattern, counterLabel, NumberingError, SHARED_COUNTER_KEY } from '@shared/numbering'
import type { PkkDatabase } from './db'
import { counterEntries, counterEntryCount, fail, findCounter, lastCounterEntry, parseInput, putCounter } from './letters-common'
import { getNumberingSettings } from './profile-repo'

export { getNumberingSettings } from './profile-repo'

/** The office's letter codes in their order (inactive ones too: old letters still show them). */
export async function listLetterCodes(db: PkkDatabase): Promise<LetterCode[]> {
  return db.letterCodes.orderBy('order').toArray()
}

function checkCodePattern(pattern: string, settings: NumberingSettings, code: string): void {
  if (pattern.trim() === '') return
  const r = checkPattern(pattern, { counterMode: settings.counterMode, scope: 'jenis' })
  if (!r.ok) fail('pattern', `Pola khusus kode ${code} belum benar: ${r.errors.join(' ')}`)
}

export const newLetterCodeInput = z.object({
  code: requiredText(40, 'Kode').refine((c) => c !== SHARED_COUNTER_KEY && !/[{}]/.test(c), {
    message: 'Kode tidak boleh berupa * dan tidak boleh memuat { atau }'
  }),
  name: requiredText(200, 'Nama jenis surat'),
  pattern: text(200).default(''),
  classification: text(40).default('')
})
export type NewLetterCodeInput = z.input<typeof newLetterCodeInput>

/** Adds a code at the end of the list. Codes are unique regardless of case (SKR and Skr would be one counter's confusion). */
export async function addLetterCode(db: PkkDatabase, raw: NewLetterCodeInput): Promise<LetterCode> {
  const input = parseInput(newLetterCodeInput, raw)
  return db.transaction('rw', db.settings, db.letterCodes, async () => {
    const all = await db.letterCodes.toArray()
    const clash = all.find((c) => c.code.toLowerCase() === input.code.toLowerCase())
    if (clash) fail('invalid', `Kode ${clash.code} sudah ada${clash.active ? '' : ' (nonaktif; aktifkan lagi bila ingin memakainya)'}.`)
    checkCodePattern(input.pattern, await getNumberingSettings(db), input.code)
    const row = checked('letterCodes', { ...input, active: true, order: all.reduce((m, c) => Math.max(m, c.order), 0) + 1 })
    await db.letterCodes.add(row)
    return row
  })
}

export const letterCodeChanges = letterCode.pick({ name: true, pattern: true, classification: true, active: true })
export type LetterCodeChanges = z.input<typeof letterCodeChanges>

/**
 * Changes a code's name, own pattern, classification or active flag. The code itself stays:
 * letters and counters refer to it (to retire a code, deactivate it and add a new one).
 */
export async function updateLetterCode(db: PkkDatabase, code: string, raw: LetterCodeChanges): Promise<LetterCode> {
  const changes = parseInput(letterCodeChanges, raw)
  return db.transaction('rw', db.settings, db.letterCodes, async () => {
    const row = await db.letterCodes.get(code)
    if (!row) fail('unknown-code', `Kode ${code} tidak ditemukan.`)
    checkCodePattern(changes.pattern, await getNumberingSettings(db), code)
    const next = checked('letterCodes', { ...row, ...changes })
    await db.letterCodes.put(next)
    return next
  })
}

/** Moves a code one place up (-1) or down (+1) in the list. */
export async function moveLetterCode(db: PkkDatabase, code: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.letterCodes, async () => {
    const all = await db.letterCodes.orderBy('order').toArray()
    const i = all.findIndex((c) => c.code === code)
    const j = i + direction
    const a = all[i]
    const b = all[j]
    if (!a || !b) return
    await db.letterCodes.bulkPut(
      checkedAll('letterCodes', [
        { ...a, order: b.order === a.order ? a.order + direction : b.order },
        { ...b, order: a.order }
      ])
    )
  })
}

/** Puts back the default codes (KEP, SKR, POKJA I..IV) that are missing; existing codes are kept as they are. */
export async function addDefaultLetterCodes(db: PkkDatabase): Promise<void> {
  await db.transaction('rw', db.letterCodes, async () => {
    const have = new Set((await db.letterCodes.toArray()).map((c) => c.code.toLowerCase()))
    await db.letterCodes.bulkPut(checkedAll('letterCodes', defaultLetterCodes.filter((c) => !have.has(c.code.toLowerCase()))))
  })
}

/**
 * Saves the numbering settings. When the counter mode changes, the new counters of every year with
 * numbers continue after the highest number used that year, so no number text can repeat
 * (e.g. KEP at 22 and SKR at 296 -> the shared counter goes on from 297).
 */
export async function saveNumberingSettings(db: PkkDatabase, raw: NumberingSettings): Promise<NumberingSettings> {
  const next = parseInput(numberingSettings, raw)
  const check = checkPattern(next.pattern, { counterMode: next.counterMode, scope: 'kantor' })
  if (!check.ok) fail('pattern', `Pola nomor belum benar: ${check.errors.join(' ')}`)
  return db.transaction('rw', db.settings, db.letterCodes, db.counters, async () => {
    const previous = await getNumberingSettings(db)
    const codes = await db.letterCodes.toArray()
    for (const c of codes) checkCodePattern(c.pattern, next, c.code)
    if (previous.counterMode !== next.counterMode) await carryCounters(db, next, codes)
    await db.settings.put(checked('settings', next))
    if (codes.length === 0) await db.letterCodes.bulkPut(checkedAll('letterCodes', defaultLetterCodes))
    return next
  })
}

async function carryCounters(db: PkkDatabase, next: NumberingSettings, codes: LetterCode[]): Promise<void> {
  const all = await db.counters.toArray()
  for (const year of new Set(all.map((c) => c.year))) {
    const highest = all.filter((c) => c.year === year).reduce((m, c) => Math.max(m, c.last), 0)
    const keys = next.counterMode === 'shared' ? [SHARED_COUNTER_KEY] : codes.map((c) => c.code)
    for (const key of keys) {
      const current = all.find((c) => c.key === key && c.year === year)
      if (!current || current.last < highest) await putCounter(db, key, year, highest)
    }
  }
}

export interface CounterSummary {
  key: string
  label: string
  year: number
  last: number
  /** Register entries of this counter and year (cancelled ones too). */
  entries: number
  /** The highest number text in the register for this counter, if any. */
  lastNumber?: string
  /** True while `last` is a starting value the office typed (no entry holds it yet): it may still be corrected freely. */
  startValue: boolean
}

/** The counters in force for a year: one per code (active codes, and any code with numbers) or the one shared counter. */
export async function counterSummaries(db: PkkDatabase, year: number): Promise<CounterSummary[]> {
  return db.transaction('r', db.settings, db.letterCodes, db.counters, db.letters, async () => {
    // Reads that do not wait for each other go out together (one round trip to IndexedDB each wave).
    const [settings, codes, allCounters] = await Promise.all([getNumberingSettings(db), db.letterCodes.orderBy('order').toArray(), db.counters.toArray()])
    const counters = allCounters.filter((c) => c.year === year)
    const keys =
      settings.counterMode === 'shared'
        ? [SHARED_COUNTER_KEY]
        : codes.filter((c) => c.active || counters.some((k) => k.key === c.code && k.last > 0)).map((c) => c.code)
    return Promise.all(
      keys.map(async (key): Promise<CounterSummary> => {
        // The index's order is the slots' order: its last entry is the top one, and its keys count the entries.
        const [entries, top] = await Promise.all([counterEntryCount(db, key, year), lastCounterEntry(db, key, year)])
        const last = counters.find((c) => c.key === key)?.last ?? 0
        const summary: CounterSummary = { key, label: counterLabel(key), year, last, entries, startValue: !top || top.seq < last }
        if (top) summary.lastNumber = top.number
        return summary
      })
    )
  })
}

/**
 * "Nomor terakhir yang sudah dipakai tahun ini" for an office that starts mid-year (the sample office:
 * SKR 295, KEP 21 in December 2019). Never below a number in the register, and never past one the
 * register holds (that would skip numbers silently; those letters are registered by hand).
 */
export async function setCounterLast(db: PkkDatabase, args: { key: string; year: number; last: number }): Promise<Counter> {
  const { key, year, last } = args
  if (!Number.isInteger(year) || year < 1900 || year > 9999) fail('invalid', 'Tahun tidak valid.')
  return db.transaction('rw', db.letterCodes, db.counters, db.letters, async () => {
    if (key !== SHARED_COUNTER_KEY && !(await db.letterCodes.get(key))) fail('unknown-code', `Kode ${key} tidak ditemukan.`)
    const current = (await findCounter(db, key, year))?.last ?? 0
    const r = checkCounterLast({ entries: await counterEntries(db, key, year), current, next: last })
    if (!r.ok) throw new NumberingError(r.problem)
    return putCounter(db, key, year, last)
  })
}
