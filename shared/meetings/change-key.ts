import CRC32 from 'crc-32'

/** JSON with object keys in order and undefined members left out, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * A short key of what a document printed from the meeting's data: two CRC-32s (of the text and of
 * its reverse) and the length. Synchronous, so it can be taken inside the issuing transaction.
 */
export function changeKey(printed: unknown): string {
  const text = canonicalJson(printed)
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')
  return `k1:${hex(CRC32.str(text))}${hex(CRC32.str([...text].reverse().join('')))}:${text.length}`
}
