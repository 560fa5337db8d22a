import type { Snapshot } from '@shared/datafile'
import type { CarryOverReport } from '@shared/numbering'
import { restoreKeepingNumbers } from './backup'
import type { PkkDatabase } from './db'
import { readJournalRecovery, type JournalRecovery } from './journal-keeper'

/**
 * "Pulihkan dari jurnal": the newest whole base with the journal replayed in order, restored the way
 * every restore of the screens is (every number known to have been issued kept), after which the
 * journal restarts from it. Null when the journal holds nothing.
 */
export async function restoreFromJournal(db: PkkDatabase): Promise<{ recovery: JournalRecovery; carried: CarryOverReport | null } | null> {
  const recovery = await readJournalRecovery()
  if (!recovery) return null
  const counts = Object.fromEntries(Object.entries(recovery.snapshot).map(([t, rows]) => [t, rows.length])) as Record<keyof Snapshot, number>
  const { carried } = await restoreKeepingNumbers(db, { ok: true, snapshot: recovery.snapshot, officeName: recovery.officeName, otherOffice: false, counts })
  return { recovery, carried }
}
