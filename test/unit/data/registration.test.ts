import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { registrationEntries, registrationIndex, searchRegistration } from '@shared/meetings/registration-search'
import { PkkDatabase } from '@renderer/data/db'
import { backupJson } from '@renderer/data/backup'
import { checkIn, registrationDay } from '@renderer/data/registration-repo'
import { leaveMode, modeKey, readMode, startMode, type ModeStorage } from '@renderer/data/registration-mode'
import { addInvitees, createMeeting } from '@renderer/data/meetings-repo'
import { readSnapshot, replaceAll } from '@renderer/data/snapshot-repo'
import { readDataFile } from '@shared/datafile'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'

let db: PkkDatabase
let meetingId: string
const DAY = '2019-12-20'
const drawing = { width: 600, height: 200, strokes: [[10, 10, 200, 150, 590, 20]] }

beforeEach(async () => {
  db = new PkkDatabase(`registrasi-${crypto.randomUUID()}`)
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

const entries = async () => {
  const d = await registrationDay(db, meetingId, DAY)
  return registrationEntries(meetingId, d.participants, d.rows, d.signedRowIds)
}

describe('checking in at the meja registrasi', () => {
  test('an invitee signs: her record is hadir with the arrival time, and the signature is stored with it', async () => {
    const [first] = await entries()
    const at = new Date('2019-12-20T01:55:00.000Z')
    const r = await checkIn(db, meetingId, DAY, { kind: 'invitee', inviteeId: first?.inviteeId ?? '' }, drawing, at)
    expect(r.again).toBe(false)
    expect(r.row).toMatchObject({ inviteeId: first?.inviteeId, status: 'hadir', arrivedAt: at.toISOString() })
    expect(await db.signatures.toArray()).toEqual([{ id: r.signature.id, attendanceId: r.row.id, meetingId, day: DAY, ...drawing, createdAt: at.toISOString() }])
    const after = (await entries())[0]
    expect(after).toMatchObject({ signed: true, arrivedAt: at.toISOString(), rowId: r.row.id })
  })

  test('signing again replaces the signature (one per record) and keeps the first arrival', async () => {
    const [first] = await entries()
    const who = { kind: 'invitee' as const, inviteeId: first?.inviteeId ?? '' }
    const a = await checkIn(db, meetingId, DAY, who, drawing, new Date('2019-12-20T01:55:00.000Z'))
    const b = await checkIn(db, meetingId, DAY, who, { width: 300, height: 100, strokes: [[1, 1, 2, 2]] }, new Date('2019-12-20T02:10:00.000Z'))
    expect(b.again).toBe(true)
    expect(b.signature.id).toBe(a.signature.id)
    expect(b.row.arrivedAt).toBe('2019-12-20T01:55:00.000Z')
    expect(await db.signatures.count()).toBe(1)
    expect((await db.signatures.toArray())[0]?.strokes).toEqual([[1, 1, 2, 2]])
  })

  test('a delegate: the invitee is diwakili by her, with her name and position', async () => {
    const [, second] = await entries()
    const r = await checkIn(db, meetingId, DAY, { kind: 'delegate', inviteeId: second?.inviteeId ?? '', name: 'Ny. Rina Marlina', position: 'Sekretaris Pokja I' }, drawing)
    expect(r.row).toMatchObject({ status: 'diwakili', delegateName: 'Ny. Rina Marlina', delegatePosition: 'Sekretaris Pokja I' })
    await expect(checkIn(db, meetingId, DAY, { kind: 'delegate', inviteeId: second?.inviteeId ?? '', name: '  ', position: '' }, drawing)).rejects.toThrow()
  })

  test('a walk-in is added as hadir with her signature, and found by name afterwards', async () => {
    const r = await checkIn(db, meetingId, DAY, { kind: 'walk-in', fields: { name: 'Yuliana Putri', position: 'Kader', organisation: 'Posyandu Mawar', note: '' } }, drawing)
    expect(r.row).toMatchObject({ status: 'hadir', name: 'Yuliana Putri' })
    expect(r.row.inviteeId).toBeUndefined()
    const found = searchRegistration(registrationIndex(await entries()), 'yuliana')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ walkIn: true, signed: true })
    const again = await checkIn(db, meetingId, DAY, { kind: 'row', rowId: r.row.id }, drawing)
    expect(again.again).toBe(true)
  })

  test('nothing is stored when a part fails: a signature outside its box leaves no attendance record', async () => {
    const [first] = await entries()
    await expect(checkIn(db, meetingId, DAY, { kind: 'invitee', inviteeId: first?.inviteeId ?? '' }, { width: 100, height: 100, strokes: [[150, 10]] })).rejects.toThrow()
    expect(await db.attendanceLists.count()).toBe(0)
    expect(await db.signatures.count()).toBe(0)
  })

  test('a day that is not a meeting day is refused', async () => {
    const [first] = await entries()
    await expect(checkIn(db, meetingId, '2019-12-21', { kind: 'invitee', inviteeId: first?.inviteeId ?? '' }, drawing)).rejects.toThrow('bukan hari rapat')
  })

  test('the signatures go into the data file (backups, restore); the PIN does not', async () => {
    const storage = memoryStorage()
    await startMode(storage, 'pkk.', meetingId, DAY, '482913', '482913')
    const [first] = await entries()
    await checkIn(db, meetingId, DAY, { kind: 'invitee', inviteeId: first?.inviteeId ?? '' }, drawing)
    const json = await backupJson(db)
    const read = readDataFile(json)
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.snapshot.signatures).toEqual((await readSnapshot(db)).signatures)
    const pinHash = readMode(storage, 'pkk.')?.pin.hash ?? 'tidak ada'
    expect(json).not.toContain(pinHash)
    expect(json).not.toContain('482913')
  })
})

