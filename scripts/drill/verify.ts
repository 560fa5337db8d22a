/**
 * What the drills verify, as pure functions (no browser, no Node): the register after a crash, and two
 * copies of an office compared record by record. Bundled into the drill page and unit-tested in Node.
 */

/** One entry of the Buku Agenda as the check page reports it. */
export interface RegisterEntry {
  counterKey: string
  year: number
  seq: number
  insert: number
  number: string
  status: 'aktif' | 'batal'
  /** A batal "Nomor hilang" entry a restore wrote because the number's own entry was lost (the drill never writes one itself). */
  placeholder?: boolean
}

export interface CounterEntry {
  key: string
  year: number
  last: number
}

/** A number the page saw issued: its transaction had completed before it was logged. */
export interface Ack {
  number: string
  counterKey: string
  year: number
  seq: number
  insert: number
}

export interface RegisterVerdict {
  /** Acknowledged numbers that are not in the register (or not with the same counter, year, seq, insert). */
  lost: string[]
  /** Acknowledged cancellations whose letter is not marked batal. */
  cancelsLost: string[]
  /** Numbers present twice: the same counter, year, seq and insert, or the same number text in a year. */
  duplicates: string[]
  /** Main numbers missing from a counter's sequence 1..highest, and inserted numbers missing from 1..highest insert. */
  gaps: string[]
  /** Counters whose last number is not the highest main number in the register. */
  counterMismatches: string[]
}

const slot = (e: { counterKey: string; year: number; seq: number; insert: number }) => `${e.counterKey}|${e.year}|${e.seq}|${e.insert}`

/**
 * The register after a crash: every acknowledged number present with its place, every acknowledged
 * cancellation still batal, no number twice, the main sequence of every counter whole (batal numbers are
 * present, so they are never gaps), inserted numbers whole, counters agreeing with the register.
 */
export function verifyRegister(
  letters: readonly RegisterEntry[],
  counters: readonly CounterEntry[],
  acks: readonly Ack[],
  cancels: readonly Ack[] = []
): RegisterVerdict {
  const bySlot = new Map<string, RegisterEntry[]>()
  const byText = new Map<string, RegisterEntry[]>()
  for (const l of letters) {
    const s = slot(l)
    bySlot.set(s, [...(bySlot.get(s) ?? []), l])
    const t = `${l.year}|${l.number}`
    byText.set(t, [...(byText.get(t) ?? []), l])
  }

  const lost: string[] = []
  for (const a of acks) {
    // A placeholder holds the number but not the letter: the entry acknowledged is lost.
    const found = byText.get(`${a.year}|${a.number}`)?.some((l) => slot(l) === slot(a) && !l.placeholder)
    if (!found) lost.push(a.number)
  }
  const cancelsLost: string[] = []
  for (const c of cancels) {
    const found = byText.get(`${c.year}|${c.number}`)?.find((l) => slot(l) === slot(c))
    if (!found || found.status !== 'batal') cancelsLost.push(c.number)
  }

  const duplicates: string[] = []
  for (const [, rows] of bySlot) if (rows.length > 1) duplicates.push(`${rows[0]?.number} (${rows.length}x pada tempat yang sama)`)
  for (const [, rows] of byText) if (rows.length > 1) duplicates.push(`${rows[0]?.number} (${rows.length}x nomor yang sama)`)

  // Per counter and year: the main numbers (insert 0) and, per main number, its inserted numbers.
  const mains = new Map<string, Set<number>>()
  const inserts = new Map<string, Set<number>>()
  for (const l of letters) {
    const key = `${l.counterKey}|${l.year}`
    if (l.insert === 0) mains.set(key, (mains.get(key) ?? new Set()).add(l.seq))
    else inserts.set(`${key}|${l.seq}`, (inserts.get(`${key}|${l.seq}`) ?? new Set()).add(l.insert))
  }
  const gaps: string[] = []
  for (const [key, seqs] of mains) {
    const top = Math.max(...seqs)
    for (let s = 1; s <= top; s++) if (!seqs.has(s)) gaps.push(`${key}|${s}`)
  }
  for (const [key, ins] of inserts) {
    const [counterKey = '', year = '', seq = ''] = key.split('|')
    if (!mains.get(`${counterKey}|${year}`)?.has(Number(seq))) gaps.push(`${key} (nomor sisipan tanpa nomor induk)`)
    const top = Math.max(...ins)
    for (let i = 1; i <= top; i++) if (!ins.has(i)) gaps.push(`${key}.${i}`)
  }

  const counterMismatches: string[] = []
  const counterOf = new Map(counters.map((c) => [`${c.key}|${c.year}`, c.last]))
  for (const [key, seqs] of mains) {
    const top = Math.max(...seqs)
    const last = counterOf.get(key)
    if (last !== top) counterMismatches.push(`${key}: penghitung ${last ?? 'tidak ada'}, nomor tertinggi ${top}`)
  }
  for (const c of counters) {
    const key = `${c.key}|${c.year}`
    if (!mains.has(key) && c.last > 0) counterMismatches.push(`${key}: penghitung ${c.last}, tidak ada nomor`)
  }

  return { lost, cancelsLost, duplicates, gaps, counterMismatches }
}

