import { checked } from '@shared/datafile'
import { checkScanFile, sha256Hex, storedPhotoProblem, type PhotoWithBytes } from '@shared/meetings'
import { MAX_MEETING_PHOTOS, newId, type Laporan, type MeetingPhoto, type PhotosPerPage, type ScannedSheet, type StoredFile } from '@shared/model'
import type { PkkDatabase } from './db'

/** A photo or a report refused with a reason she can act on (Indonesian); nothing was written. */
export class LaporanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LaporanError'
  }
}

/** A photo as the screen hands it over: already downscaled and re-encoded (renderer/src/features/laporan/import-photo.ts). */
export interface PreparedPhoto {
  data: Uint8Array
  mime: 'image/jpeg' | 'image/png'
  width: number
  height: number
  caption: string
}

const byOrder = (a: MeetingPhoto, b: MeetingPhoto) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)

export async function listMeetingPhotos(db: PkkDatabase, meetingId: string): Promise<MeetingPhoto[]> {
  return (await db.meetingPhotos.where('meetingId').equals(meetingId).toArray()).sort(byOrder)
}

/**
 * Adds photos at the end of the meeting's list, all or none: each is checked, its bytes stored once under
 * their SHA-256 (a photo added twice, to this meeting or another, is kept once).
 */
export async function addMeetingPhotos(db: PkkDatabase, meetingId: string, photos: readonly PreparedPhoto[], now = new Date()): Promise<MeetingPhoto[]> {
  const hashed: { p: PreparedPhoto; hash: string }[] = []
  for (const [i, p] of photos.entries()) {
    const problem = storedPhotoProblem(p.data, p.mime)
    if (problem) throw new LaporanError(`Foto ke-${i + 1}: ${problem}`)
    hashed.push({ p, hash: await sha256Hex(p.data) })
  }
  return db.transaction('rw', db.meetings, db.meetingPhotos, db.files, async () => {
    if (!(await db.meetings.get(meetingId))) throw new LaporanError('Rapat tidak ditemukan; mungkin sudah dihapus.')
    const existing = await db.meetingPhotos.where('meetingId').equals(meetingId).toArray()
    if (existing.length + photos.length > MAX_MEETING_PHOTOS) {
      throw new LaporanError(`Satu rapat paling banyak ${MAX_MEETING_PHOTOS} foto; rapat ini sudah punya ${existing.length}.`)
    }
    let order = existing.reduce((max, r) => Math.max(max, r.order), 0)
    const records = hashed.map(({ p, hash }) =>
      checked('meetingPhotos', { id: newId(), meetingId, hash, mime: p.mime, width: p.width, height: p.height, caption: p.caption, order: ++order, createdAt: now.toISOString() })
    )
    for (const { p, hash } of hashed) if (!(await db.files.get(hash))) await db.files.put({ hash, mime: p.mime, data: p.data })
    await db.meetingPhotos.bulkAdd(records)
    return records
  })
}

export async function setPhotoCaption(db: PkkDatabase, id: string, caption: string): Promise<void> {
  await db.transaction('rw', db.meetingPhotos, async () => {
    const photo = await db.meetingPhotos.get(id)
    if (!photo) throw new LaporanError('Foto tidak ditemukan; mungkin sudah dihapus.')
    await db.meetingPhotos.put(checked('meetingPhotos', { ...photo, caption }))
  })
}

/** Moves a photo one place up (-1) or down (+1) in the report. */
export async function movePhoto(db: PkkDatabase, id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.meetingPhotos, async () => {
    const photo = await db.meetingPhotos.get(id)
    if (!photo) return
    const list = await listMeetingPhotos(db, photo.meetingId)
    const i = list.findIndex((p) => p.id === id)
    const other = list[i + delta]
    if (!other) return
    await db.meetingPhotos.bulkPut([
      { ...photo, order: other.order },
      { ...other, order: photo.order }
    ])
  })
}

/** Removes a photo; its bytes go too when no other record names them. */
export async function removePhoto(db: PkkDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.meetingPhotos, db.laporan, db.files, async () => {
    const photo = await db.meetingPhotos.get(id)
    if (!photo) return
    await db.meetingPhotos.delete(id)
    await dropUnusedFile(db, photo.hash)
  })
}

async function dropUnusedFile(db: PkkDatabase, hash: string): Promise<void> {
  const photos = await db.meetingPhotos.where('hash').equals(hash).count()
  const scans = (await db.laporan.toArray()).filter((l) => l.scan?.hash === hash).length
  if (photos + scans === 0) await db.files.delete(hash)
}

/**
 * The stored bytes of the given photos; a photo whose bytes are not on this computer (a restore without
 * its photo) comes with `data: null`: the Laporan Kegiatan prints a box that names it, and the step offers
 * to put its file back (replacePhotoFile).
 */
