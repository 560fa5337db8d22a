import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useReducer, useRef } from 'react'
import { afterNextPaint } from './after-paint'
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

/** Holds taken on the register's live reads (holdRegisterReads), and the views to read again when the last is let go. */
let holds = 0
const resumes = new Set<() => void>()

/**
 * Holds the register's live reads (the page, the year list, the counter line) while a number is being
 * issued, until the frame that shows it is drawn: the commit wakes all three, and their re-reads
 * (the year's 2,000 index keys, each one tracked by the live query) would otherwise share the window's
 * thread and IndexedDB's with the number's journal entry, render and frame. A view woken while held keeps
 * what it shows and reads once, after. The returned function lets go (once; the reads start after the
 * next frame is drawn).
 */
export function holdRegisterReads(): () => void {
  holds++
  let released = false
  return () => {
    if (released) return
    released = true
    void afterNextPaint().then(() => {
      holds--
      if (holds === 0) for (const resume of [...resumes]) resume()
    })
  }
}

/**
 * `querier` for a live view, which while the register's reads are held gives back what it last gave (no
 * read) and is asked again once they are let go. `round` goes into the live query's deps: its change starts
 * a new one (a held answer read nothing, so the live query it came from watches nothing).
 */
function useHeld<T>(key: string, querier: () => Promise<T>): { query: () => Promise<T>; round: number; seen: (v: T | undefined) => void } {
  const [round, again] = useReducer((n: number) => n + 1, 0)
  const last = useRef<{ key: string; value: T } | null>(null)
  const missed = useRef(false)
  useEffect(() => {
    const resume = () => {
      if (!missed.current) return
      missed.current = false
      again()
    }
    resumes.add(resume)
    return () => {
      resumes.delete(resume)
    }
  }, [])
  const query = () => {
    // Only what it gave for the same view (a year switched to while held is read at once).
    if (holds > 0 && last.current?.key === key) {
      missed.current = true
      return Promise.resolve(last.current.value)
    }
    return querier().then((value) => {
      last.current = { key, value }
      return value
    })
  }
  // The first value shown (a read begun before the page, readRegisterAhead, did not go through query).
  const seen = (v: T | undefined) => {
    if (v !== undefined && last.current === null) last.current = { key, value: v }
  }
  return { query, round, seen }
}

/**
 * Live views of the register for components; they update when another window issues a number. The page's
 * first read starts when its address is asked for (readRegisterAhead) or while the page renders
 * (useEarlyLiveQuery): the rows are the register's first screen.
 */
export function useRegisterPage(filter: LetterFilter, limit: number): RegisterPage | undefined {
  const held = useHeld(pageKey(filter, limit), () => registerPage(getDb(), filter, limit))
  const page = useEarlyLiveQuery(held.query, [filter.year, filter.code, filter.search, limit, held.round], () => takeRegisterAhead(filter, limit))
  held.seen(page)
  return page
}

export const useLetterCodes = () => useLiveQuery(() => listLetterCodes(getDb()), [])

/**
 * The year list and the counter line read once `ready` (the register's rows are read): their requests
 * (the counters' index keys, a key of every year) would otherwise share IndexedDB's thread with the rows'.
 */
export const useRegisterYears = (currentYear: number, ready = true): number[] | undefined =>
  useHeldOnceReady(currentYear, ready, () => registerYears(getDb(), currentYear))

export const useCounterSummaries = (year: number, ready = true): Awaited<ReturnType<typeof counterSummaries>> | undefined =>
  useHeldOnceReady(year, ready, () => counterSummaries(getDb(), year))

/** A live view of one year that reads once `ready` and holds while a number is issued (useHeld). */
function useHeldOnceReady<T>(year: number, ready: boolean, querier: () => Promise<T>): T | undefined {
  const held = useHeld(String(year), querier)
  const value = useLiveQuery(() => (ready ? held.query() : Promise.resolve(undefined)), [year, ready, held.round])
  held.seen(value)
  return value
}

/** The number the next letter of this code and date would get, kept current while the other window issues. */
export const useNextNumber = (code: string, date: string) =>
  useLiveQuery(() => (code && /^\d{4}-\d{2}-\d{2}$/.test(date) ? previewNextNumber(getDb(), code, date) : Promise.resolve(null)), [code, date])

/** The full text and the skipped numbers of a hand-typed number, before it is registered. */
export const useManualPreview = (args: { code: string; seq: number; insert: number; date: string } | null) =>
  useLiveQuery(
    () => (args ? previewManualNumber(getDb(), args) : Promise.resolve(null)),
    [args?.code, args?.seq, args?.insert, args?.date]
  )
