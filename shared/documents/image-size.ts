import type { ImageMime } from './layout'

export interface PixelSize {
  width: number
  height: number
}

/** Pixel size read from the file's own header (PNG IHDR or JPEG SOF), so a logo keeps its proportions. */
export function imagePixelSize(data: Uint8Array, mime: ImageMime): PixelSize | undefined {
  return mime === 'image/png' ? pngSize(data) : jpegSize(data)
}

function u16(d: Uint8Array, i: number): number {
  return ((d[i] ?? 0) << 8) | (d[i + 1] ?? 0)
}

function u32(d: Uint8Array, i: number): number {
  return u16(d, i) * 65536 + u16(d, i + 2)
}

function pngSize(d: Uint8Array): PixelSize | undefined {
  // Signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
  if (d.length < 24 || d[12] !== 0x49 || d[13] !== 0x48 || d[14] !== 0x44 || d[15] !== 0x52) return undefined
  const width = u32(d, 16)
  const height = u32(d, 20)
  return width > 0 && height > 0 ? { width, height } : undefined
}

function jpegSize(d: Uint8Array): PixelSize | undefined {
  if (d[0] !== 0xff || d[1] !== 0xd8) return undefined
  let i = 2
  while (i + 9 < d.length) {
    if (d[i] !== 0xff) return undefined
    const marker = d[i + 1] ?? 0
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      i++
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    const length = u16(d, i + 2)
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = u16(d, i + 5)
      const width = u16(d, i + 7)
      return width > 0 && height > 0 ? { width, height } : undefined
    }
    i += 2 + length
  }
  return undefined
}

/** Height in mm for a given width, keeping the image's proportions (square when the header is unreadable). */
export function heightForWidth(data: Uint8Array, mime: ImageMime, widthMm: number): number {
  const size = imagePixelSize(data, mime)
  return size ? (widthMm * size.height) / size.width : widthMm
}
