import { checked, checkedAll } from '@shared/datafile'
import {
  issueLetterInput,
  letterDetails,
  manualLetterInput,
  newId,
  type IssueLetterInput,
  type Letter,
  type LetterDetails,
  type LetterRevision,
  type ManualLetterInput
} from '@shared/model'
import { formatDateLong, isValidIsoDate } from '@shared/calendar'
import {
  checkDateChange,
  checkManualNumber,
  compareRegister,
  counterKey,
  formatSeq,
  matchesSearch,
  newestInBookOrder,
  newestPageByDate,
  NumberingError,
  numberingYear,
  patternFor,
  patternUses,
  planIssue,
  REGISTER_PAGE,
  SHARED_COUNTER_KEY,
  type NumberingProblem
} from '@shared/numbering'
import type { PkkDatabase } from './db'
import { durably } from './journal'
import {
  assertNumberTextFree,
  counterEntries,
  lastCounterEntry,
  fail,
  findCounter,
  numberingTables,
  numberText,
  parseInput,
  putCounter,
  readContext,
  counterIn
} from './letters-common'

export { NumberingError } from '@shared/numbering'

type IssueFields = ReturnType<typeof issueLetterInput.parse>

/** The body of an issue; runs inside a read-write transaction over numberingTables. */
async function issueInTransaction(db: PkkDatabase, input: IssueFields, now: Date, allowInactive = false): Promise<Letter> {
  // The reads that do not wait for each other go out together: the context, the counters and the codes
  // (the last two also serve the duplicate-text check) and the top entry of both counters the letter may
  // take (its code's, the shared one: the settings choose); then the slot's letters; then the writes.
  // The usual case, a letter dated on or after the last one, needs only the counter's last entry (the
  // register's dates never go down in number order); a back-dated letter reads all of them.
  const year = numberingYear(input.date)
  const [ctx, counters, codes, codeTop, sharedTop] = await Promise.all([
    readContext(db, input.code, { allowInactive }),
    db.counters.toArray(),
    db.letterCodes.toArray(),
    lastCounterEntry(db, counterKey('per-code', input.code), year),
    lastCounterEntry(db, counterKey('shared', input.code), year)
  ])
  const key = counterKey(ctx.settings.counterMode, ctx.codeRow.code)
  const counter = counterIn(counters, key, year)
  const top = key === SHARED_COUNTER_KEY ? sharedTop : codeTop
  let plan = planIssue(top ? [top] : [], counter?.last ?? 0, input.date)
  if (plan.kind !== 'main') plan = planIssue(await counterEntries(db, key, year), counter?.last ?? 0, input.date)
  if (plan.kind === 'refused') throw new NumberingError(plan.problem)
  const number = numberText(ctx, { seq: plan.seq, insert: plan.insert, date: input.date })
  const stamp = now.toISOString()
  const letter: Letter = {
    id: newId(),
    code: ctx.codeRow.code,
    counterKey: key,
    year,
    seq: plan.seq,
    insert: plan.insert,
    number,
    date: input.date,
    kepada: input.kepada,
    perihal: input.perihal,
    lampiran: input.lampiran,
    tembusan: input.tembusan,
    status: 'aktif',
    cancelReason: '',
    source: 'app',
    documentKind: input.documentKind,
    createdAt: stamp,
    updatedAt: stamp
  }
  if (input.meetingId) letter.meetingId = input.meetingId
  const row = checked('letters', letter)
  // add(), not put(): the unique [counterKey+year+seq+insert] index refuses a duplicate as the last defence
  // (and aborts the transaction, the counter's write with it). A back-dated letter takes an inserted number
  // and leaves the main counter where it is. The same-text check's lookups (asked first, and blind to this
  // letter) and both writes go out together: a text found again throws, and the transaction is aborted
  // with both writes, so nothing of the refused number is kept.
  await Promise.all([
    assertNumberTextFree(db, year, number, { seq: plan.seq, insert: plan.insert }, { counters, codes }, row.id),
    db.letters.add(row),
    plan.kind === 'main' ? putCounter(db, key, year, plan.seq, { found: counter }) : null
  ])
  return row
}

/**
 * Takes the next number for a letter and writes it into the Buku Agenda Surat Keluar, in one
 * read-write transaction (counter read, letter and counter written), so two windows can never
 * get the same number or leave one out. A letter dated before the last number of its counter
 * gets an inserted number (22a / 22.1) after the last number of its date.
 */
export async function issueLetter(db: PkkDatabase, raw: IssueLetterInput, now: Date = new Date()): Promise<Letter> {
  const input = parseInput(issueLetterInput, raw)
  return durably(db, () => db.transaction('rw', numberingTables(db), () => issueInTransaction(db, input, now)))
}

