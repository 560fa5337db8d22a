import 'fake-indexeddb/auto'
import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { handlePhotosHave, handlePhotosRead, handlePhotosWrite } from '../../../electron/main/ipc/photo-store'
import { backupJson, backupNow, planRestore, restore } from '../../../renderer/src/data/backup'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { addMeetingPhotos, LaporanError, listMeetingPhotos, missingPhotoNames, photosWithBytes, removePhoto } from '../../../renderer/src/data/laporan-repo'
import { backupPhotos, checkPhotosForRestore, restorePhotos, type PhotoStore } from '../../../renderer/src/data/photo-backup'
import { createMeeting } from '../../../renderer/src/data/meetings-repo'
import { sha256Hex } from '../../../shared/meetings'
import { ketuaSigner, type MeetingFields } from '../../../shared/model'
import { demoPhoto } from '../../../scripts/lib/demo-photos'
import { makePng } from '../../../scripts/lib/sample-images'
import { installFakeWindow } from '../support/fake-window'

let n = 0
const freshDb = () => new PkkDatabase(`uji-foto-${++n}`)

const RAKON: MeetingFields = {
  title: 'Rapat Konsultasi TP PKK dengan OPD Terkait',
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

const photo = (i: number, caption = `Foto uji ${i}`) => ({ data: demoPhoto(i), mime: 'image/png' as const, width: 720, height: 540, caption })

/** The main process's photo store on a real folder (electron/main/ipc/photo-store.ts). */
async function folderStore(): Promise<{ store: PhotoStore; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pkk-foto-'))
  const folder = () => dir
  return {
    dir,
    store: {
      photosHave: (hashes) => handlePhotosHave(folder, { hashes }),
      photosWrite: (args) => handlePhotosWrite(folder, args),
      photosRead: (hash) => handlePhotosRead(folder, { hash })
    }
  }
}

beforeEach(() => {
  installFakeWindow()
})

describe('photos are kept once, by the SHA-256 of their bytes', () => {
  test('the same photo added to a meeting twice is two records and one stored file; removing both removes the file', async () => {
    const db = freshDb()
    const m = await createMeeting(db, RAKON)
    const [a, b] = await addMeetingPhotos(db, m.id, [photo(0, 'Pembukaan'), photo(0, 'Pembukaan, lagi')])
    expect(a?.hash).toBe(await sha256Hex(demoPhoto(0)))
    expect(b?.hash).toBe(a?.hash)
    expect(await db.files.count()).toBe(1)
    expect((await listMeetingPhotos(db, m.id)).map((p) => p.caption)).toEqual(['Pembukaan', 'Pembukaan, lagi'])
    await removePhoto(db, a?.id ?? '')
    expect(await db.files.count()).toBe(1)
    await removePhoto(db, b?.id ?? '')
    expect(await db.files.count()).toBe(0)
  })

  test('a batch with one photo over the stored limit changes nothing', async () => {
    const db = freshDb()
    const m = await createMeeting(db, RAKON)
    const tooWide = makePng(1700, 10, () => [0, 0, 0, 255])
    await expect(addMeetingPhotos(db, m.id, [photo(1), { data: tooWide, mime: 'image/png', width: 1600, height: 10, caption: '' }])).rejects.toThrow(
      new LaporanError('Foto ke-2: Foto lebih dari 1600 piksel pada sisi panjangnya.')
    )
    expect(await db.meetingPhotos.count()).toBe(0)
    expect(await db.files.count()).toBe(0)
  })

  test('the data file lists photos by hash and carries none of their bytes', async () => {
    const db = freshDb()
    const m = await createMeeting(db, RAKON)
    const before = (await backupJson(db)).length
    const added = await addMeetingPhotos(db, m.id, [photo(0), photo(1), photo(2)])
    const json = await backupJson(db)
    for (const p of added) expect(json).toContain(p.hash)
    // Three photos of 20-60 KB each; the file grows by their three short records only.
    expect(json.length - before).toBeLessThan(2_000)
  })
})

describe('backups carry photos incrementally beside the data file; a restore checks each one', () => {
  test('each backup writes only the photos the folder lacks', async () => {
    const db = freshDb()
    const m = await createMeeting(db, RAKON)
    const { store, dir } = await folderStore()
    await addMeetingPhotos(db, m.id, [photo(0), photo(1)])
    expect(await backupPhotos(db, store)).toBe(2)
    expect(await backupPhotos(db, store)).toBe(0)
    await addMeetingPhotos(db, m.id, [photo(2)])
    expect(await backupPhotos(db, store)).toBe(1)
    expect((await readdir(join(dir, 'foto'))).filter((f) => f.endsWith('.png')).sort()).toEqual(
      (await Promise.all([0, 1, 2].map((i) => sha256Hex(demoPhoto(i))))).map((h) => `${h}.png`).sort()
    )
  })

  test('the folder refuses bytes that are not what their name says', async () => {
    const { store } = await folderStore()
    await expect(store.photosWrite({ hash: await sha256Hex(demoPhoto(0)), mime: 'image/png', data: demoPhoto(1) })).rejects.toThrow(/tidak sama dengan kodenya/)
  })

  test('after a lost database: photos come back from the folder, a damaged and a missing one are named, and their records stay', async () => {
    const db = freshDb()
    const m = await createMeeting(db, RAKON)
    const { store, dir } = await folderStore()
    const added = await addMeetingPhotos(db, m.id, [photo(0, 'Pembukaan'), photo(1, 'Sambutan Ketua'), photo(2, 'Foto bersama')])
    await backupPhotos(db, store)
    const json = await backupJson(db)
    const [, damaged, missing] = added
    // One photo's file damaged in the folder, another lost.
    await writeFile(join(dir, 'foto', `${damaged?.hash}.png`), demoPhoto(5))
    const { unlink } = await import('node:fs/promises')
    await unlink(join(dir, 'foto', `${missing?.hash}.png`))

    const fresh = freshDb()
    const plan = await planRestore(fresh, json)
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems))
    const check = await checkPhotosForRestore(fresh, plan.snapshot, store)
    expect(check.fromStore).toEqual([added[0]?.hash])
    expect(check.problems).toEqual([
      `Foto “Sambutan Ketua” rapat “${RAKON.title}” rusak di folder cadangan (foto/${damaged?.hash}.png: isinya tidak sama dengan kodenya); dipulihkan tanpa gambar.`,
      `Foto “Foto bersama” rapat “${RAKON.title}” tidak ada di folder cadangan (foto/${missing?.hash}.png); dipulihkan tanpa gambar.`
    ])
    expect(await restorePhotos(fresh, check.fromStore, store)).toEqual([])
    expect(await fresh.files.count()).toBe(1)
    await restore(fresh, plan)
    expect(await fresh.meetingPhotos.count()).toBe(3)
    // The Laporan Kegiatan names what it lacks instead of printing a hole.
    expect(missingPhotoNames(await photosWithBytes(fresh, await listMeetingPhotos(fresh, m.id)))).toEqual(['“Sambutan Ketua”', '“Foto bersama”'])
  })

  test('the app\'s own backup and restore (through window.pkk): the plan names nothing missing, and the photos come back', async () => {
    const fake = installFakeWindow()
    const db = freshDb()
    const m = await createMeeting(db, RAKON)
    await addMeetingPhotos(db, m.id, [photo(3), photo(4)])
    await backupNow(db, 'manual')
    expect(fake.photos.size).toBe(2)
    const json = fake.backups.at(-1)?.json ?? ''
    const fresh = freshDb()
    const plan = await planRestore(fresh, json)
    if (!plan.ok) throw new Error('plan')
    expect(plan.photos?.problems).toEqual([])
    await restore(fresh, plan)
    const back = await photosWithBytes(fresh, await listMeetingPhotos(fresh, m.id))
    expect(back.map((p) => p.data)).toEqual([demoPhoto(3), demoPhoto(4)])
  })
})

