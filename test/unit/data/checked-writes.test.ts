import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, test } from 'vitest'
import { backupJson, planRestore } from '../../../renderer/src/data/backup'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { issueLetter, renumberLetter } from '../../../renderer/src/data/letters-repo'
import { saveNumberingSettings } from '../../../renderer/src/data/letters-settings-repo'
import { getNumberingSettings } from '../../../renderer/src/data/profile-repo'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

beforeEach(() => {
  installFakeWindow()
})

describe('what the data layer writes itself stays within the schema its restore reads with', () => {
  test('renumbering under a long number pattern: the cancelled entry\'s reason is held to 500 characters and the backup restores', async () => {
    const db = new PkkDatabase(freshName('nomor-panjang'))
    await seedOffice(db, 'K'.repeat(60))
    // Every {kantor} is the 60-character office code: the number comes to well over 500 characters.
    const pattern = `{nomor}/{kode}/{tahun}${'/{kantor}'.repeat(19)}`
    await saveNumberingSettings(db, { ...(await getNumberingSettings(db)), pattern })
    const first = await issueLetter(db, letterInput('SKR', '2019-12-10'))
    expect(first.number.length).toBeGreaterThan(1000)

    const { cancelled, issued } = await renumberLetter(db, first.id, { ...letterInput('SKR', '2019-12-20'), date: '2019-12-20' })
    expect(cancelled.cancelReason).toHaveLength(500)
    expect(cancelled.cancelReason.startsWith(`Diganti dengan nomor ${issued.number.slice(0, 100)}`)).toBe(true)
    expect(cancelled.cancelReason.endsWith('…')).toBe(true)

    const plan = await planRestore(new PkkDatabase(freshName('nomor-panjang-pulih')), await backupJson(db))
    expect(plan.ok ? [] : plan.problems).toEqual([])
  })
})
