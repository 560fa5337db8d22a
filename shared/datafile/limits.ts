import type { TableName } from './tables'

/**
 * Bounds a data file must stay within before its content is looked at in detail: a file outside
 * them is refused with a message at once, before parsing it could take the window's memory or time.
 * They are generous beside the largest office the app is built for (a 10-year office has about
 * 125,000 records, bench "big-office"); strings and images are bounded by the schemas themselves.
 */

/**
 * The longest file read, in characters (UTF-16 code units, what a File's text() gives). The largest
 * legitimate file holds the profile's three images and 20 signers' signatures (2 MB each, base64)
 * and a few certificates: about 70 MB.
 */
export const MAX_DATA_FILE_CHARS = 96 * 1024 * 1024

/** The deepest nesting of arrays and objects: the deepest record (a frozen layout) is far shallower. */
export const MAX_JSON_DEPTH = 64

/** All records of a file together. */
export const MAX_TOTAL_RECORDS = 500_000

/** Records per table; tables not named take MAX_TABLE_RECORDS. */
export const MAX_TABLE_RECORDS = 250_000
export const tableRecordLimits: Partial<Record<TableName, number>> = {
  profile: 1,
  settings: 1,
  letterCodes: 500,
  certificates: 50,
  legalBases: 5_000,
  groups: 5_000
}

export const recordLimit = (table: TableName): number => tableRecordLimits[table] ?? MAX_TABLE_RECORDS

/**
 * The deepest nesting of `[` and `{` in a JSON text, counted in one pass outside strings; stops
 * counting past `limit` (the answer is then limit + 1). Linear and without recursion, so a text
 * nested 200,000 deep is measured before JSON.parse or a schema walks into it.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > limit) return deepest
      }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}
