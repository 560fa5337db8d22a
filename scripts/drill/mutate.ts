/**
 * Damaged backup files for the restore drill, as pure functions: a file cut short, one byte changed, one
 * field given a value of the wrong type. Positions and choices come in as numbers in [0, 1) so fast-check
 * (in Node) decides them and the page (which holds the file) applies them.
 */

const pickIndex = (fraction: number, length: number) => Math.min(length - 1, Math.max(0, Math.floor(fraction * length)))

/** The file cut at a point in [0, length - 1]: what a copy interrupted half way leaves. */
export function truncateText(text: string, fraction: number): { text: string; at: number } {
  const at = pickIndex(fraction, text.length)
  return { text: text.slice(0, at), at }
}

/**
 * One byte of the file's UTF-8 changed, then decoded as the app reads a chosen file (File.text(): invalid
 * sequences become U+FFFD). `value` is the new byte; when it equals the old one the next value is used.
 */
export function mutateByte(text: string, fraction: number, value: number): { text: string; at: number; from: number; to: number } {
  const bytes = new TextEncoder().encode(text)
  const at = pickIndex(fraction, bytes.length)
  const from = bytes[at] ?? 0
  let to = Math.trunc(value) & 0xff
  if (to === from) to = (to + 1) & 0xff
  bytes[at] = to
  return { text: new TextDecoder().decode(bytes), at, from, to }
}

export type ChangeKind =
  /** Not JSON any more. */
  | 'syntax'
  /** Parses to the same value. */
  | 'none'
  /** One string, number or boolean changed into another of the same type: looks like an edit. */
  | 'value'
  /** One key of an object renamed (the old field is gone, an unknown one appeared). */
  | 'key'
  /** A type changed, an element added or removed, more than one thing changed. */
  | 'structure'

type Plain = Record<string, unknown>
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v)

type Diff = { path: string; kind: 'value' | 'key' | 'structure' }

function collect(a: unknown, b: unknown, path: string, out: Diff[]): void {
  if (out.length > 3 || Object.is(a, b)) return
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push({ path, kind: 'structure' })
    else for (let i = 0; i < a.length; i++) collect(a[i], b[i], `${path}[${i}]`, out)
    return
  }
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    const gone = ka.filter((k) => !(k in b))
    const added = kb.filter((k) => !(k in a))
    const at = (k: string) => (path ? `${path}.${k}` : k)
    if (gone.length === 1 && added.length === 1 && gone[0] !== undefined && added[0] !== undefined) {
      out.push({ path: `${at(gone[0])} -> ${added[0]}`, kind: Object.is(a[gone[0]], b[added[0]]) || JSON.stringify(a[gone[0]]) === JSON.stringify(b[added[0]]) ? 'key' : 'structure' })
    } else if (gone.length > 0 || added.length > 0) out.push({ path, kind: 'structure' })
    for (const k of ka) if (k in b) collect(a[k], b[k], at(k), out)
    return
  }
  const leaf = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
  out.push({ path, kind: leaf(a) && leaf(b) && typeof a === typeof b ? 'value' : 'structure' })
}

/** How a changed file differs from the original (already parsed). */
export function classifyChange(original: unknown, changedText: string): { kind: ChangeKind; path: string } {
  let changed: unknown
  try {
    changed = JSON.parse(changedText)
  } catch {
    return { kind: 'syntax', path: '' }
  }
  const out: Diff[] = []
  collect(original, changed, '', out)
  const [first] = out
  if (!first) return { kind: 'none', path: '' }
  if (out.length > 1) return { kind: 'structure', path: (out.find((d) => d.kind === 'structure') ?? first).path }
  return { kind: first.kind, path: first.path }
}

/** A value of another type than `v`, chosen by `fraction`. */
export function wrongTypeFor(v: unknown, fraction: number): unknown {
  const options: unknown[] =
    typeof v === 'string'
      ? [12345, null, true, ['x'], {}]
      : typeof v === 'number'
        ? [String(v), null, [], true]
        : typeof v === 'boolean'
          ? ['ja', 1, null]
          : Array.isArray(v)
            ? ['x', {}, 3, null]
            : v === null
              ? [0, 'x', []]
              : // Not null: the file's own `office` may be null (a file without a profile).
                ['x', [], 5]
  return options[pickIndex(fraction, options.length)]
}

/**
 * One field of a data file (a record's field in `tables`, sometimes deeper, or a field of the file itself)
 * given a value of the wrong type. Returns null when the file has nothing to change.
 */
export function setWrongType(file: unknown, picks: readonly number[]): { text: string; path: string } | null {
  if (!isPlain(file)) return null
  const copy = JSON.parse(JSON.stringify(file)) as Plain
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0] = picks
  let parent: Plain | unknown[]
  let key: string | number
  let path: string
  const tables = isPlain(copy['tables']) ? copy['tables'] : null
  const filled = tables ? Object.keys(tables).filter((t) => Array.isArray(tables[t]) && (tables[t] as unknown[]).length > 0) : []
  if (!tables || filled.length === 0 || p0 < 0.1) {
    const keys = Object.keys(copy)
    if (keys.length === 0) return null
    parent = copy
    key = keys[pickIndex(p1, keys.length)] ?? ''
    path = key
  } else {
    const table = filled[pickIndex(p0, filled.length)] ?? ''
    const rows = tables[table] as unknown[]
    const i = pickIndex(p1, rows.length)
    const row = rows[i]
    if (!isPlain(row) || Object.keys(row).length === 0) return null
    const fields = Object.keys(row).sort()
    parent = row
    key = fields[pickIndex(p2, fields.length)] ?? ''
    path = `${table}[${i}].${key}`
    // Sometimes one level deeper: an element of a list, a field of an image.
    const inner = row[key]
    if (p3 < 0.3 && Array.isArray(inner) && inner.length > 0) {
      parent = inner
      key = pickIndex(p4, inner.length)
      path += `[${key}]`
    } else if (p3 < 0.3 && isPlain(inner) && Object.keys(inner).length > 0) {
      parent = inner
      const ks = Object.keys(inner).sort()
      key = ks[pickIndex(p4, ks.length)] ?? ''
      path += `.${key}`
    }
  }
  const target = parent as Record<string | number, unknown>
  const before = target[key]
  target[key] = wrongTypeFor(before, p5)
  // A change inside the tables is made as a hand edit would be, without the checksum, so that the
  // record checks (not the checksum) are what must refuse it.
  if (parent !== copy) delete copy['checksum']
  return { text: JSON.stringify(copy), path: `${path}: ${JSON.stringify(before)?.slice(0, 40)} -> ${JSON.stringify(target[key])}` }
}
