/**
 * A black-and-white PNG (1 bit per pixel) written without a compressor: zlib "stored" blocks are valid
 * deflate data, and a QR code's image is small. Pure, so it runs in Node, a browser and a worker.
 */

import CRC32 from 'crc-32'

function adler32(bytes: Uint8Array): number {
  let a = 1
  let b = 0
  for (const x of bytes) {
    a = (a + x) % 65521
    b = (b + a) % 65521
  }
  return ((b << 16) | a) >>> 0
}

/** One PNG chunk: length, type, data, and the CRC-32 of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, CRC32.buf(out.subarray(4, 8 + data.length)) >>> 0)
  return out
}

function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535))
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4)
  out[0] = 0x78
  out[1] = 0x01
  let o = 2
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535))
    out[o++] = i === blocks - 1 ? 1 : 0
    out[o++] = part.length & 0xff
    out[o++] = part.length >>> 8
    out[o++] = ~part.length & 0xff
    out[o++] = (~part.length >>> 8) & 0xff
    out.set(part, o)
    o += part.length
  }
  new DataView(out.buffer).setUint32(o, adler32(raw))
  return out
}

/** `dark(x, y)` for every pixel; the image is black on white. */
export function monochromePng(width: number, height: number, dark: (x: number, y: number) => boolean): Uint8Array {
  const stride = Math.ceil(width / 8) + 1
  const raw = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Grey level 1 bit: 1 is white.
      const at = y * stride + 1 + (x >>> 3)
      if (!dark(x, y)) raw[at] = (raw[at] ?? 0) | (0x80 >>> (x & 7))
    }
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr.set([1, 0, 0, 0, 0], 8)
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', zlibStored(raw)), pngChunk('IEND', new Uint8Array())]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** A QR matrix as a PNG: `scale` pixels per module, the standard's quiet zone of 4 modules around it. */
export function qrPng(matrix: readonly (readonly boolean[])[], scale = 6, quiet = 4): Uint8Array {
  const n = matrix.length + quiet * 2
  return monochromePng(n * scale, n * scale, (x, y) => matrix[Math.floor(y / scale) - quiet]?.[Math.floor(x / scale) - quiet] === true)
}
