import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const afterPack = require(join(root, 'scripts/after-pack.cjs')) as { fuses: Record<string, unknown> }

describe('packaging hardens the Electron binary', () => {
  test('electron-builder runs the fuse script after packing, and the app is in an asar', () => {
    const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(yml).toMatch(/^afterPack: scripts\/after-pack\.cjs$/m)
    expect(yml).toMatch(/^asar: true$/m)
    expect(yml).toMatch(/^appId: id\.or\.pkk\.sekretariat$/m)
    expect(yml).toMatch(/^productName: Sekretariat PKK$/m)
  })
  test('the fuses: no RunAsNode, no NODE_OPTIONS, no inspect, encrypted cookies, only the asar', () => {
    const f = afterPack.fuses
    expect(f[FuseV1Options.RunAsNode]).toBe(false)
    expect(f[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(f[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(f[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(f[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
  })
  test('developer tools are off in packaged builds', () => {
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8')
    expect(main).toContain('devTools: !app.isPackaged')
    expect(main).toMatch(/contextIsolation: true,\s+sandbox: true,\s+nodeIntegration: false/)
  })
})
