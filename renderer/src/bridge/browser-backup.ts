import Dexie, { type EntityTable } from 'dexie'
import { backupFileName } from '@shared/ipc/backup-names'
import {
  KEEP_BACKUPS_IN_BROWSER,
  photosHaveArgs,
  photosReadArgs,
  photosWriteArgs,
  readBackupArgs,
  writeBackupArgs,
  type BackupEntry,
  type BackupStatus,
  type PhotoReadResult,
  type PhotosWriteArgs
} from '@shared/ipc/contract'
import { sha256Hex } from '@shared/meetings/photo-check'

interface StoredBackup extends BackupEntry {
  json: string
}

/**
 * In a plain browser there is no folder to write to: backups taken by the app itself (before a restore)
 * go into a second IndexedDB database, and the user is reminded to download a copy.
 */
class BackupStore extends Dexie {
  backups!: EntityTable<StoredBackup, 'fileName'>
  /**
   * What list() and status() need of each backup, without its text: the app asks for the status at every
   * start (the daily backup, the record kept outside the database), and five backups of a 10-year office
   * are 140 MB of text to read and copy into the page (seconds before the meja registrasi could open).
   */
  entries!: EntityTable<BackupEntry, 'fileName'>
  /** The photo store beside the backups, as main keeps it in the folder's "foto" (by SHA-256). */
  photos!: EntityTable<PhotosWriteArgs, 'hash'>
  constructor(name = BACKUP_DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores({ backups: 'fileName, at' })
    this.version(2).stores({ photos: 'hash' })
    // The entries of the backups already kept, written once from the backups themselves.
    this.version(3)
      .stores({ entries: 'fileName, at' })
      .upgrade(async (tx) => {
        const kept = (await tx.table<StoredBackup, string>('backups').toArray()).map(strip)
        await tx.table<BackupEntry, string>('entries').bulkPut(kept)
      })
  }
}

/**
 * The size of `text` in UTF-8, as a Blob of it would be (a lone surrogate is written as U+FFFD, 3 bytes),
 * counted without making one: a 10-year office's undo backup is 28 MB, and a Blob copies it into the
 * browser's blob store while a restore's IndexedDB transaction runs.
 */
export function utf8ByteLength(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) bytes += 1
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair: two UTF-16 units, four bytes.
      bytes += 2
      i++
    } else bytes += 2
  }
  return bytes
}

export const BACKUP_DB_NAME = 'sekretariat-pkk-cadangan'

let store: BackupStore | undefined
const db = () => (store ??= new BackupStore())
/** For tests: the store under another database name (a fresh one each time). */
export const openBackupStore = (name: string) => new BackupStore(name)
const strip = ({ json: _json, ...entry }: StoredBackup): BackupEntry => entry

export const browserBackup = {
  async write(raw: unknown): Promise<BackupEntry> {
    const args = writeBackupArgs.parse(raw)
    const now = new Date()
    const entry: StoredBackup = {
      fileName: backupFileName(now, args.reason).replace('.json', `-${now.getMilliseconds()}.json`),
      at: now.toISOString(),
      reason: args.reason,
      bytes: utf8ByteLength(args.json),
      json: args.json
    }
    await db().transaction('rw', db().backups, db().entries, async () => {
      await Promise.all([db().backups.put(entry), db().entries.put(strip(entry))])
      const old = await db().backups.orderBy('at').reverse().offset(KEEP_BACKUPS_IN_BROWSER).primaryKeys()
      await Promise.all([db().backups.bulkDelete(old), db().entries.bulkDelete(old)])
    })
    return strip(entry)
  },
  async list(): Promise<BackupEntry[]> {
    return db().entries.orderBy('at').reverse().toArray()
  },
  async read(fileName: string): Promise<string> {
    readBackupArgs.shape.fileName.parse(fileName.replace(/-\d+\.json$/, '.json'))
    const found = await db().backups.get(fileName)
    if (!found) throw new Error('Cadangan tidak ditemukan')
    return found.json
  },
  async status(): Promise<BackupStatus> {
    const all = await browserBackup.list()
    return { folder: 'Penyimpanan peramban ini', automatic: false, last: all[0] ?? null, count: all.length }
  },
  async chooseFolder(): Promise<BackupStatus | null> {
    return null
  },
  async photosRead(hash: string): Promise<PhotoReadResult> {
    photosReadArgs.parse({ hash })
    const found = await db().photos.get(hash)
    if (!found) return { status: 'missing' }
    return (await sha256Hex(found.data)) === hash ? { status: 'ok', mime: found.mime, data: found.data } : { status: 'damaged' }
  },
  async photosHave(hashes: string[]): Promise<string[]> {
    photosHaveArgs.parse({ hashes })
    const present = await db().photos.bulkGet(hashes)
    return hashes.filter((_, i) => (present[i]?.data.byteLength ?? 0) > 0)
  },
  async photosWrite(raw: PhotosWriteArgs): Promise<void> {
    const args = photosWriteArgs.parse(raw)
    if ((await sha256Hex(args.data)) !== args.hash) throw new Error('Isi berkas foto tidak sama dengan kodenya (SHA-256); tidak disimpan.')
    await db().photos.put(args)
  },
  onBeforeQuit(): () => void {
    return () => undefined
  }
}
