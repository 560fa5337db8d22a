import { z } from 'zod'
import { bytes, id, stamp, text } from './common'

/**
 * Photos of a meeting and its Laporan Kegiatan (activity report). The bytes of a photo or of a scanned
 * sheet are kept once, content-addressed by the SHA-256 of the stored bytes (the `files` store of the
 * database, never in a data file); the records that name them are small and travel in every data file
 * (docs/data-format.md "Photos and scans").
 */

/** A file she picks may be this large; a larger one is refused before it is read. */
export const PHOTO_MAX_FILE_BYTES = 30 * 1024 * 1024
/** A photo with more pixels than this (e.g. a 12,000 x 8,000 panorama) is refused before it is decoded. */
export const PHOTO_MAX_SOURCE_PIXELS = 80_000_000
/**
 * A photo is kept at most this many pixels on its long edge: a photo page prints a photo at most 115 mm
 * wide, and 1600 px over 115 mm is about 350 dpi, more than an office printer resolves.
 */
export const PHOTO_MAX_EDGE_PX = 1600
/** The stored (downscaled, re-encoded) photo's bytes are at most this many. */
export const PHOTO_MAX_STORED_BYTES = 2 * 1024 * 1024
/** A meeting keeps at most this many photos. */
export const MAX_MEETING_PHOTOS = 200
/** A scanned, signed attendance sheet (an image or a PDF) may be this large. */
export const SCAN_MAX_BYTES = 20 * 1024 * 1024

export const photoMimes = ['image/jpeg', 'image/png'] as const
export const scanMimes = ['image/jpeg', 'image/png', 'application/pdf'] as const
export type ScanMime = (typeof scanMimes)[number]

/** Lower-case hex SHA-256 of the stored bytes: the file's name in the store. */
export const contentHash = z.string().regex(/^[0-9a-f]{64}$/, { message: 'Kode isi berkas (SHA-256) tidak valid' })

/** One photo of a meeting: which stored file, its caption and its place in the report. */
export const meetingPhoto = z.object({
  id,
  meetingId: id,
  hash: contentHash,
  mime: z.enum(photoMimes),
  width: z.number().int().min(1).max(PHOTO_MAX_EDGE_PX),
  height: z.number().int().min(1).max(PHOTO_MAX_EDGE_PX),
  caption: text(300),
  order: z.number().int().min(0).max(100_000),
  createdAt: stamp
})
export type MeetingPhoto = z.infer<typeof meetingPhoto>

export const photosPerPageChoices = [2, 4] as const
export type PhotosPerPage = (typeof photosPerPageChoices)[number]

/** The scanned signed attendance sheet printed instead of the generated one. */
export const scannedSheet = z.object({
  hash: contentHash,
  mime: z.enum(scanMimes),
  name: text(200),
  /** Pages of a PDF scan; 1 for an image. */
  pages: z.number().int().min(1).max(500),
  /** Pixel size of an image scan (for the page it prints on); absent for a PDF. */
  width: z.number().int().min(1).max(20_000).optional(),
  height: z.number().int().min(1).max(20_000).optional()
})
export type ScannedSheet = z.infer<typeof scannedSheet>

/**
 * The report's own text, keyed by meetingId. An empty section prints what the meeting's data says
 * (shared/meetings/laporan-text.ts): latar belakang from its dasar and tujuan, hasil from the Kesimpulan.
 */
export const laporan = z.object({
  meetingId: id,
  latarBelakang: text(8000),
  pelaksanaan: text(8000),
  hasil: text(8000),
  penutup: text(4000),
  photosPerPage: z.union([z.literal(2), z.literal(4)]),
  scan: scannedSheet.optional(),
  updatedAt: stamp
})
export type Laporan = z.infer<typeof laporan>

/** A stored file (photo or scan): the bytes under their SHA-256. Not a table of the data file. */
export interface StoredFile {
  hash: string
  mime: ScanMime
  data: Uint8Array
}
export const storedFile = z.object({ hash: contentHash, mime: z.enum(scanMimes), data: bytes })
