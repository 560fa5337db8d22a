import Dexie from 'dexie'
import { checkAgainstGuard, GUARD_LETTERS, type GuardFinding, type GuardRecord } from '@shared/guard'
import type { Counter, Letter } from '@shared/model'
import { counterId, mergeKnown, parseCounterId, type KnownCounter, type KnownRegister } from '@shared/numbering'
import type { PkkDatabase } from './db'
import { afterNextPaint } from './after-paint'
import type { JournalWriter } from './journal'
import { getSession } from './session'
import { dataStores } from './snapshot-repo'

export async function guardState(db: PkkDatabase): Promise<Pick<GuardRecord, 'counts' | 'counters'>> {
  return db.transaction('r', dataStores.map((t) => db.table(t)), async () => {
    // Invitees and attendance are counted by their per-meeting records (inviteeLists, attendanceLists):
    // the check reads letters, contacts, meetings and the total, and counting rows would read every list.
    // The counts and the counters are asked together (one round trip to IndexedDB, not one per table).
    const [counted, all] = await Promise.all([Promise.all(dataStores.map((t) => db.table(t).count())), db.counters.toArray()])
    const counts: Record<string, number> = Object.fromEntries(dataStores.map((t, i) => [t, counted[i] ?? 0]))
    const counters: Record<string, number> = {}
    // Keyed by year and code (not the record's id, which imported data may choose) so the key can be read back.
    for (const c of all) counters[counterId(c.key, c.year)] = Math.max(c.last, counters[counterId(c.key, c.year)] ?? 0)
    return { counts, counters }
  })
}

/**
 * Register entries added or changed since the last backup (every entry when there is none yet),
 * newest first: what a restore of that backup would otherwise forget.
 */
export async function lettersSince(db: PkkDatabase, since: string | null): Promise<Letter[]> {
  // From the updatedAt index, newest first: only the entries taken are read.
  const changed = since === null ? db.letters.orderBy('updatedAt') : db.letters.where('updatedAt').above(since)
  return changed.reverse().limit(GUARD_LETTERS).toArray()
}

/**
 * Writes the record kept outside the database, and gives it back. The register part is read again only
 * when the letters changed (reading a 10-year register on every keystroke's save would be wasted work).
 * The record as it stands outside is read only for what is kept of it: its letters when they did not
 * change, its last backup's time when the backups cannot tell (`known`: the record this window wrote
 * last, which stands in for it when the letters changed and the backups were asked; reading the record
 * back parses and checks up to GUARD_LETTERS entries).
 */
export async function writeGuard(
  db: PkkDatabase,
  now = new Date(),
  options: { lettersChanged?: boolean; known?: GuardRecord | null } = {}
): Promise<GuardRecord | null> {
  // Practice data keeps no record: the office's must neither be overwritten nor fed by it.
  const store = getSession().guardStore()
  if (!store) return null
  const backups = getSession().backupStore()
  const [status, state] = await Promise.all([backups ? backups.status().catch(() => null) : Promise.resolve(null), guardState(db)])
  const keepsLetters = options.lettersChanged === false
  const needsPrevious = keepsLetters || !status?.last
  const previous = !needsPrevious ? null : !keepsLetters && status && options.known !== undefined ? options.known : await store.read()
  const lastBackupAt = status?.last?.at ?? previous?.lastBackupAt ?? null
  const reuse = keepsLetters && previous?.version === 2 && previous.lastBackupAt === lastBackupAt
  const record: GuardRecord = {
    version: 2,
    updatedAt: now.toISOString(),
    ...state,
    lastBackupAt,
    letters: reuse ? previous.letters : await lettersSince(db, lastBackupAt)
  }
  await store.write(record)
  return record
}

/**
 * Everything known to have been issued: the database's register and counters as they are now, and
 * the guard record kept outside the database (which still holds them when the database was lost).
 */
