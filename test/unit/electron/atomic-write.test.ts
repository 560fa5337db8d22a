import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { writeFileAtomic, writeFileAtomicSync } from '../../../electron/main/atomic-write'
import { readAppSettings, writeAppSettings } from '../../../electron/main/app-settings'

const folder = () => mkdtemp(join(tmpdir(), 'pkk-atomik-'))
const crash = () => {
  throw new Error('listrik padam')
}

describe('atomic writes: after a crash the file holds the old content or the new, never a mix', () => {
  test('a write replaces the file whole and leaves no temporary file', async () => {
    const dir = await folder()
    const file = join(dir, 'pengaturan.json')
    await writeFileAtomic(file, '{"lama":true}')
    await writeFileAtomic(file, '{"baru":true}')
    expect(await readFile(file, 'utf8')).toBe('{"baru":true}')
    expect(await readdir(dir)).toEqual(['pengaturan.json'])
  })

  test('a crash between writing the temporary file and the rename leaves the old content', async () => {
    const dir = await folder()
    const file = join(dir, 'penjaga.json')
    await writeFile(file, '{"lama":true}')
    let seenBeforeRename = ''
    await expect(
      writeFileAtomic(file, '{"baru":true}', {
        async beforeRename(tmp) {
          // The new content is complete on disk, in the temporary file only.
          expect(await readFile(tmp, 'utf8')).toBe('{"baru":true}')
          seenBeforeRename = await readFile(file, 'utf8')
          crash()
        }
      })
    ).rejects.toThrow('listrik padam')
    expect(seenBeforeRename).toBe('{"lama":true}')
    expect(await readFile(file, 'utf8')).toBe('{"lama":true}')
    await writeFileAtomic(file, '{"baru":true}')
    expect(await readFile(file, 'utf8')).toBe('{"baru":true}')
  })

  test('a crash before the first rename leaves no file rather than half a file', async () => {
    const dir = await folder()
    const file = join(dir, 'cadangan-2026-11-23_080000-harian-n1.json')
    await expect(writeFileAtomic(file, 'x'.repeat(100_000), { beforeRename: crash })).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  test('the synchronous write (window-state.json, pengaturan.json) behaves the same', async () => {
    const dir = await folder()
    const file = join(dir, 'window-state.json')
    writeFileAtomicSync(file, '{"width":1280}')
    let seen = ''
    expect(() =>
      writeFileAtomicSync(file, '{"width":900}', {
        beforeRename() {
          seen = readFileSync(file, 'utf8')
          crash()
        }
      })
    ).toThrow('listrik padam')
    expect(seen).toBe('{"width":1280}')
    expect(await readFile(file, 'utf8')).toBe('{"width":1280}')
    writeFileAtomicSync(file, '{"width":900}')
    expect(await readFile(file, 'utf8')).toBe('{"width":900}')
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  test('pengaturan.json goes through it', async () => {
    const dir = await folder()
    const file = join(dir, 'pengaturan.json')
    writeAppSettings(file, { backupFolder: join(dir, 'Cadangan') })
    expect(readAppSettings(file)).toEqual({ backupFolder: join(dir, 'Cadangan') })
    expect(await readdir(dir)).toEqual(['pengaturan.json'])
  })
})
