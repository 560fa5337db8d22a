import type { DocumentLayout } from './layout'

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()

/** SHA-256 with the platform's Web Crypto (Node, browsers and workers all have it): no library in the app's first bundle. */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
}

/** JSON with object keys in order, each image replaced by its own hash, so the same layout always gives the same text. */
async function canonical(value: unknown): Promise<string> {
  if (value instanceof Uint8Array) return JSON.stringify(await sha256Hex(value))
  if (Array.isArray(value)) return `[${(await Promise.all(value.map(canonical))).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const parts = await Promise.all(entries.map(async ([k, v]) => `${JSON.stringify(k)}:${await canonical(v)}`))
    return `{${parts.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The document's fingerprint: SHA-256 over its layout (every word, list, table, signature block
 * and image as the renderers receive them), written as canonical JSON with each image replaced by
 * its own SHA-256. The same data always gives the same fingerprint; any change of wording gives another.
 */
export async function layoutFingerprint(layout: DocumentLayout): Promise<string> {
  return sha256Hex(new TextEncoder().encode(await canonical(layout)))
}

/** "E1530716 B55B2CDB ...": groups of eight, easier to read aloud and compare. */
export function groupedHex(hex: string, group = 8): string {
  return (hex.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(' ')
}