export type NumberPreview = { ok: true; number: string; kind: 'main' | 'insert'; after?: string } | { ok: false; problem: NumberingProblem }

/** What issueLetter would give now; reserves nothing (the other window may take it first). */
export async function previewNextNumber(db: PkkDatabase, code: string, date: string): Promise<NumberPreview> {
  if (!isValidIsoDate(date)) return { ok: false, problem: { code: 'invalid', message: 'Tanggal surat belum benar.' } }
  try {
    return await db.transaction('r', numberingTables(db), async () => {
      const ctx = await readContext(db, code, { allowInactive: false })
      const year = numberingYear(date)
      const key = counterKey(ctx.settings.counterMode, ctx.codeRow.code)
      // As issueLetter plans: the counter's last entry settles the usual case; a back-dated date reads them all.
      const [counter, top] = await Promise.all([findCounter(db, key, year), lastCounterEntry(db, key, year)])
      let plan = planIssue(top ? [top] : [], counter?.last ?? 0, date)
      if (plan.kind !== 'main') plan = planIssue(await counterEntries(db, key, year), counter?.last ?? 0, date)
      if (plan.kind === 'refused') return { ok: false as const, problem: plan.problem }
      const number = numberText(ctx, { seq: plan.seq, insert: plan.insert, date })
      return plan.kind === 'insert' ? { ok: true as const, number, kind: plan.kind, after: plan.after.number } : { ok: true as const, number, kind: plan.kind }
    })
  } catch (err) {
    if (err instanceof NumberingError) return { ok: false, problem: err.problem }
    throw err
  }
}

export type ManualPreview = { ok: true; number: string; missing: number[] } | { ok: false; number?: string; problem: NumberingProblem }

/** How a hand-typed number would be registered: its full text, and the numbers it would skip (if any). */
export async function previewManualNumber(
  db: PkkDatabase,
  args: { code: string; seq: number; insert: number; date: string }
): Promise<ManualPreview> {
  if (!isValidIsoDate(args.date)) return { ok: false, problem: { code: 'invalid', message: 'Tanggal surat belum benar.' } }
  try {
    return await db.transaction('r', numberingTables(db), async () => {
      const ctx = await readContext(db, args.code, { allowInactive: true })
      const year = numberingYear(args.date)
      const key = counterKey(ctx.settings.counterMode, ctx.codeRow.code)
      const counter = await findCounter(db, key, year)
      const number = numberText(ctx, args)
      const check = checkManualNumber({ entries: await counterEntries(db, key, year), last: counter?.last ?? 0, ...args, number }, { confirmGap: true })
      return check.ok ? { ok: true as const, number, missing: check.missing } : { ok: false as const, number, problem: check.problem }
    })
  } catch (err) {
    if (err instanceof NumberingError) return { ok: false, problem: err.problem }
    throw err
  }
}

/** Cancels a letter: the number stays in the register, marked batal with the reason, and is never given again. */
export async function cancelLetter(db: PkkDatabase, id: string, reason: string, now: Date = new Date()): Promise<Letter> {
  const why = reason.trim()
  if (why === '') fail('invalid', 'Alasan pembatalan wajib diisi.')
  if (why.length > 500) fail('invalid', 'Alasan pembatalan paling banyak 500 karakter.')
  return durably(db, () =>
    db.transaction('rw', db.letters, async () => {
      const letter = await db.letters.get(id)
      if (!letter) fail('not-found', 'Surat tidak ditemukan; mungkin sudah diubah di jendela lain.')
      if (letter.status === 'batal') fail('cancelled', `Nomor ${letter.number} sudah dibatalkan.`)
      const next = checked('letters', { ...letter, status: 'batal', cancelReason: why, updatedAt: now.toISOString() })
      await db.letters.put(next)
      return next
    })
  )
}

export type ManualRegistration = ManualLetterInput & {
  /** The office confirmed that the numbers between the last one and this one are recorded as unused. */
  confirmGap?: boolean
}

/**
 * Registers a letter written outside the app with the number it carries, so the sequence stays whole.
 * A number that would skip others is refused (NumberingError 'gap', with the missing numbers) unless
 * confirmGap is set; then the skipped numbers are recorded as batal "nomor tidak terpakai".
 */
