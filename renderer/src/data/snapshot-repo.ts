import Dexie, { RangeSet, type ObservabilitySet } from 'dexie'
import { emptySnapshot, isPackedRowTable, packAttendance, packedTableOf, packInvitees, tableNames, unpackRows, type Snapshot, type TableName } from '@shared/datafile'
import type { PkkDatabase } from './db'

/** The database table holding each data-file table: its own, or the packed one (invitees, attendance: database version 9). */
export const storeOf = (name: TableName): string => (isPackedRowTable(name) ? packedTableOf[name] : name)

/** The database's stores of the data file's tables, in the file's order. */
export const dataStores: readonly string[] = tableNames.map(storeOf)

/**
 * Every table of the database, read in one transaction so the copy is consistent. The tables are asked
 * for together: IndexedDB reads the next table while this thread takes in the records of the last.
 * Invitees and attendance come out of their per-meeting records as one row per record, in id order.
 */
export async function readSnapshot(db: PkkDatabase): Promise<Snapshot> {
  const tables = dataStores.map((t) => db.table(t))
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((t) => t.toArray()))
    const out = emptySnapshot()
    tableNames.forEach((name, i) => {
      const read = rows[i] ?? []
      ;(out[name] as unknown[]) = isPackedRowTable(name) ? unpackRows(read as { rows: { id: string }[] }[]) : read
    })
    return out
  })
}

/** The records of one data-file table as the database stores them. */
function storedRecords(snapshot: Snapshot, name: TableName): readonly unknown[] {
  if (name === 'invitees') return packInvitees(snapshot.invitees)
  if (name === 'attendance') return packAttendance(snapshot.attendance)
  return snapshot[name]
}

/**
 * Replaces all data in one transaction: either the whole snapshot is in, or nothing changed.
 * Written through IndexedDB itself rather than Dexie's bulkAdd: a restore writes every record of a
 * 10-year office (about 125,000), and Dexie's per-record bookkeeping for live queries is wasted when
 * every table changes anyway; live queries (this window and others) are told once, at the end.
 */
export async function replaceAll(db: PkkDatabase, snapshot: Snapshot, options: { commitAfter?: Promise<unknown> } = {}): Promise<void> {
  if (!db.isOpen()) await db.open()
  const idb = db.backendDB()
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction([...dataStores], 'readwrite', { durability: 'strict' })
    let refused: unknown = null
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(refused ?? tx.error ?? new Error('Penulisan data dibatalkan; data tidak berubah.'))
    try {
      for (const name of tableNames) {
        const store = tx.objectStore(storeOf(name))
        store.clear()
        for (const record of storedRecords(snapshot, name)) store.add(record)
      }
      if (options.commitAfter) holdCommit(tx, options.commitAfter, (err) => (refused = err))
    } catch (err) {
      tx.abort()
      reject(err instanceof Error ? err : new Error(String(err)))
    }
  })
  announceEverythingChanged(db)
}

/**
 * Keeps `tx` from committing until `until` settles, and aborts it when `until` fails (`failed` gets the
 * reason first). A transaction commits once it has no request left, so after the writes already asked
 * for, one small request (a count of the profile's store) follows another while `until` runs: work that
 * must be durable before the data may change (a restore's undo backup) is done while IndexedDB writes.
 */
function holdCommit(tx: IDBTransaction, until: Promise<unknown>, failed: (err: unknown) => void): void {
  let outcome: { ok: true } | { ok: false; err: unknown } | null = null
  until.then(
    () => (outcome = { ok: true }),
    (err: unknown) => (outcome = { ok: false, err })
  )
  const probe = tx.objectStore(storeOf('profile'))
  const next = () => {
    if (outcome === null) probe.count().onsuccess = next
    else if (!outcome.ok) {
      failed(outcome.err)
      tx.abort()
    }
  }
  probe.count().onsuccess = next
}

/**
 * Tells Dexie (this window's live queries and their cache, other windows, and the guard's listener)
 * that every table changed. Dexie re-reads on its own after its own writes; after a write it did not
 * make, its cross-window DOM event is the one way in that refreshes this window's queries too
 * (dexie 4: "x-storagemutated-1", handled by propagateLocally). In Node tests there is no DOM.
 */
function announceEverythingChanged(db: PkkDatabase): void {
  const detail = everythingChanged(db)
  if (typeof dispatchEvent === 'function' && typeof CustomEvent === 'function') dispatchEvent(new CustomEvent('x-storagemutated-1', { detail }))
  else Dexie.on('storagemutated').fire(detail)
}

/** What Dexie itself announces when a database is created: every index of every table changed. */
function everythingChanged(db: PkkDatabase): ObservabilitySet {
  const all = (): RangeSet => new RangeSet(-Infinity, [[[]]])
  const parts: ObservabilitySet = {}
  for (const table of db.tables) {
    for (const idx of table.schema.indexes) if (idx.name) parts[`idb://${db.name}/${table.name}/${idx.name}`] = all()
    parts[`idb://${db.name}/${table.name}/`] = all()
    parts[`idb://${db.name}/${table.name}/:dels`] = all()
  }
  return parts
}

export async function countRecords(db: PkkDatabase): Promise<Record<keyof Snapshot, number>> {
  const out = {} as Record<keyof Snapshot, number>
  for (const name of tableNames) {
    out[name] = isPackedRowTable(name) ? (await db.table(storeOf(name)).toArray()).reduce((n: number, l: { rows: unknown[] }) => n + l.rows.length, 0) : await db.table(name).count()
  }
  return out
}
