import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, test } from 'vitest'
import { tableNames, type Snapshot } from '../../../shared/datafile'
import { sealed } from '../support/data-file'
import type { Meeting, MeetingDocument, OfficeProfile, OfficeSigner } from '../../../shared/model'
import { backupJson, planRestore, restore } from '../../../renderer/src/data/backup'
import Dexie from 'dexie'
import { PkkDatabase, STORES_V1, STORES_V2, STORES_V3 } from '../../../renderer/src/data/db'
import { deleteOfficeSigner, saveOfficeSigner } from '../../../renderer/src/data/profile-repo'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { makePng } from '../../../scripts/lib/sample-images'
import { generateOffice } from '../../fixtures/ten-year-office'
import { installFakeWindow } from '../support/fake-window'

let n = 0
const freshDb = () => new PkkDatabase(`uji-penandatangan-${++n}`)
const pjInk = makePng(30, 12, (x) => (x % 3 === 0 ? [0, 0, 90, 255] : undefined))
const wakilInk = makePng(24, 10, (x, y) => (x === y ? [90, 0, 0, 255] : undefined))
const pj: OfficeSigner = { id: 'pj', kind: 'pj', name: 'Ny. Hj. Rahmi Yusuf', title: 'Pj. Ketua TP PKK Provinsi Sumatera Barat', from: '2019-12-01', to: '', signature: { mime: 'image/png', name: 'pj.png', data: pjInk } }
const wakil: OfficeSigner = { id: 'wakil', kind: 'an', name: 'Ny. Hj. Yusnidar Nasrullah', title: 'Wakil Ketua', from: '', to: '', signature: { mime: 'image/png', name: 'wakil.png', data: wakilInk } }
const sekretaris: OfficeSigner = { id: 'sekr', kind: 'an', name: 'Dra. Rahmi', title: 'Sekretaris', from: '', to: '' }

const meeting = (signer: unknown): Meeting =>
  ({
    id: 'rakon',
    title: 'Rapat Konsultasi',
    kind: 'rapat-konsultasi',
    dates: ['2019-12-20'],
    timeStart: '09:00',
    timeEnd: '',
    timeZone: 'WIB',
    place: 'Aula',
    agenda: [],
    basis: [],
    objectives: [],
    signer,
    notes: '',
    createdAt: '2019-12-10T00:00:00.000Z',
    updatedAt: '2019-12-10T00:00:00.000Z'
  }) as Meeting
const undanganDoc = (signer: unknown): MeetingDocument =>
  ({
    id: 'und',
    meetingId: 'rakon',
    kind: 'undangan',
    undangan: { date: '2019-12-17', sifat: 'Biasa', lampiran: '', hal: 'Undangan', mode: 'per-penerima', opening: 'a', closing: 'b', tembusan: [], code: 'SKR', signer },
    createdAt: '2019-12-10T00:00:00.000Z',
    updatedAt: '2019-12-10T00:00:00.000Z'
  }) as MeetingDocument

function office(profile: Partial<OfficeProfile>, extra: Partial<Snapshot> = {}): Snapshot {
  const base = generateOffice({ years: 1, letters: 10, people: 5, organisations: 2 }, 3)
  const p = base.profile[0]
  if (!p) throw new Error('no profile')
  return { ...base, profile: [{ ...p, ...profile }], ...extra }
}

beforeEach(() => {
  installFakeWindow()
})

