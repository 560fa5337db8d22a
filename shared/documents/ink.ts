/**
 * Pen strokes (a signature drawn at the meja registrasi) made ready for print: cropped to the ink,
 * scaled into a slot keeping their proportions, and, for the DOCX, rasterised into a transparent PNG.
 * The PDF draws the same strokes as vector paths (pdf/table.ts). Pure, so it runs in Node, a browser
 * and the render worker.
 */
import { encode } from 'fast-png'
import { ptToMm } from './units'

/** Strokes as stored: x0, y0, x1, y1, ... in a pad's box of width x height units (y down). */
export interface PenStrokes {
  width: number
  height: number
  strokes: readonly (readonly number[])[]
}

/** Strokes placed in a box of widthMm x heightMm: polylines in millimetres from the box's top left (y down). */
export interface FittedInk {
  widthMm: number
  heightMm: number
  strokes: number[][]
  lineWidthPt: number
}

/** A pen line that reads at print without looking like a felt-tip: 0.7 pt. */
export const INK_LINE_PT = 0.7
/** A pad unit (a CSS pixel) is never printed larger than this, so a tiny scribble is not blown up to fill the slot. */
const MAX_MM_PER_UNIT = 0.3
/** The DOCX picture's resolution. */
export const INK_DPI = 200

function bounds(s: PenStrokes): { x: number; y: number; w: number; h: number } | undefined {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const st of s.strokes) {
    for (let k = 0; k + 1 < st.length; k += 2) {
      const x = st[k] ?? 0
      const y = st[k + 1] ?? 0
      minX = Math.min(minX, x)
      maxX = Math.max(maxX, x)
      minY = Math.min(minY, y)
      maxY = Math.max(maxY, y)
    }
  }
  if (minX === Infinity) return undefined
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
}

/**
 * The strokes cropped to their own ink and scaled to fit maxWidthMm x maxHeightMm (proportions kept,
 * the line's width included in the box). Undefined when there is nothing to draw.
 */
export function fitInk(s: PenStrokes, maxWidthMm: number, maxHeightMm: number, lineWidthPt = INK_LINE_PT): FittedInk | undefined {
  const b = bounds(s)
  const lineMm = ptToMm(lineWidthPt)
  if (!b || maxWidthMm <= lineMm || maxHeightMm <= lineMm) return undefined
  const scale = Math.min((maxWidthMm - lineMm) / Math.max(b.w, 1), (maxHeightMm - lineMm) / Math.max(b.h, 1), MAX_MM_PER_UNIT)
  const half = lineMm / 2
  const strokes = s.strokes
    .map((st) => {
      const out: number[] = []
      for (let k = 0; k + 1 < st.length; k += 2) out.push(round(((st[k] ?? 0) - b.x) * scale + half), round(((st[k + 1] ?? 0) - b.y) * scale + half))
      // A single point is a dot: the same point twice, so a round cap draws it.
      return out.length === 2 ? [...out, ...out] : out
    })
    .filter((st) => st.length >= 4)
  return { widthMm: round(b.w * scale + lineMm), heightMm: round(b.h * scale + lineMm), strokes, lineWidthPt }
}

const round = (v: number) => Math.round(v * 1000) / 1000

/**
 * The fitted strokes as a PNG at `dpi`: black ink, anti-aliased, on a transparent background (grey and
 * alpha, 8 bits each). Each pixel's alpha is how much of it the round-capped line covers.
 */
export function inkPng(ink: FittedInk, dpi = INK_DPI): Uint8Array {
  const key = inkKey(ink, dpi)
  let png = pngs.get(key)
  if (png) pngs.delete(key)
  else png = rasterise(ink, dpi)
  // Most recently used last; the oldest goes when the cache is full.
  pngs.set(key, png)
  if (pngs.size > PNG_CACHE_SIZE) pngs.delete(pngs.keys().next().value as string)
  // A copy: a caller changing its bytes cannot change the next document's, and no two rows share an image.
  return png.slice()
}

/**
 * Each signature's PNG is made once and kept (rasterising and deflating 65 signatures took some 70 ms of the
 * window for every "Simpan" of a signed Daftar Hadir), keyed by what decides its pixels: the fitted strokes
 * themselves, the box, the line and the resolution. A signature drawn again has other strokes, so another key.
 */
const pngs = new Map<string, Uint8Array>()
/** Room for the signatures of a meeting of 500 and then some (a few KB each). */
export const PNG_CACHE_SIZE = 1200

function inkKey(ink: FittedInk, dpi: number): string {
  return `${dpi}|${ink.lineWidthPt}|${ink.widthMm}|${ink.heightMm}|${ink.strokes.map((st) => st.join(',')).join(';')}`
}

function rasterise(ink: FittedInk, dpi: number): Uint8Array {
  const pxPerMm = dpi / 25.4
  const width = Math.max(1, Math.ceil(ink.widthMm * pxPerMm))
  const height = Math.max(1, Math.ceil(ink.heightMm * pxPerMm))
  const alpha = new Float32Array(width * height)
  const r = Math.max(0.5, (ptToMm(ink.lineWidthPt) * pxPerMm) / 2)
  for (const st of ink.strokes) {
    for (let k = 0; k + 3 < st.length; k += 2) {
      segment(alpha, width, height, (st[k] ?? 0) * pxPerMm, (st[k + 1] ?? 0) * pxPerMm, (st[k + 2] ?? 0) * pxPerMm, (st[k + 3] ?? 0) * pxPerMm, r)
    }
  }
  const data = new Uint8Array(width * height * 2)
  for (let i = 0; i < alpha.length; i++) data[i * 2 + 1] = Math.round(Math.min(1, alpha[i] ?? 0) * 255)
  return encode({ width, height, data, channels: 2, depth: 8 })
}

/** Coverage of a round-capped segment of radius r, kept as the largest value each pixel gets. */
function segment(alpha: Float32Array, width: number, height: number, x0: number, y0: number, x1: number, y1: number, r: number): void {
  const dx = x1 - x0
  const dy = y1 - y0
  const len2 = dx * dx + dy * dy
  const left = Math.max(0, Math.floor(Math.min(x0, x1) - r - 1))
  const right = Math.min(width - 1, Math.ceil(Math.max(x0, x1) + r + 1))
  const top = Math.max(0, Math.floor(Math.min(y0, y1) - r - 1))
  const bottom = Math.min(height - 1, Math.ceil(Math.max(y0, y1) + r + 1))
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const px = x + 0.5
      const py = y + 0.5
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2))
      const d = Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy))
      const a = Math.max(0, Math.min(1, r + 0.5 - d))
      const i = y * width + x
      if (a > (alpha[i] ?? 0)) alpha[i] = a
    }
  }
}
