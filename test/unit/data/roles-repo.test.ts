import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { correctDocument, issueDocument, renumberDocument } from '../../../renderer/src/data/document-commands'
import { getMeetingDocument } from '../../../renderer/src/data/documents-repo'
import { createKeputusanDraft, lastArticleStyle } from '../../../renderer/src/data/keputusan-repo'
import {
  addLegalBasis,
  ensureLegalBases,
  listLegalBases,
  moveLegalBasis,
  removeLegalBasis,
  updateLegalBasis
} from '../../../renderer/src/data/legal-bases-repo'
import { createMeeting } from '../../../renderer/src/data/meetings-repo'
import { addRole, addRolesFromPeople, listRoles, moveRole, removeRole, RoleError, updateRole } from '../../../renderer/src/data/roles-repo'
import { replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { readDataFile } from '../../../shared/datafile'
import { rolePrefill } from '../../../shared/meetings'
import { defaultLegalBases, ketuaSigner, type MeetingFields } from '../../../shared/model'
import { freshName } from './letters-support'

const RAKON: MeetingFields = {
  title: 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
  agenda: [],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: ''
}

/** The sample office with the Rapat Konsultasi created. */
async function sampleOffice() {
  const read = readDataFile(readFileSync(join(import.meta.dirname, '../../../resources/sample/sumbar-2019.json'), 'utf8'))
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
  const db = new PkkDatabase(freshName('peran'))
  await replaceAll(db, read.snapshot)
  const meeting = await createMeeting(db, RAKON)
  const person = async (name: string) => {
    const p = await db.people.where('name').equals(name).first()
    if (!p) throw new Error(name)
    return { ...rolePrefill(p, p.organisationId ? await db.organisations.get(p.organisationId) : undefined), id: p.id }
  }
  return { db, meeting, person }
}

async function refused(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    if (err instanceof RoleError) return err.message
    throw err
  }
  throw new Error('tidak ditolak')
}

