import { z } from 'zod'
import { tableDescriptor, tableDescriptors, type RecordOf, type TableName } from './tables'

/** Zod's own messages (wrong type, missing field) in Indonesian; the schemas' custom messages still win. */
export const indonesianErrors = z.locales.id().localeError

export interface RecordProblem {
  /** The field inside the record, e.g. "headTitle" or "dates[1]"; empty for the record as a whole. */
  field: string
  message: string
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '')
}

/** A record the data layer was about to write that its own restore would refuse; nothing was written. */
export class RecordCheckError extends Error {
  constructor(
    readonly table: TableName,
    readonly problems: readonly RecordProblem[]
  ) {
    const first = problems[0]
    const where = first?.field ? ` (${first.field})` : ''
    super(`Data ${tableDescriptors[table].label.toLowerCase()} tidak dapat disimpan${where}: ${first?.message ?? 'isinya tidak valid'}`)
    this.name = 'RecordCheckError'
  }
}

export type RecordCheck<N extends TableName> = { ok: true; record: RecordOf<N> } | { ok: false; problems: RecordProblem[] }

/** Checks a whole record against its table's schema, the same one a restore reads the data file with. */
export function checkRecord<N extends TableName>(table: N, record: RecordOf<N>): RecordCheck<N> {
  const parsed = tableDescriptor(table).record.safeParse(record, { error: indonesianErrors })
  if (parsed.success) return { ok: true, record: parsed.data }
  return { ok: false, problems: parsed.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })) }
}

/**
 * The record as it will be written: checked against the table's schema (trimmed text, unknown fields
 * dropped, as a restore would read it back). Throws a RecordCheckError naming the field otherwise, so
 * whatever the app writes, its own restore accepts.
 */
export function checked<N extends TableName>(table: N, record: RecordOf<N>): RecordOf<N> {
  const r = checkRecord(table, record)
  if (!r.ok) throw new RecordCheckError(table, r.problems)
  return r.record
}

/** checked() for many records of one table. */
export function checkedAll<N extends TableName>(table: N, records: readonly RecordOf<N>[]): RecordOf<N>[] {
  return records.map((r) => checked(table, r))
}
