import { z } from 'zod'
import {
  CHECKSUM_PATTERN,
  DATA_FORMAT,
  DATA_VERSION,
  dataFileSchema,
  fileChecksum,
  FILE_CHECKSUM_PATTERN,
  snapshotFromDataFile,
  tablesChecksum,
  textChecksumMatches,
  type Snapshot
} from './format'
import { jsonDepth, MAX_DATA_FILE_CHARS, MAX_JSON_DEPTH, MAX_TOTAL_RECORDS, recordLimit } from './limits'
import { tableDescriptors, tableNames, type TableName } from './tables'
import { fieldPath, indonesianErrors } from './check'
import { integrityProblems } from './integrity'
import { upgradeDataFile } from './upgrade'
import { freezeIssuedDocuments } from '../meetings/document-kinds'
import { applyLegacySheetOrders } from '../meetings/legacy-sheet-order'

export interface DataFileProblem {
  /** Where in the file, e.g. "people[12].email"; empty for the file as a whole. */
  path: string
  message: string
}

/** ok: the file is as it was written; none: it has no checksum (read only on request); damaged: read anyway on request. */
export type ChecksumState = 'ok' | 'none' | 'damaged'

export type ReadResult =
  | {
      ok: true
      snapshot: Snapshot
      officeName: string | null
      checksum: ChecksumState
      /** The file is of an older format, upgraded while read (set only then). */
      upgraded?: true
    }
  | { ok: false; problems: DataFileProblem[] }

export interface ReadOptions {
  /**
   * The user was told the file is damaged and wants it read anyway (the only backup there is): the
   * checksum is not enforced, every other check still is.
   */
  acceptDamaged?: boolean
}

/** The problem path of a checksum mismatch; the restore screen offers "read anyway" for it alone. */
export const CHECKSUM_MISMATCH = 'checksum'

const fail = (message: string, path = ''): ReadResult => ({ ok: false, problems: [{ path, message }] })

const indonesian = indonesianErrors

function issuePath(path: readonly PropertyKey[]): string {
  return fieldPath(path[0] === 'tables' ? path.slice(1) : path)
}

export function problemsFromZod(error: z.ZodError): DataFileProblem[] {
  return error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }))
}

const label = (name: string): string => (isTableName(name) ? tableDescriptors[name].label : name)
const isTableName = (name: string): name is TableName => (tableNames as readonly string[]).includes(name)
const megabytes = (chars: number) => Math.ceil(chars / (1024 * 1024))

/**
 * Reads a data file (backup, export, sample) and checks all of it before anything is written.
 * Never throws: whatever the text holds, the answer is the data or problems with a message.
 */
export function readDataFile(textContent: string, options: ReadOptions = {}): ReadResult {
  try {
    return readChecked(textContent, options)
  } catch (err) {
    // A case no check foresaw (a record too odd for the upgrade or the frozen copy): a message, not a crash.
    const detail = err instanceof Error ? err.name : 'galat'
    return fail(`Berkas tidak dapat dibaca (${detail}). Data Anda tidak diubah; sebaiknya pilih cadangan lain.`)
  }
}

function readChecked(textContent: string, options: ReadOptions): ReadResult {
  if (typeof textContent !== 'string') return fail('Berkas rusak atau terpotong: isinya bukan teks.')
  if (textContent.length > MAX_DATA_FILE_CHARS) {
    return fail(
      `Berkas terlalu besar (${megabytes(textContent.length)} MB); berkas data Sekretariat PKK paling besar ${megabytes(MAX_DATA_FILE_CHARS)} MB. Data Anda tidak diubah.`
    )
  }
  if (jsonDepth(textContent, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return fail(`Berkas rusak: datanya bersarang lebih dari ${MAX_JSON_DEPTH} tingkat, tidak seperti berkas data Sekretariat PKK.`)
  }
  let json: unknown
  try {
    json = JSON.parse(textContent)
  } catch {
    return fail('Berkas rusak atau terpotong: isinya bukan JSON yang utuh.')
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== DATA_FORMAT) {
    return fail('Berkas ini bukan berkas data Sekretariat PKK.', 'format')
  }
  const file = json as Record<string, unknown>
  const version = file['version']
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail('Versi berkas tidak dikenali.', 'version')
  if (version > DATA_VERSION) {
    return fail(`Berkas dibuat oleh versi aplikasi yang lebih baru (format ${version}). Perbarui aplikasi terlebih dahulu.`, 'version')
  }
  if (version < 1) return fail('Versi berkas tidak dikenali.', 'version')
  const tables = file['tables']
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return fail('Berkas tidak memuat tabel data.', 'tables')
  const sizes = recordCountProblems(tables as Record<string, unknown>)
  if (sizes.length > 0) return { ok: false, problems: sizes }

  // Checked on the file as read, before anything is upgraded or dropped: a damaged byte is refused,
  // even where it would still read as valid data (a changed name, a renamed optional key, the version).
  // A file as the app writes it is checked over its text as read; any other layout the long way.
  const state = textChecksumMatches(textContent) ? 'ok' : checksumState(file)
  if (state !== 'ok' && !options.acceptDamaged) {
    return fail(
      state === 'none'
        ? 'Berkas tidak memiliki kode pemeriksaan, jadi kerusakan atau perubahan isinya tidak dapat diketahui. Data Anda tidak diubah; pilih cadangan yang dibuat aplikasi, atau periksa dan pulihkan tetap bila tidak ada cadangan lain.'
        : 'Berkas rusak: isinya tidak sama lagi dengan saat disimpan (kode pemeriksaan tidak cocok). Data Anda tidak diubah; sebaiknya pilih cadangan lain.',
      CHECKSUM_MISMATCH
    )
  }
  // The version decides how the tables are read: it must fit the tables the file holds, checksum or not.
  const shape = versionProblems(version, tables as Record<string, unknown>)
  if (shape.length > 0) return { ok: false, problems: shape }

  const current = version < DATA_VERSION ? upgradeDataFile(file, version, DATA_VERSION) : file
  const parsed = dataFileSchema.safeParse(current, { error: indonesian })
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error).slice(0, MAX_PROBLEMS) }
  // Issued documents of files from before frozen copies (version 2 and older) get one now (document-kinds.ts).
  const read = snapshotFromDataFile(parsed.data)
  // A Daftar Hadir ordered on its own (before the invitees had one order) writes that order into the invitees once.
  const snapshot = applyLegacySheetOrders(version < 3 ? freezeIssuedDocuments(read) : read)
  const broken = integrityProblems(snapshot)
  if (broken.length > 0) return { ok: false, problems: broken.slice(0, MAX_PROBLEMS) }
  return { ok: true, snapshot, officeName: parsed.data.office?.name ?? null, checksum: state, ...(version < DATA_VERSION ? { upgraded: true as const } : {}) }
}