export async function knownRegister(
  db: PkkDatabase,
  /** The register and counters as just read with the rest of the database (a restore's current data), so they are not read again. */
  current?: { letters: Letter[]; counters: Counter[] }
): Promise<KnownRegister> {
  const readRecord = async () => {
    try {
      return (await getSession().guardStore()?.read()) ?? null
    } catch {
      return null
    }
  }
  const [letters, counters, record] = await Promise.all([current?.letters ?? db.letters.toArray(), current?.counters ?? db.counters.toArray(), readRecord()])
  const fromGuard: KnownCounter[] = []
  for (const [id, last] of Object.entries(record?.counters ?? {})) {
    const parsed = parseCounterId(id)
    if (parsed) fromGuard.push({ ...parsed, last })
  }
  return mergeKnown({ letters, counters }, { letters: record?.letters ?? [], counters: fromGuard })
}

/** At start: is the database emptier than the record kept outside it says it should be? */
export async function checkGuardAtStart(db: PkkDatabase): Promise<GuardFinding | null> {
  const store = getSession().guardStore()
  // Without a record (practice data) there is nothing to compare with: the office's record is not this database's.
  if (!store) return null
  return checkAgainstGuard(await store.read(), await guardState(db))
}

/** The journal's entries so far on disk (or failed), but never waited for longer than JOURNAL_WAIT_MS. */
function untilDurable(journal: JournalWriter): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cap = new Promise<void>((ok) => (timer = setTimeout(ok, JOURNAL_WAIT_MS)))
  return Promise.race([journal.whenDurable().catch(() => undefined), cap]).finally(() => clearTimeout(timer))
}
const JOURNAL_WAIT_MS = 1_000

/**
 * Keeps the outside record current: at once when the register or a counter changed, otherwise gathered
 * for delayMs (at most maxWaitMs). A number's record is written once the journal holds the number (the
 * screen shows it then) and the frame after that is drawn, so its counts (the letters' 20,000 keys walked
 * on IndexedDB's thread) and its write do not hold up the number on screen. A window closed before it is
 * written loses nothing: the database and the journal hold the number, and the next start writes the
 * record again from the database before anything else (keepGuard's first write).
 */
export function keepGuard(db: PkkDatabase, delayMs = 800, maxWaitMs = 3_000): () => void {
  if (!getSession().guardStore()) return () => undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstPending: number | undefined
  let lettersChanged = false
  // The record this window wrote last (undefined: none yet, so the first write reads what is outside).
  let known: GuardRecord | null | undefined
  // One write at a time, in order: a later write never lands before an earlier one.
  let chain: Promise<void> = Promise.resolve()
  const write = (changed: boolean) =>
    writeGuard(db, new Date(), { lettersChanged: changed, ...(known !== undefined ? { known } : {}) }).then(
      (record) => {
        known = record
      },
      () => {
        lettersChanged = true
      }
    )
  const flush = (afterJournal = false) => {
    clearTimeout(timer)
    timer = undefined
    firstPending = undefined
    const changed = lettersChanged
    lettersChanged = false
    const journal = afterJournal ? db.journalWriter : null
    chain = chain
      .then(() => (journal ? untilDurable(journal).then(afterNextPaint) : undefined))
      .then(() => write(changed))
  }
  const onChange = (parts: Record<string, unknown>) => {
    const numbering = Object.keys(parts).some((k) => k.includes('/letters/') || k.includes('/counters/'))
    if (numbering) {
      // A number is known outside the database at once: steady activity elsewhere (the minutes'
      // autosave) must never keep the record of an issued number waiting.
      lettersChanged = true
      flush(true)
      return
    }
    // Other changes are gathered, but never postponed past maxWaitMs by further activity.
    firstPending ??= Date.now()
    clearTimeout(timer)
    timer = setTimeout(flush, Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - Date.now())))
  }
  Dexie.on('storagemutated', onChange)
  chain = write(true)
  return () => {
    clearTimeout(timer)
    Dexie.on('storagemutated').unsubscribe(onChange)
  }
}