function memoryStorage(): ModeStorage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) }
}

describe('the mode and its PIN, outside the database', () => {
  test('started with the PIN twice; a different second PIN or a short PIN is refused and nothing is stored', async () => {
    const storage = memoryStorage()
    await expect(startMode(storage, 'pkk.', 'm1', DAY, '1234', '1235')).rejects.toThrow('Kedua PIN tidak sama')
    await expect(startMode(storage, 'pkk.', 'm1', DAY, '12', '12')).rejects.toThrow('PIN paling sedikit 4 angka.')
    expect(storage.map.size).toBe(0)
    await startMode(storage, 'pkk.', 'm1', DAY, '1234', '1234')
    expect(readMode(storage, 'pkk.')).toMatchObject({ meetingId: 'm1', day: DAY })
    expect(storage.map.get(modeKey('pkk.'))).not.toContain('1234"')
    expect(readMode(storage, 'pkk.latihan.')).toBeNull()
  })

  test('leaving: a wrong PIN is refused, five wrong PINs make her wait 30 s (kept over a reload), the right PIN ends the mode', async () => {
    const storage = memoryStorage()
    await startMode(storage, 'pkk.', 'm1', DAY, '482913', '482913')
    const t = 5_000_000
    for (let i = 0; i < 4; i++) expect(await leaveMode(storage, 'pkk.', '000000', t)).toEqual({ left: false, message: 'PIN salah. Coba lagi.' })
    expect(await leaveMode(storage, 'pkk.', '000000', t)).toEqual({ left: false, message: 'PIN salah. Terlalu banyak PIN salah. Tunggu 30 detik sebelum mencoba lagi.' })
    // Even the right PIN waits: the state is read back from storage, as after a reload.
    expect(await leaveMode(storage, 'pkk.', '482913', t + 10_000)).toEqual({ left: false, message: 'Terlalu banyak PIN salah. Tunggu 20 detik sebelum mencoba lagi.' })
    expect(readMode(storage, 'pkk.')).not.toBeNull()
    expect(await leaveMode(storage, 'pkk.', '482913', t + 30_000)).toEqual({ left: true })
    expect(readMode(storage, 'pkk.')).toBeNull()
  })

  test('a damaged stored state does not lock the app', () => {
    const storage = memoryStorage()
    storage.setItem(modeKey('pkk.'), '{"meetingId":')
    expect(readMode(storage, 'pkk.')).toBeNull()
  })
})
