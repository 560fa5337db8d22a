import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { attendanceRoster, dayRecap, instantAt } from '@shared/meetings'
import { signature } from '@shared/model'
import { PkkDatabase } from '@renderer/data/db'
import { attendanceOfDay, meetingParticipants, meetingSignatures, recordAttendance, signaturesOfDay } from '@renderer/data/attendance-repo'
import { addInvitees, createMeeting } from '@renderer/data/meetings-repo'
import { replaceAll } from '@renderer/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { PAD, penStrokes } from '../../../scripts/lib/pen-strokes'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { attendanceById } from './rows-support'

let db: PkkDatabase
let meetingId: string
const DAY = '2019-12-20'
const meeting = { ...RAKON, timeEnd: '12:00' }

beforeEach(async () => {
  db = new PkkDatabase(`hadir-jam-${crypto.randomUUID()}`)
  const snapshot = sampleSnapshot()
  await replaceAll(db, snapshot)
  meetingId = (await createMeeting(db, meeting)).id
  await addInvitees(db, meetingId, snapshot.people.slice(0, 5).map((p) => `p:${p.id}`))
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const roster = async () => {
  const rows = await attendanceOfDay(db, meetingId, DAY)
  const signed = new Set((await signaturesOfDay(db, meetingId, DAY)).map((g) => g.attendanceId))
  return attendanceRoster(await meetingParticipants(db, meetingId), rows, { signed, meeting })
}

describe('the secretary marks who left early and corrects an arrival', () => {
  test('a departure at 11.15 WIB and an arrival corrected to 09.40 show as "datang 09.40; pulang 11.15" and in the recap', async () => {
    const [first] = await roster()
    const target = { inviteeId: first?.inviteeId ?? '' }
    await recordAttendance(db, meetingId, DAY, target, { mark: { status: 'hadir' }, arrivedAt: instantAt(DAY, '09:40', 'WIB') })
    const row = await recordAttendance(db, meetingId, DAY, target, { leftAt: instantAt(DAY, '11:15', 'WIB') })
    expect(row).toMatchObject({ arrivedAt: '2019-12-20T02:40:00.000Z', leftAt: '2019-12-20T04:15:00.000Z' })
    const [entry] = await roster()
    expect(entry?.times).toBe('datang 09.40; pulang 11.15')
    expect(dayRecap(await roster()).total).toMatchObject({ hadir: 1, datangTerlambat: 1, pulangAwal: 1, ttdDigital: 0 })
  })

  test('an empty time takes it away; a departure before the arrival is refused and nothing changes', async () => {
    const [first] = await roster()
    const target = { inviteeId: first?.inviteeId ?? '' }
    const row = await recordAttendance(db, meetingId, DAY, target, { mark: { status: 'hadir' }, arrivedAt: instantAt(DAY, '10:00', 'WIB') })
    await expect(recordAttendance(db, meetingId, DAY, { rowId: row.id }, { leftAt: instantAt(DAY, '09:30', 'WIB') })).rejects.toThrow('Jam pulang tidak boleh sebelum jam datang')
    expect(await attendanceById(db, row.id)).toEqual(row)
    const cleared = await recordAttendance(db, meetingId, DAY, { rowId: row.id }, { arrivedAt: null })
    expect(cleared.arrivedAt).toBeUndefined()
    expect((await attendanceById(db, row.id))?.arrivedAt).toBeUndefined()
  })

  test('reads the signatures of the day for the sheet, and the recap counts who signed', async () => {
    const [first, second] = await roster()
    const a = await recordAttendance(db, meetingId, DAY, { inviteeId: first?.inviteeId ?? '' }, { mark: { status: 'hadir' } })
    await recordAttendance(db, meetingId, DAY, { inviteeId: second?.inviteeId ?? '' }, { mark: { status: 'hadir' } })
    await db.signatures.put(signature.parse({ id: 'ttd-1', attendanceId: a.id, meetingId, day: DAY, ...PAD, strokes: penStrokes(a.name), createdAt: '2019-12-20T02:00:00.000Z' }))
    expect((await signaturesOfDay(db, meetingId, DAY)).map((g) => g.id)).toEqual(['ttd-1'])
    expect((await meetingSignatures(db, meetingId)).map((g) => g.id)).toEqual(['ttd-1'])
    expect(await signaturesOfDay(db, meetingId, '2019-12-21')).toEqual([])
    expect(dayRecap(await roster()).total).toMatchObject({ hadir: 2, ttdDigital: 1 })
  })
})
