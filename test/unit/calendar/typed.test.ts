import { describe, expect, test } from 'vitest'
import { formatTypedDate, formatTypedTime, parseTypedDate, parseTypedTime, spellTypedDate } from '@shared/calendar'

const ok = (value: string) => ({ ok: true, value })
const refused = (text: string) => {
  const r = parseTypedDate(text)
  if (r.ok || r.empty) throw new Error(`expected a refusal for ${text}`)
  return r.message
}

describe('dates as the secretary types them', () => {
  test.each([
    ['17/12/2026', '2026-12-17'],
    ['17-12-2026', '2026-12-17'],
    ['17.12.2026', '2026-12-17'],
    ['7/1/2027', '2027-01-07'],
    ['17 Desember 2026', '2026-12-17'],
    ['17 desember 2026', '2026-12-17'],
    ['17 Des 2026', '2026-12-17'],
    ['17 Des. 2026', '2026-12-17'],
    ['17 Agt 2026', '2026-08-17'],
    ['1 Mei 2026', '2026-05-01'],
    ['  17  Des  2026 ', '2026-12-17'],
    ['2019-12-20', '2019-12-20'],
    ['29/02/2024', '2024-02-29']
  ])('"%s" is %s', (text, iso) => {
    expect(parseTypedDate(text)).toEqual(ok(iso))
  })

  test('31/02 does not exist, and the message says why', () => {
    expect(refused('31/02/2026')).toBe('Tanggal 31 Februari 2026 tidak ada: Februari 2026 hanya sampai tanggal 28.')
    expect(refused('29/02/2026')).toBe('Tanggal 29 Februari 2026 tidak ada: Februari 2026 hanya sampai tanggal 28.')
    expect(refused('31 April 2026')).toMatch(/April 2026 hanya sampai tanggal 30/)
    expect(refused('2019-02-30')).toMatch(/Februari 2019 hanya sampai tanggal 28/)
  })
  test('a month beyond 12, a two-digit year, an unknown month word and a half-typed date are refused in Indonesian', () => {
    expect(refused('12/13/2026')).toBe('Bulan 13 tidak ada: bulan hanya 1 sampai 12.')
    expect(refused('17/12/26')).toBe('Tulis tahun dengan empat angka, misalnya 2026.')
    expect(refused('17 Dember 2026')).toMatch(/^Nama bulan “Dember” tidak dikenal/)
    expect(refused('17/12')).toBe('Tulis tanggal seperti 17/12/2026 atau 17 Desember 2026.')
    expect(refused('12/17/2026 (mm/dd)')).toMatch(/^Tulis tanggal/)
  })
  test('an empty box is empty, not an error', () => {
    expect(parseTypedDate('   ')).toEqual({ ok: false, empty: true })
  })
  test('the weekday and date are spelled out as she types', () => {
    expect(spellTypedDate('17/12/2026')).toBe('Kamis, 17 Desember 2026')
    expect(spellTypedDate('17/12/20')).toBe('')
  })
  test('a stored date shows day first in the box, and reads back to itself', () => {
    expect(formatTypedDate('2026-12-17')).toBe('17/12/2026')
    expect(parseTypedDate(formatTypedDate('2026-12-17'))).toEqual(ok('2026-12-17'))
    expect(formatTypedDate('')).toBe('')
  })
})

describe('times in 24 hours', () => {
  test.each([
    ['09.00', '09:00'],
    ['09:00', '09:00'],
    ['9.00', '09:00'],
    ['0900', '09:00'],
    ['9', '09:00'],
    ['14.30', '14:30'],
    ['23.59', '23:59'],
    ['00.00', '00:00']
  ])('"%s" is %s', (text, hhmm) => {
    expect(parseTypedTime(text)).toEqual(ok(hhmm))
  })
  test('impossible times and AM/PM are refused with the reason', () => {
    expect(parseTypedTime('24.00')).toEqual({ ok: false, empty: false, message: 'Jam 24 tidak ada: jam hanya 00.00 sampai 23.59.' })
    expect(parseTypedTime('09.60')).toEqual({ ok: false, empty: false, message: 'Menit 60 tidak ada: menit hanya 00 sampai 59.' })
    expect(parseTypedTime('9:00 AM')).toEqual({ ok: false, empty: false, message: 'Tanpa AM/PM: Tulis jam dalam 24 jam, seperti 09.00 atau 14.30.' })
    expect(parseTypedTime('')).toEqual({ ok: false, empty: true })
  })
  test('a stored time shows with a dot', () => {
    expect(formatTypedTime('09:00')).toBe('09.00')
    expect(parseTypedTime(formatTypedTime('09:00'))).toEqual(ok('09:00'))
  })
})
