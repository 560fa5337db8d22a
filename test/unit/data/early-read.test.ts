import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { readEarly } from '../../../renderer/src/data/early-read'
import { issueLetter } from '../../../renderer/src/data/letters-repo'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/**
 * The register's first read is not read a second time by its live query: the live query starts only
 * when a write was committed after the early read began. So such a write must always be seen.
 */
describe('an early read watches for writes', () => {
  test('a write committed while the read runs or after it marks the read out of date, once', async () => {
    installFakeWindow()
    const db = new PkkDatabase(freshName('baca-awal'))
    await seedOffice(db)
    await sleep(20)
    let told = 0
    const read = readEarly(() => db.letters.count())
    read.onChange = () => told++
    // Issued while the count runs: the count may or may not include it, the read is out of date either way.
    const issuing = issueLetter(db, letterInput('SKR', '2019-12-17'))
    await read.promise
    await issuing
    await sleep(20)
    expect(read.changed).toBe(true)
    await issueLetter(db, letterInput('SKR', '2019-12-18'))
    await sleep(20)
    expect(told).toBe(1)
  })

  test('without a write the read stays current; after stop() a write is no longer watched', async () => {
    installFakeWindow()
    const db = new PkkDatabase(freshName('baca-awal'))
    await seedOffice(db)
    await sleep(20)
    const read = readEarly(() => db.letters.count())
    await read.promise
    await sleep(20)
    expect(read).toMatchObject({ done: true, value: 0, changed: false, failed: false })
    await issueLetter(db, letterInput('SKR', '2019-12-17'))
    await sleep(20)
    expect(read.changed).toBe(true)
    const other = readEarly(() => db.letters.count())
    await other.promise
    other.stop()
    await issueLetter(db, letterInput('SKR', '2019-12-18'))
    await sleep(20)
    expect(other).toMatchObject({ value: 1, changed: false })
  })

  test('a failed read is marked failed (the live query then reads again)', async () => {
    const read = readEarly<number>(() => Promise.reject(new Error('IndexedDB hilang')))
    await read.promise
    read.stop()
    expect(read).toMatchObject({ done: true, failed: true, value: undefined })
  })
})
