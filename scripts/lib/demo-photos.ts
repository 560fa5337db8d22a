import { deflateSync } from 'node:zlib'
import { pngChunk } from '../../shared/documents/png'

/**
 * Twelve generated "photos" of the Rapat Konsultasi for the demo's Laporan Kegiatan: a hall drawn with
 * code (wall, banner, table, rows of participants), each scene a little different. No real photo is shipped.
 */

export const DEMO_PHOTO_CAPTIONS = [
  'Pembukaan Rapat Konsultasi oleh Ketua TP PKK Provinsi Sumatera Barat',
  'Peserta dari OPD terkait mengisi daftar hadir',
  'Sambutan Ketua TP PKK Provinsi Sumatera Barat',
  'Paparan program kerja Pokja I',
  'Paparan program kerja Pokja II',
  'Paparan program kerja Pokja III',
  'Paparan program kerja Pokja IV',
  'Sesi tanya jawab dengan peserta dari OPD',
  'Tanggapan dari Dinas Kesehatan Provinsi Sumatera Barat',
  'Perumusan kesimpulan rapat oleh pimpinan rapat',
  'Penandatanganan kesimpulan rapat',
  'Foto bersama peserta Rapat Konsultasi'
] as const

/**
 * An opaque RGB PNG (colour type 2): a photo has no transparency, and without an alpha channel the PDF
 * takes the image data as it is instead of splitting colour from alpha on every render.
 */
function rgbPng(width: number, height: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Uint8Array {
  const row = width * 3 + 1
  const raw = new Uint8Array(row * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y)
      raw.set([r, g, b], y * row + 1 + x * 3)
    }
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', new Uint8Array(deflateSync(raw))), pngChunk('IEND', new Uint8Array())]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

const WIDTH = 720
const HEIGHT = 540

type Rgb = readonly [number, number, number]
const mix = (a: Rgb, b: Rgb, t: number): [number, number, number, number] => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
  255
]

const SHIRTS: readonly Rgb[] = [
  [31, 97, 141],
  [160, 64, 0],
  [34, 120, 60],
  [120, 40, 110],
  [200, 160, 40],
  [90, 90, 90]
]

/** One scene: index 0..11 moves the banner, the light and the participants. */
export function demoPhoto(index: number): Uint8Array {
  const wallTop: Rgb = [235 - index * 3, 226, 205 + index * 2]
  const wallBottom: Rgb = [200, 190 - index * 2, 170]
  const floor: Rgb = [120 + index * 4, 84, 60]
  const horizon = Math.round(HEIGHT * (0.55 + (index % 3) * 0.03))
  const bannerX = 120 + (index % 4) * 40
  const seats = 5 + (index % 4)
  const rows = 2 + (index % 2)
  return rgbPng(WIDTH, HEIGHT, (x, y) => {
    // Banner: green with a yellow band, as PKK banners are.
    if (y > 40 && y < 120 && x > bannerX && x < bannerX + 420) return y > 95 && y < 105 ? [230, 190, 40, 255] : [20, 110, 60, 255]
    // Participants: heads and shoulders in rows in front of the table.
    for (let r = 0; r < rows; r++) {
      const baseY = horizon + 60 + r * 90
      for (let s = 0; s < seats; s++) {
        const cx = 60 + ((s + 0.5) * (WIDTH - 120)) / seats + (r % 2) * 25
        const head = Math.hypot(x - cx, y - (baseY - 38))
        if (head < 17) return [92 + ((s * 13) % 40), 64, 48, 255]
        if (Math.abs(x - cx) < 30 && y > baseY - 22 && y < baseY + 40) {
          const shirt = SHIRTS[(s + r + index) % SHIRTS.length] ?? SHIRTS[0]
          return shirt ? [shirt[0], shirt[1], shirt[2], 255] : [0, 0, 0, 255]
        }
      }
    }
    // The head table with its white cloth.
    if (y > horizon - 20 && y < horizon + 25 && x > 80 && x < WIDTH - 80) return y < horizon - 12 ? [250, 250, 250, 255] : [235, 235, 240, 255]
    if (y < horizon) return mix(wallTop, wallBottom, y / horizon)
    return mix(floor, [70, 50, 36], (y - horizon) / (HEIGHT - horizon))
  })
}

export const demoPhotoSize = { width: WIDTH, height: HEIGHT }
