import { parseIsoDate } from '../calendar'
import type { CounterMode } from './types'

/** The key of the one office-wide counter. */
export const SHARED_COUNTER_KEY = '*'

/** Which counter a code draws from: its own, or the office-wide one. */
export function counterKey(mode: CounterMode, code: string): string {
  return mode === 'shared' ? SHARED_COUNTER_KEY : code
}

/** Counters restart every 1 January, so a counter is a key and a year. */
export function counterId(key: string, year: number): string {
  return `${year}:${key}`
}

/** A letter belongs to the year of its date, not the year it was typed in: a letter of 31 December entered on 2 January takes 2019's next number. */
export function numberingYear(date: string): number {
  return parseIsoDate(date).year
}

export function counterLabel(key: string): string {
  return key === SHARED_COUNTER_KEY ? 'Semua jenis surat' : key
}
