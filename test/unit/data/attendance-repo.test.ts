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
  saveSheetSettings,
  setAttendanceNote,
  setAttendanceStatus,
  setStatusOfRows,
  startingSheetSettings,
  syncAttendanceDay
} from '@renderer/data/attendance-repo'
import { addInvitees, createMeeting, removeInvitee } from '@renderer/data/meetings-repo'
import { replaceAll } from '@renderer/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'

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
  test('creates one row per invitee on demand, once', async () => {
    expect(await syncAttendanceDay(db, meetingId, DAY)).toEqual({ created: 65, updated: 0, removed: 0 })
    expect(await syncAttendanceDay(db, meetingId, DAY)).toEqual({ created: 0, updated: 0, removed: 0 })
    const rows = await attendanceOfDay(db, meetingId, DAY)
    expect(rows).toHaveLength(65)
    expect(rows.every((r) => r.status === 'belum')).toBe(true)
    expect(new Set(rows.map((r) => r.inviteeId)).size).toBe(65)
  })

  test('refuses a day that is not a day of the meeting', async () => {
    await expect(syncAttendanceDay(db, meetingId, '2019-12-21')).rejects.toThrow('bukan hari rapat')
  })

  test('records hadir, a delegate with name and position, izin, tidak hadir; the recap counts them', async () => {
    await syncAttendanceDay(db, meetingId, DAY)
    const rows = (await day()).map((e) => e.rowId ?? '')
    await setAttendanceStatus(db, rows[0] ?? '', { status: 'hadir' })
    await setAttendanceStatus(db, rows[1] ?? '', { status: 'diwakili', delegateName: 'Ny. Rina Marlina', delegatePosition: 'Sekretaris Pokja I' })
    await setAttendanceStatus(db, rows[2] ?? '', { status: 'izin' })
    await setAttendanceNote(db, rows[2] ?? '', 'Tugas ke Jakarta')
    await setAttendanceStatus(db, rows[3] ?? '', { status: 'tidak-hadir' })
    const roster = await day()
    expect(roster[1]).toMatchObject({ status: 'diwakili', delegateName: 'Ny. Rina Marlina', delegatePosition: 'Sekretaris Pokja I' })
    expect(roster[2]).toMatchObject({ status: 'izin', note: 'Tugas ke Jakarta' })
    expect(dayRecap(roster).total).toEqual({ diundang: 65, hadir: 1, diwakili: 1, izin: 1, tidakHadir: 1, belum: 61, tidakTerdaftar: 0 })
  })

  test('refuses what is not a status, and a walk-in without a name', async () => {
    await syncAttendanceDay(db, meetingId, DAY)
    const [first] = await attendanceOfDay(db, meetingId, DAY)
    await expect(setAttendanceStatus(db, first?.id ?? '', { status: 'datang' as never })).rejects.toBeInstanceOf(ZodError)
    await expect(addWalkIn(db, meetingId, DAY, { name: '  ', position: '', organisation: '', note: '' })).rejects.toThrow('Nama wajib diisi')
  })

  test('adds walk-ins after the invitees, present; only walk-ins can be deleted from the list', async () => {
    await syncAttendanceDay(db, meetingId, DAY)
    const a = await addWalkIn(db, meetingId, DAY, { name: 'Rina Yulianti', position: 'Staf', organisation: 'Dinas Pariwisata Provinsi Sumatera Barat', note: '' })
    await addWalkIn(db, meetingId, DAY, { name: 'Budi', position: '', organisation: '', note: 'Wartawan' })
    const roster = await day()
    expect(roster.slice(65).map((e) => [e.name, e.walkIn, e.status])).toEqual([
      ['Rina Yulianti', true, 'hadir'],
      ['Budi', true, 'hadir']
    ])
    expect(dayRecap(roster).total.tidakTerdaftar).toBe(2)
    await deleteAttendanceRow(db, a.id)
    expect((await day()).filter((e) => e.walkIn)).toHaveLength(1)
    await expect(deleteAttendanceRow(db, roster[0]?.rowId ?? '')).rejects.toThrow('hapus dari daftar undangan')
  })

  test('a new invitee appears; a removed one keeps what was recorded, flagged and out of the recap', async () => {
    await syncAttendanceDay(db, meetingId, DAY)
    const roster = await day()
    const [recorded, untouched] = [roster[5], roster[6]]
    await setAttendanceStatus(db, recorded?.rowId ?? '', { status: 'hadir' })
    await removeInvitee(db, recorded?.inviteeId ?? '')
    await removeInvitee(db, untouched?.inviteeId ?? '')
    expect(await syncAttendanceDay(db, meetingId, DAY)).toMatchObject({ created: 0, removed: 1 })
    const after = await day()
    expect(after).toHaveLength(64)
    expect(after.at(-1)).toMatchObject({ name: recorded?.name, removed: true, status: 'hadir' })
    expect(dayRecap(after).total.diundang).toBe(63)
    expect(dayRecap(after).removed).toBe(1)
    // The record of someone no longer invited can be cleared.
    await deleteAttendanceRow(db, after.at(-1)?.rowId ?? '')
    expect(await day()).toHaveLength(63)
  })

  test('sheet settings: saved per meeting; a new meeting starts from the last sheet’s, certifier left to the profile', async () => {
    expect((await startingSheetSettings(db)).blankRows).toBe(10)
    await saveSheetSettings(db, meetingId, { order: 'kelompok', blankRows: 15, showPhone: true, showNote: false, certifierTitle: 'Wakil Sekretaris', certifierName: 'Ny. Elly', showKop: false })
    expect(await startingSheetSettings(db)).toEqual({ order: 'kelompok', blankRows: 15, showPhone: true, showNote: false, certifierTitle: '', certifierName: '', showKop: false })
    await expect(saveSheetSettings(db, meetingId, { order: 'nama', blankRows: 500, showPhone: false, showNote: false, certifierTitle: '', certifierName: '', showKop: true })).rejects.toThrow(
      'Paling banyak 200 baris kosong'
    )
  })
})

describe('500 participants', () => {
  test('rows are created, and all marked present, each in one transaction', async () => {
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
    let t = performance.now()
    expect((await syncAttendanceDay(db, meetingId, DAY)).created).toBe(500)
    const syncMs = performance.now() - t
    const ids = (await attendanceOfDay(db, meetingId, DAY)).map((r) => r.id)
    t = performance.now()
    expect(await setStatusOfRows(db, ids, 'hadir')).toBe(500)
    const markMs = performance.now() - t
    expect(dayRecap(await day()).total.hadir).toBe(500)
    // fake-indexeddb is far slower than Chromium's; these bounds only catch a per-row transaction.
    expect(syncMs).toBeLessThan(3000)
    expect(markMs).toBeLessThan(3000)
  })
})
