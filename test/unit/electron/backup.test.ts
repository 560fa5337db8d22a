import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { handleBackupStatus, handleListBackups, handleReadBackup, handleWriteBackup, type BackupDeps } from '../../../electron/main/ipc/backup'

async function deps(start = new Date(2026, 10, 23, 8, 0, 0)) {
  const dir = await mkdtemp(join(tmpdir(), 'pkk-cadangan-'))
  let t = start.getTime()
  const d: BackupDeps = { folder: () => dir, now: () => new Date((t += 60_000)) }
  return { dir, d }
}

describe('automatic backups in the backup folder', () => {
  test('a backup is written whole under a readable name, with no temp file left', async () => {
    const { dir, d } = await deps()
    const e = await handleWriteBackup(d, { reason: 'harian', json: '{"a":1}' })
    expect(e.fileName).toBe('cadangan-2026-11-23_080100-harian.json')
    expect(await readdir(dir)).toEqual([e.fileName])
    expect(await readFile(join(dir, e.fileName), 'utf8')).toBe('{"a":1}')
    expect(await handleReadBackup(d, { fileName: e.fileName })).toBe('{"a":1}')
  })

  test('only the newest 30 are kept', async () => {
    const { dir, d } = await deps()
    for (let i = 0; i < 33; i++) await handleWriteBackup(d, { reason: 'harian', json: `{"i":${i}}` })
    const names = (await readdir(dir)).sort()
    expect(names).toHaveLength(30)
    expect(await readFile(join(dir, names[0] ?? ''), 'utf8')).toBe('{"i":3}')
    const status = await handleBackupStatus(d)
    expect(status.count).toBe(30)
    expect(status.last?.fileName).toBe(names[29])
  })

  test('two backups in the same second do not overwrite each other', async () => {
    const { dir } = await deps()
    const fixed: BackupDeps = { folder: () => dir, now: () => new Date(2026, 0, 1, 9, 0, 0) }
    await handleWriteBackup(fixed, { reason: 'manual', json: '{"n":1}' })
    await handleWriteBackup(fixed, { reason: 'manual', json: '{"n":2}' })
    expect((await handleListBackups(fixed)).map((e) => e.fileName)).toEqual([
      'cadangan-2026-01-01_090001-manual.json',
      'cadangan-2026-01-01_090000-manual.json'
    ])
  })

  test('files in the folder that are not our backups are left alone and not listed', async () => {
    const { dir, d } = await deps()
    await writeFile(join(dir, 'catatan.txt'), 'milik pengguna')
    await handleWriteBackup(d, { reason: 'manual', json: '{}' })
    expect((await handleListBackups(d)).map((e) => e.reason)).toEqual(['manual'])
    expect((await readdir(dir)).sort()).toContain('catatan.txt')
  })

  test.each([
    '../../etc/passwd',
    '..\\..\\Windows\\win.ini',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'catatan.txt',
    'cadangan-2026-11-23_080100-harian.json/../../x',
    'x'.repeat(5000)
  ])('reading %s is refused', async (fileName) => {
    const { d } = await deps()
    await expect(handleReadBackup(d, { fileName })).rejects.toThrow()
  })

  test('bad write arguments are refused before touching the disk', async () => {
    const { dir, d } = await deps()
    await expect(handleWriteBackup(d, { reason: 'lain', json: '{}' })).rejects.toThrow()
    await expect(handleWriteBackup(d, { reason: 'manual', json: 42 })).rejects.toThrow()
    await expect(handleWriteBackup(d, null)).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })
})