test('a deleted meeting takes its photos, its report and the files no other meeting names: its backup restores', async () => {
  const { deleteMeeting } = await import('../../../renderer/src/data/meetings-repo')
  const { saveLaporan } = await import('../../../renderer/src/data/laporan-repo')
  const db = freshDb()
  const gone = await createMeeting(db, RAKON)
  const kept = await createMeeting(db, { ...RAKON, title: 'Rapat Koordinasi Pokja IV' })
  await addMeetingPhotos(db, gone.id, [photo(0), photo(1)])
  await addMeetingPhotos(db, kept.id, [photo(1)])
  await saveLaporan(db, gone.id, { latarBelakang: '', pelaksanaan: 'Dihadiri OPD.', hasil: '', penutup: '', photosPerPage: 2 })
  await deleteMeeting(db, gone.id)
  expect(await db.meetingPhotos.count()).toBe(1)
  expect(await db.laporan.count()).toBe(0)
  // Photo 0 was this meeting's alone; photo 1 is still the other meeting's.
  expect((await db.files.toCollection().primaryKeys()).map(String)).toEqual([await sha256Hex(demoPhoto(1))])
  const plan = await planRestore(freshDb(), await backupJson(db))
  expect(plan.ok ? [] : plan.problems).toEqual([])
})

test('the browser build keeps the same photo store in its backup database, checked by hash both ways', async () => {
  const { browserBackup } = await import('../../../renderer/src/bridge/browser-backup')
  const hash = await sha256Hex(demoPhoto(6))
  await expect(browserBackup.photosWrite({ hash, mime: 'image/png', data: demoPhoto(7) })).rejects.toThrow(/tidak sama dengan kodenya/)
  expect(await browserBackup.photosHave([hash])).toEqual([])
  await browserBackup.photosWrite({ hash, mime: 'image/png', data: demoPhoto(6) })
  expect(await browserBackup.photosHave([hash])).toEqual([hash])
  const read = await browserBackup.photosRead(hash)
  expect(read.status === 'ok' ? read.data : null).toEqual(demoPhoto(6))
})
