import 'fake-indexeddb/auto'
import { expect, test } from 'vitest'
import { tableNames, type Snapshot } from '../../../shared/datafile'
import { createJournalStore, memoryJournalFiles } from '../../../shared/journal'
import { PkkDatabase } from '../../../renderer/src/data/db'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { attachJournal, checkpointJournal, readJournalRecovery } from '../../../renderer/src/data/journal-keeper'
import { issueLetter } from '../../../renderer/src/data/letters-repo'
import { readSnapshot } from '../../../renderer/src/data/snapshot-repo'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sorted = (s: Snapshot) => Object.fromEntries(tableNames.map((t) => [t, [...s[t]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]))

test("a new base takes the journal's last number from lastSeq where the platform has it, without reading the journal and its base", async () => {
  installFakeWindow()
  const store = createJournalStore(memoryJournalFiles())
  let reads = 0
  const sink: JournalSink = {
    append: (payload) => store.append(payload),
    read: () => {
      reads++
      return store.read()
    },
    checkpoint: ({ base, upToSeq }) => store.checkpoint(base, upToSeq),
    lastSeq: () => store.lastSeq()
  }
  const db = new PkkDatabase(freshName('jurnal-nomor-terakhir'))
  attachJournal(db, sink)
  await db.open()
  await seedOffice(db)
  await issueLetter(db, letterInput('SKR', '2019-12-16'))
  expect(await checkpointJournal(db)).toBe(true)
  expect(reads).toBe(0)
  // Written after the new base: replayed after it.
  await issueLetter(db, letterInput('SKR', '2019-12-17'))
  const recovered = await readJournalRecovery(sink)
  expect(recovered?.fromJournal.entries).toBe(1)
  expect(sorted(recovered?.snapshot ?? (await readSnapshot(new PkkDatabase(freshName('kosong')))))).toEqual(sorted(await readSnapshot(db)))
})
