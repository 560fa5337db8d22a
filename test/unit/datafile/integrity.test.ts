import { describe, expect, test } from 'vitest'
import { letterTextFits, nomorForms } from '@shared/datafile'
import { defaultLetterCodes, defaultNumberingSettings, type Letter } from '@shared/model'

const skr = defaultLetterCodes.find((c) => c.code === 'SKR')
const at = '2019-12-17T02:00:00.000Z'

function slot(seq: number, insert: number, number: string): Letter {
  return {
    id: `l-${seq}-${insert}`,
    code: 'SKR',
    counterKey: 'SKR',
    year: 2019,
    seq,
    insert,
    number,
    date: '2019-12-17',
    kepada: '',
    perihal: 'Undangan',
    lampiran: '',
    tembusan: '',
    status: 'aktif',
    cancelReason: '',
    source: 'app',
    documentKind: '',
    createdAt: at,
    updatedAt: at
  }
}

const fits = (seq: number, insert: number, number: string) => letterTextFits(slot(seq, insert, number), defaultNumberingSettings, skr, 'PKK-PROP')

describe('a number the app issued says its own slot', () => {
  test('the text today\'s settings give fits', () => {
    expect(fits(296, 0, '296/SKR/PKK-PROP/XII/2019')).toBe(true)
    expect(fits(22, 1, '22a/SKR/PKK-PROP/XII/2019')).toBe(true)
  })

  test('a text from settings since changed fits when it holds the slot\'s own {nomor} as a token', () => {
    // Padding, month style, office code, pattern order, insert style changed since.
    expect(fits(296, 0, '0296/SKR/PKK.PROP/12/2019')).toBe(true)
    expect(fits(296, 0, 'SKR-296/PKK-PROP/2019')).toBe(true)
    expect(fits(22, 1, '022.1/SKR/PKK-PROP/XII/2019')).toBe(true)
  })

  test('another number, or the slot\'s number glued to more digits, letters or an insert, does not fit', () => {
    expect(fits(296, 0, '297/SKR/PKK-PROP/XII/2019')).toBe(false)
    expect(fits(296, 0, '2960/SKR/PKK-PROP/XII/2019')).toBe(false)
    expect(fits(296, 0, '1296/SKR/PKK-PROP/XII/2019')).toBe(false)
    expect(fits(296, 0, '296a/SKR/PKK-PROP/XII/2019')).toBe(false)
    expect(fits(296, 0, '296.1/SKR/PKK-PROP/XII/2019')).toBe(false)
    expect(fits(22, 1, '22/SKR/PKK-PROP/XII/2019')).toBe(false)
    expect(fits(22, 1, '22b/SKR/PKK-PROP/XII/2019')).toBe(false)
  })

  test('the forms of a {nomor}: padding 0 to 6, either insert style', () => {
    expect(nomorForms(22, 0)).toEqual(['22', '022', '0022', '00022', '000022'])
    expect(nomorForms(22, 1)).toContain('000022.1')
    expect(nomorForms(22, 1)).toContain('22a')
  })
})
