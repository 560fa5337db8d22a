import { SIGNATURE_LIMITS, type SignatureStroke } from '../model/signature'

/** A point as the pad reports it (CSS pixels inside the pad's box, fractions allowed). */
export interface PadPoint {
  x: number
  y: number
}

/** What is stored for a drawing: the pad's box and its strokes as whole-number x,y pairs inside it. */
export interface SignatureDrawing {
  width: number
  height: number
  strokes: SignatureStroke[]
}

export type DrawingResult = { ok: true; drawing: SignatureDrawing } | { ok: false; message: string }

const clampInt = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(Number.isFinite(v) ? v : 0)))

/** Squared distance from p to the segment a-b. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2))
  const cx = ax + t * dx - px
  const cy = ay + t * dy - py
  return cx * cx + cy * cy
}

/**
 * Ramer–Douglas–Peucker over x,y pairs: keeps the points that move the line more than `tolerance`
 * (in the pad's pixels); the first and last points always stay. Iterative, so a long stroke cannot
 * overflow the stack.
 */
export function simplifyStroke(stroke: readonly number[], tolerance: number): number[] {
  const n = stroke.length / 2
  if (n <= 2 || tolerance <= 0) return [...stroke]
  const keep = new Uint8Array(n)
  keep[0] = 1
  keep[n - 1] = 1
  const stack: [number, number][] = [[0, n - 1]]
  const tol2 = tolerance * tolerance
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number]
    let worst = -1
    let worstD = tol2
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(stroke[2 * i] ?? 0, stroke[2 * i + 1] ?? 0, stroke[2 * first] ?? 0, stroke[2 * first + 1] ?? 0, stroke[2 * last] ?? 0, stroke[2 * last + 1] ?? 0)
      if (d > worstD) {
        worst = i
        worstD = d
      }
    }
    if (worst > 0) {
      keep[worst] = 1
      stack.push([first, worst], [worst, last])
    }
  }
  const out: number[] = []
  for (let i = 0; i < n; i++) if (keep[i]) out.push(stroke[2 * i] ?? 0, stroke[2 * i + 1] ?? 0)
  return out
}

const pointCount = (strokes: readonly (readonly number[])[]) => strokes.reduce((sum, s) => sum + s.length / 2, 0)
const fits = (strokes: readonly (readonly number[])[]) =>
  pointCount(strokes) <= SIGNATURE_LIMITS.points && strokes.every((s) => s.length / 2 <= SIGNATURE_LIMITS.pointsPerStroke)

/**
 * The pad's strokes as the signature table stores them: the box rounded to whole pixels, every point
 * rounded and kept inside it, repeated points dropped, and the strokes simplified (the smallest tolerance
 * that fits) until they are within SIGNATURE_LIMITS. An empty pad, or one with more strokes than a
 * signature may hold, gives the message the page shows.
 */
export function drawingFromPad(strokes: readonly (readonly PadPoint[])[], box: { width: number; height: number }): DrawingResult {
  const width = clampInt(box.width, SIGNATURE_LIMITS.maxSide) || 1
  const height = clampInt(box.height, SIGNATURE_LIMITS.maxSide) || 1
  const whole = strokes
    .map((points) => {
      const out: number[] = []
      for (const p of points) {
        const x = clampInt(p.x, width)
        const y = clampInt(p.y, height)
        if (out.length >= 2 && out[out.length - 2] === x && out[out.length - 1] === y) continue
        out.push(x, y)
      }
      return out
    })
    .filter((s) => s.length >= 2)
  if (whole.length === 0) return { ok: false, message: 'Tanda tangan masih kosong. Silakan tanda tangan di dalam kotak.' }
  if (whole.length > SIGNATURE_LIMITS.strokes) return { ok: false, message: 'Tanda tangan terlalu banyak goresan. Tekan “Ulangi” lalu tanda tangan sekali lagi.' }
  let current = whole
  for (let tolerance = 0.5; !fits(current); tolerance *= 2) current = whole.map((s) => simplifyStroke(s, tolerance))
  return { ok: true, drawing: { width, height, strokes: current } }
}
