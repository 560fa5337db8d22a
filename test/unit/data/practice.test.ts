import 'fake-indexeddb/auto'
import { storeOf } from '../../../renderer/src/data/snapshot-repo'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { tableNames } from '../../../shared/datafile'
import { backupAtClose, backupNow, dailyBackupIfDue } from '../../../renderer/src/data/backup'
import { DB_NAME, PkkDatabase, PRACTICE_DB_NAME } from '../../../renderer/src/data/db'
import { checkGuardAtStart, keepGuard, knownRegister, writeGuard } from '../../../renderer/src/data/guard'
import { issueLetter } from '../../../renderer/src/data/letters-repo'
import { discardPracticeData, openSessionDatabase } from '../../../renderer/src/data/practice'
import { officeSession, practiceSession, rememberMode, setSession, storedMode } from '../../../renderer/src/data/session'
import { countRecords } from '../../../renderer/src/data/snapshot-repo'
import { installFakeWindow } from '../support/fake-window'
import { letterInput, seedOffice } from './letters-support'

const sample = readFileSync(new URL('../../../resources/sample/sumbar-2019.json', import.meta.url), 'utf8')
const loadSample = async () => sample
const noSample = async (): Promise<string> => {
  throw new Error('the office database must not be filled with the sample')
}

/** Every record of every table, as stored (primary-key order), in one comparable text. */
async function everyRecord(db: PkkDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {}
  for (const t of tableNames) tables[t] = await db.table(storeOf(t)).toArray()
  return JSON.stringify(tables)
}

/** A localStorage stand-in with the iteration discardPracticeData needs. */
function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries))
  return {
    map,
    get length() {
      return map.size
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k)
  }
}

let fake: ReturnType<typeof installFakeWindow>

/** The office as the app leaves it: profile saved, 1/SKR issued, the guard record written, the database closed. */
async function officeWithOneLetter(): Promise<string> {
  setSession(officeSession)
  const office = await openSessionDatabase(officeSession, { loadSample: noSample })
  await seedOffice(office)
  await issueLetter(office, letterInput('SKR', '2019-12-02', 'Surat kantor sendiri'), new Date('2019-12-02T02:00:00Z'))
  await writeGuard(office)
  const records = await everyRecord(office)
  office.close()
  return records
}

beforeEach(async () => {
  fake = installFakeWindow()
  await Dexie.delete(DB_NAME)
  await Dexie.delete(PRACTICE_DB_NAME)
})
afterEach(() => {
  setSession(officeSession)
})

describe('trying the sample never touches the office data', () => {
  test('the practice database gets the sample; the office database, its guard record and its backups stay exactly as they were', async () => {
    const officeBefore = await officeWithOneLetter()
    const guardBefore = JSON.stringify(fake.guard.record)
    expect(fake.guard.record?.letters.map((l) => l.number)).toEqual(['1/SKR/PKK-PROP/XII/2019'])
    const backupsBefore = fake.backups.length

    // What main.tsx does in practice mode, then a morning's work in it.
    setSession(practiceSession)
    const practice = await openSessionDatabase(practiceSession, { loadSample })
    expect(practice.name).toBe(PRACTICE_DB_NAME)
    expect(await countRecords(practice)).toMatchObject({ people: 65, letters: 5, counters: 2 })
    expect(await checkGuardAtStart(practice)).toBeNull()
    const stopGuard = keepGuard(practice, 5)
    const issued = await issueLetter(practice, letterInput('SKR', '2019-12-17', 'Surat latihan'), new Date('2019-12-17T02:00:00Z'))
    expect(issued.number).toBe('296/SKR/PKK-PROP/XII/2019')
    await writeGuard(practice)
    expect(await dailyBackupIfDue(practice, new Date('2019-12-18T02:00:00Z'))).toBeNull()
    expect(await backupAtClose(practice)).toBeNull()
    await expect(backupNow(practice, 'manual')).rejects.toThrow(/Mode latihan/)
    // Nor does the practice data read the office's record as its own register.
    expect((await knownRegister(practice)).letters.map((l) => l.perihal)).not.toContain('Surat kantor sendiri')
    await new Promise((ok) => setTimeout(ok, 50))
    stopGuard()
    practice.close()

    const office = new PkkDatabase(DB_NAME)
    expect(await everyRecord(office)).toBe(officeBefore)
    office.close()
    expect(JSON.stringify(fake.guard.record)).toBe(guardBefore)
    expect(fake.backups).toHaveLength(backupsBefore)
  })

  test('the empty-database guard does not fire for practice data, which the office record does not describe', async () => {
    await officeWithOneLetter()
    setSession(practiceSession)
    const practice = await openSessionDatabase(practiceSession, { loadSample })
    await practice.transaction('rw', tableNames.map((t) => practice.table(storeOf(t))), async () => {
      for (const t of tableNames) await practice.table(storeOf(t)).clear()
    })
    expect(await checkGuardAtStart(practice)).toBeNull()
    // The same empty database checked as the office's would stop the start: the session is what keeps it quiet.
    setSession(officeSession)
    expect(await checkGuardAtStart(practice)).not.toBeNull()
    practice.close()
  })

  test('practice data kept for next time opens as it was left; discarded, its database and its own keys go and nothing else', async () => {
    await officeWithOneLetter()
    setSession(practiceSession)
    const first = await openSessionDatabase(practiceSession, { loadSample })
    await issueLetter(first, letterInput('SKR', '2019-12-17', 'Surat latihan'), new Date('2019-12-17T02:00:00Z'))
    first.close()
    const again = await openSessionDatabase(practiceSession, { loadSample })
    expect(await again.letters.count()).toBe(6)
    again.close()

    const storage = memoryStorage({ 'pkk.latihan.notulen.m1': '{}', 'pkk.notulen.m2': '{}', 'pkk.penjaga': '{"version":2}' })
    await discardPracticeData(storage)
    expect(await Dexie.exists(PRACTICE_DB_NAME)).toBe(false)
    expect(await Dexie.exists(DB_NAME)).toBe(true)
    expect([...storage.map.keys()]).toEqual(['pkk.notulen.m2', 'pkk.penjaga'])
  })

  test('the mode is remembered for the window: practice after a reload, the office otherwise', () => {
    const storage = memoryStorage({})
    expect(storedMode(storage)).toBe('office')
    rememberMode(storage, 'practice')
    expect(storedMode(storage)).toBe('practice')
    rememberMode(storage, 'office')
    expect(storedMode(storage)).toBe('office')
    expect(storage.map.size).toBe(0)
  })
})