describe('the office’s signers in a backup', () => {
  test('back up, wipe, restore: the signers come back with their own signature images, byte for byte', async () => {
    const db = freshDb()
    await replaceAll(db, office({ signers: [pj, wakil, sekretaris] }))
    const json = await backupJson(db)
    // In the file the images are base64 text, like the logo.
    const file = JSON.parse(json) as { tables: { profile: { signers: { signature?: { base64: string } }[] }[] } }
    expect(file.tables.profile[0]?.signers[0]?.signature?.base64).toMatch(/^iVBORw0KGgo/)
    await db.profile.clear()
    const plan = await planRestore(db, json)
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)))
    await restore(db, plan)
    const back = await db.profile.get('office')
    expect(back?.signers?.map((s) => [s.id, s.kind, s.name, s.title, s.from, s.to])).toEqual([pj, wakil, sekretaris].map((s) => [s.id, s.kind, s.name, s.title, s.from, s.to]))
    expect(back?.signers?.[0]?.signature?.data).toEqual(pjInk)
    expect(back?.signers?.[1]?.signature?.data).toEqual(wakilInk)
    expect(back?.signers?.[2]?.signature).toBeUndefined()
  })

  test('a file written before signers were kept (no signers, old role/name signers on meetings and drafts) still restores', async () => {
    const db = freshDb()
    await replaceAll(db, office({}))
    const old = JSON.parse(await backupJson(db)) as { checksum?: string; tables: Record<string, unknown[]> }
    const legacyPj = { role: 'pj', ownTitle: '', name: 'Ny. Hj. Rahmi Yusuf', useSignatureImage: true, useStamp: true }
    old.tables['meetings'] = [meeting({ role: 'ketua', ownTitle: '', name: '', useSignatureImage: false, useStamp: true })]
    old.tables['documents'] = [undanganDoc(legacyPj)]
    expect(JSON.stringify(old.tables['profile'])).not.toContain('signers')
    const plan = await planRestore(db, sealed(old))
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)))
    await restore(db, plan)
    expect((await db.profile.get('office'))?.signers).toBeUndefined()
    expect((await db.meetings.get('rakon'))?.signer).toEqual({ signerId: 'ketua', useSignatureImage: false, useStamp: true })
    expect((await db.documents.get('und'))?.undangan?.signer).toEqual({
      signerId: '',
      useSignatureImage: true,
      useStamp: true,
      legacy: { role: 'pj', ownTitle: '', name: 'Ny. Hj. Rahmi Yusuf' }
    })
  })

  test('records an older version left in the database are rewritten as today’s choice when it upgrades to v4', async () => {
    const name = `uji-penandatangan-v3-${++n}`
    const v3 = new Dexie(name)
    v3.version(1).stores(STORES_V1)
    v3.version(2).stores(STORES_V2)
    v3.version(3).stores(STORES_V3)
    await v3.open()
    const old = office({}, { meetings: [meeting({ role: 'an', ownTitle: 'Sekretaris', name: 'Dra. Rahmi', useSignatureImage: false, useStamp: false })], documents: [undanganDoc({ role: 'ketua', ownTitle: '', name: '', useSignatureImage: true, useStamp: false })] })
    await v3.transaction('rw', v3.tables, async () => {
      for (const t of tableNames) if (v3.tables.some((x) => x.name === t)) await v3.table(t).bulkAdd(old[t])
    })
    v3.close()
    const db = new PkkDatabase(name)
    await db.open()
    expect((await db.meetings.get('rakon'))?.signer).toMatchObject({ signerId: '', legacy: { role: 'an', name: 'Dra. Rahmi' } })
    expect((await db.documents.get('und'))?.undangan?.signer).toEqual({ signerId: 'ketua', useSignatureImage: true, useStamp: false })
    expect(await db.meetings.get('gone')).toBeUndefined()
    // And a backup of them is a valid file of today's format.
    const plan = await planRestore(freshDb(), await backupJson(db))
    expect(plan.ok).toBe(true)
  })

  test('Pengaturan adds, changes (keeping the image) and removes a signer', async () => {
    const db = freshDb()
    await replaceAll(db, office({}))
    await saveOfficeSigner(db, { id: 'pj', kind: 'pj', name: 'Ny. A', title: 'Ketua TP PKK', from: '2019-01-01', to: '' }, pj.signature)
    await saveOfficeSigner(db, { id: 'pj', kind: 'pj', name: 'Ny. B', title: 'Ketua TP PKK', from: '2019-01-01', to: '2019-06-30' })
    let signers = (await db.profile.get('office'))?.signers ?? []
    expect(signers.map((s) => [s.name, s.to, s.signature?.data])).toEqual([['Ny. B', '2019-06-30', pjInk]])
    await expect(saveOfficeSigner(db, { id: 'x', kind: 'pj', name: 'Ny. C', title: 'K', from: '2019-07-01', to: '2019-01-01' })).rejects.toThrow()
    await deleteOfficeSigner(db, 'pj')
    signers = (await db.profile.get('office'))?.signers ?? []
    expect(signers).toEqual([])
    expect((await readSnapshot(db)).profile[0]?.signers).toEqual([])
  })

  test('a signer of a document that has its number is not removed (issued stays issued); of a draft, she is', async () => {
    const db = freshDb()
    await replaceAll(db, office({ signers: [pj, wakil] }, { meetings: [meeting({ signerId: '', useSignatureImage: true, useStamp: true })], documents: [{ ...undanganDoc({ signerId: 'pj', useSignatureImage: true, useStamp: true }), letterId: 'l1' }, { ...undanganDoc({ signerId: 'wakil', useSignatureImage: true, useStamp: true }), id: 'draft' }] }))
    await expect(deleteOfficeSigner(db, 'pj')).rejects.toThrow('Ny. Hj. Rahmi Yusuf menandatangani 1 dokumen yang sudah bernomor, jadi tidak dapat dihapus. Isi tanggal akhir masa jabatannya saja.')
    await deleteOfficeSigner(db, 'wakil')
    expect((await db.profile.get('office'))?.signers?.map((s) => s.id)).toEqual(['pj'])
  })
})
