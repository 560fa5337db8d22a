import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { DaysHaveAttendanceError, meetingRecap, rosterInvitees } from '@shared/meetings'
import type { Organisation } from '@shared/model'
import { backupJson, planRestore, restore } from '@renderer/data/backup'
import { PkkDatabase } from '@renderer/data/db'
import { addWalkIn, attendanceOfDay, fitOverlongAttendance, markInvitees, meetingParticipants, recordAttendance } from '@renderer/data/attendance-repo'
import { addInvitees, createMeeting, inviteeViews, updateMeeting } from '@renderer/data/meetings-repo'
import { readSnapshot, replaceAll } from '@renderer/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { installFakeWindow } from '../support/fake-window'
import { meetingAttendance } from '@renderer/data/meeting-rows'
import { attendanceById, storeRawAttendance } from './rows-support'

let db: PkkDatabase
beforeEach(async () => {
  installFakeWindow()
  db = new PkkDatabase(`hadir-aman-${crypto.randomUUID()}`)
  await replaceAll(db, sampleSnapshot())
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const D1 = '2019-12-05'
const D2 = '2019-12-06'
const D3 = '2019-12-07'

async function twoDayMeeting(dates = [D1, D2]) {
  const meeting = await createMeeting(db, { ...RAKON, dates })
  const people = (await db.people.toArray()).slice(0, 14)
  await addInvitees(
    db,
    meeting.id,
    people.map((p) => `p:${p.id}`)
  )
  const inviteeIds = (await meetingParticipants(db, meeting.id)).map((p) => p.inviteeId)
  return { meeting, inviteeIds }
}

const recapOf = async (meetingId: string) => {
  const meeting = await db.meetings.get(meetingId)
  const rows = await meetingAttendance(db, meetingId)
  return meetingRecap(rosterInvitees(await inviteeViews(db, meetingId)), rows, meeting?.dates ?? [])
}

describe('attendance belongs to the meeting day, not to a date', () => {
  test('moving the meeting moves the records: day 1 stays day 1, day 2 stays day 2', async () => {
    const { meeting, inviteeIds } = await twoDayMeeting()
    await markInvitees(db, meeting.id, D1, inviteeIds.slice(0, 5), 'hadir')
    await markInvitees(db, meeting.id, D2, inviteeIds.slice(0, 3), 'izin')
    await addWalkIn(db, meeting.id, D2, { name: 'Budi', position: '', organisation: '', note: '' })
    const before = await recapOf(meeting.id)
    await updateMeeting(db, meeting.id, { ...RAKON, dates: ['2019-12-12', '2019-12-13'] })
    expect(await attendanceOfDay(db, meeting.id, D1)).toHaveLength(0)
    expect(await attendanceOfDay(db, meeting.id, '2019-12-12')).toHaveLength(5)
    expect(await attendanceOfDay(db, meeting.id, '2019-12-13')).toHaveLength(4)
    const after = await recapOf(meeting.id)
    expect(after.days.map((d) => d.recap.total)).toEqual(before.days.map((d) => d.recap.total))
    expect(after.meeting.total).toEqual(before.meeting.total)
    expect(after.meeting.total).toMatchObject({ hadir: 5, tidakTerdaftar: 1 })
  })

  test('removing a day with records is refused with the day and the count, and nothing changes', async () => {
    const { meeting, inviteeIds } = await twoDayMeeting([D1, D2, D3])
    await markInvitees(db, meeting.id, D2, inviteeIds.slice(0, 12), 'hadir')
    await markInvitees(db, meeting.id, D3, inviteeIds.slice(0, 2), 'hadir')
    const error = await updateMeeting(db, meeting.id, { ...RAKON, dates: [D1, D3] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DaysHaveAttendanceError)
    expect((error as DaysHaveAttendanceError).losses).toEqual([{ day: D2, index: 2, records: 12 }])
    expect((error as Error).message).toBe('Hari ke-2 (Jumat, 6 Desember 2019) sudah punya 12 catatan kehadiran. Hapus hari ini beserta catatannya?')
    expect((await db.meetings.get(meeting.id))?.dates).toEqual([D1, D2, D3])
    expect(await meetingAttendance(db, meeting.id)).toHaveLength(14)
  })

  test('confirmed, the day and its records go; the other days keep theirs', async () => {
    const { meeting, inviteeIds } = await twoDayMeeting([D1, D2, D3])
    await markInvitees(db, meeting.id, D2, inviteeIds.slice(0, 12), 'hadir')
    await markInvitees(db, meeting.id, D3, inviteeIds.slice(0, 2), 'izin')
    await updateMeeting(db, meeting.id, { ...RAKON, dates: [D1, D3] }, { removeDaysWithRecords: true })
    expect((await db.meetings.get(meeting.id))?.dates).toEqual([D1, D3])
    expect(await attendanceOfDay(db, meeting.id, D2)).toHaveLength(0)
    expect((await attendanceOfDay(db, meeting.id, D3)).map((r) => r.status)).toEqual(['izin', 'izin'])
  })

  test('a removed day without records goes without asking', async () => {
    const { meeting, inviteeIds } = await twoDayMeeting()
    await markInvitees(db, meeting.id, D2, inviteeIds.slice(0, 1), 'belum')
    await updateMeeting(db, meeting.id, { ...RAKON, dates: [D1] })
    expect(await meetingAttendance(db, meeting.id)).toHaveLength(0)
  })
})

describe('what the app writes, the restore accepts', () => {
  test('organisations with a 300-character head title, or none and a 290-character name: recorded, backed up, restored', async () => {
    const now = '2019-12-01T00:00:00.000Z'
    const org = (id: string, name: string, headTitle: string): Organisation => ({ id, name, kind: 'opd', headTitle, address: '', phone: '', email: '', groupIds: [], createdAt: now, updatedAt: now })
    const longHead = `Kepala ${'Dinas Pemberdayaan Perempuan dan Perlindungan Anak '.repeat(6)}`.slice(0, 300)
    const longName = `Dinas ${'Pengendalian Penduduk dan Keluarga Berencana '.repeat(7)}`.slice(0, 290)
    expect([longHead.trim().length, longName.trim().length]).toEqual([300, 290])
    await db.organisations.bulkAdd([org('org-panjang', 'Dinas P3A', longHead), org('org-tanpa-kepala', longName, '')])
    const meeting = await createMeeting(db, { ...RAKON, dates: [D1] })
    await addInvitees(db, meeting.id, ['o:org-panjang', 'o:org-tanpa-kepala'])
    const [a, b] = await meetingParticipants(db, meeting.id)
    await recordAttendance(db, meeting.id, D1, { inviteeId: a?.inviteeId ?? '' }, { mark: { status: 'diwakili', delegateName: 'Ir. Hendri Yazid', delegatePosition: 'Sekretaris Dinas' } })
    await markInvitees(db, meeting.id, D1, [b?.inviteeId ?? ''], 'hadir')
    const rows = await attendanceOfDay(db, meeting.id, D1)
    expect(rows).toHaveLength(2)
    // The list still shows the whole head title from the address book (joined to the organisation's name).
    expect((await recapOf(meeting.id)).meeting.total).toMatchObject({ diundang: 2, hadir: 1, diwakili: 1 })
    expect(a?.name.startsWith(longHead.trim())).toBe(true)
    expect(a?.name.length).toBeGreaterThan(200)

    const json = await backupJson(db)
    const plan = await planRestore(db, json)
    if (!plan.ok) throw new Error(plan.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    await restore(db, plan)
    expect((await readSnapshot(db)).attendance.filter((r) => r.meetingId === meeting.id).map((r) => r.status).sort()).toEqual(['diwakili', 'hadir'])
  })
})

describe('rows an earlier version wrote too long', () => {
  test('are cut to fit at start, so the next backup restores; rows that fit are left alone', async () => {
    const meeting = await createMeeting(db, { ...RAKON, dates: [D1] })
    const base = { meetingId: meeting.id, day: D1, position: '', organisation: '', status: 'belum' as const, delegateName: '', delegatePosition: '', note: '', order: 1, updatedAt: '2019-12-01T00:00:00.000Z' }
    // As the old write-on-open stored them, without the schema's check.
    await storeRawAttendance(db, [
      { ...base, id: 'lama-1', inviteeId: 'inv-x', name: 'K'.repeat(300) },
      { ...base, id: 'lama-2', inviteeId: 'inv-y', name: `Pimpinan ${'D'.repeat(290)}`, organisation: 'D'.repeat(290) },
      { ...base, id: 'baik', inviteeId: 'inv-z', name: 'Ny. Hj. Nevi Irwan Prayitno' }
    ])
    const refused = await planRestore(db, await backupJson(db))
    expect(refused.ok).toBe(false)
    expect(await fitOverlongAttendance(db)).toBe(2)
    expect((await attendanceById(db, 'lama-1'))?.name).toBe(`${'K'.repeat(199)}…`)
    expect((await attendanceById(db, 'lama-2'))?.organisation).toBe('D'.repeat(290))
    expect((await attendanceById(db, 'baik'))?.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
    const plan = await planRestore(db, await backupJson(db))
    if (!plan.ok) throw new Error(plan.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    expect(await fitOverlongAttendance(db)).toBe(0)
  })
})
