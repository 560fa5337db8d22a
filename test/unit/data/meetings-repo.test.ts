import 'fake-indexeddb/auto'
import { storeOf } from '../../../renderer/src/data/snapshot-repo'
import { describe, expect, test } from 'vitest'
import { ketuaSigner } from '../../../shared/model'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { addInvitees, createMeeting, deleteMeeting, inviteeViews } from '../../../renderer/src/data/meetings-repo'

let n = 0
const fresh = () => new PkkDatabase(`uji-rapat-${++n}`)
const now = '2019-12-10T02:00:00.000Z'
const rakon = {
  title: 'Rapat Konsultasi TP PKK dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi' as const,
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB' as const,
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
  agenda: [],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: ''
}

async function withPeople(db: PkkDatabase) {
  await db.organisations.add({ id: 'o1', name: 'Dinas Kesehatan', kind: 'opd', headTitle: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat', address: '', phone: '', email: '', groupIds: [], createdAt: now, updatedAt: now })
  for (const [id, name] of [['p1', 'Ny. Hj. Nevi Irwan Prayitno'], ['p2', "Ni'mah Hasanah, S.Pd"]] as const) {
    await db.people.add({ id, name, position: 'Anggota', organisationId: 'o1', phone: '', email: '', groupIds: [], notes: '', createdAt: now, updatedAt: now })
  }
}

describe('meetings and their invitees', () => {
  test('nobody is invited twice: a repeat is refused by name, the rest are added in order', async () => {
    const db = fresh()
    await withPeople(db)
    const m = await createMeeting(db, rakon)
    expect(await addInvitees(db, m.id, ['p:p1', 'o:o1'])).toEqual({ added: 2, duplicates: [] })
    expect(await addInvitees(db, m.id, ['p:p2', 'p:p1', 'o:o1'])).toEqual({ added: 1, duplicates: ['Ny. Hj. Nevi Irwan Prayitno', 'Dinas Kesehatan'] })
    const views = await inviteeViews(db, m.id)
    expect(views.map((v) => v.name)).toEqual(['Ny. Hj. Nevi Irwan Prayitno', 'Kepala Dinas Kesehatan Provinsi Sumatera Barat', "Ni'mah Hasanah, S.Pd"])
  })

  test('deleting a meeting takes everything that hangs on it; a meeting with a numbered letter stays', async () => {
    const db = fresh()
    await withPeople(db)
    const m = await createMeeting(db, rakon)
    await addInvitees(db, m.id, ['p:p1', 'p:p2'])
    await db.roles.add({ id: 'r1', meetingId: m.id, group: 'moderator', roleTitle: '', name: 'Ny. Yulia', position: '', topic: '', order: 1 } as never)
    await db.actionItems.add({ id: 'a1', meetingId: m.id, what: 'Rapat berkala', ownerText: '', due: '', status: 'terbuka', createdAt: now, updatedAt: now } as never)
    await db.documents.add({ id: 'd1', meetingId: m.id, kind: 'undangan', createdAt: now, updatedAt: now })
    await deleteMeeting(db, m.id)
    for (const t of ['meetings', 'invitees', 'roles', 'actionItems', 'documents'] as const) expect(await db.table(storeOf(t)).count(), t).toBe(0)

    const kept = await createMeeting(db, rakon)
    await db.letters.add({
      id: 'l1', code: 'SKR', counterKey: 'SKR', year: 2019, seq: 296, insert: 0, number: '296/SKR/PKK-PROP/XII/2019', date: '2019-12-17',
      kepada: '', perihal: 'Undangan', lampiran: '', tembusan: '', status: 'aktif', cancelReason: '', source: 'app', meetingId: kept.id,
      documentKind: 'undangan', createdAt: now, updatedAt: now
    })
    await expect(deleteMeeting(db, kept.id)).rejects.toThrow('sudah memiliki 1 surat bernomor')
    expect(await db.meetings.count()).toBe(1)
  })
})
