import type { z } from 'zod'
import { tableDescriptors, tableNames, type Snapshot, type TableName } from '../datafile'
import { decodeRecords, type DecodeResult } from './codec'
import { inRange, journalEntry, keyOf, type PrimaryKey } from './entry'

export interface ReplayReport {
  /** Entries (transactions) applied, in sequence order. */
  entries: number
  /** Records written (put) and deleted by the journal, per table. */
  written: Partial<Record<TableName, number>>
  deleted: Partial<Record<TableName, number>>
  /** Entries or records that could not be read back (named for the screen); the rest is still applied. */
  skipped: string[]
  /** The sequence number of the last entry applied (0: none). */
  lastSeq: number
}

function fromJournal(table: TableName, value: unknown): { ok: true; record: unknown } | { ok: false; message: string } {
  const d: { json: z.ZodType; fromJson(j: never): unknown } = tableDescriptors[table]
  const parsed = d.json.safeParse(value)
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }
  return { ok: true, record: d.fromJson(parsed.data as never) }
}

/**
 * The base snapshot with the journal's entries applied in sequence order: puts replace the record
 * with the same primary key, deletes remove it. Entries at or below `afterSeq` are already in the
 * base and are passed over. Pure: the base is not changed.
 */
export function replayJournal(base: Snapshot, records: DecodeResult['records'], afterSeq = 0): { snapshot: Snapshot; report: ReplayReport } {
  const tables = new Map<TableName, Map<PrimaryKey, unknown>>()
  const tableOf = (t: TableName) => {
    let m = tables.get(t)
    if (!m) {
      m = new Map()
      for (const r of base[t]) {
        const k = keyOf(t, r)
        if (k !== undefined) m.set(k, r)
      }
      tables.set(t, m)
    }
    return m
  }
  const report: ReplayReport = { entries: 0, written: {}, deleted: {}, skipped: [], lastSeq: 0 }
  const bump = (into: Partial<Record<TableName, number>>, t: TableName, n: number) => {
    if (n > 0) into[t] = (into[t] ?? 0) + n
  }
  for (const { seq, payload } of [...records].sort((a, b) => a.seq - b.seq)) {
    if (seq <= afterSeq) continue
    let raw: unknown
    try {
      raw = JSON.parse(payload)
    } catch {
      report.skipped.push(`catatan ${seq}: bukan JSON`)
      continue
    }
    const entry = journalEntry.safeParse(raw)
    if (!entry.success) {
      report.skipped.push(`catatan ${seq}: bentuknya tidak dikenal`)
      continue
    }
    for (const op of entry.data.ops) {
      const m = tableOf(op.table)
      if (op.op === 'put') {
        let n = 0
        for (const value of op.values) {
          const r = fromJournal(op.table, value)
          const k = r.ok ? keyOf(op.table, r.record) : undefined
          if (!r.ok || k === undefined) {
            report.skipped.push(`catatan ${seq}, ${tableDescriptors[op.table].label}: ${r.ok ? 'tanpa kunci' : r.message}`)
            continue
          }
          m.set(k, r.record)
          n++
        }
        bump(report.written, op.table, n)
      } else if (op.op === 'delete') {
        let n = 0
        for (const k of op.keys) if (m.delete(k)) n++
        bump(report.deleted, op.table, n)
      } else {
        let n = 0
        for (const k of [...m.keys()]) if (inRange(k, op) && m.delete(k)) n++
        bump(report.deleted, op.table, n)
      }
    }
    report.entries++
    report.lastSeq = seq
  }
  const snapshot = { ...base } as Record<TableName, unknown[]>
  for (const t of tableNames) {
    const m = tables.get(t)
    if (m) snapshot[t] = [...m.values()]
  }
  return { snapshot: snapshot as Snapshot, report }
}

/** Reads a journal file's bytes and replays it onto the base. */
export function replayBytes(base: Snapshot, bytes: Uint8Array, afterSeq = 0): { snapshot: Snapshot; report: ReplayReport; read: DecodeResult } {
  const read = decodeRecords(bytes)
  return { ...replayJournal(base, read.records, afterSeq), read }
}
