import 'fake-indexeddb/auto'
import { storeOf } from '../../../renderer/src/data/snapshot-repo'
import { beforeEach, describe, expect, test } from 'vitest'
import { readDataFile, tableNames } from '../../../shared/datafile'
import { checkAgainstGuard } from '../../../shared/guard'
import { backupJson, keepIssuedNumbersInPlace, planRestore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { guardState, writeGuard } from '../../../renderer/src/data/guard'
import { cancelLetter, issueLetter, listLetters } from '../../../renderer/src/data/letters-repo'
import { setCounterLast } from '../../../renderer/src/data/letters-settings-repo'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

let fake: ReturnType<typeof installFakeWindow>
let db: PkkDatabase

/** The office of the sample: SKR starts at 295 in December 2019. */
beforeEach(async () => {
  fake = installFakeWindow()
  db = new PkkDatabase(freshName('pulih-nomor'))
  await seedOffice(db)
  await setCounterLast(db, { key: 'SKR', year: 2019, last: 295 })
})

async function loseEverything() {
  await db.transaction('rw', tableNames.map((t) => db.table(storeOf(t))), async () => {
    for (const t of tableNames) await db.table(storeOf(t)).clear()
  })
}

const numbers = async () => (await listLetters(db, { year: 2019 })).map((l) => `${l.number} ${l.status} ${l.perihal}`).sort()

describe('a restore never gives out a number twice', () => {
  test('the database is lost after the backup: the guard record brings back the letters issued since, and the next number follows them', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-13', 'Surat sebelum cadangan'), new Date('2019-12-13T02:00:00Z'))
    const backup = await backupJson(db)
    fake.backups.push({ fileName: 'harian.json', at: '2019-12-13T03:00:00.000Z', reason: 'harian', bytes: backup.length, json: backup })
    await issueLetter(db, letterInput('SKR', '2019-12-16', 'Undangan Rapat Konsultasi'), new Date('2019-12-16T02:00:00Z'))
    const cancelled = await issueLetter(db, letterInput('SKR', '2019-12-17', 'Salah ketik'), new Date('2019-12-17T02:00:00Z'))
    await cancelLetter(db, cancelled.id, 'Salah alamat', new Date('2019-12-17T03:00:00Z'))
    await writeGuard(db, new Date('2019-12-17T04:00:00Z'))
    expect(fake.guard.record?.letters.map((l) => l.number).sort()).toEqual(['297/SKR/PKK-PROP/XII/2019', '298/SKR/PKK-PROP/XII/2019'])

    await loseEverything()
    expect(checkAgainstGuard(fake.guard.record, await guardState(db))?.lines).toContain('Penghitung nomor 2019 SKR tercatat sampai 298, sekarang 0.')

    const plan = await planRestore(db, backup)
    if (!plan.ok) throw new Error('backup refused')
    const { carried } = await restoreKeepingNumbers(db, plan, { allowOtherOffice: true })
    expect(carried).toEqual({ kept: 2, lost: [], raised: 1, conflicts: [] })
    expect(await numbers()).toEqual([
      '296/SKR/PKK-PROP/XII/2019 aktif Surat sebelum cadangan',
      '297/SKR/PKK-PROP/XII/2019 aktif Undangan Rapat Konsultasi',
      '298/SKR/PKK-PROP/XII/2019 batal Salah ketik'
    ])
    const next = await issueLetter(db, letterInput('SKR', '2019-12-18'))
    expect(next.number).toBe('299/SKR/PKK-PROP/XII/2019')
    // What was written is a valid data file: a later backup of it restores.
    expect(readDataFile(await backupJson(db)).ok).toBe(true)
  })

  test('numbers the guard counted but whose entries it never saw are recorded as "Nomor hilang"', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-13'))
    const backup = await backupJson(db)
    await issueLetter(db, letterInput('SKR', '2019-12-16'))
    await writeGuard(db)
    // Two more numbers were given out and the database went before the guard saw their entries.
    const record = fake.guard.record
    if (!record) throw new Error('no guard record')
    fake.guard.record = { ...record, counters: { ...record.counters, '2019:SKR': 299 } }
    await loseEverything()
    const plan = await planRestore(db, backup)
    if (!plan.ok) throw new Error('backup refused')
    const { carried } = await restoreKeepingNumbers(db, plan)
    expect(carried?.lost).toEqual(['298/SKR/PKK-PROP/XII/2019', '299/SKR/PKK-PROP/XII/2019'])
    expect(await numbers()).toEqual([
      '296/SKR/PKK-PROP/XII/2019 aktif Undangan Rapat Konsultasi',
      '297/SKR/PKK-PROP/XII/2019 aktif Undangan Rapat Konsultasi',
      '298/SKR/PKK-PROP/XII/2019 batal Nomor hilang',
      '299/SKR/PKK-PROP/XII/2019 batal Nomor hilang'
    ])
    expect((await issueLetter(db, letterInput('SKR', '2019-12-18'))).number).toBe('300/SKR/PKK-PROP/XII/2019')
  })

  test('restoring an older backup on purpose keeps the letters written since (an undo backup is still taken)', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-13'))
    const backup = await backupJson(db)
    await issueLetter(db, letterInput('SKR', '2019-12-16', 'Sesudah cadangan'))
    const plan = await planRestore(db, backup)
    if (!plan.ok) throw new Error('backup refused')
    const { undo, carried } = await restoreKeepingNumbers(db, plan)
    expect(undo?.reason).toBe('sebelum-pulihkan')
    expect(carried?.kept).toBe(1)
    expect(await numbers()).toContain('297/SKR/PKK-PROP/XII/2019 aktif Sesudah cadangan')
  })

  test('going on without a backup still keeps the counters the guard knew', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-16'))
    await writeGuard(db)
    const record = fake.guard.record
    if (!record) throw new Error('no guard record')
    // The guard saw the entry of 296; the profile and settings are lost with everything else.
    await loseEverything()
    await seedOffice(db)
    const carried = await keepIssuedNumbersInPlace(db)
    expect(carried.kept).toBe(1)
    expect((await issueLetter(db, letterInput('SKR', '2019-12-18'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
  })
})
