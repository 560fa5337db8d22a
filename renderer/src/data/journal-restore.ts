import type { Snapshot } from '@shared/datafile'
import type { CarryOverReport } from '@shared/numbering'
import { restoreKeepingNumbers } from './backup'
import type { PkkDatabase } from './db'
import type { JournalSink } from './journal'
import { readJournalRecovery, type JournalRecovery } from './journal-keeper'
import { checkPhotosForRestore, type PhotoSource } from './photo-backup'
import { getSession } from './session'

export interface JournalRestoreResult {
  recovery: JournalRecovery
  carried: CarryOverReport | null
  /**
   * One Indonesian sentence per photo or scan the recovered records name that neither the database nor the
   * photo store beside the backups holds whole: its record is back without the image (docs/data-format.md).
   */
  photoProblems: string[]
}

/**
 * "Pulihkan dari jurnal": the newest whole base with the journal replayed in order, restored the way
 * every restore of the screens is (every number known to have been issued kept), after which the
 * journal restarts from it. The journal carries no photo bytes: they are fetched back from the photo
 * store and hash-checked as a restore from a backup does; one that cannot be found is named, never a
 * reason to refuse the recovery. Null when the journal holds nothing.
 */
export async function restoreFromJournal(
  db: PkkDatabase,
  sink?: JournalSink | null,
  photos: PhotoSource | null = getSession().backupStore()
): Promise<JournalRestoreResult | null> {
  const recovery = await readJournalRecovery(sink === undefined ? getSession().journalStore() : sink)
  if (!recovery) return null
  const counts = Object.fromEntries(Object.entries(recovery.snapshot).map(([t, rows]) => [t, rows.length])) as Record<keyof Snapshot, number>
  // Checked before anything is written; a store that cannot be read leaves every photo named, not the recovery failed.
  const check = await checkPhotosForRestore(db, recovery.snapshot, photos).catch((err: unknown) => ({
    fromStore: [],
    problems: [`Foto tidak dapat dibaca dari folder cadangan (${err instanceof Error ? err.message : String(err)}); data dipulihkan tanpa gambar foto.`]
  }))
  const { carried } = await restoreKeepingNumbers(db, {
    ok: true,
    snapshot: recovery.snapshot,
    officeName: recovery.officeName,
    otherOffice: false,
    counts,
    photos: check,
    ...(photos ? { photoSource: photos } : {})
  })
  return { recovery, carried, photoProblems: check.problems }
}