export async function photosWithBytes(db: PkkDatabase, photos: readonly MeetingPhoto[]): Promise<PhotoWithBytes[]> {
  const files = await db.files.bulkGet(photos.map((p) => p.hash))
  return photos.map((photo, i) => ({ photo, data: files[i]?.data ?? null }))
}

/** The captions (or, without one, the place) of the photos whose files are missing, for a message. */
export const missingPhotoNames = (photos: readonly PhotoWithBytes[]): string[] =>
  photos.flatMap((p) => (p.data ? [] : [p.photo.caption.trim() ? `“${p.photo.caption.trim()}”` : `foto ke-${p.photo.order}`]))

/**
 * Puts a photo's file back (or another in its place) while its caption and place stay: the new bytes are
 * stored under their own hash, and the old file goes when nothing names it any more.
 */
export async function replacePhotoFile(db: PkkDatabase, id: string, p: Omit<PreparedPhoto, 'caption'>): Promise<MeetingPhoto> {
  const problem = storedPhotoProblem(p.data, p.mime)
  if (problem) throw new LaporanError(problem)
  const hash = await sha256Hex(p.data)
  return db.transaction('rw', db.meetingPhotos, db.laporan, db.files, async () => {
    const before = await db.meetingPhotos.get(id)
    if (!before) throw new LaporanError('Foto tidak ditemukan; mungkin sudah dihapus.')
    const record = checked('meetingPhotos', { ...before, hash, mime: p.mime, width: p.width, height: p.height })
    if (!(await db.files.get(hash))) await db.files.put({ hash, mime: p.mime, data: p.data })
    await db.meetingPhotos.put(record)
    if (before.hash !== hash) await dropUnusedFile(db, before.hash)
    return record
  })
}

export async function getStoredFile(db: PkkDatabase, hash: string): Promise<StoredFile | undefined> {
  return db.files.get(hash)
}

export async function getLaporan(db: PkkDatabase, meetingId: string): Promise<Laporan | undefined> {
  return db.laporan.get(meetingId)
}

const emptyLaporan = (meetingId: string, now: Date): Laporan => ({
  meetingId,
  latarBelakang: '',
  pelaksanaan: '',
  hasil: '',
  penutup: '',
  photosPerPage: 4,
  updatedAt: now.toISOString()
})

export type LaporanFields = Pick<Laporan, 'latarBelakang' | 'pelaksanaan' | 'hasil' | 'penutup'> & { photosPerPage: PhotosPerPage }

/** Saves the report's sections (the scan stays as it is). */
export async function saveLaporan(db: PkkDatabase, meetingId: string, fields: LaporanFields, now = new Date()): Promise<Laporan> {
  return db.transaction('rw', db.meetings, db.laporan, async () => {
    if (!(await db.meetings.get(meetingId))) throw new LaporanError('Rapat tidak ditemukan; mungkin sudah dihapus.')
    const before = (await db.laporan.get(meetingId)) ?? emptyLaporan(meetingId, now)
    const record = checked('laporan', { ...before, ...fields, updatedAt: now.toISOString() })
    await db.laporan.put(record)
    return record
  })
}

/** Puts her scan of the signed attendance sheet in place of the generated one; `pages` counted by the caller for a PDF. */
export async function setScannedSheet(db: PkkDatabase, meetingId: string, file: { name: string; data: Uint8Array; pages: number }, now = new Date()): Promise<ScannedSheet> {
  const check = checkScanFile(file.name, file.data)
  if (!check.ok) throw new LaporanError(check.message)
  const hash = await sha256Hex(file.data)
  return db.transaction('rw', db.meetings, db.laporan, db.meetingPhotos, db.files, async () => {
    if (!(await db.meetings.get(meetingId))) throw new LaporanError('Rapat tidak ditemukan; mungkin sudah dihapus.')
    const before = (await db.laporan.get(meetingId)) ?? emptyLaporan(meetingId, now)
    const scan: ScannedSheet = { hash, mime: check.mime, name: file.name.slice(0, 200), pages: check.mime === 'application/pdf' ? file.pages : 1, ...(check.width ? { width: check.width, height: check.height } : {}) }
    const record = checked('laporan', { ...before, scan, updatedAt: now.toISOString() })
    if (!(await db.files.get(hash))) await db.files.put({ hash, mime: check.mime, data: file.data })
    await db.laporan.put(record)
    if (before.scan && before.scan.hash !== hash) await dropUnusedFile(db, before.scan.hash)
    return scan
  })
}

/** Back to the generated attendance sheet. */
export async function clearScannedSheet(db: PkkDatabase, meetingId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.laporan, db.meetingPhotos, db.files, async () => {
    const before = await db.laporan.get(meetingId)
    if (!before?.scan) return
    const { scan, ...rest } = before
    await db.laporan.put(checked('laporan', { ...rest, updatedAt: now.toISOString() }))
    await dropUnusedFile(db, scan.hash)
  })
}
