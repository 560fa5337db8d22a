import Dexie from 'dexie'
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { isPackedTable, packedTables, rowChanges, tableNames, type PackedTable, type TableName } from '@shared/datafile'
import type { AppendResult, JournalContents } from '@shared/journal'
import { encodeEntry, recordToJournal, type JournalOp } from '@shared/journal'

/** What the journal is written to: window.pkk.journal (main's file, the browser's OPFS), none for practice data. */
export interface JournalSink {
  append(payload: string): Promise<AppendResult>
  read(): Promise<JournalContents>
  checkpoint(args: { base: string; upToSeq: number }): Promise<void>
  /**
   * The journal's last sequence number, without reading the journal and its base (a 10-year office's
   * base is 28 MB). Where a platform lacks it, read() gives the same number.
   */
  lastSeq?(): Promise<number>
  /**
   * A checkpoint in two halves, around the write it records (a restore): the base written beside the
   * current one but not current, then made current once the write is committed. Where a platform lacks
   * them, the checkpoint is written after the write (checkpoint()).
   */
  prepareCheckpoint?(args: { base: string; upToSeq: number }): Promise<void>
  commitCheckpoint?(): Promise<void>
}

const isTable = (name: string): name is TableName => (tableNames as readonly string[]).includes(name)

/** One mutate request of Dexie's lowest layer as a journal operation (only the writes that succeeded). */
export function opOf(table: TableName, req: DBCoreMutateRequest, res: DBCoreMutateResponse): JournalOp | null {
  const failed = (i: number) => Object.prototype.hasOwnProperty.call(res.failures, i)
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values.filter((_, i) => !failed(i)).map((v: unknown) => {
      try {
        return recordToJournal(table, v)
      } catch {
        // Kept as it is: replay names what it cannot read back instead of losing the write here.
        return v
      }
    })
    return values.length > 0 ? { op: 'put', table, values } : null
  }
  if (req.type === 'delete') {
    const keys = req.keys.filter((k: unknown): k is string | number => typeof k === 'string' || typeof k === 'number')
    return keys.length > 0 ? { op: 'delete', table, keys } : null
  }
  const { lower, upper, lowerOpen, upperOpen } = req.range
  const bound = (k: unknown) => (typeof k === 'string' || typeof k === 'number' ? k : undefined)
  return { op: 'deleteRange', table, lower: bound(lower), upper: bound(upper), lowerOpen: Boolean(lowerOpen), upperOpen: Boolean(upperOpen) }
}

interface TxEntry {
  ops: JournalOp[]
  /** Settles once the entry is durable (null), dropped with its aborted transaction (null), or failed to append (the error). */
  done: Promise<Error | null>
  settle: (e: Error | null) => void
}

/**
 * Collects the writes of each transaction and, when it completes, appends them as one entry, in the
 * order transactions complete. An entry is registered while its transaction runs, so whenDurable()
 * called after a command's transaction resolved always waits for that command's entry.
 *
 * A read-write transaction is watched from its creation (watch(), called by the middleware): the native
 * transaction's listeners run in the order they were added, so the journal's append is handed to the
 * journal (the worker's message posted) before Dexie's own completion handler wakes the live queries and
 * the other `storagemutated` listeners, whose re-reads would otherwise run first on the window's thread.
 */
export class JournalWriter {
  private readonly entries = new WeakMap<DBCoreTransaction, TxEntry>()
  private readonly watched = new WeakSet<DBCoreTransaction>()
  private readonly pending = new Set<Promise<Error | null>>()
  private chain: Promise<unknown> = Promise.resolve()
  /** Appends handed to the sink and not yet settled. */
  private appending = 0
  /** The sequence number of the last entry appended by this window (0: none yet). */
  lastSeq = 0
  /** The last append that failed, until a checkpoint puts everything into a new base. */
  failure: Error | null = null
  /** Called after each append with the journal's size (the checkpoint policy). */
  onAppended: ((r: AppendResult) => void) | null = null

  constructor(readonly sink: JournalSink) {}

  /** Listens for the transaction's end before anyone else can (called when it is created); a transaction that writes nothing appends nothing. */
  watch(trans: DBCoreTransaction): void {
    if (this.watched.has(trans)) return
    this.watched.add(trans)
    const target = trans as unknown as EventTarget
    target.addEventListener('complete', () => this.completed(trans))
    target.addEventListener('abort', () => this.entries.get(trans)?.settle(null))
  }