export async function registerManualLetter(db: PkkDatabase, raw: ManualRegistration, now: Date = new Date()): Promise<Letter> {
  const input = parseInput(manualLetterInput, raw)
  return durably(db, () =>
    db.transaction('rw', numberingTables(db), async () => {
      const ctx = await readContext(db, input.code, { allowInactive: true })
      const year = numberingYear(input.date)
      const key = counterKey(ctx.settings.counterMode, ctx.codeRow.code)
      const counter = await findCounter(db, key, year)
      const entries = await counterEntries(db, key, year)
      const number = numberText(ctx, { seq: input.seq, insert: input.insert, date: input.date })
      const check = checkManualNumber(
        { entries, last: counter?.last ?? 0, seq: input.seq, insert: input.insert, date: input.date, number },
        { confirmGap: raw.confirmGap === true }
      )
      if (!check.ok) throw new NumberingError(check.problem)
      await assertNumberTextFree(db, year, number, { seq: input.seq, insert: input.insert })
      const stamp = now.toISOString()
      const base = {
        code: ctx.codeRow.code,
        counterKey: key,
        year,
        date: input.date,
        lampiran: '',
        tembusan: '',
        kepada: '',
        documentKind: '',
        createdAt: stamp,
        updatedAt: stamp
      }
      for (const seq of check.missing) {
        const gapNumber = numberText(ctx, { seq, insert: 0, date: input.date })
        await assertNumberTextFree(db, year, gapNumber)
        await db.letters.add(checked('letters', {
          ...base,
          id: newId(),
          seq,
          insert: 0,
          number: gapNumber,
          perihal: 'Nomor tidak terpakai',
          status: 'batal',
          cancelReason: `Nomor tidak terpakai (terlewati saat nomor ${formatSeq(input.seq, input.insert, ctx.settings)} didaftarkan)`,
          source: 'gap'
    })
  )
    }
    const letter: Letter = {
      ...base,
      id: newId(),
      seq: input.seq,
      insert: input.insert,
      number,
      kepada: input.kepada,
      perihal: input.perihal,
      lampiran: input.lampiran,
      tembusan: input.tembusan,
      documentKind: input.documentKind,
      status: 'aktif',
      cancelReason: '',
      source: 'manual'
    }
    if (input.meetingId) letter.meetingId = input.meetingId
    const row = checked('letters', letter)
    await db.letters.add(row)
    if (check.newLast !== (counter?.last ?? 0)) await putCounter(db, key, year, check.newLast)
    return row
  }))
}

/**
 * Changes what a letter says (kepada, perihal, lampiran, tembusan) and, where the number still fits,
 * its date. A date that would break the order, the month shown in the number, or the year is refused
 * with an explanation (NumberingError with canRenumber); renumberLetter is the way out.
 */
export async function updateLetterDetails(db: PkkDatabase, id: string, raw: LetterDetails, now: Date = new Date()): Promise<Letter> {
  const details = parseInput(letterDetails, raw)
  return db.transaction('rw', numberingTables(db), async () => {
    const letter = await db.letters.get(id)
    if (!letter) fail('not-found', 'Surat tidak ditemukan; mungkin sudah diubah di jendela lain.')
    if (letter.status === 'batal') fail('cancelled', `Nomor ${letter.number} sudah dibatalkan; isinya tidak diubah lagi.`)
    if (details.date !== letter.date) {
      const settings = await db.settings.get('numbering')
      const codeRow = await db.letterCodes.get(letter.code)
      // When settings were never saved the default pattern, which shows the month, is in force.
      const pattern = settings ? patternFor(settings, codeRow) : '{bulan}'
      const p = checkDateChange({
        entries: await counterEntries(db, letter.counterKey, letter.year),
        target: letter,
        newDate: details.date,
        monthInNumber: patternUses(pattern, 'bulan')
      })
      if (p) throw new NumberingError(p)
    }
    const next = checked('letters', { ...letter, ...details, revisions: withRevision(letter, details, now), updatedAt: now.toISOString() })
    await db.letters.put(next)
    return next
  })
}

const detailsOf = (l: LetterDetails): LetterDetails => ({ date: l.date, kepada: l.kepada, perihal: l.perihal, lampiran: l.lampiran, tembusan: l.tembusan })
const sameDetails = (a: LetterDetails, b: LetterDetails) => JSON.stringify(detailsOf(a)) === JSON.stringify(detailsOf(b))

/**
 * The letter's history after a correction: the entry as issued (written at the first correction),
 * then each corrected state with its time. An unchanged save adds nothing; the newest 200 are kept.
 */
function withRevision(letter: Letter, details: LetterDetails, now: Date): LetterRevision[] | undefined {
  if (sameDetails(letter, details)) return letter.revisions
  const history = letter.revisions ?? [{ ...detailsOf(letter), at: letter.createdAt, kind: 'terbit' as const }]
  return [...history, { ...detailsOf(details), at: now.toISOString(), kind: 'koreksi' as const }].slice(-200)
}

