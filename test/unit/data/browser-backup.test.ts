import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, test } from 'vitest'
import { browserBackup, openBackupStore, utf8ByteLength } from '../../../renderer/src/bridge/browser-backup'
import { KEEP_BACKUPS_IN_BROWSER } from '../../../shared/ipc/contract'

const text = (n: number) => JSON.stringify({ cadangan: n, isi: 'x'.repeat(1000) })

describe('backups kept in the browser', () => {
  test('the list and the status come from the entries, without the backups’ text; the oldest go from both', async () => {
    const written = []
    for (let i = 0; i < KEEP_BACKUPS_IN_BROWSER + 2; i++) {
      written.push(await browserBackup.write({ reason: 'manual', json: text(i) }))
      // Distinct times (the list is ordered by them).
      await new Promise((ok) => setTimeout(ok, 3))
    }
    const list = await browserBackup.list()
    expect(list.map((e) => e.fileName)).toEqual(written.slice(-KEEP_BACKUPS_IN_BROWSER).reverse().map((e) => e.fileName))
    expect(list.every((e) => !('json' in e))).toBe(true)
    const status = await browserBackup.status()
    expect(status.last?.fileName).toBe(written.at(-1)?.fileName)
    expect(status.count).toBe(KEEP_BACKUPS_IN_BROWSER)
    expect(await browserBackup.read(written.at(-1)?.fileName ?? '')).toBe(text(KEEP_BACKUPS_IN_BROWSER + 1))
    await expect(browserBackup.read(written[0]?.fileName ?? '')).rejects.toThrow('Cadangan tidak ditemukan')
  })

  test('backups kept before the entries existed (version 2) are listed after the upgrade', async () => {
    const name = 'cadangan-lama'
    const old = new Dexie(name)
    old.version(1).stores({ backups: 'fileName, at' })
    old.version(2).stores({ photos: 'hash' })
    const stored = [
      { fileName: 'Cadangan Sekretariat PKK 2026-01-02 manual-1.json', at: '2026-01-02T01:00:00.000Z', reason: 'manual', bytes: 10, json: text(1) },
      { fileName: 'Cadangan Sekretariat PKK 2026-01-03 manual-2.json', at: '2026-01-03T01:00:00.000Z', reason: 'manual', bytes: 12, json: text(2) }
    ]
    await old.table('backups').bulkPut(stored)
    old.close()
    const store = openBackupStore(name)
    const entries = await store.entries.orderBy('at').reverse().toArray()
    expect(entries).toEqual(stored.map(({ json: _json, ...e }) => e).reverse())
    expect((await store.backups.get(stored[0]?.fileName ?? ''))?.json).toBe(text(1))
    store.close()
  })
})

describe('a backup\'s size in bytes', () => {
  test('is what a Blob of its text measures: ASCII, Indonesian names with marks, emoji, lone surrogates', async () => {
    const texts = ['', '{"a":1}', 'Ny. Hj. Rösmawati, S.Pd.', 'Kop ✓ — “tanda kutip”', 'tanda 😀 di tengah 👩‍👩‍👧', 'sendiri \ud800 dan \udc00 dan di akhir \ud83d', '\udc00\ud800']
    for (const t of texts) expect(utf8ByteLength(t), JSON.stringify(t)).toBe(new Blob([t]).size)
    const written = await browserBackup.write({ reason: 'manual', json: JSON.stringify({ nama: 'Rösmawati 😀' }) })
    expect(written.bytes).toBe(new Blob([JSON.stringify({ nama: 'Rösmawati 😀' })]).size)
  })
})
