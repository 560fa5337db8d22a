import { z } from 'zod'
import { tableDescriptors, tableNames, type TableName } from '../datafile'

/**
 * One journal entry: the writes of one committed transaction of the data layer, in the order they
 * were made. Values are the tables' file records (bytes as base64, as in a data file), so an entry
 * reads back with the same schemas a restore uses.
 */
const primaryKey = z.union([z.string(), z.number()])
export type PrimaryKey = z.infer<typeof primaryKey>

const tableName = z.enum(tableNames as [TableName, ...TableName[]])

export const journalOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), table: tableName, values: z.array(z.unknown()) }),
  z.object({ op: z.literal('delete'), table: tableName, keys: z.array(primaryKey) }),
  z.object({
    op: z.literal('deleteRange'),
    table: tableName,
    /** Absent bounds are open-ended: both absent is the whole table (Table.clear()). */
    lower: primaryKey.optional(),
    upper: primaryKey.optional(),
    lowerOpen: z.boolean(),
    upperOpen: z.boolean()
  })
])
export type JournalOp = z.infer<typeof journalOp>

export const journalEntry = z.object({
  v: z.literal(1),
  /** When the transaction completed (the app's clock). */
  at: z.string(),
  ops: z.array(journalOp).min(1)
})
export type JournalEntry = z.infer<typeof journalEntry>

export const encodeEntry = (entry: JournalEntry): string => JSON.stringify(entry)

/** IndexedDB's order for the keys this app uses: numbers before strings, strings by code unit. */
export function compareKeys(a: PrimaryKey, b: PrimaryKey): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

export function inRange(key: PrimaryKey, op: Extract<JournalOp, { op: 'deleteRange' }>): boolean {
  if (op.lower !== undefined) {
    const c = compareKeys(key, op.lower)
    if (c < 0 || (c === 0 && op.lowerOpen)) return false
  }
  if (op.upper !== undefined) {
    const c = compareKeys(key, op.upper)
    if (c > 0 || (c === 0 && op.upperOpen)) return false
  }
  return true
}

/** A database record as the journal keeps it (the table's file record). */
export function recordToJournal(table: TableName, record: unknown): unknown {
  const d: { toJson(r: never): unknown } = tableDescriptors[table]
  return d.toJson(record as never)
}

export const keyOf = (table: TableName, record: unknown): PrimaryKey | undefined => {
  const k = (record as Record<string, unknown> | null)?.[tableDescriptors[table].key]
  return typeof k === 'string' || typeof k === 'number' ? k : undefined
}

