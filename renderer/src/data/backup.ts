import { CHECKSUM_MISMATCH, checkedAll, dataFileText, readDataFile, tableNames, textChecksumMatches, type DataFileProblem, type ReadOptions, type Snapshot } from '@shared/datafile'
import type { JournalContents } from '@shared/journal'
import type { BackupEntry, BackupReason } from '@shared/ipc/contract'
import { defaultLetterCodes, defaultNumberingSettings } from '@shared/model'
import { carryOverRegister, type CarryOverReport } from '@shared/numbering'
import type { PkkDatabase } from './db'
import { knownRegister } from './guard'
import { checkpointJournal, checkpointJournalAround, recoveryOf } from './journal-keeper'
import { backupFileWithPhotos } from './backup-file'
import { backupPhotos, checkPhotosForRestore, restorePhotos, type PhotoRestoreCheck, type PhotoSource } from './photo-backup'
import { restorePhase } from './marks'
import { getSession } from './session'
import { dataStores, readSnapshot, replaceAll } from './snapshot-repo'

/** The database as a data file's text; `snapshot`: the database as already read, so it is not read again. */
export async function backupJson(db: PkkDatabase, snapshot?: Snapshot): Promise<string> {
  return dataFileText(snapshot ?? (await readSnapshot(db)), __APP_VERSION__)
}

export async function isEmpty(db: PkkDatabase): Promise<boolean> {
  // Counted together (one round trip), not table after table.
  const counts = await Promise.all(dataStores.map((t) => db.table(t).count()))
  return counts.every((n) => n === 0)
}

/** The whole database as it is now, or null when it holds nothing (after a loss). */
async function currentData(db: PkkDatabase): Promise<Snapshot | null> {
  return (await isEmpty(db)) ? null : readSnapshot(db)
}

export const NO_BACKUP_IN_PRACTICE = 'Mode latihan: data contoh tidak dicadangkan, dan cadangan data kantor tidak diubah.'

/** Writes a backup through main (its folder) or, in a browser, into the browser's backup store; none for practice data. */
export async function backupNow(db: PkkDatabase, reason: BackupReason, snapshot?: Snapshot): Promise<BackupEntry> {
  const store = getSession().backupStore()
  if (!store) throw new Error(NO_BACKUP_IN_PRACTICE)
  // Photos first, only the new ones (photo-backup.ts): a data file never lists a photo its store lacks.
  await backupPhotos(db, store)
  const json = await restorePhase('teks-cadangan', () => backupJson(db, snapshot))
  return restorePhase('simpan-cadangan', () => store.write({ reason, json }))
}

/** The backup taken when the app closes; none for practice data. */
export async function backupAtClose(db: PkkDatabase): Promise<BackupEntry | null> {
  return getSession().backupStore() ? backupNow(db, 'keluar') : null
}

const DAY = 24 * 3600 * 1000
export const STALE_BACKUP_DAYS = 7
// This data's own key: practice data must not tell the office that its backup was downloaded.
const lastDownloadKey = () => `${getSession().storagePrefix}cadangan.terakhir-diunduh`

/** One automatic backup a day, taken at start when the last one is older than a day. */
export async function dailyBackupIfDue(db: PkkDatabase, now = new Date()): Promise<BackupEntry | null> {
  const store = getSession().backupStore()
  if (!store) return null
  const status = await store.status()
  if (!status.automatic) return null
  if (status.last && now.getTime() - new Date(status.last.at).getTime() < DAY) return null
  if (await isEmpty(db)) return null
  return backupNow(db, 'harian')
}

export function backupFileSuggestion(now = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  return `Cadangan Sekretariat PKK ${d}.json`
}

/**
 * Saves a backup file where the user chooses (a download in the browser); `withPhotos`: the photos' and
 * scans' bytes go with it, in a .pkkzip beside the same data file (backup-file.ts).
 */
export async function saveBackupFile(db: PkkDatabase, options: { withPhotos?: boolean } = {}): Promise<boolean> {
  const json = await backupJson(db)
  const zip = options.withPhotos ? await backupFileWithPhotos(db, json) : null
  const r = await window.pkk.saveFile(
    zip
      ? { suggestedName: backupFileSuggestion().replace(/\.json$/, '.pkkzip'), kind: 'pkkzip', data: zip }
      : { suggestedName: backupFileSuggestion(), kind: 'json', data: new TextEncoder().encode(json) }
  )
  if (r.saved) localStorage.setItem(lastDownloadKey(), new Date().toISOString())
  return r.saved
}

export function lastDownloadedAt(): string | null {
  return localStorage.getItem(lastDownloadKey())
}

export function isStale(at: string | null | undefined, now = new Date()): boolean {
  return !at || now.getTime() - new Date(at).getTime() > STALE_BACKUP_DAYS * DAY
}

