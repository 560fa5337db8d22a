import Dexie from 'dexie'
import { readDataFile } from '@shared/datafile'
import { isEmpty } from './backup'
import { PRACTICE_DB_NAME, type PkkDatabase } from './db'
import { upgradeSheetOrders } from './invitee-order-repo'
import { openDatabase } from './open'
import { practiceSession, type DataSession } from './session'
import { replaceAll } from './snapshot-repo'

export interface SessionOpenOptions {
  /** The sample office's data file (resources/sample), read only when the practice database is empty. */
  loadSample: () => Promise<string>
  onVersionChange?: () => void
  dexieOptions?: ConstructorParameters<typeof Dexie>[1]
}

/** Replaces everything in the database with the sample office (the practice database, or a test's). */
export async function fillWithSample(db: PkkDatabase, text: string): Promise<void> {
  const read = readDataFile(text)
  if (!read.ok) throw new Error(`Data contoh tidak terbaca: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  await replaceAll(db, read.snapshot)
}

/**
 * Opens the session's database, and only that one: in practice mode the office's database is not
 * opened at all. An upgrade is backed up only where the session keeps backups; practice data starts
 * as the sample office.
 */
export async function openSessionDatabase(session: DataSession, options: SessionOpenOptions): Promise<PkkDatabase> {
  const db = await openDatabase(
    {
      backupBeforeUpgrade: async (json) => {
        await session.backupStore()?.write({ reason: 'sebelum-migrasi', json })
      },
      ...(options.onVersionChange ? { onVersionChange: options.onVersionChange } : {}),
      ...(options.dexieOptions ? { dexieOptions: options.dexieOptions } : {})
    },
    session.dbName
  )
  if (session.startsAsSample && (await isEmpty(db))) await fillWithSample(db, await options.loadSample())
  // Sheets of earlier versions ordered on their own: their order becomes the invitees' one order, once.
  await upgradeSheetOrders(db)
  return db
}

/** Is there practice data kept from an earlier time? */
export function practiceDataExists(): Promise<boolean> {
  return Dexie.exists(PRACTICE_DB_NAME)
}

/**
 * Throws the practice data away: its database and its own keys in localStorage. The caller closes
 * its connection to the practice database first (a delete waits for open connections).
 */
export async function discardPracticeData(storage?: Pick<Storage, 'length' | 'key' | 'removeItem'>): Promise<void> {
  await Dexie.delete(PRACTICE_DB_NAME)
  if (!storage) return
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(practiceSession.storagePrefix)) keys.push(k)
  }
  for (const k of keys) storage.removeItem(k)
}
