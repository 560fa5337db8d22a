import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import {
  cancelLetter,
  issueLetter,
  listLetters,
  NumberingError,
  previewNextNumber,
  registerManualLetter,
  renumberLetter,
  updateLetterDetails
} from '../../../renderer/src/data/letters-repo'
import {
  addLetterCode,
  counterSummaries,
  saveNumberingSettings,
  setCounterLast,
  updateLetterCode
} from '../../../renderer/src/data/letters-settings-repo'
import { defaultNumberingSettings } from '../../../shared/model'
import { freshName, letterInput, seedOffice } from './letters-support'

/** Runs the call and returns the NumberingError it throws, failing when it does not. */
async function refusal(p: Promise<unknown>): Promise<NumberingError> {
  try {
    await p
  } catch (err) {
    if (err instanceof NumberingError) return err
    throw err
  }
  throw new Error('expected a refusal')
}

let db: PkkDatabase
beforeEach(async () => {
  db = new PkkDatabase(freshName('surat'))
  await seedOffice(db)
  // The office started with the app in December 2019: SKR had reached 295, KEP 21.
  await setCounterLast(db, { key: 'SKR', year: 2019, last: 295 })
  await setCounterLast(db, { key: 'KEP', year: 2019, last: 21 })
})

describe('issuing numbers', () => {
  test('issues 22/KEP/PKK-PROP/XII/2019 after 21 and 296/SKR/PKK-PROP/XII/2019 after 295', async () => {
    const decree = await issueLetter(db, letterInput('KEP', '2019-12-16', 'Panitia Rapat Konsultasi'))
    const invitation = await issueLetter(db, letterInput('SKR', '2019-12-17'))
    expect(decree.number).toBe('22/KEP/PKK-PROP/XII/2019')
    expect(invitation.number).toBe('296/SKR/PKK-PROP/XII/2019')
    expect(invitation).toMatchObject({ code: 'SKR', counterKey: 'SKR', year: 2019, seq: 296, insert: 0, status: 'aktif', source: 'app' })
  })

  test('a back-dated letter gets 22a, after the last number of its date, and does not move the counter', async () => {
    await issueLetter(db, letterInput('KEP', '2019-12-10'))
    await issueLetter(db, letterInput('KEP', '2019-12-16'))
    const late = await issueLetter(db, letterInput('KEP', '2019-12-12'))
    expect(late.number).toBe('22a/KEP/PKK-PROP/XII/2019')
    expect((await counterSummaries(db, 2019)).find((c) => c.key === 'KEP')?.last).toBe(23)
    expect((await issueLetter(db, letterInput('KEP', '2019-12-17'))).number).toBe('24/KEP/PKK-PROP/XII/2019')
  })

  test('decimal inserts when the office prefers 22.1', async () => {
    await saveNumberingSettings(db, { ...defaultNumberingSettings, insertStyle: 'decimal' })
    await issueLetter(db, letterInput('KEP', '2019-12-10'))
    await issueLetter(db, letterInput('KEP', '2019-12-16'))
    expect((await issueLetter(db, letterInput('KEP', '2019-12-11'))).number).toBe('22.1/KEP/PKK-PROP/XII/2019')
    expect((await issueLetter(db, letterInput('KEP', '2019-12-11'))).number).toBe('22.2/KEP/PKK-PROP/XII/2019')
  })

  test('counters restart on 1 January; a letter of 31 December typed later takes the old year\'s next number', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-30'))
    expect((await issueLetter(db, letterInput('SKR', '2020-01-01'))).number).toBe('1/SKR/PKK-PROP/I/2020')
    expect((await issueLetter(db, letterInput('SKR', '2019-12-31'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
    expect((await issueLetter(db, letterInput('SKR', '2020-01-02'))).number).toBe('2/SKR/PKK-PROP/I/2020')
  })

  test('one shared counter for every code: numbers run on across KEP and SKR', async () => {
    await saveNumberingSettings(db, { ...defaultNumberingSettings, counterMode: 'shared' })
    // The shared counter continues after the highest number used this year (SKR 295).
    expect((await issueLetter(db, letterInput('KEP', '2019-12-16'))).number).toBe('296/KEP/PKK-PROP/XII/2019')
    expect((await issueLetter(db, letterInput('SKR', '2019-12-17'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
    expect((await counterSummaries(db, 2019)).map((c) => [c.label, c.last])).toEqual([['Semua jenis surat', 297]])

    // Back to a counter per code in the same year, and SKR's own counter set by hand to 296: its next
    // number, 297/SKR, was given out by the shared counter, and the same text is never issued twice.
    await saveNumberingSettings(db, { ...defaultNumberingSettings, counterMode: 'per-code' })
    await setCounterLast(db, { key: 'SKR', year: 2019, last: 296 })
    const err = await refusal(issueLetter(db, letterInput('SKR', '2019-12-18')))
    expect(err.code).toBe('duplicate-text')
    expect(err.message).toContain('Nomor 297/SKR/PKK-PROP/XII/2019 sudah pernah dikeluarkan')
  })

  test('refused without the office code, with the way to fix it', async () => {
    const empty = new PkkDatabase(freshName('kosong'))
    const err = await refusal(issueLetter(empty, letterInput('SKR', '2019-12-17')))
    expect(err.code).toBe('no-office-code')
    expect(err.message).toContain('Pengaturan > Data Kantor')
  })

  test('refused for an unknown or deactivated code, and without a subject', async () => {
    expect((await refusal(issueLetter(db, letterInput('XYZ', '2019-12-17')))).code).toBe('unknown-code')
    await updateLetterCode(db, 'POKJA IV', { name: 'Surat Pokja IV', pattern: '', classification: '', active: false })
    expect((await refusal(issueLetter(db, letterInput('POKJA IV', '2019-12-17')))).code).toBe('inactive-code')
    expect((await refusal(issueLetter(db, { ...letterInput('SKR', '2019-12-17'), perihal: ' ' }))).message).toBe('Perihal wajib diisi')
  })

  test('a letter dated before the first number of the year is refused', async () => {
    await issueLetter(db, letterInput('SKR', '2020-01-06'))
    const err = await refusal(issueLetter(db, letterInput('SKR', '2020-01-03')))
    expect(err.code).toBe('before-first')
  })

  test('the classification code of the letter kind goes into the number', async () => {
    await saveNumberingSettings(db, { ...defaultNumberingSettings, pattern: '{klasifikasi}/{nomor}/{kode}/{kantor}/{bulan}/{tahun}' })
    expect((await refusal(issueLetter(db, letterInput('SKR', '2019-12-17')))).code).toBe('missing-classification')
    await updateLetterCode(db, 'SKR', { name: 'Surat sekretariat', pattern: '', classification: '005', active: true })
    expect((await issueLetter(db, letterInput('SKR', '2019-12-17'))).number).toBe('005/296/SKR/PKK-PROP/XII/2019')
  })

  test('the preview shows the number the next letter would get, without taking it', async () => {
    expect(await previewNextNumber(db, 'SKR', '2019-12-17')).toEqual({ ok: true, number: '296/SKR/PKK-PROP/XII/2019', kind: 'main' })
    expect((await issueLetter(db, letterInput('SKR', '2019-12-17'))).number).toBe('296/SKR/PKK-PROP/XII/2019')
  })
})

describe('cancelling', () => {
  test('a cancelled number stays in the register, marked batal, and is never given again', async () => {
    const a = await issueLetter(db, letterInput('SKR', '2019-12-17'))
    const cancelled = await cancelLetter(db, a.id, 'Acara ditunda')
    expect(cancelled).toMatchObject({ status: 'batal', cancelReason: 'Acara ditunda', number: '296/SKR/PKK-PROP/XII/2019' })
    expect((await issueLetter(db, letterInput('SKR', '2019-12-17'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
    const register = await listLetters(db, { year: 2019 })
    expect(register.map((l) => [l.number, l.status])).toEqual([
      ['296/SKR/PKK-PROP/XII/2019', 'batal'],
      ['297/SKR/PKK-PROP/XII/2019', 'aktif']
    ])
  })
  test('a reason is required, and a letter is cancelled once', async () => {
    const a = await issueLetter(db, letterInput('SKR', '2019-12-17'))
    expect((await refusal(cancelLetter(db, a.id, '  '))).message).toBe('Alasan pembatalan wajib diisi.')
    await cancelLetter(db, a.id, 'Salah alamat')
    expect((await refusal(cancelLetter(db, a.id, 'lagi'))).code).toBe('cancelled')
  })
})

describe('registering letters written outside the app', () => {
  test('the next number by hand is fine and moves the counter', async () => {
    const l = await registerManualLetter(db, { ...letterInput('SKR', '2019-12-17'), seq: 296 })
    expect(l).toMatchObject({ number: '296/SKR/PKK-PROP/XII/2019', source: 'manual' })
    expect((await issueLetter(db, letterInput('SKR', '2019-12-18'))).number).toBe('297/SKR/PKK-PROP/XII/2019')
  })
  test('a duplicate is refused', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-17'))
    expect((await refusal(registerManualLetter(db, { ...letterInput('SKR', '2019-12-17'), seq: 296 }))).code).toBe('duplicate')
  })
  test('a number past a gap needs confirming; the skipped numbers then show as batal "nomor tidak terpakai"', async () => {
    const err = await refusal(registerManualLetter(db, { ...letterInput('SKR', '2019-12-18'), seq: 299 }))
    expect(err.code).toBe('gap')
    expect(err.problem.missing).toEqual([296, 297, 298])
    expect(await db.letters.count()).toBe(0)
    await registerManualLetter(db, { ...letterInput('SKR', '2019-12-18'), seq: 299, confirmGap: true })
    const register = await listLetters(db, { year: 2019, code: 'SKR' })
    expect(register.map((l) => [l.seq, l.status, l.source])).toEqual([
      [296, 'batal', 'gap'],
      [297, 'batal', 'gap'],
      [298, 'batal', 'gap'],
      [299, 'aktif', 'manual']
    ])
    expect(register[0]?.cancelReason).toBe('Nomor tidak terpakai (terlewati saat nomor 299 didaftarkan)')
    expect((await issueLetter(db, letterInput('SKR', '2019-12-19'))).seq).toBe(300)
  })
  test('an old number from before the app, below the counter, may be registered', async () => {
    const l = await registerManualLetter(db, { ...letterInput('SKR', '2019-11-28'), seq: 280 })
    expect(l.number).toBe('280/SKR/PKK-PROP/XI/2019')
    expect((await counterSummaries(db, 2019)).find((c) => c.key === 'SKR')?.last).toBe(295)
  })
})

describe('changing a numbered letter', () => {
  test('the subject and a date that keeps the order may change', async () => {
    const a = await issueLetter(db, letterInput('SKR', '2019-12-16'))
    await issueLetter(db, letterInput('SKR', '2019-12-18'))
    const changed = await updateLetterDetails(db, a.id, { ...letterInput('SKR', '2019-12-17', 'Undangan (ralat)'), date: '2019-12-17' })
    expect(changed).toMatchObject({ perihal: 'Undangan (ralat)', date: '2019-12-17', number: '296/SKR/PKK-PROP/XII/2019' })
  })
  test('a date after the next number is refused with an explanation; renumbering cancels the old number and issues a new one', async () => {
    const a = await issueLetter(db, letterInput('SKR', '2019-12-16'))
    await issueLetter(db, letterInput('SKR', '2019-12-18'))
    const err = await refusal(updateLetterDetails(db, a.id, { ...letterInput('SKR', '2019-12-20'), date: '2019-12-20' }))
    expect(err.code).toBe('order')
    expect(err.problem.canRenumber).toBe(true)
    expect(err.message).toContain('nomor sesudahnya, 297/SKR/PKK-PROP/XII/2019, bertanggal 18 Desember 2019')
    const { cancelled, issued } = await renumberLetter(db, a.id, { ...letterInput('SKR', '2019-12-20'), date: '2019-12-20' })
    expect(issued.number).toBe('298/SKR/PKK-PROP/XII/2019')
    expect(cancelled).toMatchObject({ number: '296/SKR/PKK-PROP/XII/2019', status: 'batal' })
    expect(cancelled.cancelReason).toBe('Diganti dengan nomor 298/SKR/PKK-PROP/XII/2019 karena tanggal surat diubah menjadi 20 Desember 2019')
  })
  test('a cancelled letter is not changed any more', async () => {
    const a = await issueLetter(db, letterInput('SKR', '2019-12-16'))
    await cancelLetter(db, a.id, 'Salah ketik')
    expect((await refusal(updateLetterDetails(db, a.id, { ...letterInput('SKR', '2019-12-16'), date: '2019-12-16' }))).code).toBe('cancelled')
  })
})

describe('settings', () => {
  test('the last number may not be lowered below a number already issued, nor raised past it', async () => {
    await issueLetter(db, letterInput('SKR', '2019-12-17'))
    expect((await refusal(setCounterLast(db, { key: 'SKR', year: 2019, last: 290 }))).code).toBe('lower-than-issued')
    expect((await refusal(setCounterLast(db, { key: 'SKR', year: 2019, last: 300 }))).code).toBe('gap')
  })
  test('a pattern with an unknown placeholder is refused in Indonesian', async () => {
    const err = await refusal(saveNumberingSettings(db, { ...defaultNumberingSettings, pattern: '{nomer}/{kode}/{tahun}' }))
    expect(err.message).toContain('Penanda {nomer} tidak dikenal')
  })
  test('a new code gets its own counter from 1', async () => {
    await addLetterCode(db, { code: 'PKJ-3', name: 'Surat Pokja III', pattern: '', classification: '' })
    expect((await issueLetter(db, letterInput('PKJ-3', '2019-12-17'))).number).toBe('1/PKJ-3/PKK-PROP/XII/2019')
    expect((await refusal(addLetterCode(db, { code: 'skr', name: 'x' }))).message).toContain('Kode SKR sudah ada')
  })
})
