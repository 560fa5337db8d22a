import { describe, expect, test } from 'vitest'
import { defaultNumberingSettings, type LetterCode, type NumberingSettings } from '@shared/model'
import { buildLetterNumber, formatMonth, formatSeq, insertSuffix, numberingYear, parseInsertSuffix, parseSeqInput } from '@shared/numbering'

const code = (c: string, extra: Partial<LetterCode> = {}): LetterCode => ({ code: c, name: c, pattern: '', classification: '', active: true, order: 1, ...extra })
const settings = (extra: Partial<NumberingSettings> = {}): NumberingSettings => ({ ...defaultNumberingSettings, ...extra })

function number(seq: number, date: string, c = 'SKR', s: Partial<NumberingSettings> = {}, insert = 0, officeCode = 'PKK-PROP', codeExtra: Partial<LetterCode> = {}) {
  const r = buildLetterNumber(settings(s), code(c, codeExtra), { seq, insert, code: c, officeCode, classification: codeExtra.classification ?? '', date })
  if (!r.ok) throw new Error(r.problem.message)
  return r.number
}

describe('the numbers of TP PKK Provinsi Sumatera Barat, December 2019', () => {
  test('the invitation of 17 December 2019 is 296/SKR/PKK-PROP/XII/2019', () => {
    expect(number(296, '2019-12-17')).toBe('296/SKR/PKK-PROP/XII/2019')
  })
  test('the decree of 16 December 2019 is 22/KEP/PKK-PROP/XII/2019', () => {
    expect(number(22, '2019-12-16', 'KEP')).toBe('22/KEP/PKK-PROP/XII/2019')
  })
  test('a back-dated letter after 22 is 22a, or 22.1 in decimal style', () => {
    expect(number(22, '2019-12-16', 'KEP', {}, 1)).toBe('22a/KEP/PKK-PROP/XII/2019')
    expect(number(22, '2019-12-16', 'KEP', { insertStyle: 'decimal' }, 1)).toBe('22.1/KEP/PKK-PROP/XII/2019')
  })
})