/** A difference between two copies of an office. */
export interface RecordDifference {
  table: string
  key: string
  kind: 'missing' | 'extra' | 'different' | 'duplicate-key'
  /** The first differing field, for a 'different' record. */
  field?: string
}

export interface SnapshotComparison {
  equal: boolean
  records: number
  differences: RecordDifference[]
}

/** The primary key of a record of each table (the same keys the database uses). */
export function recordKey(table: string, row: Record<string, unknown>): string {
  const k = table === 'letterCodes' ? row['code'] : table === 'minutes' ? row['meetingId'] : row['id']
  return typeof k === 'string' ? k : JSON.stringify(k)
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array

/**
 * Deep equality of stored values: plain objects, arrays, bytes, strings, numbers, booleans, null. A property
 * holding undefined equals a missing one (IndexedDB keeps it, JSON drops it; neither holds data). Returns the
 * path of the first difference, or null.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null
  if (isBytes(a) || isBytes(b)) {
    if (!isBytes(a) || !isBytes(b) || a.byteLength !== b.byteLength) return path || '(bytes)'
    for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return `${path}[${i}]`
    return null
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path || '(array)'
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`)
      if (d !== null) return d
    }
    return null
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ra = a as Record<string, unknown>
    const rb = b as Record<string, unknown>
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)])
    for (const k of [...keys].sort()) {
      const d = firstDifference(ra[k], rb[k], path ? `${path}.${k}` : k)
      if (d !== null) return d
    }
    return null
  }
  return path || '(value)'
}

/** Two copies of an office (table name -> records), compared record by record by primary key. */
export function compareSnapshots(
  expected: Readonly<Record<string, readonly unknown[]>>,
  actual: Readonly<Record<string, readonly unknown[]>>,
  limit = 20
): SnapshotComparison {
  const differences: RecordDifference[] = []
  let records = 0
  let total = 0
  const push = (d: RecordDifference) => {
    total++
    if (differences.length < limit) differences.push(d)
  }
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)])
  for (const table of [...tables].sort()) {
    const index = (rows: readonly unknown[]) => {
      const m = new Map<string, unknown>()
      for (const r of rows) {
        const key = recordKey(table, r as Record<string, unknown>)
        if (m.has(key)) push({ table, key, kind: 'duplicate-key' })
        m.set(key, r)
      }
      return m
    }
    const want = index(expected[table] ?? [])
    const got = index(actual[table] ?? [])
    records += want.size
    for (const [key, row] of want) {
      if (!got.has(key)) {
        push({ table, key, kind: 'missing' })
        continue
      }
      const field = firstDifference(row, got.get(key))
      if (field !== null) push({ table, key, kind: 'different', field })
    }
    for (const key of got.keys()) if (!want.has(key)) push({ table, key, kind: 'extra' })
  }
  return { equal: total === 0, records, differences }
}

export const describeDifference = (d: RecordDifference): string => `${d.table}[${d.key}] ${d.kind}${d.field ? ` (${d.field})` : ''}`
