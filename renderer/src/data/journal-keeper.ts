import { dataFileText, emptySnapshot, readDataFile, tableNames, type Snapshot } from '@shared/datafile'
import { replayJournal, type JournalContents, type ReplayReport } from '@shared/journal'
import type { PkkDatabase } from './db'
import { JournalWriter, type JournalSink } from './journal'
import { restorePhase, START_BASE_MARK } from './marks'
import { getSession } from './session'
import { readSnapshot } from './snapshot-repo'

/** The journal restarts from a new base past this size, or when the base is older than a day and there is news. */
export const MAX_JOURNAL_BYTES = 4 * 1024 * 1024
export const MAX_BASE_AGE_MS = 24 * 3600 * 1000

/** Starts recording this database's writes into the session's journal (none for practice data). */
export function attachJournal(db: PkkDatabase, sink: JournalSink | null = getSession().journalStore()): JournalWriter | null {
  db.journalWriter = sink ? new JournalWriter(sink) : null
  return db.journalWriter
}

/** The whole database as a restore has just written it in one transaction, and its data file's text if there is one already. */
export interface WrittenData {
  snapshot: Snapshot
  text?: string | undefined
}

// One checkpoint at a time per writer, in the order asked: a base read before a restore never lands after the restore's own.
const checkpoints = new WeakMap<JournalWriter, Promise<unknown>>()

/**
 * Writes the database as it is now as the journal's new base. The base includes every entry appended
 * before the database is read (they are on disk first); later entries stay after it. `written`: the
 * database a restore has just written (replaceAll), so it need not be read back.
 */
export function checkpointJournal(db: PkkDatabase, written?: WrittenData): Promise<boolean> {
  const w = db.journalWriter
  if (!w) return Promise.resolve(false)
  const run = (checkpoints.get(w) ?? Promise.resolve()).then(() => writeBase(db, w, written))
  checkpoints.set(
    w,
    run.catch(() => undefined)
  )
  return run
}

/**
 * Runs `write` (a restore's one IndexedDB transaction, which writes `written`) and makes `written` the
 * journal's new base, its text written to disk while the transaction runs: prepared beside the current
 * base, made current only once `write` has committed. A crash before that leaves the journal as it was,
 * which recovers the data from before the write (what the database holds when its transaction did not
 * commit). When `write` fails, the prepared base is left unused. Where the journal cannot prepare a base,
 * the checkpoint follows the write (checkpointJournal). The journal's own failure does not fail the write:
 * it is kept as the writer's failure (the next checkpoint retries), as checkpointJournal's callers do.
 */
export async function checkpointJournalAround(db: PkkDatabase, written: WrittenData, write: () => Promise<void>): Promise<void> {
  const w = db.journalWriter
  const sink = w?.sink
  if (!w || !sink?.prepareCheckpoint || !sink.commitCheckpoint) {
    await write()
    await restorePhase('jurnal-dasar', () => checkpointJournal(db, written)).catch((err: unknown) => keepFailure(db, err))
    return
  }
  const commit = sink.commitCheckpoint.bind(sink)
  const prepare = sink.prepareCheckpoint.bind(sink)
  // In the writer's order of checkpoints: one asked for before lands first, one asked for during the write after.
  let finish: () => void = () => undefined
  const finished = new Promise<void>((resolve) => (finish = resolve))
  const previous = checkpoints.get(w) ?? Promise.resolve()
  checkpoints.set(w, finished)
  const prepared = previous.then(() =>
    restorePhase('jurnal-siapkan-dasar', async () => {
      await w.whenDurable().catch(() => undefined)
      const upToSeq = await lastSeqOf(sink)
      const base = written.text ?? dataFileText(written.snapshot, __APP_VERSION__)
      await prepare({ base, upToSeq })
    })
  )
  // The write waits for nothing of the journal's.
  const [wrote, ready] = await Promise.allSettled([write(), prepared])
  try {
    if (wrote.status === 'rejected') throw wrote.reason
    if (ready.status === 'fulfilled') {
      await restorePhase('jurnal-jadikan-dasar', () => commit())
      w.failure = null
    } else {
      // The base could not be prepared: written after the write, as without a prepare.
      await restorePhase('jurnal-dasar', () => writeBase(db, w, written))
    }
  } catch (err) {
    if (wrote.status === 'rejected') throw err
    keepFailure(db, err)
  } finally {
    finish()
  }
}

function keepFailure(db: PkkDatabase, err: unknown): void {
  if (db.journalWriter) db.journalWriter.failure = err instanceof Error ? err : new Error(String(err))
}

