import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, describe, expect, test } from 'vitest'
import { tableNames, type Snapshot } from '../../../shared/datafile'
import { emptyMinutes } from '../../../shared/meetings'
import { emptyPerson } from '../../../shared/model'
import { createJournalStore, memoryJournalFiles, type JournalStore } from '../../../shared/journal'
import { backupJson, planRestore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { addWalkIn } from '../../../renderer/src/data/attendance-repo'
import { deletePerson, saveGroup, savePerson } from '../../../renderer/src/data/contacts-repo'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { attachJournal, checkpointJournal, readJournalRecovery } from '../../../renderer/src/data/journal-keeper'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { cancelLetter, issueLetter, listLetters } from '../../../renderer/src/data/letters-repo'
import { createMeeting } from '../../../renderer/src/data/meetings-repo'
import { saveMinutes } from '../../../renderer/src/data/minutes-repo'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sinkOf = (store: JournalStore): JournalSink => ({
  append: (payload) => store.append(payload),
  read: () => store.read(),
  checkpoint: ({ base, upToSeq }) => store.checkpoint(base, upToSeq)
})

let db: PkkDatabase
let files: ReturnType<typeof memoryJournalFiles>
let sink: JournalSink

beforeEach(async () => {
  installFakeWindow()
  db = new PkkDatabase(freshName('jurnal'))
  files = memoryJournalFiles()
  sink = sinkOf(createJournalStore(files))
  attachJournal(db, sink)
  await db.open()
})

/** The secretary's day: contacts, a meeting with minutes and a walk-in, two numbers and a cancellation, a deleted contact. */
async function workOfADay(): Promise<void> {
  await seedOffice(db)
  const group = await saveGroup(db, { name: 'OPD Terkait', description: '' })
  const person = await savePerson(db, { ...emptyPerson, name: 'Ny. Hj. Rahmi, S.Pd.', groupIds: [group.id] })
  const gone = await savePerson(db, { ...emptyPerson, name: 'Salah tulis' })
  await deletePerson(db, gone.id)
  const meeting = await createMeeting(db, RAKON)
  await saveMinutes(db, { ...emptyMinutes(meeting.id, undefined), kesimpulan: ['Rapat berkala tiap bulan'] })
  await addWalkIn(db, meeting.id, RAKON.dates[0]!, { name: 'Tamu', position: 'Staf', organisation: 'Dinas Kesehatan', note: '' })
  await issueLetter(db, letterInput('SKR', '2019-12-16', 'Undangan Rapat Konsultasi'), new Date('2019-12-16T02:00:00Z'))
  const wrong = await issueLetter(db, letterInput('SKR', '2019-12-17', 'Salah ketik'), new Date('2019-12-17T02:00:00Z'))
  await cancelLetter(db, wrong.id, 'Salah alamat')
  expect(person.name).toBe('Ny. Hj. Rahmi, S.Pd.')
}

const sorted = (s: Snapshot) => Object.fromEntries(tableNames.map((t) => [t, [...s[t]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]))

describe('every committed write is in the journal outside IndexedDB', () => {
  test('the journal replayed from nothing is the database, record for record', async () => {
    await workOfADay()
    const recovered = await readJournalRecovery(sink)
    expect(recovered?.baseAt).toBeNull()
    expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
    expect(recovered?.fromJournal.skipped).toEqual([])
    expect(recovered?.fromJournal.deleted).toEqual({ people: 1 })
  })

  test('after a checkpoint: the base plus the entries after it is the database', async () => {
    await seedOffice(db)
    await issueLetter(db, letterInput('SKR', '2019-12-13', 'Sebelum dasar'), new Date('2019-12-13T02:00:00Z'))
    await checkpointJournal(db)
    const afterBase = files.journal.byteLength
    await workOfADay()
    expect(files.journal.byteLength).toBeGreaterThan(afterBase)
    const recovered = await readJournalRecovery(sink)
    expect(recovered?.fromBase).toMatchObject({ letters: 1, profile: 1 })
    expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
  })

  test('an aborted transaction writes nothing to the journal', async () => {
    await seedOffice(db)
    const before = (await sink.read()).records.length
    await expect(
      db.transaction('rw', db.groups, async () => {
        await db.groups.add({ id: 'g-batal', name: 'Tidak jadi', description: '', createdAt: '2019-12-01T00:00:00.000Z' })
        throw new Error('batal')
      })
    ).rejects.toThrow('batal')
    expect((await sink.read()).records.length).toBe(before)
  })
})

test('a number is returned only after its journal entry is on disk', async () => {
  await seedOffice(db)
  let release: () => void = () => undefined
  const held = new Promise<void>((r) => (release = r))
  const append = sink.append
  sink.append = async (payload) => {
    await held
    return append(payload)
  }
  let returned = false
  const issuing = issueLetter(db, letterInput('SKR', '2019-12-16'), new Date('2019-12-16T02:00:00Z')).then((l) => {
    returned = true
    return l
  })
  await new Promise((r) => setTimeout(r, 50))
  // Committed in IndexedDB, not yet in the journal: the number is not shown yet.
  expect((await listLetters(db, { year: 2019 })).length).toBe(1)
  expect(returned).toBe(false)
  release()
  const letter = await issuing
  expect((await sink.read()).records.some((r) => r.payload.includes(`"number":"${letter.number}"`))).toBe(true)
})

test('a committed entry is handed to the journal before anything else listening for that commit runs (the live queries woken by it)', async () => {
  await seedOffice(db)
  const order: string[] = []
  const append = sink.append
  sink.append = (payload) => {
    order.push('jurnal')
    return append(payload)
  }
  await db.transaction('rw', db.groups, async () => {
    // A listener added while the transaction runs, before its first write (as Dexie's own completion
    // handler, which wakes the live queries, is added before any write).
    const idb = Dexie.currentTransaction?.idbtrans
    idb?.addEventListener('complete', () => order.push('pendengar lain'))
    await db.groups.add({ id: 'g-urutan', name: 'Urutan', description: '', createdAt: '2019-12-01T00:00:00.000Z' })
  })
  await db.journalWriter?.whenDurable()
  expect(order).toEqual(['jurnal', 'pendengar lain'])
})

test('a failed journal write fails the command that issues a number (the number stays in the register)', async () => {
  await seedOffice(db)
  sink.append = async () => {
    throw new Error('disk penuh')
  }
  await expect(issueLetter(db, letterInput('SKR', '2019-12-16'))).rejects.toThrow(/jurnal di luar basis data gagal ditulis: disk penuh/)
  expect((await listLetters(db, { year: 2019 })).length).toBe(1)
})

test('after the database is lost, the journal brings back the whole office and the next number follows', async () => {
  await workOfADay()
  const before = await readSnapshot(db)
  await replaceAll(db, { ...before, ...Object.fromEntries(tableNames.map((t) => [t, []])) })
  const recovered = await readJournalRecovery(sink)
  const { carried } = await restoreKeepingNumbers(db, { ok: true, snapshot: recovered!.snapshot, officeName: recovered!.officeName, otherOffice: false, counts: {} as Record<keyof Snapshot, number> })
  expect(carried?.lost).toEqual([])
  expect(sorted(await readSnapshot(db))).toEqual(sorted(before))
  expect((await issueLetter(db, letterInput('SKR', '2019-12-18'))).number).toMatch(/^3\/SKR\//)
})

test('a restore (written past Dexie) restarts the journal from the restored data, so a later recovery is not a mix', async () => {
  await workOfADay()
  const backup = await backupJson(db)
  await savePerson(db, { ...emptyPerson, name: 'Sesudah cadangan' })
  const plan = await planRestore(db, backup)
  if (!plan.ok) throw new Error('backup refused')
  await restoreKeepingNumbers(db, plan)
  await savePerson(db, { ...emptyPerson, name: 'Sesudah pemulihan' })
  const recovered = await readJournalRecovery(sink)
  expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
  expect(recovered!.snapshot.people.map((p) => p.name)).not.toContain('Sesudah cadangan')
})
