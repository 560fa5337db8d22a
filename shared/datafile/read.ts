import { z } from 'zod'
import { CHECKSUM_PATTERN, DATA_FORMAT, DATA_VERSION, dataFileSchema, snapshotFromDataFile, tablesChecksum, type Snapshot } from './format'
import { fieldPath, indonesianErrors } from './check'
import { integrityProblems } from './integrity'
import { upgradeDataFile } from './upgrade'
import { freezeIssuedDocuments } from '../meetings/document-kinds'

export interface DataFileProblem {
  /** Where in the file, e.g. "people[12].email"; empty for the file as a whole. */
  path: string
  message: string
}

/** ok: the file is as it was written; none: it has no checksum (older or hand-made); damaged: read anyway on request. */
export type ChecksumState = 'ok' | 'none' | 'damaged'

export type ReadResult = { ok: true; snapshot: Snapshot; officeName: string | null; checksum: ChecksumState } | { ok: false; problems: DataFileProblem[] }

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

/** Reads a data file (backup, export, sample) and checks all of it before anything is written. */
export function readDataFile(textContent: string, options: ReadOptions = {}): ReadResult {
  let json: unknown
  try {
    json = JSON.parse(textContent)
  } catch {
    return fail('Berkas rusak atau terpotong: isinya bukan JSON yang utuh.')
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== DATA_FORMAT) {
    return fail('Berkas ini bukan berkas data Sekretariat PKK.', 'format')
  }
  const version = (json as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail('Versi berkas tidak dikenali.', 'version')
  if (version > DATA_VERSION) {
    return fail(`Berkas dibuat oleh versi aplikasi yang lebih baru (format ${version}). Perbarui aplikasi terlebih dahulu.`, 'version')
  }
  if (version < 1) return fail('Versi berkas tidak dikenali.', 'version')
  // Checked on the tables as read, before anything is upgraded or dropped: a damaged byte is refused,
  // even where it would still read as valid data (a changed name, a renamed optional key).
  const checksum = (json as { checksum?: unknown }).checksum
  let state: ChecksumState = 'none'
  if (checksum !== undefined) {
    const matches = typeof checksum === 'string' && CHECKSUM_PATTERN.test(checksum) && tablesChecksum((json as { tables?: unknown }).tables) === checksum
    if (!matches && !options.acceptDamaged) {
      return fail(
        'Berkas rusak: isinya tidak sama lagi dengan saat disimpan (kode pemeriksaan tidak cocok). Data Anda tidak diubah; sebaiknya pilih cadangan lain.',
        CHECKSUM_MISMATCH
      )
    }
    state = matches ? 'ok' : 'damaged'
  }
  const current = version < DATA_VERSION ? upgradeDataFile(json as Record<string, unknown>, version, DATA_VERSION) : json
  const parsed = dataFileSchema.safeParse(current, { error: indonesian })
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) }
  // Issued documents of files from before frozen copies (version 2 and older) get one now (document-kinds.ts).
  const read = snapshotFromDataFile(parsed.data)
  const snapshot = version < 3 ? freezeIssuedDocuments(read) : read
  const broken = integrityProblems(snapshot)
  if (broken.length > 0) return { ok: false, problems: broken }
  return { ok: true, snapshot, officeName: parsed.data.office?.name ?? null, checksum: state }
}
