import { describe, expect, test } from 'vitest'
import { dayLossQuestion, daysLosingRecords, remapMeetingDays } from '../../../shared/meetings'
import type { Attendance, AttendanceStatus } from '../../../shared/model'

const D1 = '2019-12-05'
const D2 = '2019-12-06'

let seq = 0
const row = (fields: Partial<Attendance> & Pick<Attendance, 'status'>): Attendance => ({
  id: `row-${++seq}`,
  meetingId: 'rakon',
  day: D1,
  name: '',
  position: '',
  organisation: '',
  delegateName: '',
  delegatePosition: '',
  note: '',
  order: seq,
  updatedAt: '2019-12-05T02:00:00.000Z',
  ...fields
})
const mark = (inviteeId: string, day: string, status: AttendanceStatus) => row({ inviteeId, day, status })
const walkIn = (name: string, day: string) => row({ name, day, status: 'hadir', order: 1_000_000 + ++seq })

describe('moving and removing meeting days', () => {
  test('a moved meeting: the old day at position i becomes the new day at position i', () => {
    const r = remapMeetingDays(['2019-12-06', '2019-12-05'], ['2019-12-13', '2019-12-12'])
    expect([...r.moves]).toEqual([
      ['2019-12-05', '2019-12-12'],
      ['2019-12-06', '2019-12-13']
    ])
    expect(r.removed).toEqual([])
  })

  test('shifted by one day (overlapping dates): still by position', () => {
    const r = remapMeetingDays(['2019-12-05', '2019-12-06'], ['2019-12-06', '2019-12-07'])
    expect([...r.moves]).toEqual([
      ['2019-12-05', '2019-12-06'],
      ['2019-12-06', '2019-12-07']
    ])
  })

  test('a day removed or added: the other days keep their date', () => {
    const removed = remapMeetingDays(['2019-12-05', '2019-12-06', '2019-12-07'], ['2019-12-05', '2019-12-07'])
    expect([...removed.moves]).toEqual([
      ['2019-12-05', '2019-12-05'],
      ['2019-12-07', '2019-12-07']
    ])
    expect(removed.removed).toEqual([{ day: '2019-12-06', index: 2 }])
    const added = remapMeetingDays(['2019-12-05'], ['2019-12-04', '2019-12-05'])
    expect([...added.moves]).toEqual([['2019-12-05', '2019-12-05']])
  })

  test('fewer days on new dates: the last old days are removed', () => {
    const r = remapMeetingDays(['2019-12-05', '2019-12-06'], ['2019-12-12'])
    expect([...r.moves]).toEqual([['2019-12-05', '2019-12-12']])
    expect(r.removed).toEqual([{ day: '2019-12-06', index: 2 }])
  })

  test('a removed day loses records when it holds statuses or walk-ins; the question names it', () => {
    const remap = remapMeetingDays([D1, D2], [D1])
    const rows = [...Array.from({ length: 11 }, (_, i) => mark(`inv-${i}`, D2, 'hadir')), mark('inv-20', D2, 'belum'), walkIn('Budi', D2), mark('inv-1', D1, 'hadir')]
    const losses = daysLosingRecords(remap, rows)
    expect(losses).toEqual([{ day: D2, index: 2, records: 12 }])
    expect(dayLossQuestion(losses)).toBe('Hari ke-2 (Jumat, 6 Desember 2019) sudah punya 12 catatan kehadiran. Hapus hari ini beserta catatannya?')
    expect(daysLosingRecords(remap, [mark('inv-20', D2, 'belum')])).toEqual([])
  })
})
