import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import Dexie from 'dexie'
import { PkkDatabase, STORES_V1 } from '../../../renderer/src/data/db'
import { openDatabase } from '../../../renderer/src/data/open'
import { backupJson, keepIssuedNumbersInPlace, planRestore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { cancelLetter, issueLetter, registerManualLetter, renumberLetter } from '../../../renderer/src/data/letters-repo'
import { setCounterLast } from '../../../renderer/src/data/letters-settings-repo'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

/**
 * A number shown as issued must survive a power cut: every read-write transaction of the office's
 * database (numbering, restore, carry-over) asks IndexedDB for strict durability, even when a caller
 * passes relaxed options. Watched where every transaction starts: IDBDatabase.prototype.transaction.
 */

interface Started {
  db: string
  mode: string
  durability: string
  stores: string
}
const started: Started[] = []
const proto = globalThis.IDBDatabase.prototype
const original = proto.transaction

beforeAll(() => {
  proto.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    started.push({ db: this.name, mode: mode ?? 'readonly', durability: options?.durability ?? 'default', stores: [stores].flat().join(',') })
    return original.call(this, stores, mode, options)
  }
})
afterAll(() => {
  proto.transaction = original
})

const writes = (name: string) => started.filter((t) => t.db === name && t.mode === 'readwrite')

describe('strict durability', () => {
  test('the database asks for strict durability even when relaxed is passed to it', async () => {
    installFakeWindow()
    const name = freshName('tahan-listrik')
    const db = new PkkDatabase(name, { chromeTransactionDurability: 'relaxed' })
    // Dexie keeps its options in _options; what every transaction of this database will ask for.
    expect((db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict')
    await seedOffice(db)
    await setCounterLast(db, { key: 'SKR', year: 2019, last: 295 })
    const a = await issueLetter(db, letterInput('SKR', '2019-12-16'))
    await issueLetter(db, letterInput('SKR', '2019-12-17'))
    await cancelLetter(db, a.id, 'Salah alamat')
    await registerManualLetter(db, { ...letterInput('SKR', '2019-12-18'), seq: 298 })
    const b = await issueLetter(db, letterInput('SKR', '2019-12-18'))
    await renumberLetter(db, b.id, { ...letterInput('SKR', '2019-12-20'), date: '2019-12-20' })
    const plan = await planRestore(db, await backupJson(db))
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems))
    await restoreKeepingNumbers(db, plan)
    await keepIssuedNumbersInPlace(db)

    const rw = writes(name)
    expect(rw.filter((t) => t.stores.includes('counters')).length).toBeGreaterThanOrEqual(6)
    expect(rw.filter((t) => t.durability !== 'strict')).toEqual([])
  })

  // Read-only transactions and the upgrade's versionchange transaction write nothing a power cut could lose
  // (IndexedDB gives the latter no durability option at all): the read-write ones are what must be strict.
  test('openDatabase of an older database (read for its backup first, then upgraded) asks for strict durability in every read-write transaction', async () => {
    installFakeWindow()
    const name = freshName('tahan-listrik-buka')
    const old = new Dexie(name, { chromeTransactionDurability: 'strict' })
    old.version(1).stores(STORES_V1)
    await old.open()
    await old.table('letterCodes').put({ code: 'SKR', name: 'Surat', pattern: '', classification: '', active: true, order: 1 })
    old.close()
    const from = started.length
    let backup = ''
    const db = await openDatabase({ backupBeforeUpgrade: async (json) => (backup = json), dexieOptions: { chromeTransactionDurability: 'relaxed' } }, name)
    expect(backup).toContain('"SKR"')
    await seedOffice(db)
    await issueLetter(db, letterInput('SKR', '2019-12-16'))
    const mine = started.slice(from).filter((t) => t.db === name && t.mode === 'readwrite')
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.filter((t) => t.durability !== 'strict')).toEqual([])
  })
})
