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
  /** The photo store beside the backups, as main keeps it in the folder's "foto" (by SHA-256). */
  photos!: EntityTable<PhotosWriteArgs, 'hash'>
  constructor() {
    super('sekretariat-pkk-cadangan', { chromeTransactionDurability: 'strict' })
    this.version(1).stores({ backups: 'fileName, at' })
    this.version(2).stores({ photos: 'hash' })
  }
}

let store: BackupStore | undefined
const db = () => (store ??= new BackupStore())
const strip = ({ json: _json, ...entry }: StoredBackup): BackupEntry => entry

export const browserBackup = {
  async write(raw: unknown): Promise<BackupEntry> {
    const args = writeBackupArgs.parse(raw)
    const now = new Date()
    const entry: StoredBackup = {
      fileName: backupFileName(now, args.reason).replace('.json', `-${now.getMilliseconds()}.json`),
      at: now.toISOString(),
      reason: args.reason,
      bytes: new Blob([args.json]).size,
      json: args.json
    }
    await db().transaction('rw', db().backups, async () => {
      await db().backups.put(entry)
      const old = await db().backups.orderBy('at').reverse().offset(KEEP_BACKUPS_IN_BROWSER).primaryKeys()
      await db().backups.bulkDelete(old)
    })
    return strip(entry)
  },
  async list(): Promise<BackupEntry[]> {
    return (await db().backups.orderBy('at').reverse().toArray()).map(strip)
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
