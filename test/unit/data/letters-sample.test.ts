import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { issueLetter, listLetters } from '../../../renderer/src/data/letters-repo'
import { counterSummaries } from '../../../renderer/src/data/letters-settings-repo'
import { replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { readDataFile } from '../../../shared/datafile'
import { dateBounds, fitsBounds } from '../../../shared/numbering'
import { freshName, letterInput } from './letters-support'

/** The sample office (TP PKK Provinsi Sumatera Barat, December 2019) continues where its real letters did. */
describe('the sample office', () => {
  test('takes 22/KEP/PKK-PROP/XII/2019 on 16 December and 296/SKR/PKK-PROP/XII/2019 on 17 December', async () => {
    const read = readDataFile(readFileSync(join(import.meta.dirname, '../../../resources/sample/sumbar-2019.json'), 'utf8'))
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    const db = new PkkDatabase(freshName('contoh'))
    await replaceAll(db, read.snapshot)

    const counters = await counterSummaries(db, 2019)
    expect(counters.find((c) => c.key === 'SKR')?.last).toBe(295)
    expect(counters.find((c) => c.key === 'KEP')?.last).toBe(21)
    // Its register already keeps the order rule.
    const before = await listLetters(db, { year: 2019 })
    for (const l of before) {
      const mine = before.filter((o) => o.counterKey === l.counterKey)
      expect(fitsBounds(dateBounds(mine, l), l.date), l.number).toBe(true)
    }

    const decree = await issueLetter(db, letterInput('KEP', '2019-12-16', 'Panitia Pelaksana Rapat Konsultasi'))
    const invitation = await issueLetter(db, letterInput('SKR', '2019-12-17', 'Undangan Rapat Konsultasi'))
    expect(decree.number).toBe('22/KEP/PKK-PROP/XII/2019')
    expect(invitation.number).toBe('296/SKR/PKK-PROP/XII/2019')
  })
})
