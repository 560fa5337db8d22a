import { emptySnapshot, tableNames, type Snapshot } from '@shared/datafile'
import type { PkkDatabase } from './db'

/** Every table of the database, read in one transaction so the copy is consistent. */
export async function readSnapshot(db: PkkDatabase): Promise<Snapshot> {
  const tables = tableNames.map((t) => db.table(t))
  return db.transaction('r', tables, async () => {
    const out = emptySnapshot()
    for (const name of tableNames) {
      ;(out[name] as unknown[]) = await db.table(name).toArray()
    }
    return out
  })
}

/** Replaces all data in one transaction: either the whole snapshot is in, or nothing changed. */
export async function replaceAll(db: PkkDatabase, snapshot: Snapshot): Promise<void> {
  const tables = tableNames.map((t) => db.table(t))
  await db.transaction('rw', tables, async () => {
    for (const name of tableNames) {
      const table = db.table(name)
      await table.clear()
      await table.bulkAdd(snapshot[name])
    }
  })
}

export async function countRecords(db: PkkDatabase): Promise<Record<keyof Snapshot, number>> {
  const out = {} as Record<keyof Snapshot, number>
  for (const name of tableNames) out[name] = await db.table(name).count()
  return out
}