async function lastSeqOf(sink: JournalSink): Promise<number> {
  if (sink.lastSeq) return sink.lastSeq()
  const before = await sink.read()
  return Math.max(before.baseSeq, before.records.at(-1)?.seq ?? 0)
}

async function writeBase(db: PkkDatabase, w: JournalWriter, written: WrittenData | undefined): Promise<boolean> {
  await restorePhase('jurnal-tunggu', () => w.whenDurable().catch(() => undefined))
  // Taken before the database is read: every entry up to it is in what is read next.
  const upToSeq = await restorePhase('jurnal-nomor-urut', () => lastSeqOf(w.sink))
  const base = written?.text ?? (await restorePhase('jurnal-teks-dasar', async () => dataFileText(written?.snapshot ?? (await readSnapshot(db)), __APP_VERSION__)))
  await restorePhase('jurnal-tulis-dasar', () => w.sink.checkpoint({ base, upToSeq }))
  w.failure = null
  return true
}

/**
 * Keeps the journal short and whole: a new base at every start (it also takes in what a crash committed
 * to IndexedDB before its entry reached the journal: writes never acknowledged, but on disk), and again
 * when the journal passes MAX_JOURNAL_BYTES or its base is older than MAX_BASE_AGE_MS. Started only once
 * the app opens normally: at the guard screen the base must stay the one from before the loss.
 *
 * `later`: when the start's work runs (the app passes whenIdle: after the first screen, in an idle
 * moment; a 10-year office's base is 28 MB to read, write and check). Until then the writes are appended
 * after the old base, as they are while any checkpoint runs; nothing is lost by waiting.
 */
export async function keepJournal(
  db: PkkDatabase,
  now: () => number = () => Date.now(),
  options: { atStart?: boolean; later?: (work: () => void) => void } = {}
): Promise<void> {
  const w = db.journalWriter
  if (!w) return
  const { later } = options
  if (later) {
    later(() =>
      void keepJournal(db, now, { ...options, later: undefined })
        .catch(() => undefined)
        // For the bench: when the start's work was done (performance.getEntriesByName(START_BASE_MARK)).
        .finally(() => performance.mark(START_BASE_MARK))
    )
    return
  }
  const contents = await w.sink.read()
  let baseAt = contents.baseAt ? Date.parse(contents.baseAt) : null
  let running: Promise<void> | null = null
  const due = (bytes: number) => baseAt === null || w.failure !== null || bytes > MAX_JOURNAL_BYTES || (bytes > 0 && now() - baseAt > MAX_BASE_AGE_MS)
  const run = () =>
    (running ??= checkpointJournal(db)
      .then(() => {
        baseAt = now()
      })
      .catch(() => undefined)
      .finally(() => {
        running = null
      }))
  w.onAppended = (r) => {
    if (due(r.journalBytes)) void run()
  }
  if ((options.atStart ?? true) || due(contents.journalBytes)) await run()
}

export interface JournalRecovery {
  snapshot: Snapshot
  /** Records per table that came from the base. */
  fromBase: Partial<Record<keyof Snapshot, number>>
  baseAt: string | null
  fromJournal: ReplayReport
  /** Bytes of a torn last record that were left out. */
  ignoredBytes: number
  /** The base could not be read (then the journal is replayed onto nothing). */
  baseProblem: string | null
  officeName: string | null
}

/** The office as of the last acknowledged write: the newest whole base with the journal replayed in order. Null when the journal holds nothing. */
export async function readJournalRecovery(sink: JournalSink | null = getSession().journalStore()): Promise<JournalRecovery | null> {
  return sink ? recoveryOf(await sink.read()) : null
}

/** What a journal's contents recover (readJournalRecovery), once read. */
export function recoveryOf(c: JournalContents): JournalRecovery | null {
  if (!c.base && c.records.length === 0) return null
  let base = emptySnapshot()
  let baseProblem: string | null = null
  if (c.base) {
    const read = readDataFile(c.base)
    if (read.ok) base = read.snapshot
    else baseProblem = read.problems.map((p) => `${p.path} ${p.message}`).join('; ')
  }
  const fromBase: JournalRecovery['fromBase'] = {}
  for (const t of tableNames) if (base[t].length > 0) fromBase[t] = base[t].length
  const { snapshot, report } = replayJournal(base, c.records, c.baseSeq)
  return { snapshot, fromBase, baseAt: c.baseAt, fromJournal: report, ignoredBytes: c.ignoredBytes, baseProblem, officeName: snapshot.profile[0]?.officeName ?? null }
}
