import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import {
  handleJournalAppend,
  handleJournalCheckpoint,
  handleJournalRead,
  JOURNAL_FILE,
  mainJournal,
  nodeJournalFs,
  type JournalFs
} from '../../../electron/main/ipc/journal'
import { HEADER_BYTES } from '../../../shared/journal'

const folder = () => mkdtemp(join(tmpdir(), 'pkk-jurnal-'))

test('entries are appended to jurnal.log and read back in order, across a restart of main', async () => {
  const dir = await folder()
  const store = mainJournal(dir)
  expect(await handleJournalAppend(store, { payload: '{"n":1}' })).toMatchObject({ seq: 1 })
  expect(await handleJournalAppend(store, { payload: '{"n":2}' })).toMatchObject({ seq: 2 })
  await expect(handleJournalAppend(store, { payload: 1 })).rejects.toThrow()
  const again = mainJournal(dir)
  expect((await handleJournalRead(again)).records).toEqual([
    { seq: 1, payload: '{"n":1}' },
    { seq: 2, payload: '{"n":2}' }
  ])
  expect((await handleJournalAppend(again, { payload: '{"n":3}' })).seq).toBe(3)
})

test('a record torn by a crash is ignored at read and cut off before the next append', async () => {
  const dir = await folder()
  await handleJournalAppend(mainJournal(dir), { payload: '{"n":1}' })
  // What a kill between the header and the payload leaves: a header that promises 200 bytes.
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt32LE(200, 0)
  header.writeUInt32LE(2, 4)
  await appendFile(join(dir, JOURNAL_FILE), header)
  const after = mainJournal(dir)
  const read = await handleJournalRead(after)
  expect(read.records.map((r) => r.seq)).toEqual([1])
  expect(read.ignoredBytes).toBe(HEADER_BYTES)
  await handleJournalAppend(after, { payload: '{"n":2}' })
  expect((await handleJournalRead(mainJournal(dir))).records).toEqual([
    { seq: 1, payload: '{"n":1}' },
    { seq: 2, payload: '{"n":2}' }
  ])
})

test('the append is acknowledged only after its bytes are written and fsynced', async () => {
  const dir = await folder()
  const events: string[] = []
  const fs: JournalFs = {
    ...nodeJournalFs,
    async open(path, flags) {
      const h = await nodeJournalFs.open(path, flags)
      const name = path === dir ? 'folder' : 'jurnal'
      return {
        writeFile: async (d) => {
          events.push(`${name}:write`)
          await h.writeFile(d)
        },
        sync: async () => {
          events.push(`${name}:sync`)
          await h.sync()
        },
        truncate: (n) => h.truncate(n),
        close: () => h.close()
      }
    }
  }
  const store = mainJournal(dir, fs)
  await handleJournalAppend(store, { payload: '{"n":1}' }).then(() => events.push('ack'))
  await handleJournalAppend(store, { payload: '{"n":2}' }).then(() => events.push('ack'))
  expect(events).toEqual(['jurnal:write', 'jurnal:sync', 'folder:sync', 'ack', 'jurnal:write', 'jurnal:sync', 'ack'])
})

test('a checkpoint writes the base atomically and restarts the journal; recovery reads base and the entries after it', async () => {
  const dir = await folder()
  const store = mainJournal(dir)
  for (const n of [1, 2, 3]) await handleJournalAppend(store, { payload: `{"n":${n}}` })
  await handleJournalCheckpoint(store, { base: '{"format":"sekretariat-pkk-data"}', upToSeq: 2 })
  await expect(handleJournalCheckpoint(store, { base: '{}', upToSeq: -1 })).rejects.toThrow()
  expect((await readFile(join(dir, JOURNAL_FILE))).byteLength).toBe(0)
  await handleJournalAppend(store, { payload: '{"n":4}' })
  const read = await handleJournalRead(mainJournal(dir))
  expect(read).toMatchObject({ base: '{"format":"sekretariat-pkk-data"}', baseSeq: 2 })
  expect(read.records.map((r) => r.seq)).toEqual([3, 4])
  // The next checkpoint replaces the base whole.
  await handleJournalCheckpoint(store, { base: '{"format":"sekretariat-pkk-data","n":4}', upToSeq: 4 })
  expect(await handleJournalRead(mainJournal(dir))).toMatchObject({ base: '{"format":"sekretariat-pkk-data","n":4}', baseSeq: 4, records: [] })
  // A damaged base file is no base: the journal still reads.
  await writeFile(join(dir, 'jurnal-dasar.json'), 'rusak')
  expect((await handleJournalRead(mainJournal(dir))).base).toBeNull()
})