/**
 * Gives a letter a new number for a new date: the old number is cancelled (it stays in the register,
 * pointing to the new one) and a new number is issued, in one transaction. A document that carried the
 * old number now carries the new one.
 */
export async function renumberLetter(
  db: PkkDatabase,
  id: string,
  raw: LetterDetails,
  now: Date = new Date(),
  /** Why the old number goes; by default the change of the letter's date, the usual cause. */
  why?: string
): Promise<{ cancelled: Letter; issued: Letter }> {
  const details = parseInput(letterDetails, raw)
  return durably(db, () =>
    db.transaction('rw', [...numberingTables(db), db.documents], async () => {
      const old = await db.letters.get(id)
      if (!old) fail('not-found', 'Surat tidak ditemukan; mungkin sudah diubah di jendela lain.')
      if (old.status === 'batal') fail('cancelled', `Nomor ${old.number} sudah dibatalkan.`)
      const input = parseInput(issueLetterInput, { ...details, code: old.code, meetingId: old.meetingId, documentKind: old.documentKind })
      // The letter already exists: its code may have been deactivated since, which does not stop a new number.
      const issued = await issueInTransaction(db, input, now, true)
      const cancelled = checked('letters', {
        ...old,
        status: 'batal',
        cancelReason: fitCancelReason(`Diganti dengan nomor ${issued.number} karena ${why ?? `tanggal surat diubah menjadi ${formatDateLong(details.date)}`}`),
        updatedAt: now.toISOString()
      })
      await db.letters.put(cancelled)
      const carrying = await db.documents.where('letterId').equals(old.id).toArray()
      await db.documents.bulkPut(checkedAll('documents', carrying.map((d) => ({ ...d, letterId: issued.id, updatedAt: now.toISOString() }))))
      return { cancelled, issued }
    })
  )
}

/** A reason the app writes itself, held to the register's 500 characters (a long number pattern can make the new number long). */
function fitCancelReason(reason: string): string {
  return reason.length > MAX_CANCEL_REASON ? `${reason.slice(0, MAX_CANCEL_REASON - 1)}…` : reason
}
const MAX_CANCEL_REASON = 500

export async function getLetter(db: PkkDatabase, id: string): Promise<Letter | undefined> {
  return db.letters.get(id)
}

export interface LetterFilter {
  year: number
  /** A letter code (KEP, SKR, ...); every code when left out. */
  code?: string | undefined
  /** Words to find in the number, addressee, subject, attachments, copies or cancel reason. */
  search?: string | undefined
}

/** The register of one year, in the book's order (by date, then number). */
export async function listLetters(db: PkkDatabase, filter: LetterFilter): Promise<Letter[]> {
  const rows = filter.code
    ? await db.letters.where('[year+code]').equals([filter.year, filter.code]).toArray()
    : await db.letters.where('year').equals(filter.year).toArray()
  return rows.filter((l) => matchesSearch(l, filter.search ?? '')).sort(compareRegister)
}

/** What the register screen draws of a year: the newest entries in the book's order, and the year's counts. */
export interface RegisterPage {
  /** Entries of the year the filter keeps. */
  total: number
  /** Of those, the cancelled (batal) ones. */
  cancelled: number
  /** The newest `limit` of them, in the book's order (oldest first). */
  letters: Letter[]
  /** The book's running number (No) of letters[0]. */
  firstNo: number
}

const pageOf = (all: Letter[], limit: number): RegisterPage => {
  const letters = all.slice(Math.max(0, all.length - limit))
  return { total: all.length, cancelled: all.filter((l) => l.status === 'batal').length, letters, firstNo: all.length - letters.length + 1 }
}

/**
 * The newest `limit` entries of a year, reading only those, in one wave of requests to IndexedDB for the
 * whole year (the register's first screen): the year's keys from its index (its count), the date index read
 * backwards for `limit` + one page more (newestPageByDate: every entry dated after the oldest date reached
 * is then known), and the cancelled entries' keys (a few hundred over ten years) for the year's batal count. A
 * date holding more entries than that margin reads that date whole (a second wave); one code, or an entry
 * whose year is not its date's (data written by hand: the restore refuses it, the app never writes it),
 * reads by index keys; a search reads the year whole.
 */
