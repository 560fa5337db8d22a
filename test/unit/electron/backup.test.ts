import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { emptySnapshot, toDataFile } from '../../../shared/datafile'
import { KEEP_BACKUPS } from '../../../shared/ipc/contract'
import {
  RATE_LIMITED,
  backupRateLimiter,
  handleBackupStatus,
  handleListBackups,
  handleReadBackup,
  handleWriteBackup,
  verifyBackupText,
  type BackupDeps
} from '../../../electron/main/ipc/backup'

/** A whole data file, as the renderer writes it; `n` makes each one different. */
const good = (n: number) => {
  const s = emptySnapshot()
  const file = toDataFile(s, `0.0.${n}`, new Date(Date.UTC(2026, 10, 23, 0, n)))
  return JSON.stringify(file)
}

async function deps(start = new Date(2026, 10, 23, 8, 0, 0)) {
  const dir = await mkdtemp(join(tmpdir(), 'pkk-cadangan-'))
  const userData = await mkdtemp(join(tmpdir(), 'pkk-userdata-'))
  let t = start.getTime()
  let mono = 0
  const clock = {
    set(d: Date) {
      t = d.getTime()
    }
  }
  const d: BackupDeps = {
    folder: () => dir,
    now: () => new Date((t += 60_000)),
    counterFile: () => join(userData, 'cadangan-urutan.json'),
    // A minute of monotonic time passes per call: the rate limit never stops these tests unless they mean it.
    rate: backupRateLimiter(() => (mono += 60_000))
  }
  return { dir, d, clock, userData }
}

const backupFiles = async (dir: string) => (await readdir(dir)).filter((n) => n.startsWith('cadangan-')).sort()

