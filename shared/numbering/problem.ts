/** Why a number cannot be issued, registered or changed; the message is what the secretary reads. */
export type NumberingProblemCode =
  | 'no-office-code'
  | 'unknown-code'
  | 'inactive-code'
  | 'pattern'
  | 'missing-classification'
  | 'before-first'
  | 'duplicate'
  | 'duplicate-text'
  | 'gap'
  | 'gap-too-large'
  | 'insert-beyond-last'
  | 'order'
  | 'year-change'
  | 'month-change'
  | 'cancelled'
  | 'not-found'
  | 'lower-than-issued'
  | 'invalid'

export interface NumberingProblem {
  code: NumberingProblemCode
  message: string
  /** For 'gap': the main numbers that would be skipped; confirming records them as batal "nomor tidak terpakai". */
  missing?: number[]
  /** For date changes: the letter can instead be given a new number (the old one is cancelled). */
  canRenumber?: boolean
}

export class NumberingError extends Error {
  readonly problem: NumberingProblem
  constructor(problem: NumberingProblem) {
    super(problem.message)
    this.name = 'NumberingError'
    this.problem = problem
  }
  get code(): NumberingProblemCode {
    return this.problem.code
  }
}

export const problem = (code: NumberingProblemCode, message: string, extra: Omit<NumberingProblem, 'code' | 'message'> = {}): NumberingProblem => ({
  code,
  message,
  ...extra
})

/** "297", "297 dan 298", "297 sampai 299 (3 nomor)". */
export function describeRange(numbers: readonly number[]): string {
  const first = numbers[0]
  const last = numbers[numbers.length - 1]
  if (first === undefined || last === undefined) return ''
  if (numbers.length === 1) return String(first)
  if (numbers.length === 2) return `${first} dan ${last}`
  return `${first} sampai ${last} (${numbers.length} nomor)`
}
