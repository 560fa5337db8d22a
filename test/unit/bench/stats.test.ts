import { describe, expect, test } from 'vitest'
import { formatMs, formatSummary, median, percentile, summarise } from '../../../scripts/bench/stats'

describe('median and spread of bench runs', () => {
  test('the median of an odd count is the middle run, whatever the order', () => {
    expect(median([120, 101, 99, 350, 104])).toBe(104)
  })

  test('the median of an even count is the mean of the two middle runs', () => {
    expect(median([10, 40, 20, 30])).toBe(25)
  })

  test('one run is its own median; no runs give NaN, not zero', () => {
    expect(median([42])).toBe(42)
    expect(median([])).toBeNaN()
  })

  test('percentiles interpolate between neighbouring runs (p10 of 1..11 is 2)', () => {
    const runs = [11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    expect(percentile(runs, 0)).toBe(1)
    expect(percentile(runs, 10)).toBe(2)
    expect(percentile(runs, 90)).toBe(10)
    expect(percentile(runs, 100)).toBe(11)
    expect(percentile([100, 200], 25)).toBe(125)
  })

  test('a percentile outside 0..100 is refused', () => {
    expect(() => percentile([1, 2], 101)).toThrow(RangeError)
  })

  test('ten warm runs with one slow outlier: median and p90 stay honest, max shows the outlier', () => {
    const s = summarise([101, 99, 103, 100, 98, 102, 100, 97, 104, 480])
    expect(s).toMatchObject({ n: 10, median: 100.5, min: 97, max: 480 })
    expect(s.p10).toBeCloseTo(97.9, 5)
    expect(s.p90).toBeCloseTo(141.6, 5)
  })

  test('the input is left as it was', () => {
    const runs = [3, 1, 2]
    summarise(runs)
    expect(runs).toEqual([3, 1, 2])
  })

  test('times print as the table shows them', () => {
    expect(formatMs(8.04)).toBe('8.0')
    expect(formatMs(123.4)).toBe('123')
    expect(formatMs(1530)).toBe('1.53 s')
    expect(formatMs(22_560)).toBe('22.6 s')
    expect(formatMs(Number.NaN)).toBe('–')
    expect(formatSummary(summarise([10, 20, 30]))).toBe('20.0 (12.0–28.0)')
    expect(formatSummary(summarise([]))).toBe('–')
  })
})