describe('roles of the Rapat Konsultasi', () => {
  test('from the address book with name and Jabatan/Instansi prefilled, or typed on the spot, in the order added', async () => {
    const { db, meeting, person } = await sampleOffice()
    const { id: _k, ...ketua } = await person('Ny. Hj. Nevi Irwan Prayitno')
    await addRole(db, meeting.id, { group: 'panitia', roleTitle: 'Penanggung Jawab', topic: '', ...ketua })
    const { id: _e, ...elvi } = await person('dr. Hj. Elvi Suryani, M.Kes')
    expect(elvi.position).toBe('Kepala Dinas Kesehatan Provinsi Sumatera Barat')
    await addRole(db, meeting.id, { group: 'narasumber', roleTitle: '', topic: 'Sinergi Program Kesehatan Keluarga', ...elvi })
    await addRole(db, meeting.id, { group: 'panitia', roleTitle: 'Seksi Dokumentasi', topic: '', name: 'Rahmat Hidayat, S.Kom', position: 'Staf Sekretariat' })
    const roles = await listRoles(db, meeting.id)
    expect(roles.map((r) => [r.group, r.roleTitle, r.name, r.order])).toEqual([
      ['panitia', 'Penanggung Jawab', 'Ny. Hj. Nevi Irwan Prayitno', 1],
      ['panitia', 'Seksi Dokumentasi', 'Rahmat Hidayat, S.Kom', 2],
      ['narasumber', '', 'dr. Hj. Elvi Suryani, M.Kes', 1]
    ])
    expect(roles[0]?.personId).toBe(ketua.personId)
    expect(roles[1]?.personId).toBeUndefined()
  })

  test('refuses a committee member without a title, and anyone twice in one group', async () => {
    const { db, meeting, person } = await sampleOffice()
    const { id: _y, ...yus } = await person('Ny. Hj. Yusnidar Nasrullah')
    expect(await refused(addRole(db, meeting.id, { group: 'panitia', roleTitle: '', topic: '', ...yus }))).toBe('Jabatan dalam panitia wajib diisi')
    await addRole(db, meeting.id, { group: 'panitia', roleTitle: 'Ketua', topic: '', ...yus })
    expect(await refused(addRole(db, meeting.id, { group: 'panitia', roleTitle: 'Anggota', topic: '', ...yus }))).toBe(
      'Ny. Hj. Yusnidar Nasrullah sudah tercantum sebagai Panitia Pelaksana.'
    )
    // The same person may moderate.
    await addRole(db, meeting.id, { group: 'moderator', roleTitle: '', topic: '', ...yus })
    expect(await refused(addRole(db, meeting.id, { group: 'moderator', roleTitle: '', topic: '', name: '', position: '' }))).toBe('Nama wajib diisi')
  })

  test('adds several Anggota at once, skipping who is already in, then reorders, edits and removes', async () => {
    const { db, meeting, person } = await sampleOffice()
    const names = ['Ny. Hj. Syafrida Anwar, S.Ag', 'Ir. Hj. Lismawarni Yunus, M.Si', 'dr. Hj. Rosnelly Amran, M.Kes']
    const ids = await Promise.all(names.map(async (n) => (await person(n)).id))
    const { id: _l, ...lisma } = await person(names[1] ?? '')
    await addRole(db, meeting.id, { group: 'panitia', roleTitle: 'Sekretaris', topic: '', ...lisma })
    expect(await addRolesFromPeople(db, meeting.id, 'panitia', 'Anggota', ids)).toEqual({ added: 2, skipped: ['Ir. Hj. Lismawarni Yunus, M.Si'] })
    let roles = await listRoles(db, meeting.id)
    expect(roles.map((r) => r.name)).toEqual(['Ir. Hj. Lismawarni Yunus, M.Si', 'Ny. Hj. Syafrida Anwar, S.Ag', 'dr. Hj. Rosnelly Amran, M.Kes'])

    await moveRole(db, roles[2]?.id ?? '', -1)
    roles = await listRoles(db, meeting.id)
    expect(roles.map((r) => r.name)).toEqual(['Ir. Hj. Lismawarni Yunus, M.Si', 'dr. Hj. Rosnelly Amran, M.Kes', 'Ny. Hj. Syafrida Anwar, S.Ag'])

    const target = roles[1]
    if (!target) throw new Error('tidak ada')
    await updateRole(db, target.id, { group: 'panitia', roleTitle: 'Bendahara', topic: '', name: target.name, position: 'Ketua Pokja IV TP PKK Provinsi Sumatera Barat' })
    expect((await db.roles.get(target.id))?.roleTitle).toBe('Bendahara')
    // The edit typed without a link drops the link to the address book.
    expect((await db.roles.get(target.id))?.personId).toBeUndefined()
    expect(await refused(updateRole(db, target.id, { group: 'moderator', roleTitle: '', topic: '', name: target.name, position: '' }))).toMatch(/Kelompok tidak dapat diubah/)

    await removeRole(db, target.id)
    expect((await listRoles(db, meeting.id)).map((r) => r.name)).toEqual(['Ir. Hj. Lismawarni Yunus, M.Si', 'Ny. Hj. Syafrida Anwar, S.Ag'])
  })
})

describe('the legal-basis library', () => {
  test('is seeded with Perpres 99/2017 and Permendagri 36/2020 on first use, once', async () => {
    const db = new PkkDatabase(freshName('dasar'))
    expect(await listLegalBases(db)).toEqual([])
    await ensureLegalBases(db)
    await ensureLegalBases(db)
    expect((await listLegalBases(db)).map((b) => [b.text, b.order, b.active])).toEqual(defaultLegalBases.map((t, i) => [t, i + 1, true]))
  })

  test('takes the office’s own bases, refuses one twice, edits, deactivates, reorders and deletes', async () => {
    const db = new PkkDatabase(freshName('dasar'))
    await ensureLegalBases(db)
    const own = await addLegalBasis(db, 'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019')
    await expect(addLegalBasis(db, '  program kerja tim penggerak pkk provinsi sumatera barat tahun 2019 ')).rejects.toThrow('sudah ada')
    await expect(addLegalBasis(db, '   ')).rejects.toThrow('Dasar hukum wajib diisi')
    await updateLegalBasis(db, own.id, { text: 'Program Kerja TP PKK Provinsi Sumatera Barat Tahun 2019', active: false })
    await moveLegalBasis(db, own.id, -1)
    const list = await listLegalBases(db)
    expect(list.map((b) => [b.text.slice(0, 24), b.order, b.active])).toEqual([
      ['Peraturan Presiden Repub', 1, true],
      ['Program Kerja TP PKK Pro', 2, false],
      ['Peraturan Menteri Dalam ', 3, true]
    ])
    await removeLegalBasis(db, own.id)
    expect(await listLegalBases(db)).toHaveLength(2)
  })

  test('keeps each entry under Mengingat or Memperhatikan: guessed from the text, given, or changed by the secretary', async () => {
    const db = new PkkDatabase(freshName('dasar'))
    await ensureLegalBases(db)
    const programme = await addLegalBasis(db, 'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019')
    const pergub = await addLegalBasis(db, 'Peraturan Gubernur Sumatera Barat Nomor 5 Tahun 2019 tentang PKK')
    const letter = await addLegalBasis(db, 'Hasil Rapat Pleno TP PKK Tahun 2019', 'mengingat')
    expect([programme.kind, pergub.kind, letter.kind]).toEqual(['memperhatikan', 'mengingat', 'mengingat'])
    expect((await listLegalBases(db)).slice(0, 2).map((b) => b.kind)).toEqual(['mengingat', 'mengingat'])
    await updateLegalBasis(db, letter.id, { kind: 'memperhatikan' })
    expect((await listLegalBases(db)).find((b) => b.id === letter.id)?.kind).toBe('memperhatikan')
    await expect(updateLegalBasis(db, letter.id, { kind: 'lainnya' as never })).rejects.toThrow()
  })
})

