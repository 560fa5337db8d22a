import type { LetterStatus } from '../model/letters'
export type { CounterMode, InsertStyle, LetterStatus, MonthStyle } from '../model/letters'

/** The part of a register entry the numbering rules look at. */
export interface NumberedEntry {
  seq: number
  /** 0 for a main number; 1, 2, ... for inserted numbers (nomor sisipan) after `seq`. */
  insert: number
  date: string
  number: string
  status?: LetterStatus
}
