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
  const capH = 55 + rnd() * 25
  for (let t = 0; t <= Math.PI * 2.2; t += 0.12) capital.push([start + 25 * Math.sin(t) + t * 6, base - capH * (0.5 - 0.5 * Math.cos(t * 0.9))])
  // The cursive run: one letter-like turn after another (tall loops, humps, dips), each of its own
  // height and width, leaning right like a hand in a hurry.
  const run: [number, number][] = []
  const letters = 5 + Math.floor(rnd() * 4)
  const slant = 0.25 + rnd() * 0.2
  let x = start + 45
  for (let l = 0; l < letters; l++) {
    const kind = rnd()
    const h = kind < 0.3 ? 45 + rnd() * 25 : kind < 0.75 ? 16 + rnd() * 12 : -(12 + rnd() * 14)
    const w = 26 + rnd() * 24
    for (let t = 0; t <= Math.PI * 2 + 0.001; t += 0.22) {
      // A prolate turn: back over itself when tall (a loop), forward when low (a hump or a dip).
      const back = h > 50 ? 14 : 6
      const y = base - h * (0.5 - 0.5 * Math.cos(t))
      run.push([x + (w * t) / (Math.PI * 2) - back * Math.sin(t) + (base - y) * slant, y])
    }
    x += w
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
