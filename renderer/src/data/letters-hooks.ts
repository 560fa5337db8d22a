import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { previewManualNumber, previewNextNumber, registerPage, registerYears, type LetterFilter } from './letters-repo'
import { counterSummaries, listLetterCodes } from './letters-settings-repo'

/** Live views of the register for components; they update when another window issues a number. */
export const useRegisterPage = (filter: LetterFilter, limit: number) =>
  useLiveQuery(() => registerPage(getDb(), filter, limit), [filter.year, filter.code, filter.search, limit])

export const useLetterCodes = () => useLiveQuery(() => listLetterCodes(getDb()), [])

export const useRegisterYears = (currentYear: number) => useLiveQuery(() => registerYears(getDb(), currentYear), [currentYear])

export const useCounterSummaries = (year: number) => useLiveQuery(() => counterSummaries(getDb(), year), [year])

/** The number the next letter of this code and date would get, kept current while the other window issues. */
export const useNextNumber = (code: string, date: string) =>
  useLiveQuery(() => (code && /^\d{4}-\d{2}-\d{2}$/.test(date) ? previewNextNumber(getDb(), code, date) : Promise.resolve(null)), [code, date])

/** The full text and the skipped numbers of a hand-typed number, before it is registered. */
export const useManualPreview = (args: { code: string; seq: number; insert: number; date: string } | null) =>
  useLiveQuery(
    () => (args ? previewManualNumber(getDb(), args) : Promise.resolve(null)),
    [args?.code, args?.seq, args?.insert, args?.date]
  )
