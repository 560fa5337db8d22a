import { z } from 'zod'
import CRC32 from 'crc-32'
import { tableDescriptor, tableDescriptors, tableNames, type JsonRecordOf, type RecordOf, type TableDescriptors, type TableName } from './tables'

export const DATA_FORMAT = 'sekretariat-pkk-data'
/** Bump on every change of the file's shape; older files are upgraded in upgrade.ts. */
export const DATA_VERSION = 6

/** Everything the database holds, as the data layer reads and writes it: one array per table (tables.ts). */
export type Snapshot = { [N in TableName]: RecordOf<N>[] }

export const emptySnapshot = (): Snapshot => Object.fromEntries(tableNames.map((n) => [n, []])) as unknown as Snapshot

/**
 * CRC-32 of the tables exactly as they are written (JSON.stringify of `tables`): one changed byte, a
 * renamed key or a changed value anywhere in the data makes it differ. A check against damage, not
 * against someone who edits the file on purpose (they can recompute it).
 */
export function tablesChecksum(tables: unknown): string {
  return `crc32:${(CRC32.str(JSON.stringify(tables)) >>> 0).toString(16).padStart(8, '0')}`
}
export const CHECKSUM_PATTERN = /^crc32:[0-9a-f]{8}$/

/**
 * CRC-32 of the whole file as written, header included (format, version, createdAt, appVersion,
 * office, the tables' checksum and the tables): JSON.stringify of the file's object without its own
 * `fileChecksum` key, in the file's key order. Files written since it exists carry it; it is what
 * makes a changed `version` (which decides how the tables are read) count as damage.
 */
export function fileChecksum(file: Record<string, unknown>): string {
  const { fileChecksum: _own, ...rest } = file
  return `crc32h:${(CRC32.str(JSON.stringify(rest)) >>> 0).toString(16).padStart(8, '0')}`
}
export const FILE_CHECKSUM_PATTERN = /^crc32h:[0-9a-f]{8}$/

type TablesShape = { [N in TableName]: z.ZodArray<TableDescriptors[N]['json']> }

/** The `tables` of a data file: per table an array of its file records, in the descriptor's order. */
function tablesShape(): TablesShape {
  const shape = {} as Record<TableName, z.ZodArray>
  for (const name of tableNames) {
    const d: { json: z.ZodType; maxRows?: number } = tableDescriptors[name]
    const rows = z.array(d.json)
    shape[name] = d.maxRows === undefined ? rows : rows.max(d.maxRows)
  }
  return shape as TablesShape
}

export const dataFileSchema = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_VERSION),
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
  office: z.object({ name: z.string().max(300), code: z.string().max(60) }).nullable(),
  /** tablesChecksum(tables); files written before it existed, or by hand, have none. */
  checksum: z.string().max(100).optional(),
  /** fileChecksum(file): the header and the tables; files written before it existed have only `checksum`. */
  fileChecksum: z.string().max(100).optional(),
  tables: z.object(tablesShape())
})
export type DataFile = z.infer<typeof dataFileSchema>

type TablesJson = { [N in TableName]: JsonRecordOf<N>[] }

function tableToJson<N extends TableName>(name: N, rows: RecordOf<N>[]): JsonRecordOf<N>[] {
  const d = tableDescriptor(name)
  return rows.map((r) => d.toJson(r))
}

function tableFromJson<N extends TableName>(name: N, rows: JsonRecordOf<N>[]): RecordOf<N>[] {
  const d = tableDescriptor(name)
  return rows.map((r) => d.fromJson(r))
}

export function toDataFile(snapshot: Snapshot, appVersion: string, now: Date = new Date()): DataFile {
  const p = snapshot.profile[0]
  // Built in the descriptor's order: the checksum is taken over exactly these bytes.
  const tables = {} as Record<TableName, unknown[]>
  for (const name of tableNames) tables[name] = tableToJson(name, snapshot[name])
  const fileTables = tables as TablesJson
  const file: DataFile = {
    format: DATA_FORMAT,
    version: DATA_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    office: p ? { name: p.officeName, code: p.officeCode } : null,
    checksum: tablesChecksum(fileTables),
    tables: fileTables
  }
  // Last, so the file's bytes up to it are exactly what it was computed over.
  return { ...file, fileChecksum: fileChecksum(file) }
}

const crcHex = (crc: number) => (crc >>> 0).toString(16).padStart(8, '0')

/**
 * The data file of `snapshot` as JSON text: exactly JSON.stringify(toDataFile(snapshot, appVersion, now)),
 * with the tables serialised once instead of three times (their checksum, the whole file's checksum,
 * the text). A 10-year office is 28 MB of JSON; each pass over it costs about half a second.
 */
export function dataFileText(snapshot: Snapshot, appVersion: string, now: Date = new Date()): string {
  const p = snapshot.profile[0]
  const tables = {} as Record<TableName, unknown[]>
  for (const name of tableNames) tables[name] = tableToJson(name, snapshot[name])
  const tablesJson = JSON.stringify(tables)
  const checksum = `crc32:${crcHex(CRC32.str(tablesJson))}`
  const header = JSON.stringify({
    format: DATA_FORMAT,
    version: DATA_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    office: p ? { name: p.officeName, code: p.officeCode } : null,
    checksum
  })
  // The file without its own checksum is `head + tables + "}"`: its CRC runs on from the head's.
  const head = `${header.slice(0, -1)},"tables":`
  const whole = CRC32.str('}', CRC32.str(tablesJson, CRC32.str(head)))
  return `${head}${tablesJson},"fileChecksum":"crc32h:${crcHex(whole)}"}`
}

const TEXT_FILE_CHECKSUM = /,"fileChecksum":"(crc32h:[0-9a-f]{8})"\}$/

/**
 * Whether a file's text is, byte for byte, a file as dataFileText writes it with a matching whole-file
 * checksum: then fileChecksum of the parsed file matches too (JSON.stringify of what JSON.parse read from
 * JSON.stringify's own output gives the same text), without serialising the file again. False says
 * nothing: the file may be formatted otherwise (pretty-printed by hand), and is checked the long way.
 */
export function textChecksumMatches(text: string): boolean {
  const m = TEXT_FILE_CHECKSUM.exec(text.slice(-48))
  if (!m) return false
  const body = text.slice(0, text.length - m[0].length)
  return `crc32h:${crcHex(CRC32.str('}', CRC32.str(body)))}` === m[1]
}

export function snapshotFromDataFile(file: DataFile): Snapshot {
  const out = {} as Record<TableName, unknown[]>
  const tables = file.tables as TablesJson
  for (const name of tableNames) out[name] = tableFromJson(name, tables[name])
  return out as Snapshot
}
