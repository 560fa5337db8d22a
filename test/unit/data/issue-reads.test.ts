import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { issueLetter, NumberingError, previewNextNumber } from '../../../renderer/src/data/letters-repo'
import { saveNumberingSettings, setCounterLast } from '../../../renderer/src/data/letters-settings-repo'
import { defaultNumberingSettings } from '../../../shared/model'
import { freshName, letterInput, seedOffice } from './letters-support'

// issueLetter reads its context, the counters and both candidate counters' top entries together; these
// pin what it must still get right from reads made before it knows which counter the settings choose.
describe('issuing from reads asked together', () => {
  test("a counter brought in by a restore under another id is the one raised: no second counter for the same key and year", async () => {
    const db = new PkkDatabase(freshName('penghitung-impor'))
    await seedOffice(db)
    await db.counters.add({ id: 'dari-berkas-lama', key: 'SKR', year: 2019, last: 295 })
    const issued = await issueLetter(db, letterInput('SKR', '2019-12-10'))
    expect(issued.number).toBe('296/SKR/PKK-PROP/XII/2019')
    expect(await db.counters.where('[key+year]').equals(['SKR', 2019]).toArray()).toEqual([{ id: 'dari-berkas-lama', key: 'SKR', year: 2019, last: 296 }])
    expect((await issueLetter(db, letterInput('SKR', '2019-12-11'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
  })

  test('one counter for every code: the shared counter\'s top entry decides, not the code\'s own', async () => {
    const db = new PkkDatabase(freshName('penghitung-bersama'))
    await seedOffice(db)
    await saveNumberingSettings(db, { ...defaultNumberingSettings, counterMode: 'shared' })
    const first = await issueLetter(db, letterInput('SKR', '2019-12-10'))
    const second = await issueLetter(db, letterInput('KEP', '2019-12-12'))
    const preview = await previewNextNumber(db, 'KEP', '2019-12-12')
    const third = await issueLetter(db, letterInput('KEP', '2019-12-12'))
    expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3])
    expect(preview).toMatchObject({ ok: true, number: third.number })
    // SKR dated before the shared counter's top (KEP 3, 12 December) but after SKR's own top: an inserted
    // number after the last of its date (1, 10 December), not a new main number.
    const back = await issueLetter(db, letterInput('SKR', '2019-12-11'))
    expect([back.seq, back.insert]).toEqual([1, 1])
  })

  test('a text found again is refused although the letter and its counter were asked to be written beside the check: nothing of it is kept', async () => {
    const db = new PkkDatabase(freshName('teks-ganda'))
    await seedOffice(db)
    await setCounterLast(db, { key: 'SKR', year: 2019, last: 295 })
    await saveNumberingSettings(db, { ...defaultNumberingSettings, counterMode: 'shared' })
    await issueLetter(db, letterInput('KEP', '2019-12-16'))
    expect((await issueLetter(db, letterInput('SKR', '2019-12-17'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
    // Back to a counter per code, SKR's own set to 296: its next number, 297/SKR, was given out already.
    await saveNumberingSettings(db, { ...defaultNumberingSettings, counterMode: 'per-code' })
    await setCounterLast(db, { key: 'SKR', year: 2019, last: 296 })
    const before = { letters: await db.letters.toArray(), counters: await db.counters.toArray() }
    const refused = await issueLetter(db, letterInput('SKR', '2019-12-18')).then(
      () => null,
      (err: unknown) => err
    )
    expect(refused).toBeInstanceOf(NumberingError)
    expect((refused as NumberingError).problem.code).toBe('duplicate-text')
    expect({ letters: await db.letters.toArray(), counters: await db.counters.toArray() }).toEqual(before)
  })
})