export async function registerPage(db: PkkDatabase, filter: LetterFilter, limit: number): Promise<RegisterPage> {
  const { year, code } = filter
  return db.transaction('r', db.letters, async () => {
    if ((filter.search ?? '').trim() !== '') return pageOf(await listLetters(db, filter), limit)
    if (code) return codePage(db, year, code, limit)
    const read = limit + REGISTER_PAGE
    // Keys only for the counts (the year's from its index, the cancelled ones from theirs): no record is
    // read for them, only the page's.
    const [yearKeys, byDate, cancelledKeys] = await Promise.all([
      db.letters.where('year').equals(year).primaryKeys(),
      yearByDate(db, year).reverse().limit(read).toArray(),
      db.letters.where('status').equals('batal').primaryKeys()
    ])
    const total = yearKeys.length
    // An entry of another year dated in this one, or a year whose entries are not all within its dates.
    const whole = byDate.length < read
    if (byDate.some((l) => l.year !== year) || (whole ? byDate.length !== total : byDate.length > total)) {
      return pageOf(await listLetters(db, filter), limit)
    }
    let letters = newestPageByDate(byDate, limit, read)
    if (!letters) {
      // More than a page of entries on the page's oldest date: that date read whole, ordered by number.
      const newest = byDate.slice(0, limit)
      const oldest = newest.at(-1)?.date ?? ''
      const sameDate = (await db.letters.where('date').equals(oldest).toArray()).filter((l) => l.year === year)
      letters = newestInBookOrder([...newest, ...sameDate], limit)
    }
    const inYear = new Set(yearKeys)
    return { total, cancelled: cancelledKeys.filter((k) => inYear.has(k)).length, letters, firstNo: total - letters.length + 1 }
  })
}

const yearByDate = (db: PkkDatabase, year: number) => db.letters.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true)

/**
 * One code's newest entries: the counts and the order from index keys (getAllKeys, no record read), the
 * entries by their keys, plus the rest of the oldest date reached (one date is ordered by number). Two
 * waves of requests.
 */
async function codePage(db: PkkDatabase, year: number, code: string, limit: number): Promise<RegisterPage> {
  const [keys, cancelledKeys, dated] = await Promise.all([
    db.letters.where('[year+code]').equals([year, code]).primaryKeys(),
    db.letters.where('status').equals('batal').primaryKeys(),
    // The year's entries in date order (the date index's keys).
    yearByDate(db, year).primaryKeys()
  ])
  const kept = new Set(keys)
  const ordered = dated.filter((k) => kept.has(k))
  if (ordered.length !== keys.length) return pageOf(await listLetters(db, { year, code }), limit)
  const batal = new Set(cancelledKeys)
  const cancelled = keys.filter((k) => batal.has(k)).length
  const newest = (await db.letters.bulkGet(ordered.slice(Math.max(0, ordered.length - limit)))).filter((l): l is Letter => l !== undefined)
  const oldest = newest.length >= limit ? newest.reduce((d, l) => (l.date < d ? l.date : d), newest[0]?.date ?? '') : ''
  const sameDate = oldest ? (await db.letters.where('date').equals(oldest).toArray()).filter((l) => kept.has(l.id)) : []
  const letters = newestInBookOrder([...newest, ...sameDate], limit)
  return { total: keys.length, cancelled, letters, firstNo: keys.length - letters.length + 1 }
}

/** Beyond this many years between the register's first and last year (data typed by hand), the years are read one by one from the index. */
const MAX_YEAR_SPAN = 100

/**
 * Years that have letters or counters, and the given current year, newest first. The register's first
 * and last years and the counters are read together, then one key of every year between, together: two
 * round trips, where walking the year index's distinct keys takes one per year.
 */
export async function registerYears(db: PkkDatabase, currentYear: number): Promise<number[]> {
  return db.transaction('r', db.letters, db.counters, async () => {
    const [first, last, counters] = await Promise.all([db.letters.orderBy('year').first(), db.letters.orderBy('year').last(), db.counters.toArray()])
    let fromLetters: number[] = []
    if (first && last && last.year - first.year > MAX_YEAR_SPAN) fromLetters = (await db.letters.orderBy('year').uniqueKeys()) as number[]
    else if (first && last) {
      const span = Array.from({ length: last.year - first.year + 1 }, (_, i) => first.year + i)
      // One key at most per year (a count would walk all of the year's index entries).
      const found = await Promise.all(span.map((y) => db.letters.where('year').equals(y).limit(1).primaryKeys()))
      fromLetters = span.filter((_, i) => (found[i]?.length ?? 0) > 0)
    }
    return [...new Set([currentYear, ...fromLetters, ...counters.map((c) => c.year)])].sort((a, b) => b - a)
  })
}