describe('automatic backups in the backup folder', () => {
  test('a backup is written whole under a readable, numbered name, with no temp file left', async () => {
    const { dir, d } = await deps()
    const e = await handleWriteBackup(d, { reason: 'harian', json: good(1) })
    expect(e.fileName).toBe('cadangan-2026-11-23_080100-harian-n1.json')
    expect(e).toMatchObject({ seq: 1, verified: true })
    expect(await readdir(dir)).toEqual([e.fileName])
    expect(await readFile(join(dir, e.fileName), 'utf8')).toBe(good(1))
    expect(await handleReadBackup(d, { fileName: e.fileName })).toBe(good(1))
  })

  test('only the newest 30 verified are kept, by number', async () => {
    const { dir, d } = await deps()
    for (let i = 0; i < 33; i++) await handleWriteBackup(d, { reason: 'harian', json: good(i) })
    const list = await handleListBackups(d)
    expect(list).toHaveLength(KEEP_BACKUPS)
    expect(list.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => 33 - i))
    expect(await readFile(join(dir, list.at(-1)?.fileName ?? ''), 'utf8')).toBe(good(3))
    const status = await handleBackupStatus(d)
    expect(status.count).toBe(30)
    expect(status.last?.seq).toBe(33)
    expect(status.clockBehind).toBeNull()
  })

  test('30 junk writes do not evict the good backups', async () => {
    const { dir, d } = await deps()
    for (let i = 0; i < 30; i++) await handleWriteBackup(d, { reason: 'harian', json: good(i) })
    const goodNames = await backupFiles(dir)
    for (let i = 0; i < 30; i++) await handleWriteBackup(d, { reason: 'manual', json: `{"sampah":${i}}` })
    const after = await backupFiles(dir)
    for (const n of goodNames) expect(after).toContain(n)
    const list = await handleListBackups(d)
    expect(list.filter((e) => e.verified)).toHaveLength(30)
    // The newest junk stays (it may be all someone has), the rest of it goes: 30 good + 10 junk.
    expect(list.filter((e) => !e.verified)).toHaveLength(10)
    expect(list[0]).toMatchObject({ seq: 60, verified: false })
    // The backup to offer after a loss is the newest that reads back whole, not the newest junk.
    expect((await handleBackupStatus(d)).last?.seq).toBe(30)
  })

  test('junk never counts toward the 30: good backups written after junk still keep 30 good ones', async () => {
    const { d } = await deps()
    for (let i = 0; i < 20; i++) await handleWriteBackup(d, { reason: 'harian', json: good(i) })
    for (let i = 0; i < 15; i++) await handleWriteBackup(d, { reason: 'manual', json: '{"x":1}' })
    for (let i = 20; i < 35; i++) await handleWriteBackup(d, { reason: 'harian', json: good(i) })
    const list = await handleListBackups(d)
    expect(list.filter((e) => e.verified)).toHaveLength(30)
  })

  test('with the clock set back, each new backup is kept and the status says the clock is behind', async () => {
    const { dir, d, clock } = await deps(new Date(2026, 10, 23, 8, 0, 0))
    for (let i = 0; i < 30; i++) await handleWriteBackup(d, { reason: 'harian', json: good(i) })
    clock.set(new Date(2025, 0, 1, 9, 0, 0))
    const undo = await handleWriteBackup(d, { reason: 'sebelum-pulihkan', json: good(100) })
    expect(undo.fileName).toBe('cadangan-2025-01-01_090100-sebelum-pulihkan-n31.json')
    expect(await backupFiles(dir)).toContain(undo.fileName)
    const daily = await handleWriteBackup(d, { reason: 'harian', json: good(101) })
    expect(await backupFiles(dir)).toContain(daily.fileName)
    const status = await handleBackupStatus(d)
    expect(status.last?.fileName).toBe(daily.fileName)
    expect(status.clockBehind?.newestAt).toBe(new Date(2026, 10, 23, 8, 30, 0).toISOString())
    expect(Date.parse(status.clockBehind?.now ?? '')).toBeLessThan(Date.parse(status.clockBehind?.newestAt ?? ''))
    // The oldest good one went, as by number it should; the 30 kept are the 30 newest written.
    expect((await handleListBackups(d)).map((e) => e.seq).slice(0, 3)).toEqual([32, 31, 30])
  })

  test('a torn or damaged newest file is not counted and not offered', async () => {
    const { dir, d } = await deps()
    for (let i = 0; i < 30; i++) await handleWriteBackup(d, { reason: 'harian', json: good(i) })
    // Torn: a file cut short (as a copy tool or a full disk leaves it), under a newer number.
    await writeFile(join(dir, 'cadangan-2026-11-23_100000-manual-n31.json'), good(31).slice(0, 200))
    // Damaged: whole JSON, but a table changed after the checksum was taken.
    const damaged = JSON.parse(good(32)) as { tables: { people: unknown[] } }
    damaged.tables.people.push({ id: 'x' })
    await writeFile(join(dir, 'cadangan-2026-11-23_100100-manual-n32.json'), JSON.stringify(damaged))
    const status = await handleBackupStatus(d)
    expect(status.last?.seq).toBe(30)
    const e = await handleWriteBackup(d, { reason: 'harian', json: good(33) })
    expect(e.seq).toBe(33)
    const list = await handleListBackups(d)
    expect(list.filter((x) => x.verified)).toHaveLength(30)
    expect(list.filter((x) => !x.verified).map((x) => x.seq)).toEqual([32, 31])
  })

  test('numbers keep rising across a change of folder (the counter lives in the user-data folder)', async () => {
    const { d } = await deps()
    await handleWriteBackup(d, { reason: 'manual', json: good(1) })
    await handleWriteBackup(d, { reason: 'manual', json: good(2) })
    const other = await mkdtemp(join(tmpdir(), 'pkk-cadangan-lain-'))
    const moved: BackupDeps = { ...d, folder: () => other }
    expect((await handleWriteBackup(moved, { reason: 'manual', json: good(3) })).seq).toBe(3)
  })

  test('backups from before numbers count as older than numbered ones', async () => {
    const { dir, d } = await deps()
    await writeFile(join(dir, 'cadangan-2030-01-01_000000-harian.json'), good(0))
    const e = await handleWriteBackup(d, { reason: 'manual', json: good(1) })
    expect(e.seq).toBe(1)
    expect((await handleListBackups(d)).map((x) => x.fileName)).toEqual([e.fileName, 'cadangan-2030-01-01_000000-harian.json'])
  })

  test('two backups in the same second do not overwrite each other', async () => {
    const { dir, d } = await deps()
    const fixed: BackupDeps = { ...d, now: () => new Date(2026, 0, 1, 9, 0, 0) }
    await handleWriteBackup(fixed, { reason: 'manual', json: good(1) })
    await handleWriteBackup(fixed, { reason: 'manual', json: good(2) })
    expect((await handleListBackups(fixed)).map((e) => e.fileName)).toEqual([
      'cadangan-2026-01-01_090000-manual-n2.json',
      'cadangan-2026-01-01_090000-manual-n1.json'
    ])
    expect(await backupFiles(dir)).toHaveLength(2)
  })

  test('the page cannot write backups faster than a sane rate', async () => {
    const { dir, d } = await deps()
    let mono = 0
    const limited: BackupDeps = { ...d, rate: backupRateLimiter(() => mono) }
    for (let i = 0; i < 10; i++) await handleWriteBackup(limited, { reason: 'manual', json: good(i) })
    await expect(handleWriteBackup(limited, { reason: 'manual', json: good(10) })).rejects.toThrow(RATE_LIMITED)
    expect(await backupFiles(dir)).toHaveLength(10)
    mono += 60_000
    await handleWriteBackup(limited, { reason: 'manual', json: good(11) })
    await expect(handleWriteBackup(limited, { reason: 'manual', json: good(12) })).rejects.toThrow(/Tunggu satu menit/)
  })

  test('files in the folder that are not our backups are left alone and not listed', async () => {
    const { dir, d } = await deps()
    await writeFile(join(dir, 'catatan.txt'), 'milik pengguna')
    await handleWriteBackup(d, { reason: 'manual', json: good(1) })
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
    'cadangan-2026-11-23_080100-harian-n1.json/../../x',
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

  test('what verifies: a whole data file whose checksum matches (or one from before checksums)', () => {
    expect(verifyBackupText(good(1))).toBe(true)
    const old = JSON.parse(good(1)) as Record<string, unknown>
    delete old['checksum']
    expect(verifyBackupText(JSON.stringify(old))).toBe(true)
    expect(verifyBackupText(good(1).slice(0, -1))).toBe(false)
    expect(verifyBackupText('{"sampah":1}')).toBe(false)
    expect(verifyBackupText(JSON.stringify({ ...old, format: 'lain' }))).toBe(false)
    expect(verifyBackupText(JSON.stringify({ ...old, checksum: 'crc32:00000000' }))).toBe(false)
    expect(verifyBackupText('null')).toBe(false)
  })
})
