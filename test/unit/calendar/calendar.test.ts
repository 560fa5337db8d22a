import { describe, expect, test } from 'vitest'
import {
  dayName,
  formatDateLong,
  formatDayDate,
  formatPlaceDate,
  formatTimeRange,
  isValidIsoDate,
  parseIsoDate,
  romanMonth,
  todayIso,
  utcOffset
} from '@shared/calendar'

describe('Indonesian dates', () => {
  test('the invitation of 17 December 2019 is dated "Padang, 17 Desember 2019"', () => {
    expect(formatPlaceDate('Padang', '2019-12-17')).toBe('Padang, 17 Desember 2019')
  })
  test('the meeting of 20 December 2019 fell on a Friday (Jumat)', () => {
    expect(dayName('2019-12-20')).toBe('Jumat')
    expect(dayName('2019-12-20', { jumatApostrophe: true })).toBe("Jum'at")
    expect(formatDayDate('2019-12-20')).toBe('Jumat, 20 Desember 2019')
  })
  test('every month has its Indonesian name and Roman numeral', () => {
    const names = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
    const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
    names.forEach((n, i) => {
      const iso = `2024-${String(i + 1).padStart(2, '0')}-01`
      expect(formatDateLong(iso)).toBe(`1 ${n} 2024`)
      expect(romanMonth(i + 1)).toBe(romans[i])
    })
    expect(() => romanMonth(13)).toThrow()
  })
  test('impossible dates are refused', () => {
    expect(isValidIsoDate('2019-02-29')).toBe(false)
    expect(isValidIsoDate('2020-02-29')).toBe(true)
    expect(isValidIsoDate('2019-13-01')).toBe(false)
    expect(() => parseIsoDate('17-12-2019')).toThrow()
  })
  test('today follows the office clock: 31 Dec 17:30 UTC is already 1 January in WIB', () => {
    const now = new Date('2019-12-31T17:30:00Z')
    expect(todayIso(now, utcOffset.WIB)).toBe('2020-01-01')
    expect(todayIso(new Date('2019-12-31T16:30:00Z'), utcOffset.WIB)).toBe('2019-12-31')
  })
  test('times are written with a dot and the zone', () => {
    expect(formatTimeRange('09:00', undefined, 'WIB')).toBe('09.00 WIB s.d. selesai')
    expect(formatTimeRange('09:00', '12:30', 'WITA')).toBe('09.00 s.d. 12.30 WITA')
  })
})