/** At most this many problems are reported (a file of 100,000 broken records needs no 100,000 lines). */
export const MAX_PROBLEMS = 200

/** ok: the file's checksum (the whole-file one when it has it, else the tables') matches; none: it has none. */
function checksumState(file: Record<string, unknown>): ChecksumState {
  const whole = file['fileChecksum']
  if (whole !== undefined) return typeof whole === 'string' && FILE_CHECKSUM_PATTERN.test(whole) && fileChecksum(file) === whole ? 'ok' : 'damaged'
  const checksum = file['checksum']
  if (checksum === undefined) return 'none'
  return typeof checksum === 'string' && CHECKSUM_PATTERN.test(checksum) && tablesChecksum(file['tables']) === checksum ? 'ok' : 'damaged'
}

function recordCountProblems(tables: Record<string, unknown>): DataFileProblem[] {
  const out: DataFileProblem[] = []
  let total = 0
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows) || !isTableName(name)) continue
    total += rows.length
    const limit = recordLimit(name)
    if (rows.length > limit) out.push({ path: name, message: `Tabel ${label(name)} memuat ${rows.length} data; paling banyak ${limit}.` })
  }
  if (out.length === 0 && total > MAX_TOTAL_RECORDS) out.push({ path: '', message: `Berkas memuat ${total} data; paling banyak ${MAX_TOTAL_RECORDS}.` })
  return out
}

/**
 * An older format is upgraded only when it holds nothing that format did not have: a table that came
 * later, or a table no format knows, would be emptied or dropped without a word by the upgrade.
 * (A version 1 file written by the app holds no meeting tables; one holding them had its version changed.)
 */
function versionProblems(version: number, tables: Record<string, unknown>): DataFileProblem[] {
  const out: DataFileProblem[] = []
  for (const [name, rows] of Object.entries(tables)) {
    if (!isTableName(name)) {
      out.push({ path: name, message: `Tabel "${name.slice(0, 40)}" tidak dikenal oleh format berkas ini; isinya akan hilang bila dipulihkan.` })
      continue
    }
    const since = tableDescriptors[name].since
    if (since > version && Array.isArray(rows) && rows.length > 0) {
      out.push({
        path: name,
        message: `Berkas format ${version} tidak mungkin memuat tabel ${label(name)} (baru ada sejak format ${since}); nomor versi berkas kemungkinan diubah, dan isinya akan hilang bila dipulihkan.`
      })
      continue
    }
    // A field of a later format: the upgrade would remake it (a version 2 file's frozen copies are made anew from its data).
    for (const [field, fieldSince] of Object.entries(fieldsSince[name] ?? {})) {
      if (fieldSince <= version || !Array.isArray(rows)) continue
      const i = rows.findIndex((r) => typeof r === 'object' && r !== null && field in r)
      if (i >= 0) {
        out.push({
          path: `${name}[${i}].${field}`,
          message: `Berkas format ${version} tidak mungkin memuat ${label(name)} dengan "${field}" (baru ada sejak format ${fieldSince}); nomor versi berkas kemungkinan diubah.`
        })
      }
    }
  }
  return out
}

/** Fields a later format added to an existing table (docs/data-format.md "Versions"). */
const fieldsSince: Partial<Record<TableName, Record<string, number>>> = {
  documents: { frozen: 3 },
  letters: { revisions: 3 }
}
