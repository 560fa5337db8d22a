import { checkPhotoFile, storedPhotoSize } from '@shared/meetings'
import { PHOTO_MAX_FILE_BYTES, PHOTO_MAX_STORED_BYTES } from '@shared/model'
import type { PreparedPhoto } from '../../data/laporan-repo'

/** A photo refused before anything was stored (Indonesian, names the file). */
export class PhotoImportError extends Error {}

const JPEG_QUALITIES = [0.85, 0.72, 0.6]

/**
 * A picked JPEG or PNG as the app keeps it: checked on its bytes (shared/meetings/photo-check.ts), turned
 * upright by its EXIF orientation (the browser's createImageBitmap with imageOrientation "from-image"),
 * downscaled to PHOTO_MAX_EDGE_PX on the long edge and stored as JPEG (on white where a PNG was transparent).
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  const label = `Foto "${file.name.slice(0, 80)}"`
  if (file.size > PHOTO_MAX_FILE_BYTES) {
    throw new PhotoImportError(`${label} terlalu besar (${(file.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB). Batasnya ${PHOTO_MAX_FILE_BYTES / 1024 / 1024} MB per foto.`)
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const check = checkPhotoFile(file.name, bytes)
  if (!check.ok) throw new PhotoImportError(check.message)
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: check.mime }), { imageOrientation: 'from-image' })
  } catch {
    throw new PhotoImportError(`${label} rusak atau tidak dapat dibaca.`)
  }
  try {
    const size = storedPhotoSize(bitmap.width, bitmap.height)
    const canvas = new OffscreenCanvas(size.width, size.height)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new PhotoImportError(`${label} tidak dapat diperkecil di komputer ini.`)
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, size.width, size.height)
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(bitmap, 0, 0, size.width, size.height)
    for (const quality of JPEG_QUALITIES) {
      const data = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer())
      if (data.byteLength <= PHOTO_MAX_STORED_BYTES) return { data, mime: 'image/jpeg', width: size.width, height: size.height, caption: '' }
    }
    throw new PhotoImportError(`${label} masih lebih dari ${PHOTO_MAX_STORED_BYTES / 1024 / 1024} MB setelah diperkecil.`)
  } finally {
    bitmap.close()
  }
}
