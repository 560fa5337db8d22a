import { personNameKey } from './normalise'

// Indonesian order, case- and accent-blind, "OPD 2" before "OPD 10".
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

export type SortDirection = 'asc' | 'desc'

export function compareText(a: string, b: string): number {
  // Empty cells after filled ones, so an ascending list starts with what is known.
  if (a === '' && b !== '') return 1
  if (b === '' && a !== '') return -1
  return collator.compare(a, b)
}

/**
 * People are sorted by the name itself, not by "Ny." or "Hj." in front of it, so
 * "Ny. Hj. Nevi ..." sits under N, beside "Nevi ..." written without titles.
 */
export function comparePersonNames(a: string, b: string): number {
  return compareText(personNameKey(a), personNameKey(b)) || compareText(a, b)
}

export function sortRows<T>(rows: readonly T[], compare: (a: T, b: T) => number, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => sign * compare(a, b))
}
