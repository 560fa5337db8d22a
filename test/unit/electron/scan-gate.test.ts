import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { gate, lineHash, parseExplained } from '../../../scripts/lib/scan-gate.mjs'

const source: Record<string, string[]> = {
  'electron/main/ipc/register.ts': ['', '  const { url } = openExternalArgs.parse(raw)', '  await shell.openExternal(url)', '', '  await shell.openExternal(String(raw))']
}
const lineOf = (file: string, line: number) => source[file]?.[line - 1]
const explained = [
  { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/ipc/register.ts', line: 3, hash: lineHash('await shell.openExternal(url)'), reason: 'diperiksa' }
]

describe('the scan gate: an explained finding is one exact place and line of source', () => {
  test('the explained finding passes', () => {
    const r = gate([{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/ipc/register.ts', line: 3 }], explained, lineOf)
    expect(r.open).toEqual([])
    expect(r.stale).toEqual([])
  })

  test('a new finding of the same check in the same file fails', () => {
    const findings = [
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/ipc/register.ts', line: 3 },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/ipc/register.ts', line: 5 }
    ]
    const r = gate(findings, explained, lineOf)
    expect(r.open.map((f) => f.line)).toEqual([5])
    expect(r.open[0]?.hash).toBe(lineHash('await shell.openExternal(String(raw))'))
  })

  test('the explained line changed in place (same check, file and line) fails', () => {
    const changed = { 'electron/main/ipc/register.ts': ['', '', '  await shell.openExternal(String(raw))'] } as Record<string, string[]>
    const r = gate([{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/ipc/register.ts', line: 3 }], explained, (f, l) => changed[f]?.[l - 1])
    expect(r.open).toHaveLength(1)
    expect(r.stale).toHaveLength(1)
  })

  test('a row whose finding is gone is reported as stale', () => {
    expect(gate([], explained, lineOf).stale).toEqual(explained)
  })

  test('indentation does not change the hash; the code does', () => {
    expect(lineHash('    await shell.openExternal(url)')).toBe(lineHash('await shell.openExternal(url)'))
    expect(lineHash('await shell.openExternal(url2)')).not.toBe(lineHash('await shell.openExternal(url)'))
    expect(lineHash('x')).toMatch(/^sha256:[0-9a-f]{16}$/)
  })

  test("docs/security.md's table rows carry a place and a hash", () => {
    const rows = parseExplained(readFileSync(join(import.meta.dirname, '../../../docs/security.md'), 'utf8'))
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) {
      expect(r.line).toBeGreaterThan(0)
      expect(r.hash).toMatch(/^sha256:[0-9a-f]{16}$/)
      expect(r.reason.length).toBeGreaterThan(20)
    }
  })
})
