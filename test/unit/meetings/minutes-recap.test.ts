import { expect, test } from 'vitest'
import { attendanceRecap, recapText } from '../../../shared/meetings'
import type { Attendance } from '../../../shared/model'

const row = (inviteeId: string | undefined, status: Attendance['status'], day = '2019-12-20', name = ''): Pick<Attendance, 'inviteeId' | 'status' | 'name' | 'day'> => ({
  ...(inviteeId ? { inviteeId } : {}),
  status,
  name,
  day
})

test('65 invited, 60 present (in person or by a delegate), 5 absent, and a walk-in counted apart', () => {
  const invitees = Array.from({ length: 65 }, (_, i) => `inv-${i}`)
  const rows = [
    ...invitees.slice(0, 58).map((id) => row(id, 'hadir')),
    row('inv-58', 'diwakili'),
    row('inv-59', 'diwakili'),
    row('inv-60', 'izin'),
    row('inv-61', 'tidak-hadir'),
    row(undefined, 'hadir', '2019-12-20', 'Ny. Tamu Tanpa Undangan')
  ]
  const r = attendanceRecap(invitees, rows)
  expect(r).toEqual({ invited: 65, present: 60, absent: 5, walkIns: 1, recorded: true })
  expect(recapText(r)).toBe('65 orang diundang, 60 hadir, 5 tidak hadir, 1 peserta tambahan tanpa undangan')
})

test('a two-day meeting counts an invitee once, present when present on either day', () => {
  const r = attendanceRecap(['a', 'b'], [row('a', 'tidak-hadir', '2019-12-20'), row('a', 'hadir', '2019-12-21'), row('b', 'izin', '2019-12-20')])
  expect(r).toMatchObject({ invited: 2, present: 1, absent: 1 })
})

test('before anyone is recorded the Notulen says so instead of counting everyone absent', () => {
  const r = attendanceRecap(['a', 'b', 'c'], [row('a', 'belum')])
  expect(r).toMatchObject({ invited: 3, present: 0, absent: 0, recorded: false })
  expect(recapText(r)).toBe('3 orang diundang; kehadiran belum dicatat')
})