export type RestorePlan =
  | {
      ok: true
      snapshot: Snapshot
      officeName: string | null
      otherOffice: boolean
      counts: Record<keyof Snapshot, number>
      /** Read anyway although its checksum does not match. */
      damaged?: boolean
      /** Read anyway although it has no checksum (made by hand). */
      unchecked?: boolean
      /**
       * The file's own text when it holds exactly `snapshot` in today's format with a matching checksum
       * (read again it gives the same data): the journal's new base after the restore, not written anew.
       */
      fileText?: string
      /** The photos and scans the file names: which come from the photo store, which are missing (named). */
      photos?: PhotoRestoreCheck
      /** Where `photos.fromStore` are read from when not the photo store alone (a hand-saved file with its photos, backup-file.ts). */
      photoSource?: PhotoSource
    }
  | { ok: false; problems: DataFileProblem[] }

/** The file failed only its checksum: the user may choose to restore it anyway (every other check passed or will run). */
export function onlyChecksumFailed(plan: RestorePlan): boolean {
  return !plan.ok && plan.problems.length === 1 && plan.problems[0]?.path === CHECKSUM_MISMATCH
}

/** Checks a whole file before anything is written: format, version, checksum, every record, and whose office it is. */
export async function planRestore(db: PkkDatabase, text: string, options: ReadOptions = {}, photoSource?: PhotoSource): Promise<RestorePlan> {
  const read = await restorePhase('periksa-berkas', () => readDataFile(text, options))
  if (!read.ok) return read
  const current = await db.profile.get('office')
  const incoming = read.snapshot.profile[0]
  const otherOffice = Boolean(
    current && incoming && (current.officeCode !== incoming.officeCode || current.officeName.trim() !== incoming.officeName.trim())
  )
  const counts = Object.fromEntries(tableNames.map((t) => [t, read.snapshot[t].length])) as Record<keyof Snapshot, number>
  return {
    ok: true,
    snapshot: read.snapshot,
    officeName: read.officeName,
    otherOffice,
    counts,
    damaged: read.checksum === 'damaged',
    unchecked: read.checksum === 'none',
    ...(read.checksum === 'ok' && !read.upgraded ? { fileText: text } : {}),
    photos: await restorePhase('periksa-foto', () => checkPhotosForRestore(db, read.snapshot, photoSource ?? getSession().backupStore())),
    ...(photoSource ? { photoSource } : {})
  }
}

export class OtherOfficeError extends Error {
  constructor(officeName: string | null) {
    super(
      `Berkas ini milik kantor lain (${officeName ?? 'tanpa nama'}). Pemulihan dibatalkan; data Anda tidak berubah. ` +
        'Jika memang ingin mengganti seluruh data dengan data kantor tersebut, centang pilihan "data kantor lain".'
    )
  }
}

/**
 * Replaces every table with the file's data in one transaction, after taking an automatic backup
 * of what is there now so the restore can be undone.
 */
export async function restore(
  db: PkkDatabase,
  plan: Extract<RestorePlan, { ok: true }>,
  options: { allowOtherOffice?: boolean } = {},
  /** The database as read just before (null: it was empty), so the undo backup does not read it again. */
  current?: Snapshot | null
): Promise<BackupEntry | null> {
  if (plan.otherOffice && !options.allowOtherOffice) throw new OtherOfficeError(plan.officeName)
  const before = current === undefined ? await currentData(db) : current
  // The undo backup is taken while the data is written: the transaction commits only once the backup is
  // written (durably), and is aborted, the data unchanged, when the backup fails. A restore that fails
  // still leaves the backup, which is waited for before the failure is told.
  let undo: Promise<BackupEntry | null> = Promise.resolve(null)
  const write = () =>
    restorePhase('tulis-basis-data', () => {
      undo = restorePhase('cadangan-sebelum', () => (before === null ? keepJournalAsBackup() : backupNow(db, 'sebelum-pulihkan', before)))
      return replaceAll(db, plan.snapshot, { commitAfter: undo })
    })
  // The restore is written past Dexie (snapshot-repo), so the journal restarts from the restored data:
  // the snapshot written in one transaction (not read back), as the file's own text when it holds exactly
  // that; its text goes to disk while the transaction runs and becomes the base once it has committed.
  try {
    await checkpointJournalAround(db, { snapshot: plan.snapshot, text: plan.fileText }, write)
  } catch (err) {
    await undo.catch(() => null)
    throw err
  }
  const store = plan.photoSource ?? getSession().backupStore()
  if (store && plan.photos) await restorePhase('foto', () => restorePhotos(db, plan.photos?.fromStore ?? [], store))
  return undo
}

/**
 * With the database empty (after a loss) the undo of a restore is what the journal holds: it is kept
 * as a backup before the restore restarts the journal, so choosing an older backup never loses it.
 */
export async function keepJournalAsBackup(): Promise<BackupEntry | null> {
  const store = getSession().backupStore()
  const sink = getSession().journalStore()
  if (!store || !sink) return null
  const contents = await restorePhase('baca-jurnal', () => sink.read()).catch(() => null)
  if (!contents) return null
  const json = journalBaseAsIs(contents) ?? (await restorePhase('teks-cadangan', () => recoveredText(contents)))
  return json === null ? null : restorePhase('simpan-cadangan', () => store.write({ reason: 'sebelum-pulihkan', json }))
}

