import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { REGISTER_PAGE } from '@shared/numbering'
import { readEarly, useEarlyLiveQuery, type EarlyRead } from './early-read'
import { previewManualNumber, previewNextNumber, registerPage, registerYears, type LetterFilter, type RegisterPage } from './letters-repo'
import { counterSummaries, listLetterCodes } from './letters-settings-repo'

const pageKey = (filter: LetterFilter, limit: number) => `${filter.year}|${filter.code ?? ''}|${filter.search ?? ''}|${limit}`

/** The first page of a year's register, read from the moment its address was asked for; taken once by the page. */
let ahead: { key: string; read: EarlyRead<RegisterPage> } | null = null

/**
 * Starts reading the newest page of `year` before React renders the register (the address changed to
 * #/agenda/2019): the page's render and commit then run while IndexedDB reads, instead of before the read.
 */
export function readRegisterAhead(year: number): void {
  ahead?.read.stop()
  const filter: LetterFilter = { year }
  ahead = { key: pageKey(filter, REGISTER_PAGE), read: readEarly(() => registerPage(getDb(), filter, REGISTER_PAGE)) }
}

/** The read readRegisterAhead began, if it is this page's (year, filter and count), once; it watches for writes until the page takes it over. */
export function takeRegisterAhead(filter: LetterFilter, limit: number): EarlyRead<RegisterPage> | null {
  const found = ahead?.key === pageKey(filter, limit) ? ahead.read : null
  // Not this page's (another year): its write watcher stopped, and the page reads its own.
  if (!found) ahead?.read.stop()
  ahead = null
  return found
}

/**
 * Live views of the register for components; they update when another window issues a number. The page's
 * first read starts when its address is asked for (readRegisterAhead) or while the page renders
 * (useEarlyLiveQuery): the rows are the register's first screen.
 */
export const useRegisterPage = (filter: LetterFilter, limit: number): RegisterPage | undefined =>
  useEarlyLiveQuery(() => registerPage(getDb(), filter, limit), [filter.year, filter.code, filter.search, limit], () => takeRegisterAhead(filter, limit))

export const useLetterCodes = () => useLiveQuery(() => listLetterCodes(getDb()), [])

/**
 * The year list and the counter line read once `ready` (the register's rows are read): their requests
 * (the counters' index keys, a key of every year) would otherwise share IndexedDB's thread with the rows'.
 */
export const useRegisterYears = (currentYear: number, ready = true) =>
  useLiveQuery(() => (ready ? registerYears(getDb(), currentYear) : Promise.resolve(undefined)), [currentYear, ready])

export const useCounterSummaries = (year: number, ready = true) =>
  useLiveQuery(() => (ready ? counterSummaries(getDb(), year) : Promise.resolve(undefined)), [year, ready])

/** The number the next letter of this code and date would get, kept current while the other window issues. */
export const useNextNumber = (code: string, date: string) =>
  useLiveQuery(() => (code && /^\d{4}-\d{2}-\d{2}$/.test(date) ? previewNextNumber(getDb(), code, date) : Promise.resolve(null)), [code, date])

/** The full text and the skipped numbers of a hand-typed number, before it is registered. */
export const useManualPreview = (args: { code: string; seq: number; insert: number; date: string } | null) =>
  useLiveQuery(
    () => (args ? previewManualNumber(getDb(), args) : Promise.resolve(null)),
    [args?.code, args?.seq, args?.insert, args?.date]
  )
