import { foldText } from './normalise'

/**
 * The text a contact is found by: every part folded (case, diacritics, apostrophes set aside),
 * plus the phone's bare digits so "08123456" finds "0812-3456". Built once per record.
 */
export function searchKey(parts: readonly (string | undefined)[], phone = ''): string {
  const digits = phone.replace(/\D/g, '')
  return [...parts.map((p) => foldText(p ?? '')), digits].filter(Boolean).join(' | ')
}

/** A matcher for what is typed in the search box: every word must appear somewhere, in any order. */
export function queryMatcher(query: string): (key: string) => boolean {
  const words = foldText(query).split(' ').filter(Boolean)
  if (words.length === 0) return () => true
  return (key) => words.every((w) => key.includes(w))
}