describe('other offices write their numbers their own way', () => {
  test('PKK DIY pads to two digits and writes the month in Arabic digits: 01/SKR/PKK.DIY/1/2023', () => {
    expect(number(1, '2023-01-05', 'SKR', { padding: 2, monthStyle: 'arabic' }, 0, 'PKK.DIY')).toBe('01/SKR/PKK.DIY/1/2023')
  })
  test('a working group pads to three digits: 004/PKJ-3/TP.PKK/VI/2021', () => {
    expect(number(4, '2021-06-10', 'PKJ-3', { padding: 3 }, 0, 'TP.PKK')).toBe('004/PKJ-3/TP.PKK/VI/2021')
  })
  test('an office code may itself contain a slash and spaces: 167/POKJA IV/PKK DIY/XII/2023', () => {
    expect(number(167, '2023-12-01', 'POKJA IV', {}, 0, 'PKK DIY')).toBe('167/POKJA IV/PKK DIY/XII/2023')
    expect(number(3, '2023-12-01', 'SKR', {}, 0, 'TP/PKK')).toBe('3/SKR/TP/PKK/XII/2023')
  })
  test('an archive classification code leads the number when the pattern asks for it', () => {
    const s = { pattern: '{klasifikasi}/{nomor}/{kode}/{kantor}/{bulan}/{tahun}' }
    expect(number(7, '2024-03-04', 'SKR', s, 0, 'PKK KEC', { classification: '005' })).toBe('005/7/SKR/PKK KEC/III/2024')
  })
  test('a code may carry its own pattern, which wins over the office pattern', () => {
    expect(number(5, '2024-03-04', 'KEP', {}, 0, 'PKK-PROP', { pattern: 'KEP-{nomor}/{kantor}/{tahun}' })).toBe('KEP-5/PKK-PROP/2024')
  })
  test('a classification code that the pattern needs but the code lacks is reported', () => {
    const r = buildLetterNumber(settings({ pattern: '{klasifikasi}/{nomor}/{kode}/{tahun}' }), code('SKR'), {
      seq: 1,
      insert: 0,
      code: 'SKR',
      officeCode: 'PKK',
      classification: '',
      date: '2024-01-02'
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem.message).toContain('kode klasifikasi untuk jenis surat SKR belum diisi')
  })
  test('an office without its code cannot number', () => {
    const r = buildLetterNumber(settings(), code('SKR'), { seq: 1, insert: 0, code: 'SKR', officeCode: ' ', classification: '', date: '2024-01-02' })
    expect(r.ok ? '' : r.problem.code).toBe('no-office-code')
  })
})

describe('every month', () => {
  const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
  test.each(romans.map((r, i) => [i + 1, r] as const))('month %i is %s in Roman and its own digits in Arabic', (month, roman) => {
    const date = `2024-${String(month).padStart(2, '0')}-15`
    expect(formatMonth(month, 'roman')).toBe(roman)
    expect(formatMonth(month, 'arabic')).toBe(String(month))
    expect(number(12, date)).toBe(`12/SKR/PKK-PROP/${roman}/2024`)
    expect(number(12, date, 'SKR', { monthStyle: 'arabic' })).toBe(`12/SKR/PKK-PROP/${month}/2024`)
  })
  test('there is no 13th month', () => {
    expect(() => formatMonth(13, 'roman')).toThrow()
    expect(() => formatMonth(0, 'arabic')).toThrow()
  })
})

describe('zero padding', () => {
  test('pads to the configured width and never cuts a longer number', () => {
    expect(formatSeq(4, 0, { padding: 0, insertStyle: 'letter' })).toBe('4')
    expect(formatSeq(4, 0, { padding: 1, insertStyle: 'letter' })).toBe('4')
    expect(formatSeq(4, 0, { padding: 2, insertStyle: 'letter' })).toBe('04')
    expect(formatSeq(4, 0, { padding: 3, insertStyle: 'letter' })).toBe('004')
    expect(formatSeq(1234, 0, { padding: 3, insertStyle: 'letter' })).toBe('1234')
    expect(formatSeq(22, 1, { padding: 3, insertStyle: 'decimal' })).toBe('022.1')
    expect(formatSeq(22, 2, { padding: 3, insertStyle: 'letter' })).toBe('022b')
  })
  test('number 0 does not exist', () => {
    expect(() => formatSeq(0, 0, { padding: 0, insertStyle: 'letter' })).toThrow()
  })
})

describe('inserted numbers (nomor sisipan)', () => {
  test('letters run a..z, then aa, ab, ..., like spreadsheet columns', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map((n) => insertSuffix(n, 'letter'))).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa'])
    expect(insertSuffix(0, 'letter')).toBe('')
  })
  test('decimal style runs .1, .2, ... .10', () => {
    expect([1, 2, 10].map((n) => insertSuffix(n, 'decimal'))).toEqual(['.1', '.2', '.10'])
  })
  test('what the secretary types is read back', () => {
    for (const n of [1, 2, 26, 27, 52, 53, 702, 703]) expect(parseInsertSuffix(insertSuffix(n, 'letter'))).toBe(n)
    expect(parseInsertSuffix('.3')).toBe(3)
    expect(parseSeqInput('296')).toEqual({ seq: 296, insert: 0 })
    expect(parseSeqInput('022')).toEqual({ seq: 22, insert: 0 })
    expect(parseSeqInput('22a')).toEqual({ seq: 22, insert: 1 })
    expect(parseSeqInput('22B')).toEqual({ seq: 22, insert: 2 })
    expect(parseSeqInput('22.1')).toEqual({ seq: 22, insert: 1 })
    expect(parseSeqInput('0')).toBeNull()
    expect(parseSeqInput('22/SKR')).toBeNull()
    expect(parseSeqInput('abc')).toBeNull()
  })
})

describe('the 31 December / 1 January boundary', () => {
  test('a letter of 31 December belongs to the old year, one of 1 January to the new', () => {
    expect(numberingYear('2019-12-31')).toBe(2019)
    expect(numberingYear('2020-01-01')).toBe(2020)
    expect(number(297, '2019-12-31')).toBe('297/SKR/PKK-PROP/XII/2019')
    expect(number(1, '2020-01-01')).toBe('1/SKR/PKK-PROP/I/2020')
    expect(number(1, '2020-01-01', 'SKR', { padding: 3, monthStyle: 'arabic' })).toBe('001/SKR/PKK-PROP/1/2020')
  })
  test('29 February exists only in leap years', () => {
    expect(number(3, '2024-02-29')).toBe('3/SKR/PKK-PROP/II/2024')
    expect(() => number(3, '2023-02-29')).toThrow()
  })
})
