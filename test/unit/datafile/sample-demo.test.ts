import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { readDataFile } from '@shared/datafile'
import { buildLetterNumber, planIssue } from '@shared/numbering'
import { PkkDatabase } from '@renderer/data/db'
import { issueLetter } from '@renderer/data/letters-repo'
import { countRecords, readSnapshot, replaceAll } from '@renderer/data/snapshot-repo'

const text = readFileSync(new URL('../../../resources/sample/sumbar-2019.json', import.meta.url), 'utf8')

let db: PkkDatabase
beforeEach(async () => {
  db = new PkkDatabase(`sampel-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('the sample office in the database (what "Muat data contoh" does)', () => {
  test('loads whole, and its next numbers are 22/KEP on 16 and 296/SKR on 17 Desember 2019', async () => {
    const read = readDataFile(text)
    if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    await replaceAll(db, read.snapshot)
    expect(await countRecords(db)).toMatchObject({ profile: 1, settings: 1, people: 65, letters: 5, counters: 2, groups: 3, letterCodes: 6 })

    const s = await readSnapshot(db)
    const [settings] = s.settings
    const [office] = s.profile
    if (!settings || !office) throw new Error('profil atau pengaturan penomoran tidak termuat')
    const next = (code: string, date: string) => {
      const entries = s.letters.filter((l) => l.counterKey === code && l.year === 2019)
      const last = s.counters.find((c) => c.key === code && c.year === 2019)?.last ?? 0
      const plan = planIssue(entries, last, date)
      if (plan.kind !== 'main') throw new Error(`${code}: ${plan.kind}`)
      const codeRow = s.letterCodes.find((c) => c.code === code)
      const built = buildLetterNumber(settings, codeRow, { seq: plan.seq, insert: 0, code, officeCode: office.officeCode, classification: '', date })
      return built.ok ? built.number : built.problem.message
    }
    expect(next('KEP', '2019-12-16')).toBe('22/KEP/PKK-PROP/XII/2019')
    expect(next('SKR', '2019-12-17')).toBe('296/SKR/PKK-PROP/XII/2019')
  })

  test('the demo issues the decree and the invitation of the article with the register of the sample', async () => {
    const read = readDataFile(text)
    if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    await replaceAll(db, read.snapshot)
    const kep = await issueLetter(db, {
      code: 'KEP',
      date: '2019-12-16',
      perihal: 'Panitia Pelaksana, Narasumber dan Moderator Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
    })
    const skr = await issueLetter(db, { code: 'SKR', date: '2019-12-17', perihal: 'Undangan Rakon dengan OPD terkait' })
    expect([kep.number, skr.number]).toEqual(['22/KEP/PKK-PROP/XII/2019', '296/SKR/PKK-PROP/XII/2019'])
  })
})