describe('the decree of the Rapat Konsultasi through the data layer', () => {
  test('starts from its roles and library, is issued as 22/KEP/PKK-PROP/XII/2019, then corrected or renumbered', async () => {
    const { db, meeting, person } = await sampleOffice()
    const { id: _k, ...ketua } = await person('Ny. Hj. Nevi Irwan Prayitno')
    await addRole(db, meeting.id, { group: 'panitia', roleTitle: 'Penanggung Jawab', topic: '', ...ketua })
    const doc = await createKeputusanDraft(db, meeting.id, '2019-12-16')
    const draft = doc.keputusan
    if (!draft) throw new Error('tanpa draf')
    expect(draft.subject).toBe(`PANITIA PELAKSANA ${RAKON.title.toUpperCase()}`)
    // A 2019 decree cites Perpres 99/2017, not Permendagri 36/2020.
    expect(draft.mengingat).toEqual([defaultLegalBases[0]])
    expect(await getMeetingDocument(db, meeting.id, 'keputusan')).toMatchObject({ id: doc.id })

    const roles = await listRoles(db, meeting.id)
    const letter = await issueDocument(db, meeting.id, 'keputusan', draft)
    expect(letter.number).toBe('22/KEP/PKK-PROP/XII/2019')
    expect(letter).toMatchObject({ documentKind: 'keputusan', meetingId: meeting.id, perihal: `Keputusan tentang Panitia Pelaksana ${RAKON.title}` })
    expect(roles.length).toBeGreaterThan(0)

    // Correction: the number stays, the register follows the new subject and keeps the history.
    const corrected = await correctDocument(db, meeting.id, 'keputusan', { ...draft, subject: 'PANITIA RAPAT' })
    expect(corrected.number).toBe('22/KEP/PKK-PROP/XII/2019')
    expect(corrected.perihal).toMatch(/^Keputusan tentang PANITIA RAPAT/i)
    expect(corrected.revisions?.map((r) => r.kind)).toEqual(['terbit', 'koreksi'])
    // New number: the old one is kept as batal.
    const renumbered = (await renumberDocument(db, meeting.id, 'keputusan', { ...draft, date: '2019-12-18' })).issued
    expect(renumbered.number).toBe('23/KEP/PKK-PROP/XII/2019')
    expect((await db.letters.get(letter.id))?.status).toBe('batal')
  })

  test('takes the office’s article style from its last decree', async () => {
    const { db, meeting } = await sampleOffice()
    expect(await lastArticleStyle(db)).toBe('KESATU')
    const doc = await createKeputusanDraft(db, meeting.id, '2019-12-16')
    if (!doc.keputusan) throw new Error('tanpa draf')
    await db.documents.update(doc.id, { keputusan: { ...doc.keputusan, articleStyle: 'PERTAMA' }, updatedAt: new Date().toISOString() })
    const other = await createMeeting(db, { ...RAKON, title: 'Rapat Koordinasi Pokja IV' })
    expect((await createKeputusanDraft(db, other.id, '2019-12-18')).keputusan?.articleStyle).toBe('PERTAMA')
  })
})
