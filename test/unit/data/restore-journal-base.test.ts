import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, test } from 'vitest'
import { emptySnapshot, tableNames, type Snapshot } from '../../../shared/datafile'
import { emptyPerson } from '../../../shared/model'
import { createJournalStore, decodeBase, memoryJournalFiles, type JournalStore } from '../../../shared/journal'
import { backupJson, planRestore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { savePerson } from '../../../renderer/src/data/contacts-repo'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { attachJournal, checkpointJournal, checkpointJournalAround, readJournalRecovery } from '../../../renderer/src/data/journal-keeper'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { issueLetter } from '../../../renderer/src/data/letters-repo'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sinkOf = (store: JournalStore): JournalSink => ({
  append: (payload) => store.append(payload),
  read: () => store.read(),
  checkpoint: ({ base, upToSeq }) => store.checkpoint(base, upToSeq)
})
const sorted = (s: Snapshot) => Object.fromEntries(tableNames.map((t) => [t, [...s[t]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]))

let db: PkkDatabase
let files: ReturnType<typeof memoryJournalFiles>
let sink: JournalSink
beforeEach(async () => {
  installFakeWindow()
  db = new PkkDatabase(freshName('jurnal-pulih'))
  files = memoryJournalFiles()
  sink = sinkOf(createJournalStore(files))
  attachJournal(db, sink)
  await seedOffice(db)
  await savePerson(db, { ...emptyPerson, name: 'Ny. Hj. Rahmi, S.Pd.' })
  await issueLetter(db, letterInput('SKR', '2019-12-16'), new Date('2019-12-16T02:00:00Z'))
})

const baseFile = () => decodeBase(files.base)?.file

async function restoreText(text: string) {
  const plan = await planRestore(db, text)
  if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join('; '))
  return restoreKeepingNumbers(db, plan)
}

describe("the journal's base after a restore", () => {
  test('is the restored file itself when it holds exactly the data written, and recovery gives the database', async () => {
    const backup = await backupJson(db)
    await savePerson(db, { ...emptyPerson, name: 'Sesudah cadangan' })
    await restoreText(backup)
    expect(baseFile()).toBe(backup)
    await savePerson(db, { ...emptyPerson, name: 'Sesudah pemulihan' })
    const recovered = await readJournalRecovery(sink)
    expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
    expect(recovered!.snapshot.people.map((p) => p.name).sort()).toEqual(['Ny. Hj. Rahmi, S.Pd.', 'Sesudah pemulihan'])
  })

  test('is written anew when numbers issued after the backup came along (the file alone would lose them)', async () => {
    const backup = await backupJson(db)
    const later = await issueLetter(db, letterInput('SKR', '2019-12-17'), new Date('2019-12-17T02:00:00Z'))
    const { carried } = await restoreText(backup)
    expect(carried?.kept).toBe(1)
    expect(baseFile()).not.toBe(backup)
    const recovered = await readJournalRecovery(sink)
    expect(recovered!.snapshot.letters.map((l) => l.number)).toContain(later.number)
    expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
  })

  test('a checkpoint asked for before the restore (the one after start) never lands after the restore’s own', async () => {
    const backup = await backupJson(db)
    await savePerson(db, { ...emptyPerson, name: 'Sesudah cadangan' })
    let release: () => void = () => undefined
    const held = new Promise<void>((r) => (release = r))
    const checkpoint = sink.checkpoint
    let calls = 0
    sink.checkpoint = async (args) => {
      // The first one reads the office before the restore, then is slow to reach the disk.
      if (++calls === 1) await held
      return checkpoint(args)
    }
    const early = checkpointJournal(db)
    await new Promise((r) => setTimeout(r, 20))
    const restoring = restoreText(backup)
    await new Promise((r) => setTimeout(r, 50))
    release()
    await Promise.all([early, restoring])
    const recovered = await readJournalRecovery(sink)
    expect(recovered!.snapshot.people.map((p) => p.name)).not.toContain('Sesudah cadangan')
    expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
  })

  describe('written while the restore writes (a journal that prepares its base)', () => {
    const preparing = (store: JournalStore): JournalSink => ({
      ...sinkOf(store),
      prepareCheckpoint: ({ base, upToSeq }) => store.prepareCheckpoint(base, upToSeq),
      commitCheckpoint: () => store.commitCheckpoint()
    })
    let store: JournalStore
    beforeEach(async () => {
      store = createJournalStore(files)
      sink = preparing(store)
      attachJournal(db, sink)
      await checkpointJournal(db)
    })

    test('the restored file becomes the base once the transaction committed, and recovery gives the database', async () => {
      const backup = await backupJson(db)
      await savePerson(db, { ...emptyPerson, name: 'Sesudah cadangan' })
      await restoreText(backup)
      expect(files.prepared).toBeNull()
      expect(baseFile()).toBe(backup)
      const recovered = await readJournalRecovery(sinkOf(createJournalStore(files)))
      expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
    })

    test('a crash after the base was prepared, before the transaction committed, leaves the journal recovering the database as it is', async () => {
      const backup = await backupJson(db)
      await savePerson(db, { ...emptyPerson, name: 'Sesudah cadangan' })
      const before = await readSnapshot(db)
      const plan = await planRestore(db, backup)
      if (!plan.ok) throw new Error('rencana')
      // The transaction is under way when the base is on disk, and the machine stops before it commits.
      const written = { snapshot: plan.snapshot, text: backup }
      const crash = checkpointJournalAround(db, written, async () => {
        while (files.prepared === null) await new Promise((r) => setTimeout(r, 5))
        throw new Error('listrik padam')
      })
      await expect(crash).rejects.toThrow('listrik padam')
      expect(files.prepared).not.toBeNull()
      // Read back as after a restart: the old base and its entries, which are the database (unchanged).
      const recovered = await readJournalRecovery(sinkOf(createJournalStore(files)))
      expect(recovered!.snapshot.people.map((p) => p.name)).toContain('Sesudah cadangan')
      expect(sorted(recovered!.snapshot)).toEqual(sorted(before))
      expect(sorted(await readSnapshot(db))).toEqual(sorted(before))
    })

    test('the write commits before the base becomes current (the base is never ahead of the database)', async () => {
      const backup = await backupJson(db)
      const plan = await planRestore(db, backup)
      if (!plan.ok) throw new Error('rencana')
      const order: string[] = []
      const commit = store.commitCheckpoint
      sink.commitCheckpoint = async () => {
        order.push('dasar')
        return commit()
      }
      await checkpointJournalAround(db, { snapshot: plan.snapshot, text: backup }, async () => {
        await replaceAll(db, plan.snapshot)
        order.push('basis data')
      })
      expect(order).toEqual(['basis data', 'dasar'])
      expect(baseFile()).toBe(backup)
    })
  })

  describe('after a loss (the database empty), the undo backup is what the journal holds', () => {
    const lose = () => replaceAll(db, emptySnapshot())
    const withJournal = () => {
      const fake = installFakeWindow()
      ;(window as unknown as { pkk: { journal: JournalSink } }).pkk.journal = sink
      return fake
    }

    test('the base text itself when no entry came after it (not read, replayed and written anew)', async () => {
      const fake = withJournal()
      const backup = await backupJson(db)
      await savePerson(db, { ...emptyPerson, name: 'Sesudah cadangan' })
      await checkpointJournal(db)
      const base = baseFile()
      await lose()
      await restoreText(backup)
      expect(fake.backups.map((b) => b.reason)).toEqual(['sebelum-pulihkan'])
      expect(fake.backups[0]?.json).toBe(base)
      const plan = await planRestore(db, fake.backups[0]?.json ?? '')
      expect(plan.ok && plan.snapshot.people.map((p) => p.name)).toContain('Sesudah cadangan')
    })

    test('the base with the entries after it replayed, when there are some', async () => {
      const fake = withJournal()
      const backup = await backupJson(db)
      await checkpointJournal(db)
      await savePerson(db, { ...emptyPerson, name: 'Sesudah dasar jurnal' })
      await lose()
      await restoreText(backup)
      const plan = await planRestore(db, fake.backups[0]?.json ?? '')
      expect(plan.ok && plan.snapshot.people.map((p) => p.name)).toContain('Sesudah dasar jurnal')
    })
  })
})
