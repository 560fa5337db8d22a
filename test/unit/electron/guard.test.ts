import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { handleReadGuard, handleWriteGuard } from '../../../electron/main/ipc/guard'

test('the guard record is written whole and read back; a damaged file reads as none', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'pkk-penjaga-')), 'penjaga.json')
  expect(await handleReadGuard(file)).toBeNull()
  const record = { version: 1 as const, updatedAt: '2026-11-23T08:00:00.000Z', counts: { letters: 3 }, counters: { '2019:SKR': 296 }, lastBackupAt: null, letters: [] }
  await handleWriteGuard(file, record)
  expect(await handleReadGuard(file)).toEqual(record)
  await expect(handleWriteGuard(file, { ...record, counts: { letters: -1 } })).rejects.toThrow()
  await expect(handleWriteGuard(file, 'x'.repeat(100))).rejects.toThrow()
  expect(await handleReadGuard(file)).toEqual(record)
  await writeFile(file, '{"version": 1, "upd')
  expect(await handleReadGuard(file)).toBeNull()
})
