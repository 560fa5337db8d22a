import type { GuardRecord } from '../../../shared/guard'
import type { BackupEntry, PhotoReadResult, PhotosWriteArgs, WriteBackupArgs } from '../../../shared/ipc/contract'
import { sha256Hex } from '../../../shared/meetings/photo-check'

/** A stand-in for window.pkk's backup slice in Node tests: keeps backups in memory. */
export function installFakeWindow() {
  const backups: (BackupEntry & { json: string })[] = []
  const storage = new Map<string, string>()
  const guard: { record: GuardRecord | null } = { record: null }
  /** The photo store beside the backups (main: the folder's "foto"), by SHA-256. */
  const photos = new Map<string, PhotosWriteArgs>()
  const pkk = {
    guard: {
      async read(): Promise<GuardRecord | null> {
        return guard.record
      },
      async write(record: GuardRecord): Promise<void> {
        guard.record = record
      }
    },
    backup: {
      async write(args: WriteBackupArgs): Promise<BackupEntry> {
        const e = { fileName: `cadangan-${backups.length}-${args.reason}.json`, at: new Date().toISOString(), reason: args.reason, bytes: args.json.length }
        backups.push({ ...e, json: args.json })
        return e
      },
      async status() {
        const last = backups.at(-1)
        return { folder: '/tmp', automatic: true, last: last ?? null, count: backups.length }
      },
      async photosHave(hashes: string[]): Promise<string[]> {
        return hashes.filter((h) => photos.has(h))
      },
      async photosWrite(args: PhotosWriteArgs): Promise<void> {
        if ((await sha256Hex(args.data)) !== args.hash) throw new Error('Isi berkas foto tidak sama dengan kodenya (SHA-256); tidak disimpan.')
        photos.set(args.hash, args)
      },
      async photosRead(hash: string): Promise<PhotoReadResult> {
        const f = photos.get(hash)
        if (!f) return { status: 'missing' }
        return (await sha256Hex(f.data)) === hash ? { status: 'ok', mime: f.mime, data: f.data } : { status: 'damaged' }
      }
    }
  }
  const g = globalThis as unknown as { window?: unknown; localStorage?: unknown }
  g.window = { pkk }
  g.localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v)
  }
  return { backups, guard, photos }
}
