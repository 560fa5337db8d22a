import type { GuardRecord } from '../../../shared/guard'
import type { BackupEntry, WriteBackupArgs } from '../../../shared/ipc/contract'

/** A stand-in for window.pkk's backup slice in Node tests: keeps backups in memory. */
export function installFakeWindow() {
  const backups: (BackupEntry & { json: string })[] = []
  const storage = new Map<string, string>()
  const guard: { record: GuardRecord | null } = { record: null }
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
      }
    }
  }
  const g = globalThis as unknown as { window?: unknown; localStorage?: unknown }
  g.window = { pkk }
  g.localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v)
  }
  return { backups, guard }
}