/**
 * The journal's base text itself when it is what the journal recovers: no entry after it, a data file as
 * the app writes it with its whole-file checksum matching, and at least one record (an empty office is
 * not kept). Then nothing is read, replayed or written anew (a 10-year office's base is 28 MB).
 */
export function journalBaseAsIs(c: JournalContents): string | null {
  return c.records.length === 0 && c.base !== null && c.base.includes('[{') && textChecksumMatches(c.base) ? c.base : null
}

/** The journal's base with its entries replayed, as a data file's text; null when it recovers nothing. */
function recoveredText(c: JournalContents): string | null {
  const recovered = recoveryOf(c)
  if (!recovered || tableNames.every((t) => recovered.snapshot[t].length === 0)) return null
  return dataFileText(recovered.snapshot, __APP_VERSION__)
}

export interface RestoreOutcome {
  /** The automatic backup of what was there before, or null when the database was empty. */
  undo: BackupEntry | null
  /** What the register kept of numbers issued after the backup; null for another office's data. */
  carried: CarryOverReport | null
}

/**
 * The data file merged with every number known to have been issued (the database now and the guard
 * record kept outside it): entries written after the backup come along, counters never go back, and
 * numbers whose entry is gone are recorded as batal "Nomor hilang". Another office's data is taken as is.
 */
export async function withIssuedNumbers(
  db: PkkDatabase,
  plan: Extract<RestorePlan, { ok: true }>,
  now = new Date(),
  /** The database's register as already read (a restore's current data), so it is not read again. */
  current?: Pick<Snapshot, 'letters' | 'counters'> | null
): Promise<{ plan: Extract<RestorePlan, { ok: true }>; carried: CarryOverReport | null }> {
  if (plan.otherOffice) return { plan, carried: null }
  const s = plan.snapshot
  const profile = s.profile[0]
  const merged = carryOverRegister(
    {
      letters: s.letters,
      counters: s.counters,
      meetingIds: new Set(s.meetings.map((m) => m.id)),
      officeCode: profile?.officeCode ?? '',
      settings: s.settings.find((x) => x.id === 'numbering') ?? defaultNumberingSettings,
      codes: s.letterCodes.length > 0 ? s.letterCodes : defaultLetterCodes
    },
    await knownRegister(db, current ?? undefined),
    now
  )
  const r = merged.report
  // Nothing came along and no counter was raised: the data is the file's (conflicts change nothing).
  if (r.kept === 0 && r.lost.length === 0 && r.raised === 0) return { plan, carried: r }
  const { fileText: _notTheFile, ...rest } = plan
  const snapshot: Snapshot = { ...s, letters: merged.letters, counters: merged.counters }
  return { plan: { ...rest, snapshot, counts: { ...plan.counts, letters: merged.letters.length, counters: merged.counters.length } }, carried: r }
}

/** The restore the screens use: the file's data, keeping every letter number already given out. */
export async function restoreKeepingNumbers(
  db: PkkDatabase,
  plan: Extract<RestorePlan, { ok: true }>,
  options: { allowOtherOffice?: boolean } = {}
): Promise<RestoreOutcome> {
  if (plan.otherOffice && !options.allowOtherOffice) throw new OtherOfficeError(plan.officeName)
  // What is there now is read once: for the numbers already given out and for the undo backup.
  const current = await restorePhase('baca-data-sekarang', () => currentData(db))
  const { plan: merged, carried } = await restorePhase('nomor-terbit', () => withIssuedNumbers(db, plan, new Date(), current))
  const undo = await restore(db, merged, options, current)
  return { undo, carried }
}

/**
 * Going on with the database as it is (the guard screen's "Lanjutkan tanpa memulihkan"): the numbers
 * the guard record knows were given out are still written into the register, so none is issued twice.
 */
export async function keepIssuedNumbersInPlace(db: PkkDatabase, now = new Date()): Promise<CarryOverReport> {
  // What the journal held is kept as a backup; the journal then follows the data the office goes on with.
  await keepJournalAsBackup()
  const current = await readSnapshot(db)
  const plan = { ok: true as const, snapshot: current, officeName: null, otherOffice: false, counts: {} as Record<keyof Snapshot, number> }
  const { plan: merged, carried } = await withIssuedNumbers(db, plan, now)
  const had = new Set(current.letters.map((l) => l.id))
  await db.transaction('rw', db.letters, db.counters, async () => {
    await db.letters.bulkAdd(checkedAll('letters', merged.snapshot.letters.filter((l) => !had.has(l.id))))
    await db.counters.bulkPut(checkedAll('counters', merged.snapshot.counters))
  })
  await checkpointJournal(db)
  return carried ?? { kept: 0, lost: [], raised: 0, conflicts: [] }
}
