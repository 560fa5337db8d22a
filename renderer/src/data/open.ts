import Dexie from 'dexie'
import { fileChecksum, tableNames, tablesChecksum, toDataFile, emptySnapshot, type Snapshot } from '@shared/datafile'
import { DB_NAME, DB_VERSION, PkkDatabase } from './db'

/** Which data-file version holds the tables of each database version (both grow together). */
const DATA_VERSION_OF_DB: Record<number, number> = { 1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 4, 7: 5, 8: 6, 9: 6 }

export interface OpenOptions {
  /** Receives the old database as a data file before an upgrade runs (DESIGN.md: backup before migrating). */
  backupBeforeUpgrade: (json: string) => Promise<unknown>
  /** Another window upgraded or deleted the database: this one must stop using it. */
  onVersionChange?: () => void
  dexieOptions?: ConstructorParameters<typeof Dexie>[1]
}

async function snapshotOfOldVersion(name: string, options: OpenOptions): Promise<{ version: number; json: string } | null> {
  if (!(await Dexie.exists(name))) return null
  const probe = new Dexie(name, { ...options.dexieOptions, chromeTransactionDurability: 'strict' })
  try {
    await probe.open()
    const version = Math.round(probe.verno)
    if (version >= DB_VERSION) return null
    const snapshot = emptySnapshot()
    const present = new Set(probe.tables.map((t) => t.name))
    for (const t of tableNames) {
      if (present.has(t)) (snapshot[t] as unknown[]) = await probe.table(t).toArray()
    }
    const file = toDataFile(snapshot as Snapshot, __APP_VERSION__)
    const tables = Object.fromEntries(Object.entries(file.tables).filter(([t]) => present.has(t)))
    // The file of the database's own format: only its tables, its version, and both checksums over them.
    const { fileChecksum: _written, ...header } = file
    const old = { ...header, version: DATA_VERSION_OF_DB[version] ?? version, checksum: tablesChecksum(tables), tables }
    return { version, json: JSON.stringify({ ...old, fileChecksum: fileChecksum(old) }) }
  } finally {
    probe.close()
  }
}

/**
 * Opens the app's database. When it was written by an older version, a backup of it is taken first,
 * then Dexie runs the upgrade; a failed backup stops the upgrade rather than risk the only copy.
 */
export async function openDatabase(options: OpenOptions, name: string = DB_NAME): Promise<PkkDatabase> {
  const old = await snapshotOfOldVersion(name, options)
  if (old) await options.backupBeforeUpgrade(old.json)
  const db = new PkkDatabase(name, options.dexieOptions)
  db.on('versionchange', () => {
    db.close()
    options.onVersionChange?.()
    return false
  })
  await db.open()
  return db
}
