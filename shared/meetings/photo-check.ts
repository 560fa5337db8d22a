import { imagePixelSize } from '../documents/image-size'
import { PHOTO_MAX_EDGE_PX, PHOTO_MAX_FILE_BYTES, PHOTO_MAX_SOURCE_PIXELS, PHOTO_MAX_STORED_BYTES, SCAN_MAX_BYTES, type ScanMime } from '../model/laporan'

/**
 * The rules a photo or a scan she picks must meet (docs/data-format.md "Photos and scans"), checked on its
 * bytes before anything is decoded or stored: a bad or huge file gets a message and changes nothing.
 */

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
const isPng = (d: Uint8Array) => d[0] === 0x89 && d[1] === 0x50 && d[2] === 0x4e && d[3] === 0x47
const isJpeg = (d: Uint8Array) => d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff
const isPdf = (d: Uint8Array) => d[0] === 0x25 && d[1] === 0x50 && d[2] === 0x44 && d[3] === 0x46 && d[4] === 0x2d

export type PhotoFileCheck = { ok: true; mime: 'image/png' | 'image/jpeg'; width: number; height: number } | { ok: false; message: string }

/** A picked photo: JPEG or PNG by its first bytes, at most 30 MB and 80 megapixels. */
export function checkPhotoFile(name: string, data: Uint8Array): PhotoFileCheck {
  const label = `Foto "${name.slice(0, 80)}"`
  if (data.byteLength === 0) return { ok: false, message: `${label} kosong (0 bait).` }
  if (data.byteLength > PHOTO_MAX_FILE_BYTES) return { ok: false, message: `${label} terlalu besar (${mb(data.byteLength)}). Batasnya ${mb(PHOTO_MAX_FILE_BYTES)} per foto.` }
  const mime = isJpeg(data) ? 'image/jpeg' : isPng(data) ? 'image/png' : undefined
  if (!mime) return { ok: false, message: `${label} bukan berkas JPEG atau PNG.` }
  const size = imagePixelSize(data, mime)
  if (!size) return { ok: false, message: `${label} rusak: ukuran gambarnya tidak terbaca.` }
  if (size.width * size.height > PHOTO_MAX_SOURCE_PIXELS) {
    const mp = Math.round((size.width * size.height) / 1_000_000)
    return { ok: false, message: `${label} terlalu besar (${size.width} × ${size.height} piksel, ${mp} megapiksel). Batasnya ${PHOTO_MAX_SOURCE_PIXELS / 1_000_000} megapiksel.` }
  }
  return { ok: true, mime, width: size.width, height: size.height }
}

/** The size a photo is kept at: its long edge at most PHOTO_MAX_EDGE_PX, never enlarged. */
export function storedPhotoSize(width: number, height: number, maxEdge = PHOTO_MAX_EDGE_PX): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** What the data layer stores, checked again: the downscaled bytes, their type and size. Null when fine. */
export function storedPhotoProblem(data: Uint8Array, mime: 'image/png' | 'image/jpeg'): string | null {
  if (data.byteLength === 0) return 'Foto kosong.'
  if (data.byteLength > PHOTO_MAX_STORED_BYTES) return `Foto setelah diperkecil masih ${mb(data.byteLength)}; batasnya ${mb(PHOTO_MAX_STORED_BYTES)}.`
  if ((mime === 'image/jpeg' && !isJpeg(data)) || (mime === 'image/png' && !isPng(data))) return 'Isi foto tidak sesuai jenisnya.'
  const size = imagePixelSize(data, mime)
  if (!size) return 'Ukuran foto tidak terbaca.'
  if (Math.max(size.width, size.height) > PHOTO_MAX_EDGE_PX) return `Foto lebih dari ${PHOTO_MAX_EDGE_PX} piksel pada sisi panjangnya.`
  return null
}

export type ScanFileCheck = { ok: true; mime: ScanMime; width?: number; height?: number } | { ok: false; message: string }

/** A scanned signed sheet: a PDF, or a JPEG or PNG, at most 20 MB. */
export function checkScanFile(name: string, data: Uint8Array): ScanFileCheck {
  const label = `Berkas pindaian "${name.slice(0, 80)}"`
  if (data.byteLength === 0) return { ok: false, message: `${label} kosong (0 bait).` }
  if (data.byteLength > SCAN_MAX_BYTES) return { ok: false, message: `${label} terlalu besar (${mb(data.byteLength)}). Batasnya ${mb(SCAN_MAX_BYTES)}.` }
  if (isPdf(data)) return { ok: true, mime: 'application/pdf' }
  const mime = isJpeg(data) ? 'image/jpeg' : isPng(data) ? 'image/png' : undefined
  if (!mime) return { ok: false, message: `${label} bukan PDF, JPEG atau PNG.` }
  const size = imagePixelSize(data, mime)
  if (!size) return { ok: false, message: `${label} rusak: ukuran gambarnya tidak terbaca.` }
  return { ok: true, mime, width: size.width, height: size.height }
}

/** Lower-case hex SHA-256: the name a stored file goes by (Web Crypto, in the browser and in Node alike). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  // A copy into a plain ArrayBuffer: digest() takes no view over a SharedArrayBuffer.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(data))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
