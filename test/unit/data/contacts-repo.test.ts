import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { emptyOrganisation, emptyPerson } from '@shared/model'
import { PkkDatabase } from '@renderer/data/db'
import {
  commitImport,
  ContactInUseError,
  countPeopleOfOrganisation,
  deleteGroup,
  deleteOrganisation,
  deletePerson,
  exportContacts,
  loadDirectory,
  saveGroup,
  saveOrganisation,
  savePerson,
  searchPeople,
  setGroupMembers
} from '@renderer/data/contacts-repo'
import type { PersonDraft } from '@shared/contacts'
import { storeRawInvitees } from './rows-support'

let db: PkkDatabase
beforeEach(async () => {
  db = new PkkDatabase(`kontak-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const longOpd = `Dinas ${'Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana '.repeat(4)}`.slice(0, 300)
const draft = (name: string, extra: Partial<PersonDraft> = {}): PersonDraft => ({
  name,
  position: '',
  phone: '',
  email: '',
  notes: '',
  organisationName: '',
  groupNames: [],
  ...extra
})

describe('people, organisations and groups', () => {
  test('a person is saved with her name exactly as written and found again by search', async () => {
    const kominfo = await saveOrganisation(db, {
      ...emptyOrganisation,
      name: 'Dinas Komunikasi dan Informatika',
      headTitle: 'Kepala Dinas Komunikasi dan Informatika'
    })
    const p = await savePerson(db, {
      ...emptyPerson,
      name: "Ny. Hj. Ni'mah Rénata 🌸",
      position: 'Kepala Bidang',
      organisationId: kominfo.id,
      phone: '0812-6600-1234'
    })
    expect((await db.people.get(p.id))?.name).toBe("Ny. Hj. Ni'mah Rénata 🌸")
    const found = await searchPeople(db, 'nimah kominfo')
    expect(found).toEqual([])
    const byOrg = await searchPeople(db, 'nimah komunikasi')
    expect(byOrg.map((r) => [r.person.id, r.organisationName])).toEqual([[p.id, 'Dinas Komunikasi dan Informatika']])
    expect((await searchPeople(db, '08126600')).length).toBe(1)
  })

  test('editing keeps the id and creation time', async () => {
    const p = await savePerson(db, { ...emptyPerson, name: 'Sri Wahyuni' }, undefined, new Date('2024-01-01T00:00:00Z'))
    const q = await savePerson(db, { ...emptyPerson, name: 'Dra. Sri Wahyuni, M.Si' }, p.id, new Date('2024-02-01T00:00:00Z'))
    expect(q.id).toBe(p.id)
    expect(q.createdAt).toBe('2024-01-01T00:00:00.000Z')
    expect(q.updatedAt).toBe('2024-02-01T00:00:00.000Z')
    expect(await db.people.count()).toBe(1)
  })

  test('bad fields are refused with the form\'s Indonesian message and nothing is written', async () => {
    await expect(savePerson(db, { ...emptyPerson, name: '  ', email: 'bukan-email' })).rejects.toThrow(ZodError)
    try {
      await savePerson(db, { ...emptyPerson, name: '' })
    } catch (e) {
      expect((e as ZodError).issues[0]?.message).toBe('Nama wajib diisi')
    }
    expect(await db.people.count()).toBe(0)
  })

  test('a link to an organisation that is gone is refused', async () => {
    await expect(savePerson(db, { ...emptyPerson, name: 'Sri', organisationId: 'hilang' })).rejects.toThrow('Organisasi yang dipilih tidak ditemukan')
  })

  test('an organisation people belong to is not deleted unless they are unlinked', async () => {
    const o = await saveOrganisation(db, { ...emptyOrganisation, name: 'Dinas Kesehatan' })
    const p = await savePerson(db, { ...emptyPerson, name: 'Rahmawati', organisationId: o.id })
    await expect(deleteOrganisation(db, o.id)).rejects.toBeInstanceOf(ContactInUseError)
    expect(await countPeopleOfOrganisation(db, o.id)).toBe(1)
    await deleteOrganisation(db, o.id, { unlinkPeople: true })
    expect(await db.organisations.count()).toBe(0)
    const after = await db.people.get(p.id)
    expect(after?.name).toBe('Rahmawati')
    expect(after && 'organisationId' in after).toBe(false)
  })

  test('group membership is set from the group and removed when the group goes', async () => {
    const g = await saveGroup(db, { name: 'Pengurus TP PKK', description: '' })
    await expect(saveGroup(db, { name: 'pengurus tp pkk', description: '' })).rejects.toThrow('sudah ada')
    const a = await savePerson(db, { ...emptyPerson, name: 'Ani' })
    const b = await savePerson(db, { ...emptyPerson, name: 'Budi', groupIds: [g.id] })
    const o = await saveOrganisation(db, { ...emptyOrganisation, name: 'Dinas Sosial' })
    await setGroupMembers(db, g.id, { people: [a.id], organisations: [o.id] })
    expect((await db.people.get(a.id))?.groupIds).toEqual([g.id])
    expect((await db.people.get(b.id))?.groupIds).toEqual([])
    expect((await db.organisations.get(o.id))?.groupIds).toEqual([g.id])
    const dir = await loadDirectory(db)
    expect(dir.groups[0]).toMatchObject({ peopleCount: 1, organisationCount: 1 })
    await deleteGroup(db, g.id)
    expect((await db.people.get(a.id))?.groupIds).toEqual([])
    expect((await db.organisations.get(o.id))?.groupIds).toEqual([])
  })

  test('deleting a person', async () => {
    const p = await savePerson(db, { ...emptyPerson, name: 'Ani' })
    await deletePerson(db, p.id)
    expect(await db.people.count()).toBe(0)
  })
})

describe('import commit', () => {
  test('missing organisations and groups are created once, existing ones matched by normalised name', async () => {
    const kominfo = await saveOrganisation(db, { ...emptyOrganisation, name: 'Dinas Komunikasi dan Informatika' })
    const pengurus = await saveGroup(db, { name: 'Pengurus TP PKK', description: '' })
    const result = await commitImport(
      db,
      [
        draft('Ny. Hj. Nevi Irwan Prayitno', { organisationName: 'Tim Penggerak PKK Provinsi Sumatera Barat', groupNames: ['pengurus tp pkk'] }),
        draft('Budi Santoso', { organisationName: 'dinas komunikasi  DAN informatika', groupNames: ['OPD Terkait'] }),
        draft('Rahmawati', { organisationName: 'TP-PKK Provinsi Sumatera Barat' }),
        draft('Siti', { organisationName: longOpd })
      ],
      { addToGroup: 'Peserta Rakon 2019' }
    )
    expect(result).toEqual({ people: 4, organisationsCreated: 2, groupsCreated: 2 })
    const orgs = await db.organisations.toArray()
    expect(orgs.map((o) => [o.name, o.kind]).sort()).toEqual(
      [
        ['Dinas Komunikasi dan Informatika', 'opd'],
        ['Tim Penggerak PKK Provinsi Sumatera Barat', 'pkk'],
        [longOpd, 'opd']
      ].sort()
    )
    const budi = (await db.people.toArray()).find((p) => p.name === 'Budi Santoso')
    expect(budi?.organisationId).toBe(kominfo.id)
    const nevi = (await db.people.toArray()).find((p) => p.name.startsWith('Ny.'))
    const rakon = (await db.groups.toArray()).find((g) => g.name === 'Peserta Rakon 2019')
    expect(nevi?.groupIds).toEqual([pengurus.id, rakon?.id])
    expect((await db.people.toArray()).find((p) => p.name === 'Siti')?.organisationId).toBe(orgs.find((o) => o.name === longOpd)?.id)
  })

  test('one bad record aborts the whole import: nothing is written', async () => {
    await expect(commitImport(db, [draft('Ani', { organisationName: 'Dinas Baru', groupNames: ['Baru'] }), draft('', {})])).rejects.toThrow()
    expect([await db.people.count(), await db.organisations.count(), await db.groups.count()]).toEqual([0, 0, 0])
  })

  test('5,000 contacts import in one go and the search finds one among them as she types (its speed: npm run bench, contact search)', async () => {
    const drafts = Array.from({ length: 5000 }, (_, i) =>
      draft(`Peserta ${i}`, { organisationName: `Dinas ${i % 40}`, phone: `0812${String(i).padStart(8, '0')}`, groupNames: [`Kelompok ${i % 5}`] })
    )
    const result = await commitImport(db, drafts)
    expect(result).toEqual({ people: 5000, organisationsCreated: 40, groupsCreated: 5 })
    const dir = await loadDirectory(db)
    const { filterRows } = await import('@shared/contacts')
    expect(filterRows(dir.people, 'peserta 4999')).toHaveLength(1)
    // What typing "peserta 4999" letter by letter asks of the list.
    const typed = 'peserta 4999'
    for (let i = 1; i <= typed.length; i++) filterRows(dir.people, typed.slice(0, i))
    expect(filterRows(dir.people, 'PESERTA 4999 dinas 39').map((r) => r.organisationName)).toEqual(['Dinas 39'])
  })

  test('export lists every person with organisation and groups', async () => {
    await commitImport(db, [draft("Ni'mah", { organisationName: 'Dinas Sosial', groupNames: ['OPD Terkait'], phone: '081200001111' })])
    const out = await exportContacts(db)
    expect(out.people[1]).toEqual(["Ni'mah", '', 'Dinas Sosial', '081200001111', '', 'OPD Terkait', ''])
  })
})

test('a person or organisation on a meeting\'s invitee list is not deleted', async () => {
  const o = await saveOrganisation(db, { ...emptyOrganisation, name: 'Dinas Kesehatan' })
  const p = await savePerson(db, { ...emptyPerson, name: 'Rahmawati' })
  const t = new Date().toISOString()
  await storeRawInvitees(db, [
    { id: 'i1', meetingId: 'm1', key: `p:${p.id}`, kind: 'person', personId: p.id, order: 1, createdAt: t },
    { id: 'i2', meetingId: 'm1', key: `o:${o.id}`, kind: 'organisation', organisationId: o.id, order: 2, createdAt: t }
  ])
  await expect(deletePerson(db, p.id)).rejects.toThrow('daftar undangan 1 rapat')
  await expect(deleteOrganisation(db, o.id, { unlinkPeople: true })).rejects.toBeInstanceOf(ContactInUseError)
  expect([await db.people.count(), await db.organisations.count()]).toEqual([1, 1])
})