  private completed(trans: DBCoreTransaction): void {
    const entry = this.entries.get(trans)
    if (!entry) return
    const payload = encodeEntry({ v: 1, at: new Date().toISOString(), ops: entry.ops })
    const start = (): Promise<AppendResult> => {
      try {
        return this.sink.append(payload)
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)))
      }
    }
    // Handed to the sink here, in this listener, when no append is under way; after the one under way
    // otherwise (the chain keeps entries in the order their transactions completed).
    const append = this.appending === 0 ? start() : this.chain.then(start)
    this.appending++
    this.chain = append.catch(() => undefined).finally(() => this.appending--)
    append.then(
      (r) => {
        this.lastSeq = Math.max(this.lastSeq, r.seq)
        this.onAppended?.(r)
        entry.settle(null)
      },
      (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err))
        // The journal now misses an entry: it stays failed until a new base holds everything.
        this.failure = e
        entry.settle(e)
      }
    )
  }

  record(trans: DBCoreTransaction, op: JournalOp): void {
    let entry = this.entries.get(trans)
    if (!entry) {
      let settle: (e: Error | null) => void = () => undefined
      const done = new Promise<Error | null>((resolve) => (settle = resolve))
      entry = { ops: [], done, settle }
      this.entries.set(trans, entry)
      // A transaction not seen at its creation (a writer set while it ran) is watched from its first write.
      this.watch(trans)
      this.pending.add(done)
      void done.then(() => this.pending.delete(done))
    }
    entry.ops.push(op)
  }

  /** Resolves once every entry of the transactions committed so far is on disk; rejects when one could not be written. */
  async whenDurable(): Promise<void> {
    await Promise.all([...this.pending])
    if (this.failure) throw new JournalError(this.failure.message)
  }
}

export class JournalError extends Error {
  override name = 'JournalError'
  constructor(detail: string) {
    super(`Perubahan sudah tersimpan di basis data, tetapi jurnal di luar basis data gagal ditulis: ${detail}`)
  }
}

/** Dexie's lowest layer with every successful write handed to the writer of the moment (none: nothing recorded). */
export function journalMiddleware(writer: () => JournalWriter | null): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'jurnal',
    level: 0,
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const trans = down.transaction(stores, mode, options)
        if (mode === 'readwrite') writer()?.watch(trans)
        return trans
      },
      table(name) {
        const table = down.table(name)
        if (isPackedTable(name)) return packedJournal(name, table, writer)
        if (!isTable(name)) return table
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req)
            const w = writer()
            if (w) {
              const op = opOf(name, req, res)
              if (op) w.record(req.trans, op)
            }
            return res
          }
        }
      }
    })
  }
}

interface PackedRecord {
  meetingId: string
  rows: { id: string }[]
}

const rowsOf = (records: readonly unknown[]): { id: string }[] => records.flatMap((r) => (r && typeof r === 'object' && Array.isArray((r as PackedRecord).rows) ? (r as PackedRecord).rows : []))

/**
 * A packed table (one record per meeting, shared/datafile/packed.ts) journals in the data file's terms:
 * the rows its write added or changed as a put of `invitees`/`attendance`, the rows gone as a delete,
 * so the journal replays onto a data file as before. The meetings' records are read before the write
 * (in its transaction) to tell which rows changed.
 */
function packedJournal(name: PackedTable, table: DBCoreTable, writer: () => JournalWriter | null): DBCoreTable {
  const rowTable = packedTables[name]
  return {
    ...table,
    async mutate(req) {
      const w = writer()
      if (!w) return table.mutate(req)
      let before: unknown[]
      if (req.type === 'deleteRange') {
        before = (await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })).result
      } else {
        const keys = req.type === 'delete' ? req.keys : req.values.map((v: unknown) => (v as PackedRecord).meetingId)
        before = await table.getMany({ trans: req.trans, keys })
      }
      const res = await table.mutate(req)
      // A record whose write failed changed nothing: neither its old nor its new rows count.
      const failed = (i: number) => req.type !== 'deleteRange' && Object.prototype.hasOwnProperty.call(res.failures, i)
      before = before.filter((_, i) => !failed(i))
      const after = req.type === 'add' || req.type === 'put' ? req.values.filter((_, i) => !failed(i)) : []
      const { put, deleted } = rowChanges(rowsOf(before), rowsOf(after))
      if (put.length > 0) w.record(req.trans, { op: 'put', table: rowTable, values: put.map((v) => recordToJournal(rowTable, v)) })
      if (deleted.length > 0) w.record(req.trans, { op: 'delete', table: rowTable, keys: deleted })
      return res
    }
  }
}

/**
 * Runs a command that issues (or cancels) a number and returns only once its journal entry is on disk,
 * so the screen never shows a number the journal could lose. Called inside another command's
 * transaction it does not wait (that transaction cannot complete while it waits): the outer command does.
 */
export async function durably<T>(db: { journalWriter: JournalWriter | null }, run: () => Promise<T>): Promise<T> {
  const nested = Dexie.currentTransaction !== null
  const result = await run()
  if (!nested) await db.journalWriter?.whenDurable()
  return result
}
