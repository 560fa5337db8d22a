/**
 * Signatures for the demo and the tests, drawn as a hand would on the registration pad: a capital's
 * loop, a run of cursive loops of varying height, and an underline flourish, each person's own (a seed
 * from her name). Whole-number points in a 600 x 200 pad, as the pad stores them (shared/model/signature.ts).
 */

export const PAD = { width: 600, height: 200 } as const

/** A small seeded generator (mulberry32): the same name draws the same signature every run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seedOf(text: string): number {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619)
  return h >>> 0
}

const clampX = (v: number) => Math.max(0, Math.min(PAD.width, Math.round(v)))
const clampY = (v: number) => Math.max(0, Math.min(PAD.height, Math.round(v)))

function flat(points: readonly [number, number][]): number[] {
  return points.flatMap(([x, y]) => [clampX(x), clampY(y)])
}

/** Pen strokes for a name: 3 or 4 strokes of a few hundred points together. */
export function penStrokes(name: string): number[][] {
  const rnd = random(seedOf(name))
  const base = 120 + rnd() * 20
  const start = 40 + rnd() * 40
  // The capital: a tall loop leaning right.
  const capital: [number, number][] = []
  const capH = 70 + rnd() * 30
  for (let t = 0; t <= Math.PI * 2.2; t += 0.12) capital.push([start + 25 * Math.sin(t) + t * 6, base - capH * (0.5 - 0.5 * Math.cos(t * 0.9))])
  // The cursive run: a prolate trochoid whose loops rise and fall like letters.
  const run: [number, number][] = []
  const loops = 5 + Math.floor(rnd() * 4)
  const heights = Array.from({ length: loops }, () => 18 + rnd() * 38)
  const x0 = start + 45
  const v = 9 + rnd() * 4
  for (let t = 0; t <= loops * Math.PI * 2; t += 0.18) {
    const h = heights[Math.min(loops - 1, Math.floor(t / (Math.PI * 2)))] ?? 25
    run.push([x0 + v * t - 12 * Math.sin(t), base - h * (0.5 - 0.5 * Math.cos(t)) + t * (rnd() - 0.5) * 0.4])
  }
  // The flourish: from under the capital to past the end, a shallow curve.
  const end = run[run.length - 1]?.[0] ?? 400
  const flourish: [number, number][] = []
  const dip = 10 + rnd() * 15
  for (let u = 0; u <= 1.0001; u += 0.05) flourish.push([start - 10 + (end - start + 40) * u, base + 14 + dip * Math.sin(Math.PI * u) - 18 * u * u])
  const strokes = [flat(capital), flat(run), flat(flourish)]
  // Some sign with a dot after the name.
  if (rnd() < 0.5) strokes.push([clampX(end + 20), clampY(base - 5)])
  return strokes
}
