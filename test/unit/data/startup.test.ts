import 'fake-indexeddb/auto'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { PkkDatabase } from '@renderer/data/db'
import { createMeeting } from '@renderer/data/meetings-repo'
import { ATTENDANCE_FITTED_KEY, fitOverlongAttendanceOnce, whenIdle } from '@renderer/data/startup'
import { RAKON } from '../../../scripts/lib/demo-office'
import { freshName } from './letters-support'
import { attendanceById, storeRawAttendance } from './rows-support'

const memoryStorage = () => {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('work at start', () => {
  test('rows an earlier version wrote too long are put right once per database, not read again at every start', async () => {
    const db = new PkkDatabase(freshName('mulai'))
    const meeting = await createMeeting(db, { ...RAKON, dates: ['2019-12-05'] })
    const row = (id: string) => ({
      id,
      meetingId: meeting.id,
      day: '2019-12-05',
      inviteeId: `inv-${id}`,
      name: 'K'.repeat(300),
      position: '',
      organisation: '',
      status: 'belum' as const,
      delegateName: '',
      delegatePosition: '',
      note: '',
      order: 1,
      updatedAt: '2019-12-01T00:00:00.000Z'
    })
    await storeRawAttendance(db, [row('lama-1'), row('lama-2')])
    const storage = memoryStorage()
    expect(await fitOverlongAttendanceOnce(db, storage, 'pkk.')).toBe(2)
    expect(storage.m.get(`pkk.${ATTENDANCE_FITTED_KEY}`)).toBe('1')
    expect((await attendanceById(db, 'lama-1'))?.name).toBe(`${'K'.repeat(199)}…`)
    // Marked: the next start does not read the table (a row written past the checks stays as it is).
    await storeRawAttendance(db, [row('lama-3')])
    expect(await fitOverlongAttendanceOnce(db, storage, 'pkk.')).toBe(0)
    expect((await attendanceById(db, 'lama-3'))?.name).toHaveLength(300)
    // Practice data has its own mark.
    expect(await fitOverlongAttendanceOnce(db, storage, 'pkk.latihan.')).toBe(1)
  })

  test('the journal base waits for the first screen: nothing before the delay, then in an idle moment', () => {
    vi.useFakeTimers()
    const done: string[] = []
    whenIdle(2_000, 10_000)(() => done.push('basis'))
    vi.advanceTimersByTime(1_999)
    expect(done).toEqual([])
    vi.advanceTimersByTime(1)
    // Node has no requestIdleCallback: the work runs when the delay is over.
    expect(done).toEqual(['basis'])
  })
})
