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
 * 10-year office (about 27,800 records), and Dexie's per-record bookkeeping for live queries is wasted
 * when every table changes anyway; live queries (this window and others) are told once, at the end.
 *
 * Each store's keys are read first (in the same transaction): the records the snapshot no longer holds
 * are deleted, then every record of the snapshot is put, over its own key where it is already stored
 * (restoring a backup of the same office rewrites nearly every record in place). Clearing a store in
 * Chromium deletes every record and every index entry one by one; a put over the same key rewrites them
 * instead (snapshotWrites). The keys go before any put, so a record that takes a unique index value from
 * one that goes (a letter's place in the register under another id) does not collide with it; two kept
 * records that swap a unique value do, and then the write is made again the plain way, every store
 * cleared first (the first attempt aborted, nothing changed).
 */
export async function replaceAll(db: PkkDatabase, snapshot: Snapshot, options: { commitAfter?: Promise<unknown> } = {}): Promise<void> {
  if (!db.isOpen()) await db.open()
  const tables = tableNames.map((name) => ({ store: storeOf(name), records: storedRecords(snapshot, name) }))
  // Followed from now on: the writes are asked for only once the keys are read.
  const until = options.commitAfter ? followed(options.commitAfter) : undefined
  try {
    await writeAll(db.backendDB(), tables, 'in-place', until)
  } catch (err) {
    if (!(err instanceof DOMException && err.name === 'ConstraintError')) throw err
    await writeAll(db.backendDB(), tables, 'cleared', until)
  }
  announceEverythingChanged(db)
}

type WriteMode = 'in-place' | 'cleared'

function writeAll(idb: IDBDatabase, tables: readonly { store: string; records: readonly unknown[] }[], mode: WriteMode, commitAfter: Followed | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction([...dataStores], 'readwrite', { durability: 'strict' })
    let refused: unknown = null
    const refuse = (err: unknown) => {
      refused = err instanceof Error ? err : new Error(String(err))
      tx.abort()
    }
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(refused ?? tx.error ?? new Error('Penulisan data dibatalkan; data tidak berubah.'))
    const writeStores = (stored: readonly (readonly IDBValidKey[])[]) => {
      try {
        tables.forEach((t, i) => writeStore(tx.objectStore(t.store), t.records, stored[i] ?? []))
        if (commitAfter) holdCommit(tx, commitAfter, (err) => (refused = err))
      } catch (err) {
        refuse(err)
      }
    }
    try {
      if (mode === 'cleared') return writeStores(tables.map(() => ALL))
      let waiting = tables.length
      const stored: IDBValidKey[][] = []
      tables.forEach(({ store }, i) => {
        const keys = tx.objectStore(store).getAllKeys()
        keys.onsuccess = () => {
          stored[i] = keys.result
          if (--waiting === 0) writeStores(stored)
        }
      })
    } catch (err) {
      refuse(err)
    }
  })
}

/** Stands for "whatever the store holds": the store is cleared (the plain way). */
const ALL: readonly IDBValidKey[] = Object.freeze([])

/**
 * A store's writes when its keys now are `stored` (ALL: cleared whatever it holds): whether it is
 * cleared, and which keys are deleted first; every record is put after them.
 */
export function snapshotWrites(keyPath: string | string[] | null, records: readonly unknown[], stored: readonly IDBValidKey[]): { clear: boolean; remove: IDBValidKey[] } {
  if (typeof keyPath !== 'string') throw new Error(`Tabel dengan kunci ${String(keyPath)} tidak dapat dipulihkan.`)
  const keys = new Set<unknown>()
  for (const r of records) {
    const key = (r as Record<string, unknown>)[keyPath]
    // add() refused a key met twice; put() would keep the last record without a word.
    if (keys.has(key)) throw new Error(`Data ganda dengan kunci ${String(key)}; pemulihan dibatalkan, data tidak berubah.`)
    keys.add(key)
  }
  if (stored === ALL) return { clear: true, remove: [] }
  const remove = stored.filter((k) => !keys.has(k))
  // Mostly other records (another office, or far fewer): a clear is one range; a deleted record leaves
  // its index entries to Chromium's later clean-up, a clear removes them with the rest.
  return remove.length * 4 > stored.length ? { clear: true, remove: [] } : { clear: false, remove }
}

function writeStore(store: IDBObjectStore, records: readonly unknown[], stored: readonly IDBValidKey[]): void {
  const plan = snapshotWrites(store.keyPath, records, stored)
  if (plan.clear) store.clear()
  for (const key of plan.remove) store.delete(key)
  for (const record of records) store.put(record)
}

/** A promise's outcome once it has settled (null until then), followed from the moment it is made. */
interface Followed {
  outcome: { ok: true } | { ok: false; err: unknown } | null
}

function followed(p: Promise<unknown>): Followed {
  const f: Followed = { outcome: null }
  p.then(
    () => (f.outcome = { ok: true }),
    (err: unknown) => (f.outcome = { ok: false, err })
  )
  return f
}

/**
 * Keeps `tx` from committing until `until` settles, and aborts it when `until` fails (`failed` gets the
 * reason first). A transaction commits once it has no request left, so after the writes already asked
 * for, one small request (a count of the profile's store) follows another while `until` runs: work that
 * must be durable before the data may change (a restore's undo backup) is done while IndexedDB writes.
 */
function holdCommit(tx: IDBTransaction, until: Followed, failed: (err: unknown) => void): void {
  const probe = tx.objectStore(storeOf('profile'))
  const next = () => {
    const outcome = until.outcome
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
