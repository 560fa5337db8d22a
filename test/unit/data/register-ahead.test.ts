import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { PkkDatabase, setDb } from '../../../renderer/src/data/db'
import { issueLetter, registerPage } from '../../../renderer/src/data/letters-repo'
import { readRegisterAhead, takeRegisterAhead } from '../../../renderer/src/data/letters-hooks'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

async function office(): Promise<PkkDatabase> {
  installFakeWindow()
  const db = new PkkDatabase(freshName('baca-dulu'))
  await seedOffice(db)
  setDb(db)
  for (const date of ['2019-03-01', '2019-05-02', '2018-07-03']) await issueLetter(db, letterInput('SKR', date))
  await sleep(20)
  return db
}

/**
 * The register's first page is read from the hash change (#/agenda/2019), before React renders the page,
 * and the page takes that read instead of reading its own: it must be that year's page, taken once, and
 * a write committed before the page takes it over must still be seen (the page then follows changes).
 */
describe('the register page read at the hash change', () => {
  test("the page of the year asked for is taken once, with the same rows as the page's own read", async () => {
    const db = await office()
    readRegisterAhead(2019)
    const read = takeRegisterAhead({ year: 2019 }, 50)
    expect(read).not.toBeNull()
    await read?.promise
    expect(read?.value).toEqual(await registerPage(db, { year: 2019 }, 50))
    expect(read?.value?.total).toBe(2)
    expect(takeRegisterAhead({ year: 2019 }, 50)).toBeNull()
  })

  test('another year, a code or a longer page reads its own', async () => {
    await office()
    for (const [filter, limit] of [[{ year: 2018 }, 50], [{ year: 2019, code: 'SKR' }, 50], [{ year: 2019 }, 300]] as const) {
      readRegisterAhead(2019)
      expect(takeRegisterAhead(filter, limit)).toBeNull()
    }
  })

  test('a number issued between the hash change and the page following changes marks the read out of date', async () => {
    const db = await office()
    // Before the page takes the read (while React renders), and after it (before the page's effect watches).
    readRegisterAhead(2019)
    await sleep(20)
    await issueLetter(db, letterInput('SKR', '2019-06-04'))
    await sleep(20)
    expect(takeRegisterAhead({ year: 2019 }, 50)?.changed).toBe(true)
    readRegisterAhead(2019)
    const taken = takeRegisterAhead({ year: 2019 }, 50)
    await taken?.promise
    expect(taken?.changed).toBe(false)
    await issueLetter(db, letterInput('SKR', '2019-06-05'))
    await sleep(20)
    expect(taken?.changed).toBe(true)
  })
})
