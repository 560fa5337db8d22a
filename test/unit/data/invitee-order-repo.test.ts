import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { comparePersonNames } from '@shared/contacts'
import { PkkDatabase } from '@renderer/data/db'
import { meetingParticipants, saveSheetSettings } from '@renderer/data/attendance-repo'
import { getMeetingDocument } from '@renderer/data/documents-repo'
import { moveInviteeToNumber, saveProtocolRanks, sortInviteesByProtocol, upgradeSheetOrders } from '@renderer/data/invitee-order-repo'
import { addInvitees, createMeeting, inviteeViews, moveInvitee } from '@renderer/data/meetings-repo'
import { replaceAll } from '@renderer/data/snapshot-repo'
import { defaultDaftarHadirSettings } from '@shared/model'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { meetingInvitees } from '@renderer/data/meeting-rows'

let db: PkkDatabase
let meetingId: string

beforeEach(async () => {
  db = new PkkDatabase(`urutan-${crypto.randomUUID()}`)
  const snapshot = sampleSnapshot()
  await replaceAll(db, snapshot)
  meetingId = (await createMeeting(db, RAKON)).id
  // Her order: the address book backwards, so no order the app knows is the one she gave.
  await addInvitees(db, meetingId, [...snapshot.people].reverse().map((p) => `p:${p.id}`))
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const names = async () => (await inviteeViews(db, meetingId)).map((v) => v.name)
const orders = async () => (await meetingInvitees(db, meetingId)).map((i) => i.order).sort((a, b) => a - b)

describe('the one order of the invitees', () => {
  test('kept as she entered them; “Pindah ke nomor” moves one and renumbers 1..n', async () => {
    const before = await names()
    expect(before[0]).toBe('Ny. Hj. Nur\u2019aini Bustami'.replace('\u2019', "'"))
    const last = (await inviteeViews(db, meetingId)).at(-1)
    await moveInviteeToNumber(db, meetingId, last?.id ?? '', 2)
    const after = await names()
    expect(after[1]).toBe(last?.name)
    expect(after.filter((n) => n !== last?.name)).toEqual(before.filter((n) => n !== last?.name))
    expect(await orders()).toEqual(before.map((_, i) => i + 1))
    await expect(moveInviteeToNumber(db, meetingId, 'tidak-ada', 1)).rejects.toThrow('Undangan ini sudah dihapus')
  })

  test('↑/↓ still swap neighbours', async () => {
    const before = await names()
    const second = (await inviteeViews(db, meetingId))[1]
    await moveInvitee(db, meetingId, second?.id ?? '', -1)
    expect((await names()).slice(0, 2)).toEqual([before[1], before[0]])
  })

  test('“Urutkan menurut protokoler” writes the protocol order once; the list, the sheet and the recording follow it', async () => {
    await sortInviteesByProtocol(db, meetingId)
    const views = await inviteeViews(db, meetingId)
    expect(views.slice(0, 3).map((v) => v.position)).toEqual(['Ketua', 'Wakil Ketua I', 'Wakil Ketua II'])
    expect(views[0]?.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect((await meetingParticipants(db, meetingId)).map((p) => p.inviteeId)).toEqual(views.map((v) => v.id))
    // She can change it afterwards.
    await moveInviteeToNumber(db, meetingId, views[0]?.id ?? '', 3)
    expect((await inviteeViews(db, meetingId))[2]?.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
  })

  test('the office’s own ranks decide: OPD heads first when it says so', async () => {
    await saveProtocolRanks(db, [{ id: 'opd', label: 'Pimpinan OPD', invitee: 'semua', organisationKind: 'opd', positions: ['Kepala Dinas'] }])
    await sortInviteesByProtocol(db, meetingId)
    const first = (await inviteeViews(db, meetingId)).slice(0, 3)
    expect(first.every((v) => v.position === 'Kepala Dinas')).toBe(true)
    await expect(saveProtocolRanks(db, [{ id: 'x', label: '', invitee: 'semua', organisationKind: 'opd', positions: [] }])).rejects.toThrow('Nama tingkat')
  })
})

describe('a sheet with an order of its own (earlier versions)', () => {
  async function legacySheet(order: 'nama' | 'kelompok') {
    // Written as an earlier version wrote it: straight into the table, no command of today's app.
    const now = '2019-12-12T02:00:00.000Z'
    await db.documents.add({ id: 'hadir-lama', meetingId, kind: 'daftar-hadir', daftarHadir: { ...defaultDaftarHadirSettings, order }, createdAt: now, updatedAt: now })
  }

  test('“by name” is written into the invitees’ order when the database opens, once', async () => {
    await legacySheet('nama')
    expect(await upgradeSheetOrders(db)).toBe(1)
    const list = await names()
    expect(list).toEqual([...list].sort(comparePersonNames))
    expect((await getMeetingDocument(db, meetingId, 'daftar-hadir'))?.daftarHadir?.order).toBe('undangan')
    expect(await orders()).toEqual(list.map((_, i) => i + 1))
    // Nothing left to do the second time.
    expect(await upgradeSheetOrders(db)).toBe(0)
    expect(await names()).toEqual(list)
  })

  test('saving a sheet “per kelompok” (the demo’s habit) writes it into the one order at once', async () => {
    await saveSheetSettings(db, meetingId, { ...defaultDaftarHadirSettings, order: 'kelompok' })
    const participants = await meetingParticipants(db, meetingId)
    const groupsInOrder = participants.map((p) => p.groupName).filter((g, i, all) => g !== all[i - 1])
    // Each group together: no group name comes back after another group.
    expect(new Set(groupsInOrder).size).toBe(groupsInOrder.length)
    expect((await getMeetingDocument(db, meetingId, 'daftar-hadir'))?.daftarHadir?.order).toBe('undangan')
  })
})
