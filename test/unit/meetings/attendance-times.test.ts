import { describe, expect, test } from 'vitest'
import { instantAt, readClock, timeMarks, timeMarksText, wallClock, type MeetingTimes } from '../../../shared/meetings'

const wib: MeetingTimes = { timeStart: '09:00', timeEnd: '12:00', timeZone: 'WIB' }
const row = (day: string, arrivedAt?: string, leftAt?: string) => ({ day, ...(arrivedAt ? { arrivedAt } : {}), ...(leftAt ? { leftAt } : {}) })

describe('datang and pulang on the office clock', () => {
  test('09.40 WIB is 02:40 UTC: she came after the 09.00 start', () => {
    expect(timeMarksText(timeMarks(row('2019-12-20', '2019-12-20T02:40:00.000Z'), wib))).toBe('datang 09.40')
  })

  test('on time, and within the start minute, is not late', () => {
    expect(timeMarks(row('2019-12-20', '2019-12-20T01:50:00.000Z'), wib)).toEqual({})
    expect(timeMarks(row('2019-12-20', '2019-12-20T02:00:59.000Z'), wib)).toEqual({})
    expect(timeMarks(row('2019-12-20', '2019-12-20T02:01:00.000Z'), wib)).toEqual({ late: '09:01' })
  })

  test('left at 11.15 before the 12.00 end; leaving at the end is not early', () => {
    expect(timeMarksText(timeMarks(row('2019-12-20', undefined, '2019-12-20T04:15:00.000Z'), wib))).toBe('pulang 11.15')
    expect(timeMarks(row('2019-12-20', undefined, '2019-12-20T05:00:00.000Z'), wib)).toEqual({})
  })

  test('both at once read "datang 09.40; pulang 11.15"', () => {
    expect(timeMarksText(timeMarks(row('2019-12-20', '2019-12-20T02:40:00.000Z', '2019-12-20T04:15:00.000Z'), wib))).toBe('datang 09.40; pulang 11.15')
  })

  test('WITA: 09.30 WITA is 01:30 UTC, late for a 09.00 WITA start, though the same instant is 08.30 in WIB', () => {
    const wita: MeetingTimes = { timeStart: '09:00', timeEnd: '', timeZone: 'WITA' }
    const at = '2024-03-12T01:30:00.000Z'
    expect(timeMarksText(timeMarks(row('2024-03-12', at), wita))).toBe('datang 09.30')
    expect(timeMarks(row('2024-03-12', at), { ...wita, timeZone: 'WIB' })).toEqual({})
    expect(wallClock(at, 'WIT')).toEqual({ day: '2024-03-12', hhmm: '10:30' })
  })

  test('without an end time every marked departure prints: she marks only who left early', () => {
    const open: MeetingTimes = { timeStart: '09:00', timeEnd: '', timeZone: 'WIB' }
    expect(timeMarksText(timeMarks(row('2019-12-20', undefined, '2019-12-20T08:05:00.000Z'), open))).toBe('pulang 15.05')
  })

  test('a two-day meeting compares each day with its own start and end', () => {
    const days: MeetingTimes = { timeStart: '08:00', timeEnd: '16:00', timeZone: 'WITA' }
    // Day 1: came 08.30 WITA (late); day 2: came 07.55 (on time), left 14.00 (early).
    expect(timeMarksText(timeMarks(row('2024-03-12', '2024-03-12T00:30:00.000Z'), days))).toBe('datang 08.30')
    expect(timeMarksText(timeMarks(row('2024-03-13', '2024-03-12T23:55:00.000Z', '2024-03-13T06:00:00.000Z'), days))).toBe('pulang 14.00')
    // The day-1 arrival moment counted against day 2's start is early, not late: each record has its own day.
    expect(timeMarks(row('2024-03-13', '2024-03-12T00:30:00.000Z'), days)).toEqual({})
  })

  test('instantAt is wallClock turned round, in every zone, across midnight UTC', () => {
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      for (const hhmm of ['00:00', '06:59', '07:00', '08:30', '23:59']) {
        expect(wallClock(instantAt('2024-03-12', hhmm, zone), zone)).toEqual({ day: '2024-03-12', hhmm })
      }
    }
    expect(instantAt('2024-03-12', '06:30', 'WIT')).toBe('2024-03-11T21:30:00.000Z')
  })

  test('reads the times she types', () => {
    expect(readClock('9.40')).toBe('09:40')
    expect(readClock('09:40')).toBe('09:40')
    expect(readClock(' 1415 ')).toBe('14:15')
    expect(readClock('24.00')).toBeUndefined()
    expect(readClock('9.4')).toBeUndefined()
    expect(readClock('jam sembilan')).toBeUndefined()
  })
})
