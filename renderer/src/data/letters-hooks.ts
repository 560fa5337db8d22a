import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { useEarlyLiveQuery } from './early-read'
import { previewManualNumber, previewNextNumber, registerPage, registerYears, type LetterFilter, type RegisterPage } from './letters-repo'
import { counterSummaries, listLetterCodes } from './letters-settings-repo'

/**
 * Live views of the register for components; they update when another window issues a number. The page's
 * first read starts while the page renders (useEarlyLiveQuery): the rows are the register's first screen.
 */
export const useRegisterPage = (filter: LetterFilter, limit: number): RegisterPage | undefined =>
  useEarlyLiveQuery(() => registerPage(getDb(), filter, limit), [filter.year, filter.code, filter.search, limit])

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
