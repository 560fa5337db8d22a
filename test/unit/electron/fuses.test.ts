import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
// electron-builder's own fuse code: the config translation and the flip it runs after packing, before signing.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(f: unknown): Promise<unknown>; addElectronFuses(ctx: unknown, f: unknown): Promise<number> } }
}
// @electron/fuses' wire format: the sentinel, then the wire version (1), the wire length, one byte per fuse.
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants') as { SENTINEL: string; FuseState: Record<string, number> }

const builderConfig = async () => yaml.load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>

const HEAD = Buffer.from('\x7fELF bukan Electron sungguhan ', 'latin1')
const TAIL = Buffer.from(' sisa biner', 'latin1')

/** A stand-in for Electron's executable: some bytes, the fuse wire with Electron's defaults, more bytes. */
async function fakeElectron(dir: string, file: string): Promise<string> {
  const defaults = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState['ENABLE'] : FuseState['DISABLE']) as number)
  const path = join(dir, file)
  await writeFile(path, Buffer.concat([HEAD, Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, defaults.length, ...defaults]), TAIL]))
  return path
}

describe('packaging hardens the Electron binary', () => {
  test('the app is in an asar and no afterPack script flips fuses behind the builder', async () => {
    const config = await builderConfig()
    expect(config['asar']).toBe(true)
    expect(config['afterPack']).toBeUndefined()
    expect(config['appId']).toBe('id.or.pkk.sekretariat')
    expect(config['productName']).toBe('Sekretariat PKK')
  })

  test('every fuse electron-builder knows is decided in electron-builder.yml', async () => {
    const fuses = (await builderConfig())['electronFuses'] as Record<string, boolean>
    const config = (await PlatformPackager.prototype.generateFuseConfig.call(null, fuses)) as Record<string, unknown>
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number')
    for (const option of known) expect(typeof config[option], FuseV1Options[option]).toBe('boolean')
  })

  test('flipped the way electron-builder flips them, the binary reads back with every fuse as the checklist asks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pkk-sekering-'))
    const exe = await fakeElectron(dir, 'Sekretariat PKK.exe')
    const fuses = (await builderConfig())['electronFuses']
    const config = await PlatformPackager.prototype.generateFuseConfig.call(null, fuses)
    const packager = { appInfo: { productFilename: 'Sekretariat PKK' } }
    expect(await PlatformPackager.prototype.addElectronFuses.call(packager, { appOutDir: dir, electronPlatformName: 'win32' }, config)).toBe(1)

    const wire = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>
    const on = FuseState['ENABLE']
    const off = FuseState['DISABLE']
    expect(wire[FuseV1Options.RunAsNode], 'RunAsNode').toBe(off)
    expect(wire[FuseV1Options.EnableCookieEncryption], 'EnableCookieEncryption').toBe(on)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], 'EnableNodeOptionsEnvironmentVariable').toBe(off)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments], 'EnableNodeCliInspectArguments').toBe(off)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], 'EnableEmbeddedAsarIntegrityValidation').toBe(on)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar], 'OnlyLoadAppFromAsar').toBe(on)
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot], 'LoadBrowserProcessSpecificV8Snapshot').toBe(off)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges], 'GrantFileProtocolExtraPrivileges').toBe(off)
    // Only the wire changed: the rest of the "binary" is byte for byte the same.
    const bytes = await readFile(exe)
    expect(bytes.subarray(0, HEAD.length).equals(HEAD)).toBe(true)
    expect(bytes.subarray(bytes.length - TAIL.length).equals(TAIL)).toBe(true)
  })

  test('developer tools are off in packaged builds', async () => {
    const main = await readFile(join(root, 'electron/main/index.ts'), 'utf8')
    expect(main).toContain('devTools: !app.isPackaged')
    expect(main).toMatch(/contextIsolation: true,\s+sandbox: true,\s+nodeIntegration: false/)
  })
})
