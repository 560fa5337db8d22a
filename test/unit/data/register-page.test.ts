import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { issueLetter, listLetters, registerPage, registerYears } from '../../../renderer/src/data/letters-repo'
import { replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { REGISTER_PAGE } from '../../../shared/numbering'
import { generateOffice } from '../../fixtures/ten-year-office'
import { freshName, letterInput, seedOffice } from './letters-support'

// One year of a busy office: 2,000 letters in 2016 over eight codes, five or six on most dates, a few
// cancelled and a few inserted numbers (test/fixtures/ten-year-office.ts).
let db: PkkDatabase
beforeEach(async () => {
  db = new PkkDatabase(freshName('halaman-agenda'))
  const office = generateOffice({ years: 1, letters: 2000, people: 10, organisations: 5 }, 7)
  await replaceAll(db, { ...office, people: [], organisations: [], groups: [] })
  await seedOffice(db)
})

const numbers = (ls: readonly { number: string }[]) => ls.map((l) => l.number)

describe('the register page read from the indexes', () => {
  test('the newest entries of a 2,000-letter year, in the book order and numbered as the whole year reads them', async () => {
    const whole = await listLetters(db, { year: 2016 })
    expect(whole).toHaveLength(2000)
    // Page sizes that cut a date's entries in two, and the usual page.
    for (const limit of [REGISTER_PAGE, 37, 251, 2000, 5000]) {
      const page = await registerPage(db, { year: 2016 }, limit)
      const expected = whole.slice(Math.max(0, whole.length - limit))
      expect(numbers(page.letters), `limit ${limit}`).toEqual(numbers(expected))
      expect(page.total).toBe(2000)
      expect(page.firstNo).toBe(2000 - expected.length + 1)
      expect(page.cancelled).toBe(whole.filter((l) => l.status === 'batal').length)
    }
    expect(whole.some((l) => l.status === 'batal')).toBe(true)
  })

  test('one code, and a search, give what the whole year filtered gives', async () => {
    const kep = await listLetters(db, { year: 2016, code: 'KEP' })
    const page = await registerPage(db, { year: 2016, code: 'KEP' }, 20)
    expect(numbers(page.letters)).toEqual(numbers(kep.slice(-20)))
    expect([page.total, page.firstNo]).toEqual([kep.length, kep.length - 19])
    const found = await listLetters(db, { year: 2016, search: 'dinas nomor 3 ' })
    const searched = await registerPage(db, { year: 2016, search: 'dinas nomor 3 ' }, REGISTER_PAGE)
    expect(numbers(searched.letters)).toEqual(numbers(found.slice(-REGISTER_PAGE)))
    expect(searched.total).toBe(found.length)
    expect(await registerPage(db, { year: 2015 }, REGISTER_PAGE)).toEqual({ total: 0, cancelled: 0, letters: [], firstNo: 1 })
  })

  test('issues while page 1 of the year is open: the new number appears last, and no number is given twice', async () => {
    const before = await registerPage(db, { year: 2016 }, REGISTER_PAGE)
    const lastSkr = Math.max(...(await listLetters(db, { year: 2016, code: 'SKR' })).filter((l) => l.insert === 0).map((l) => l.seq))
    const issued = await issueLetter(db, letterInput('SKR', '2016-12-31'))
    expect(issued.number).toBe(`${lastSkr + 1}/SKR/PKK-PROP/XII/2016`)
    const after = await registerPage(db, { year: 2016 }, REGISTER_PAGE)
    expect(after.total).toBe(before.total + 1)
    expect(after.letters.at(-1)?.number).toBe(issued.number)
    expect(numbers(after.letters.slice(0, -1))).toEqual(numbers(before.letters.slice(1)))
    // A back-dated letter on the page's oldest date takes an inserted number in its place in the book.
    const oldest = after.letters[0]?.date ?? ''
    const inserted = await issueLetter(db, letterInput('SKR', oldest))
    const withInsert = await registerPage(db, { year: 2016 }, REGISTER_PAGE)
    const whole = await listLetters(db, { year: 2016 })
    expect(numbers(withInsert.letters)).toEqual(numbers(whole.slice(-REGISTER_PAGE)))
    expect(numbers(withInsert.letters)).toContain(inserted.number)
    expect(new Set(numbers(whole)).size).toBe(whole.length)
    expect(whole).toHaveLength(2002)
  })

  test("an entry of another year dated in this one (data written by hand) stays out of this year's page", async () => {
    const whole = await listLetters(db, { year: 2016 })
    const newest = whole.at(-1)
    if (!newest) throw new Error('the fixture has no letters')
    // Its date is this year's last one, so the date index read backwards meets it first.
    const stray = { ...newest, id: 'surat-lain-tahun', year: 2017, seq: 1, insert: 0, number: '1/SKR/PKK-PROP/XII/2017', status: 'aktif' as const }
    await db.letters.add(stray)
    for (const limit of [REGISTER_PAGE, 7]) {
      const page = await registerPage(db, { year: 2016 }, limit)
      expect(numbers(page.letters), `limit ${limit}`).toEqual(numbers(whole.slice(-limit)))
      expect(page.total).toBe(2000)
    }
    const next = await registerPage(db, { year: 2017 }, REGISTER_PAGE)
    expect(numbers(next.letters)).toEqual([stray.number])
  })

  test('a date with more entries than the read reaches past the page (a busy day): that date is read whole', async () => {
    const whole = await listLetters(db, { year: 2016 })
    const base = whole.at(-1)
    if (!base) throw new Error('the fixture has no letters')
    // 150 letters on the year's last date; their ids run against their numbers, so the date index gives them out of the book's order.
    const busy = Array.from({ length: 150 }, (_, i) => ({
      ...base,
      id: `hari-sibuk-${String(999 - i).padStart(3, '0')}`,
      date: '2016-12-31',
      seq: 5000 + i,
      insert: 0,
      number: `${5000 + i}/SKR/PKK-PROP/XII/2016`
    }))
    await db.letters.bulkAdd(busy)
    const after = await listLetters(db, { year: 2016 })
    for (const limit of [REGISTER_PAGE, 120, 170]) {
      const page = await registerPage(db, { year: 2016 }, limit)
      expect(numbers(page.letters), `limit ${limit}`).toEqual(numbers(after.slice(-limit)))
      expect([page.total, page.firstNo]).toEqual([2150, 2150 - limit + 1])
    }
  })

  test("the year list: years with letters or counters and this year, newest first, without the empty years between", async () => {
    const base = (await listLetters(db, { year: 2016 }))[0]
    if (!base) throw new Error('the fixture has no letters')
    const letterIn = (year: number) => ({ ...base, id: `surat-${year}`, year, date: `${year}-03-01`, seq: 1, insert: 0, number: `1/SKR/PKK-PROP/III/${year}` })
    await db.letters.bulkAdd([letterIn(2019), letterIn(2021)])
    await db.counters.add({ id: 'SKR|2023', key: 'SKR', year: 2023, last: 4 })
    expect(await registerYears(db, 2026)).toEqual([2026, 2023, 2021, 2019, 2016])
    // A year typed far back (data written by hand): the years are then read one by one, with the same result.
    await db.letters.add(letterIn(1890))
    expect(await registerYears(db, 2026)).toEqual([2026, 2023, 2021, 2019, 2016, 1890])
  })
})
