import { describe, expect, test } from 'vitest'
import { handleSaveFile, type SaveDeps } from '../../../electron/main/ipc/files'

function fakeDeps(chosen: string | undefined) {
  const writes: { path: string; data: Uint8Array }[] = []
  const asked: string[] = []
  const deps: SaveDeps = {
    async askPath(name) {
      asked.push(name)
      return chosen
    },
    async writeFile(path, data) {
      writes.push({ path, data })
    }
  }
  return { deps, writes, asked }
}

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])

describe('pkk:save-file writes only where the user chose', () => {
  test('saves the bytes to the path from the dialog and adds the extension', async () => {
    const { deps, writes, asked } = fakeDeps('C:\\Users\\Sekretaris\\Documents\\Undangan 296')
    const r = await handleSaveFile(deps, { suggestedName: 'Undangan 296-SKR-PKK-PROP-XII-2019', kind: 'pdf', data: pdf })
    expect(asked).toEqual(['Undangan 296-SKR-PKK-PROP-XII-2019.pdf'])
    expect(writes).toHaveLength(1)
    expect(writes[0]?.path).toBe('C:\\Users\\Sekretaris\\Documents\\Undangan 296.pdf')
    expect(r.saved).toBe(true)
  })

  test('a cancelled dialog writes nothing', async () => {
    const { deps, writes } = fakeDeps(undefined)
    expect(await handleSaveFile(deps, { suggestedName: 'a.pdf', kind: 'pdf', data: pdf })).toEqual({ saved: false })
    expect(writes).toHaveLength(0)
  })

  const hostile = [
    { suggestedName: '..\\..\\Windows\\system.ini', kind: 'pdf', data: pdf },
    { suggestedName: '../../etc/passwd', kind: 'pdf', data: pdf },
    { suggestedName: '/etc/cron.d/x', kind: 'pdf', data: pdf },
    { suggestedName: 'C:\\Windows\\x.pdf', kind: 'pdf', data: pdf },
    { suggestedName: 'x'.repeat(50 * 1024 * 1024), kind: 'pdf', data: pdf },
    { suggestedName: 'ok.pdf', kind: 'exe', data: pdf },
    { suggestedName: 'ok.pdf', kind: 'pdf', data: 'not bytes' },
    { suggestedName: 'nul\u0000.pdf', kind: 'pdf', data: pdf },
    { suggestedName: '', kind: 'pdf', data: pdf },
    null,
    'string'
  ]
  test.each(hostile.map((h, i) => [i, h] as const))('refuses hostile argument #%i before any dialog', async (_i, raw) => {
    const { deps, writes, asked } = fakeDeps('/tmp/x.pdf')
    await expect(handleSaveFile(deps, raw)).rejects.toThrow()
    expect(asked).toHaveLength(0)
    expect(writes).toHaveLength(0)
  })
})
