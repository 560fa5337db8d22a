/** Sorted copy; the inputs are timings in milliseconds. */
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b)

/** The middle value (mean of the two middle ones for an even count); NaN for no samples. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50)
}

/**
 * The p-th percentile with linear interpolation between closest ranks (the "R-7" rule of
 * spreadsheets and numpy), so p10/p90 of ten samples lie between real samples, not on the extremes.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN
  if (p < 0 || p > 100) throw new RangeError(`Persentil harus 0..100, bukan ${p}`)
  const s = sorted(xs)
  const rank = (p / 100) * (s.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  const a = s[lo] as number
  const b = s[hi] as number
  return a + (b - a) * (rank - lo)
}

export interface Summary {
  n: number
  median: number
  min: number
  max: number
  p10: number
  p90: number
}

/** Median and spread of warm runs: min–max for the extremes, p10–p90 for what is typical. */
export function summarise(xs: readonly number[]): Summary {
  const s = sorted(xs)
  return {
    n: s.length,
    median: median(s),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    p10: percentile(s, 10),
    p90: percentile(s, 90)
  }
}

/** "12.3" below 100 ms, "123" above, "1.23 s" from a second; "–" when there is no number. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–'
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`
  return ms >= 100 ? `${Math.round(ms)}` : ms.toFixed(1)
}

/** "38 (31–52)": median with the p10–p90 spread, milliseconds unless a value reaches seconds. */
export function formatSummary(s: Summary | undefined): string {
  if (!s || s.n === 0) return '–'
  return `${formatMs(s.median)} (${formatMs(s.p10)}–${formatMs(s.p90)})`
}

/**
 * Runs for the operations that take tens of milliseconds (the register, issuing, opening a meeting):
 * twice the runs and one more, so one busy moment on a 2-core machine moves their median less. Each
 * run is as cheap as a second; the restore and the backup keep `repeats`.
 */
export const quickRuns = (repeats: number): number => 2 * repeats + 1
