import { expect, test } from 'vitest'
import { createJournalStore, encodeRecord, memoryJournalFiles, HEADER_BYTES } from '@shared/journal'
import { concatBytes } from '@shared/journal'

test('appends get rising sequence numbers and read back after the base', async () => {
  const files = memoryJournalFiles()
  const store = createJournalStore(files)
  expect(await store.append('a')).toMatchObject({ seq: 1 })
  expect(await store.append('b')).toMatchObject({ seq: 2 })
  const read = await store.read()
  expect(read).toMatchObject({ base: null, baseSeq: 0, records: [{ seq: 1, payload: 'a' }, { seq: 2, payload: 'b' }], ignoredBytes: 0 })
})

test('a torn last record is cut off before the next append, so the records after it stay readable', async () => {
  const files = memoryJournalFiles()
  files.journal = concatBytes([encodeRecord(1, 'a'), encodeRecord(2, 'bbbbbbbb').subarray(0, HEADER_BYTES)])
  const store = createJournalStore(files)
  expect((await store.append('c')).seq).toBe(2)
  expect((await createJournalStore(files).read()).records).toEqual([
    { seq: 1, payload: 'a' },
    { seq: 2, payload: 'c' }
  ])
})

test('a checkpoint restarts the journal from the base and keeps every entry the base does not include', async () => {
  const files = memoryJournalFiles()
  const store = createJournalStore(files, () => new Date('2026-12-04T09:00:00Z'))
  await store.append('a')
  await store.append('b')
  await store.append('c')
  await store.checkpoint('{"file":1}', 2)
  expect(files.journal.byteLength).toBe(0)
  await store.append('d')
  const read = await createJournalStore(files).read()
  expect(read).toMatchObject({ base: '{"file":1}', baseSeq: 2, baseAt: '2026-12-04T09:00:00.000Z' })
  expect(read.records).toEqual([
    { seq: 3, payload: 'c' },
    { seq: 4, payload: 'd' }
  ])
  // A base cut short is no base.
  files.base = files.base!.slice(0, -1)
  expect((await createJournalStore(files).read()).base).toBeNull()
})

test('a crash between the new base and the journal restart loses nothing and repeats nothing', async () => {
  const files = memoryJournalFiles()
  const store = createJournalStore(files)
  for (const p of ['a', 'b', 'c']) await store.append(p)
  const truncate = files.truncateJournal
  files.truncateJournal = async () => {
    throw new Error('crash')
  }
  await expect(store.checkpoint('{}', 1)).rejects.toThrow('crash')
  files.truncateJournal = truncate
  expect((await createJournalStore(files).read()).records.map((r) => r.seq)).toEqual([2, 3])
})

test('a prepared base is not the base until committed, even read after a crash; the commit makes it the base', async () => {
  const files = memoryJournalFiles()
  const store = createJournalStore(files, () => new Date('2026-12-05T09:00:00Z'))
  await store.append('a')
  await store.checkpoint('{"lama":1}', 1)
  await store.append('b')
  await store.prepareCheckpoint('{"baru":1}', 2)
  expect(files.prepared).not.toBeNull()
  // A crash here (the write it records never committed): the journal is the old base and its entry.
  const afterCrash = await createJournalStore(files).read()
  expect(afterCrash).toMatchObject({ base: '{"lama":1}', baseSeq: 1, records: [{ seq: 2, payload: 'b' }] })
  await store.commitCheckpoint()
  expect(files.journal.byteLength).toBe(0)
  const read = await createJournalStore(files).read()
  expect(read).toMatchObject({ base: '{"baru":1}', baseSeq: 2, records: [] })
  await expect(store.commitCheckpoint()).rejects.toThrow('disiapkan')
})

test('entries appended between the prepare and the commit stay after the new base', async () => {
  const files = memoryJournalFiles()
  const store = createJournalStore(files)
  await store.append('a')
  await store.prepareCheckpoint('{"baru":1}', 1)
  await store.append('b')
  await store.commitCheckpoint()
  const read = await createJournalStore(files).read()
  expect(read).toMatchObject({ base: '{"baru":1}', baseSeq: 1, records: [{ seq: 2, payload: 'b' }] })
})
