import { deflateSync } from 'node:zlib'
import { pngChunk } from '../../shared/documents/png'

/** Small generated PNGs standing in for an office's logo, signature and stamp (no real emblem is shipped). */

type Pixel = (x: number, y: number) => [number, number, number, number] | undefined

export function makePng(width: number, height: number, pixel: Pixel): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0
    for (let x = 0; x < width; x++) {
      const p = pixel(x, y) ?? [0, 0, 0, 0]
      raw.set(p, y * (width * 4 + 1) + 1 + x * 4)
    }
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', new Uint8Array(deflateSync(raw))), pngChunk('IEND', new Uint8Array())]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** A round emblem in PKK colours: a yellow ring on green, with a white star-like centre. */
export function sampleLogo(size = 240): Uint8Array {
  const c = size / 2
  return makePng(size, Math.round(size * 1.1), (x, y) => {
    const dx = x - c
    const dy = y - c * 1.1
    const r = Math.hypot(dx, dy)
    const a = Math.atan2(dy, dx)
    if (r > c * 0.98) return undefined
    if (r > c * 0.86) return [230, 180, 20, 255]
    if (r < c * (0.35 + 0.12 * Math.cos(a * 5))) return [255, 255, 255, 255]
    return [20, 120, 60, 255]
  })
}

/** A blue ink scribble on transparent ground. */
export function sampleSignature(width = 320, height = 150): Uint8Array {
  return makePng(width, height, (x, y) => {
    const t = x / width
    const curve = height * (0.5 + 0.28 * Math.sin(t * 14) * Math.cos(t * 3) - 0.15 * t)
    const loop = height * (0.45 + 0.3 * Math.sin(t * 9 + 1))
    const d = Math.min(Math.abs(y - curve), Math.abs(y - loop) + (t > 0.55 ? 99 : 0))
    return d < 3 && t > 0.05 && t < 0.95 ? [20, 40, 150, 230] : undefined
  })
}

/** A round violet office stamp, half transparent as ink on paper. */
export function sampleStamp(size = 260): Uint8Array {
  const c = size / 2
  return makePng(size, size, (x, y) => {
    const r = Math.hypot(x - c, y - c)
    const ring = (r > c * 0.9 && r < c * 0.97) || (r > c * 0.62 && r < c * 0.66)
    const star = r < c * 0.3 && (Math.round((x + y) / 6) % 2 === 0)
    return ring || star ? [110, 60, 170, 170] : undefined
  })
}
