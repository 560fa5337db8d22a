import { deflateSync, inflateSync } from 'node:zlib'
import { pngChunk } from '../../shared/documents/png'

// A made-up emblem for the sample letterhead (not the PKK logo): a blue ring, a ten-petal flower for the
// 10 Program Pokok PKK, a green heart. Drawn pixel by pixel so no image file or library is needed.

const SIZE = 128
const SAMPLES = 4 // supersampling per axis, for smooth edges

type Rgba = readonly [number, number, number, number]
const CLEAR: Rgba = [0, 0, 0, 0]
const BLUE: Rgba = [31, 84, 160, 255]
const WHITE: Rgba = [255, 255, 255, 255]
const GOLD: Rgba = [242, 176, 5, 255]
const GREEN: Rgba = [30, 130, 76, 255]

/** Colour of the emblem at a point; coordinates in pixels from the centre. */
function colourAt(x: number, y: number): Rgba {
  const r = Math.hypot(x, y)
  if (r > 62) return CLEAR
  if (r > 54) return BLUE
  if (r > 51) return WHITE
  const angle = Math.atan2(y, x)
  const petal = 22 + 24 * Math.abs(Math.cos(5 * angle))
  if (r < 13) return GREEN
  if (r < petal) return GOLD
  return WHITE
}

function pixels(): Uint8Array {
  const out = new Uint8Array(SIZE * SIZE * 4)
  const half = SIZE / 2
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES - half, py + (sy + 0.5) / SAMPLES - half)
          // premultiplied, so transparent samples do not darken the edge
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3]
          sum[3]! += c[3]
        }
      }
      const o = (py * SIZE + px) * 4
      const alpha = sum[3]!
      for (let i = 0; i < 3; i++) out[o + i] = alpha === 0 ? 0 : Math.round(sum[i]! / alpha)
      out[o + 3] = Math.round(alpha / (SAMPLES * SAMPLES))
    }
  }
  return out
}

/** The sample logo as a 128 x 128 RGBA PNG. */
export function sampleLogoPng(): Uint8Array {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, SIZE)
  view.setUint32(4, SIZE)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, deflate, no filter method, no interlace
  const rgba = pixels()
  const raw = new Uint8Array(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) raw.set(rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4), y * (SIZE * 4 + 1) + 1) // filter byte 0
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))), pngChunk('IEND', new Uint8Array())])
}

/**
 * The header and decompressed pixels of a PNG. Another zlib (a newer Node) may compress the same pixels to
 * other bytes, so the check that the committed sample is current compares these, not the PNG's bytes.
 */
export function pngImageData(png: Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const header: Uint8Array[] = []
  const compressed: Uint8Array[] = []
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at)
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8))
    const data = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') header.push(data)
    if (type === 'IDAT') compressed.push(data) // one zlib stream, possibly split over several chunks
    at += 12 + length
  }
  return concat([...header, new Uint8Array(inflateSync(concat(compressed)))])
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
