import { describe, expect, test } from 'vitest'
import { parseArgs } from '../../../scripts/drill/args'
import { formatTable, verdict, type Row } from '../../../scripts/drill/report'

describe('the drill command line and its table', () => {
  test('defaults and options', () => {
    const d = parseArgs([])
    expect([d.kill, d.empty, d.restore, d.port, d.minDelayMs, d.maxDelayMs]).toEqual([200, 20, 100, 5191, 50, 1500])
    const o = parseArgs(['--kill', '10', '--empty', '3', '--restore', '0', '--seed', '42', '--delay', '0-200', '--keep'])
    expect([o.kill, o.empty, o.restore, o.seed, o.minDelayMs, o.maxDelayMs, o.keep]).toEqual([10, 3, 0, 42, 0, 200, true])
    expect(() => parseArgs(['--kill', '-1'])).toThrow(/bilangan bulat/)
    expect(() => parseArgs(['--kill', 'x'])).toThrow(/bilangan bulat/)
    expect(() => parseArgs(['--delay', '9-1'])).toThrow(/MIN-MAX/)
    expect(() => parseArgs(['--lama'])).toThrow(/tidak dikenal/)
  })

  test('the verdict fails when any must-be-zero figure is not zero, and asks for attention on the others', () => {
    const ok: Row = { drill: 'kill', runs: 3, figures: 'hilang 0', mustBeZero: { lost: 0, gaps: 0 }, attention: { storeResets: 0 } }
    expect(verdict(ok)).toBe('OK')
    expect(verdict({ ...ok, attention: { storeResets: 1 } })).toBe('PERHATIAN')
    expect(verdict({ ...ok, mustBeZero: { lost: 0, gaps: 1 } })).toBe('GAGAL')
    expect(verdict({ ...ok, mustBeZero: { lost: 0, gaps: 1 }, attention: { storeResets: 1 } })).toBe('GAGAL')
  })

  test('one table, long figures wrapped inside their column', () => {
    const t = formatTable(
      [
        { drill: 'kill', runs: 200, figures: 'satu dua tiga empat lima enam tujuh', mustBeZero: { lost: 0 } },
        { drill: 'restore', runs: 5, figures: 'pendek', mustBeZero: { crashes: 2 } }
      ],
      16
    )
    const lines = t.split('\n')
    expect(lines[0]).toMatch(/^\| drill +\| runs \| figures +\| verdict +\|$/)
    expect(new Set(lines.map((l) => l.length)).size).toBe(1)
    expect(t).toContain('| kill    |  200 | satu dua tiga    | OK        |')
    expect(t).toContain('| restore |    5 | pendek           | GAGAL     |')
  })
})
