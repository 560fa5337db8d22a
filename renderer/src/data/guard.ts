import Dexie from 'dexie'
import { tableNames } from '@shared/datafile'
import { checkAgainstGuard, type GuardFinding, type GuardRecord } from '@shared/guard'
import type { PkkDatabase } from './db'

export async function guardState(db: PkkDatabase): Promise<Pick<GuardRecord, 'counts' | 'counters'>> {
  return db.transaction('r', tableNames.map((t) => db.table(t)), async () => {
    const counts: Record<string, number> = {}
    for (const t of tableNames) counts[t] = await db.table(t).count()
    const counters: Record<string, number> = {}
    for (const c of await db.counters.toArray()) counters[c.id] = c.last
    return { counts, counters }
  })
}

export async function writeGuard(db: PkkDatabase, now = new Date()): Promise<void> {
  const previous = await window.pkk.guard.read()
  const status = await window.pkk.backup.status().catch(() => null)
  await window.pkk.guard.write({
    version: 1,
    updatedAt: now.toISOString(),
    ...(await guardState(db)),
    lastBackupAt: status?.last?.at ?? previous?.lastBackupAt ?? null
  })
}

/** At start: is the database emptier than the record kept outside it says it should be? */
export async function checkGuardAtStart(db: PkkDatabase): Promise<GuardFinding | null> {
  return checkAgainstGuard(await window.pkk.guard.read(), await guardState(db))
}

/** Keeps the outside record current: after any write to the database, debounced. */
export function keepGuard(db: PkkDatabase, delayMs = 800): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const onChange = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void writeGuard(db).catch(() => undefined), delayMs)
  }
  Dexie.on('storagemutated', onChange)
  void writeGuard(db).catch(() => undefined)
  return () => {
    clearTimeout(timer)
    Dexie.on('storagemutated').unsubscribe(onChange)
  }
}
