import type { Snapshot } from '@shared/datafile'
import { PHOTO_FOLDER, storedFileName, type PhotoReadResult, type PhotosWriteArgs } from '@shared/ipc/contract'
import type { PkkDatabase } from './db'
import { getSession } from './session'

/**
 * Photos and scans in backups (docs/data-format.md "Photos and scans"). The data file lists them by SHA-256
 * (meetingPhotos, laporan.scan); their bytes go once into the photo store beside the backups (main: the
 * backup folder's "foto"; the browser: its backup database), so a daily backup writes only the photos
 * added since the last one, and its data file stays as small as the office's records.
 */
export interface PhotoStore {
  photosHave(hashes: string[]): Promise<string[]>
  photosWrite(args: PhotosWriteArgs): Promise<void>
  photosRead(hash: string): Promise<PhotoReadResult>
}

/** Where a restore reads files back from: the photo store, or a hand-saved file's own photos (backup-file.ts). */
export type PhotoSource = Pick<PhotoStore, 'photosRead'> & {
  /** Where she would look for a file it lacks, in words ("di berkas cadangan maupun di folder cadangan"); the folder's by default. */
  where?: string
}

const CHUNK = 1_000

/** Writes the database's files that the photo store lacks; answers how many were written. */
export async function backupPhotos(db: PkkDatabase, store: PhotoStore): Promise<number> {
  const hashes = (await db.files.toCollection().primaryKeys()).map(String)
  let written = 0
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const chunk = hashes.slice(i, i + CHUNK)
    const have = new Set(await store.photosHave(chunk))
    for (const hash of chunk) {
      if (have.has(hash)) continue
      const file = await db.files.get(hash)
      if (!file) continue
      await store.photosWrite({ hash, mime: file.mime, data: file.data })
      written++
    }
  }
  return written
}

/**
 * Copies the given files of the database into the photo store at once (a photo or scan just added), so a
 * database lost before the next backup comes back from the change journal with its photos. Answers the
 * hashes it could not write (the next backup tries again); nothing when there is no store (practice data).
 */
export async function keepFilesInStore(db: PkkDatabase, hashes: readonly string[], store: PhotoStore | null = getSession().backupStore()): Promise<string[]> {
  if (!store || hashes.length === 0) return []
  const failed: string[] = []
  const unique = [...new Set(hashes)]
  const have = new Set(await store.photosHave(unique).catch(() => []))
  for (const hash of unique) {
    if (have.has(hash)) continue
    const file = await db.files.get(hash)
    if (!file) continue
    try {
      await store.photosWrite({ hash, mime: file.mime, data: file.data })
    } catch {
      failed.push(hash)
    }
  }
  return failed
}

/** Every stored file a snapshot names, with what it is for the office ("foto “Pembukaan” rapat “Rakon”"). */
/** A title or caption in a sentence: at most 60 characters, a cut one ending in "…". */
const short = (t: string): string => (t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t)

export function namedFiles(s: Pick<Snapshot, 'meetingPhotos' | 'laporan' | 'meetings'>): Map<string, { what: string; mime: PhotosWriteArgs['mime'] }> {
  const titles = new Map(s.meetings.map((m) => [m.id, m.title]))
  const out = new Map<string, { what: string; mime: PhotosWriteArgs['mime'] }>()
  // In the order she sees them (meeting, then the photo's place), not the records' id order.
  const photos = [...s.meetingPhotos].sort((a, b) => (a.meetingId === b.meetingId ? a.order - b.order : a.meetingId < b.meetingId ? -1 : 1))
  for (const p of photos) {
    const caption = p.caption.trim() ? `“${short(p.caption.trim())}”` : `ke-${p.order}`
    out.set(p.hash, { what: `Foto ${caption} rapat “${short(titles.get(p.meetingId) ?? '')}”`, mime: p.mime })
  }
  for (const l of s.laporan) {
    if (l.scan) out.set(l.scan.hash, { what: `Pindaian daftar hadir “${l.scan.name}” rapat “${short(titles.get(l.meetingId) ?? '')}”`, mime: l.scan.mime })
  }
  return out
}

/** What a restore finds of the files its records name: the ones to copy in, and each one it cannot have, in words. */
export interface PhotoRestoreCheck {
  /** Files the database lacks and the photo store holds whole (hash checked). */
  fromStore: string[]
  /** One Indonesian sentence per file neither the database nor the photo store holds whole. */
  problems: string[]
}

/**
 * Checks every file the snapshot names before anything is written: present in this database already, or
 * read back from the photo store with its SHA-256 checked. A missing or damaged one is named; its record is
 * restored without the image, and the Laporan Kegiatan says which photo it lacks.
 */
export async function checkPhotosForRestore(db: PkkDatabase, s: Pick<Snapshot, 'meetingPhotos' | 'laporan' | 'meetings'>, store: PhotoSource | null): Promise<PhotoRestoreCheck> {
  const named = namedFiles(s)
  const hashes = [...named.keys()]
  const local = await db.files.bulkGet(hashes)
  const fromStore: string[] = []
  const problems: string[] = []
  for (const [i, hash] of hashes.entries()) {
    if (local[i]) continue
    const info = named.get(hash)
    const where = `${PHOTO_FOLDER}/${storedFileName(hash, info?.mime ?? 'image/jpeg')}`
    const read = store ? await store.photosRead(hash) : { status: 'missing' as const }
    const place = store?.where ?? 'di folder cadangan'
    if (read.status === 'ok') fromStore.push(hash)
    else if (read.status === 'damaged') problems.push(`${info?.what ?? 'Foto'} rusak ${place} (${where}: isinya tidak sama dengan kodenya); dipulihkan tanpa gambar.`)
    else problems.push(`${info?.what ?? 'Foto'} tidak ada ${place} (${where}); dipulihkan tanpa gambar.`)
  }
  return { fromStore, problems }
}

/** Copies the checked files from the photo store into the database (each read and hashed again); answers the ones it could not. */
export async function restorePhotos(db: PkkDatabase, hashes: readonly string[], store: PhotoSource): Promise<string[]> {
  const failed: string[] = []
  for (const hash of hashes) {
    const read = await store.photosRead(hash).catch(() => ({ status: 'missing' as const }))
    if (read.status !== 'ok') {
      failed.push(hash)
      continue
    }
    await db.files.put({ hash, mime: read.mime, data: read.data })
  }
  return failed
}
