import { MAX_FILE_BYTES, PHOTO_FOLDER, storedFileMimes, storedFileName, type PhotoReadResult } from '@shared/ipc/contract'
import { sha256Hex } from '@shared/meetings/photo-check'
import type { PkkDatabase } from './db'
import type { PhotoSource } from './photo-backup'

/**
 * A backup file saved by hand with its photos (docs/data-format.md "A hand-saved file with its photos"):
 * a ZIP named .pkkzip holding `data.json`, the same data file as a .json backup (format and version
 * unchanged), and `foto/<sha256>.jpg|png|pdf`, the bytes of every photo and scan it names, laid out like
 * the backup folder's photo store. A restore reads the data file from it and takes each photo from it
 * (its SHA-256 checked) before asking the photo store.
 */

export const DATA_ENTRY = 'data.json'
export const PHOTO_FILE_EXTENSION = 'pkkzip'
/** What the file pickers of a restore take: a data file or a hand-saved file with its photos. */
export const RESTORE_FILE_ACCEPT = `.json,.${PHOTO_FILE_EXTENSION},application/json,application/zip`

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupFileError'
  }
}

/** How many photos and scans the database holds (counted, not read): what "Sertakan foto" would carry. */
export async function storedFilesCount(db: PkkDatabase): Promise<number> {
  return db.files.count()
}

const CHUNK = 50

/** The .pkkzip's bytes: the data file's text and every stored file under its hash; refused, with its size, past the save limit. */
export async function backupFileWithPhotos(db: PkkDatabase, json: string): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip')
  const limit = MAX_FILE_BYTES - json.length - 1024 * 1024
  const hashes = (await db.files.toCollection().primaryKeys()).map(String)
  const zip = new JSZip()
  zip.file(DATA_ENTRY, json, { compression: 'DEFLATE' })
  let bytes = 0
  // Read a few at a time, so an office whose photos are too many for one file is told so before they are all in memory.
  for (let i = 0; i < hashes.length; i += CHUNK) {
    for (const f of await db.files.bulkGet(hashes.slice(i, i + CHUNK))) {
      if (!f) continue
      bytes += f.data.byteLength
      if (bytes > limit) {
        throw new BackupFileError(
          `Foto terlalu besar untuk satu berkas cadangan (${hashes.length} foto dan pindaian, lebih dari ${mb(limit)}). ` +
            'Simpan cadangan tanpa foto dan salin folder "foto" di folder cadangan bersama berkasnya.'
        )
      }
      // JPEG, PNG and PDF are compressed already: stored as they are, so saving stays quick.
      zip.file(`${PHOTO_FOLDER}/${storedFileName(f.hash, f.mime)}`, f.data, { compression: 'STORE', binary: true })
    }
  }
  return zip.generateAsync({ type: 'uint8array' })
}

/** A ZIP begins with its first local header, "PK\3\4". */
const isZip = (b: Uint8Array) => b.byteLength >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

export interface BackupFileRead {
  /** The data file's text, checked by readDataFile as any backup. */
  text: string
  /** Where a restore takes the photos from: the file's own first, then `fallback`; null for a plain .json. */
  photos: PhotoSource | null
  /** How many photo and scan files the file carries. */
  photoCount: number
}

/**
 * Reads a file she picked for a restore: a plain data file (.json) as its text, or a .pkkzip as its data
 * file and its photos. A ZIP that is not such a file gets a clear message; the data is not touched.
 */
export async function readBackupFile(bytes: Uint8Array, fallback: PhotoSource | null): Promise<BackupFileRead> {
  if (!isZip(bytes)) return { text: new TextDecoder().decode(bytes), photos: null, photoCount: 0 }
  const { default: JSZip } = await import('jszip')
  let zip: InstanceType<typeof JSZip>
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new BackupFileError('Berkas ZIP ini rusak atau terpotong; tidak dapat dibaca. Data Anda tidak diubah.')
  }
  const data = zip.file(DATA_ENTRY)
  if (!data) throw new BackupFileError(`Berkas ZIP ini bukan cadangan Sekretariat PKK (tidak memuat ${DATA_ENTRY}). Data Anda tidak diubah.`)
  let text: string
  try {
    text = await data.async('string')
  } catch {
    throw new BackupFileError(`Isi ${DATA_ENTRY} di berkas ini rusak; tidak dapat dibaca. Data Anda tidak diubah.`)
  }
  const photoCount = zip.file(new RegExp(`^${PHOTO_FOLDER}/[0-9a-f]{64}\\.(jpg|png|pdf)$`)).length
  const photos: PhotoSource = {
    where: fallback ? 'di berkas cadangan maupun di folder cadangan' : 'di berkas cadangan',
    async photosRead(hash: string): Promise<PhotoReadResult> {
      let damaged = false
      if (/^[0-9a-f]{64}$/.test(hash)) {
        for (const mime of storedFileMimes) {
          const entry = zip.file(`${PHOTO_FOLDER}/${storedFileName(hash, mime)}`)
          if (!entry) continue
          const bytes = await entry.async('uint8array').catch(() => null)
          if (bytes && (await sha256Hex(bytes)) === hash) return { status: 'ok', mime, data: bytes }
          damaged = true
        }
      }
      const other = fallback ? await fallback.photosRead(hash) : ({ status: 'missing' } as const)
      return other.status === 'ok' || !damaged ? other : { status: 'damaged' }
    }
  }
  return { text, photos, photoCount }
}
