import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { attendanceRoster, dayRecap } from '@shared/meetings'
import { PkkDatabase } from '@renderer/data/db'
import {
  addWalkIn,
  attendanceOfDay,
  deleteAttendanceRow,
  meetingParticipants,
  markInvitees,
  recordAttendance,
  saveSheetSettings,
  startingSheetSettings
} from '@renderer/data/attendance-repo'
import { addInvitees, createMeeting, removeInvitee } from '@renderer/data/meetings-repo'
import { replaceAll } from '@renderer/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { allAttendance } from './rows-support'

let db: PkkDatabase
let meetingId: string
const DAY = '2019-12-20'

beforeEach(async () => {
  db = new PkkDatabase(`hadir-${crypto.randomUUID()}`)
  const snapshot = sampleSnapshot()
  await replaceAll(db, snapshot)
  meetingId = (await createMeeting(db, RAKON)).id
  await addInvitees(
    db,
    meetingId,
    snapshot.people.map((p) => `p:${p.id}`)
  )
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const day = async () => attendanceRoster(await meetingParticipants(db, meetingId), await attendanceOfDay(db, meetingId, DAY))

describe('recording who came to the Rapat Konsultasi', () => {
  test('the list is there before anything is stored; the first record of an invitee creates her row, once', async () => {
    const before = await day()
    expect(before).toHaveLength(65)
    expect(before.every((e) => e.status === 'belum' && e.rowId === undefined)).toBe(true)
    expect(await allAttendance(db)).toHaveLength(0)
    const first = before[0]?.inviteeId ?? ''
    const created = await recordAttendance(db, meetingId, DAY, { inviteeId: first }, { mark: { status: 'izin' } })
    // A second record of the same invitee through her inviteeId updates the same row.
    const again = await recordAttendance(db, meetingId, DAY, { inviteeId: first }, { note: 'Sakit' })
    expect(again.id).toBe(created.id)
    expect(await allAttendance(db)).toHaveLength(1)
    expect((await day())[0]).toMatchObject({ rowId: created.id, status: 'izin', note: 'Sakit' })
  })

  test('refuses a day that is not a day of the meeting, and an invitee no longer invited', async () => {
    const [first] = await day()
    await expect(recordAttendance(db, meetingId, '2019-12-21', { inviteeId: first?.inviteeId ?? '' }, { mark: { status: 'hadir' } })).rejects.toThrow('bukan hari rapat')
    await expect(recordAttendance(db, meetingId, DAY, { inviteeId: 'tidak-ada' }, { mark: { status: 'hadir' } })).rejects.toThrow('tidak lagi ada di daftar undangan')
  })

  test('records hadir, a delegate with name and position, izin, tidak hadir; the recap counts them', async () => {
    const ids = (await day()).map((e) => ({ inviteeId: e.inviteeId ?? '' }))
    const at = (i: number) => ids[i] ?? { inviteeId: '' }
    await recordAttendance(db, meetingId, DAY, at(0), { mark: { status: 'hadir' } })
    await recordAttendance(db, meetingId, DAY, at(1), { mark: { status: 'diwakili', delegateName: 'Ny. Rina Marlina', delegatePosition: 'Sekretaris Pokja I' } })
    await recordAttendance(db, meetingId, DAY, at(2), { mark: { status: 'izin' }, note: 'Tugas ke Jakarta' })
    await recordAttendance(db, meetingId, DAY, at(3), { mark: { status: 'tidak-hadir' } })
    const roster = await day()
    expect(roster[1]).toMatchObject({ status: 'diwakili', delegateName: 'Ny. Rina Marlina', delegatePosition: 'Sekretaris Pokja I' })
    expect(roster[2]).toMatchObject({ status: 'izin', note: 'Tugas ke Jakarta' })
    expect(dayRecap(roster).total).toEqual({ diundang: 65, hadir: 1, diwakili: 1, izin: 1, tidakHadir: 1, belum: 61, tidakTerdaftar: 0, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 })
  })

  test('refuses what is not a status, and a walk-in without a name', async () => {
    const [entry] = await day()
    const first = await recordAttendance(db, meetingId, DAY, { inviteeId: entry?.inviteeId ?? '' }, { mark: { status: 'hadir' } })
    await expect(recordAttendance(db, meetingId, DAY, { rowId: first.id }, { mark: { status: 'datang' as never } })).rejects.toBeInstanceOf(ZodError)
    await expect(addWalkIn(db, meetingId, DAY, { name: '  ', position: '', organisation: '', note: '' })).rejects.toThrow('Nama wajib diisi')
  })

  test('adds walk-ins after the invitees, present; only walk-ins can be deleted from the list', async () => {
    const [entry] = await day()
    await recordAttendance(db, meetingId, DAY, { inviteeId: entry?.inviteeId ?? '' }, { mark: { status: 'hadir' } })
    const a = await addWalkIn(db, meetingId, DAY, { name: 'Rina Yulianti', position: 'Staf', organisation: 'Dinas Pariwisata Provinsi Sumatera Barat', note: '' })
    await addWalkIn(db, meetingId, DAY, { name: 'Budi', position: '', organisation: '', note: 'Wartawan' })
    const roster = await day()
    expect(roster.slice(65).map((e) => [e.name, e.walkIn, e.status])).toEqual([
      ['Rina Yulianti', true, 'hadir'],
      ['Budi', true, 'hadir']
    ])
    expect(dayRecap(roster).total.tidakTerdaftar).toBe(2)
    await deleteAttendanceRow(db, meetingId, a.id)
    expect((await day()).filter((e) => e.walkIn)).toHaveLength(1)
    await expect(deleteAttendanceRow(db, meetingId, roster[0]?.rowId ?? '')).rejects.toThrow('hapus dari daftar undangan')
  })

  test('a new invitee appears; a removed one keeps what was recorded, flagged and out of the recap', async () => {
    const roster = await day()
    const [recorded, untouched] = [roster[5], roster[6]]
    await recordAttendance(db, meetingId, DAY, { inviteeId: recorded?.inviteeId ?? '' }, { mark: { status: 'hadir' } })
    // Marked, then set back to belum: nothing left to keep once she is no longer invited.
    await recordAttendance(db, meetingId, DAY, { inviteeId: untouched?.inviteeId ?? '' }, { mark: { status: 'hadir' } })
    await recordAttendance(db, meetingId, DAY, { inviteeId: untouched?.inviteeId ?? '' }, { mark: { status: 'belum' } })
    await removeInvitee(db, meetingId, recorded?.inviteeId ?? '')
    await removeInvitee(db, meetingId, untouched?.inviteeId ?? '')
    const after = await day()
    expect(after).toHaveLength(64)
    expect(after.at(-1)).toMatchObject({ name: recorded?.name, removed: true, status: 'hadir' })
    expect(dayRecap(after).total.diundang).toBe(63)
    expect(dayRecap(after).removed).toBe(1)
    // The record of someone no longer invited can be cleared.
    await deleteAttendanceRow(db, meetingId, after.at(-1)?.rowId ?? '')
    expect(await day()).toHaveLength(63)
  })

  test('sheet settings: saved per meeting; a new meeting starts from the last sheet’s, certifier left to the profile', async () => {
    expect((await startingSheetSettings(db)).blankRows).toBe(10)
    await saveSheetSettings(db, meetingId, { order: 'undangan', blankRows: 15, showPhone: true, showNote: false, certifierTitle: 'Wakil Sekretaris', certifierName: 'Ny. Elly', showKop: false })
    expect(await startingSheetSettings(db)).toEqual({ order: 'undangan', blankRows: 15, showPhone: true, showNote: false, certifierTitle: '', certifierName: '', showKop: false })
    await expect(saveSheetSettings(db, meetingId, { order: 'nama', blankRows: 500, showPhone: false, showNote: false, certifierTitle: '', certifierName: '', showKop: true })).rejects.toThrow(
      'Paling banyak 200 baris kosong'
    )
  })
})

describe('500 participants', () => {
  test('all marked present in one transaction, rows created as needed; then all changed again', async () => {
    const extra = Array.from({ length: 435 }, (_, i) => ({
      id: `p-extra-${i}`,
      name: `Peserta Tambahan ${i + 1}`,
      position: 'Kader',
      phone: '',
      email: '',
      groupIds: [],
      notes: '',
      createdAt: '2019-12-01T00:00:00.000Z',
      updatedAt: '2019-12-01T00:00:00.000Z'
    }))
    await db.people.bulkAdd(extra)
    await addInvitees(
      db,
      meetingId,
      extra.map((p) => `p:${p.id}`)
    )
    const inviteeIds = (await day()).map((e) => e.inviteeId ?? '')
    let t = performance.now()
    expect(await markInvitees(db, meetingId, DAY, inviteeIds, 'hadir')).toBe(500)
    const createMs = performance.now() - t
    expect(dayRecap(await day()).total.hadir).toBe(500)
    expect(await attendanceOfDay(db, meetingId, DAY)).toHaveLength(500)
    t = performance.now()
    expect(await markInvitees(db, meetingId, DAY, inviteeIds, 'izin')).toBe(500)
    expect(await attendanceOfDay(db, meetingId, DAY)).toHaveLength(500)
    const markMs = performance.now() - t
    expect(dayRecap(await day()).total.izin).toBe(500)
    // fake-indexeddb is far slower than Chromium's; these bounds only catch a per-row transaction.
    expect(createMs).toBeLessThan(3000)
    expect(markMs).toBeLessThan(3000)
  })
})
