import 'fake-indexeddb/auto'
import JSZip from 'jszip'
import { beforeEach, describe, expect, test } from 'vitest'
import { createJournalStore, memoryJournalFiles } from '../../../shared/journal'
import { sha256Hex } from '../../../shared/meetings'
import { backupJson, planRestore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { BackupFileError, backupFileWithPhotos, DATA_ENTRY, readBackupFile } from '../../../renderer/src/data/backup-file'
import { PkkDatabase } from '../../../renderer/src/data/db'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { attachJournal } from '../../../renderer/src/data/journal-keeper'
import { restoreFromJournal } from '../../../renderer/src/data/journal-restore'
import { addMeetingPhotos, listMeetingPhotos, missingPhotoNames, photosWithBytes, replacePhotoFile, setScannedSheet } from '../../../renderer/src/data/laporan-repo'
import { createMeeting } from '../../../renderer/src/data/meetings-repo'
import { keepFilesInStore, type PhotoStore } from '../../../renderer/src/data/photo-backup'
import { RAKON } from '../../../scripts/lib/demo-office'
import { demoPhoto } from '../../../scripts/lib/demo-photos'
import { makePng } from '../../../scripts/lib/sample-images'
import { freshName, seedOffice } from '../data/letters-support'
import { installFakeWindow } from '../support/fake-window'

const photo = (i: number, caption: string) => ({ data: demoPhoto(i), mime: 'image/png' as const, width: 720, height: 540, caption })
const scanPng = () => makePng(300, 420, (x) => (x < 150 ? [250, 250, 250, 255] : [20, 20, 20, 255]))

let fake: ReturnType<typeof installFakeWindow>
let store: PhotoStore
beforeEach(() => {
  fake = installFakeWindow()
  store = (globalThis as unknown as { window: { pkk: { backup: PhotoStore } } }).window.pkk.backup
})

/** The office's database with its change journal outside it (in memory here; main: jurnal.log). */
async function journaledOffice(): Promise<{ db: PkkDatabase; sink: JournalSink }> {
  const journal = createJournalStore(memoryJournalFiles())
  const sink: JournalSink = { append: (p) => journal.append(p), read: () => journal.read(), checkpoint: ({ base, upToSeq }) => journal.checkpoint(base, upToSeq) }
  const db = new PkkDatabase(freshName('foto-jurnal'))
  attachJournal(db, sink)
  await db.open()
  await seedOffice(db)
  return { db, sink }
}

describe('photos after the database is lost and the office comes back from the change journal', () => {
  test('a photo is copied into the photo store when added, and the recovery fetches every one back, hash-checked', async () => {
    const { db, sink } = await journaledOffice()
    const m = await createMeeting(db, RAKON)
    const added = await addMeetingPhotos(db, m.id, [photo(0, 'Pembukaan'), photo(1, 'Sambutan Ketua'), photo(2, 'Foto bersama')])
    // What the step does after storing them (LaporanPanel's withStoreCopy): no backup was taken since.
    expect(await keepFilesInStore(db, added.map((p) => p.hash))).toEqual([])
    expect(fake.photos.size).toBe(3)
    expect(fake.backups).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 50))

    // The database is lost: a new, empty one; the journal and the photo store outside it are what is left.
    const fresh = new PkkDatabase(freshName('foto-hilang'))
    const r = await restoreFromJournal(fresh, sink, store)
    expect(r?.photoProblems).toEqual([])
    const back = await photosWithBytes(fresh, await listMeetingPhotos(fresh, m.id))
    expect(back.map((p) => p.photo.caption)).toEqual(['Pembukaan', 'Sambutan Ketua', 'Foto bersama'])
    expect(back.map((p) => p.data)).toEqual([demoPhoto(0), demoPhoto(1), demoPhoto(2)])
  })

  test('a photo the store lacks or holds damaged is named in Indonesian; the recovery still brings back every record', async () => {
    const { db, sink } = await journaledOffice()
    const m = await createMeeting(db, RAKON)
    const added = await addMeetingPhotos(db, m.id, [photo(3, 'Pembukaan'), photo(4, 'Sambutan Ketua'), photo(5, 'Foto bersama')])
    await keepFilesInStore(db, added.map((p) => p.hash))
    const [, damaged, missing] = added
    fake.photos.delete(missing?.hash ?? '')
    fake.photos.set(damaged?.hash ?? '', { hash: damaged?.hash ?? '', mime: 'image/png', data: demoPhoto(9) })
    await new Promise((r) => setTimeout(r, 50))

    const fresh = new PkkDatabase(freshName('foto-hilang'))
    const r = await restoreFromJournal(fresh, sink, store)
    expect(r?.photoProblems).toEqual([
      `Foto “Sambutan Ketua” rapat “${RAKON.title.slice(0, 59).trimEnd()}…” rusak di folder cadangan (foto/${damaged?.hash}.png: isinya tidak sama dengan kodenya); dipulihkan tanpa gambar.`,
      `Foto “Foto bersama” rapat “${RAKON.title.slice(0, 59).trimEnd()}…” tidak ada di folder cadangan (foto/${missing?.hash}.png); dipulihkan tanpa gambar.`
    ])
    expect(await fresh.meetings.count()).toBe(1)
    expect(await fresh.profile.count()).toBe(1)
    const back = await photosWithBytes(fresh, await listMeetingPhotos(fresh, m.id))
    expect(back.map((p) => p.data !== null)).toEqual([true, false, false])
    expect(missingPhotoNames(back)).toEqual(['“Sambutan Ketua”', '“Foto bersama”'])

    // She puts one back from her phone: the caption and the place stay, the record names the new file.
    const put = await replacePhotoFile(fresh, missing?.id ?? '', { data: demoPhoto(6), mime: 'image/png', width: 720, height: 540 })
    expect(put).toMatchObject({ caption: 'Foto bersama', order: 3, hash: await sha256Hex(demoPhoto(6)) })
    expect(missingPhotoNames(await photosWithBytes(fresh, await listMeetingPhotos(fresh, m.id)))).toEqual(['“Sambutan Ketua”'])
  })

  test('practice data has no photo store: nothing is copied and nothing fails', async () => {
    const { db } = await journaledOffice()
    const m = await createMeeting(db, RAKON)
    const added = await addMeetingPhotos(db, m.id, [photo(7, 'Latihan')])
    expect(await keepFilesInStore(db, added.map((p) => p.hash), null)).toEqual([])
    expect(fake.photos.size).toBe(0)
  })
})

describe('a data file saved by hand with its photos (.pkkzip)', () => {
  async function officeWithPhotos() {
    const { db } = await journaledOffice()
    const m = await createMeeting(db, RAKON)
    const added = await addMeetingPhotos(db, m.id, [photo(0, 'Pembukaan'), photo(1, 'Sambutan Ketua')])
    const scan = await setScannedSheet(db, m.id, { name: 'daftar-hadir.png', data: scanPng(), pages: 1 })
    return { db, m, added, scan }
  }

  test('on another computer (no photo store at all) the one file brings back the records, the photos and the scan', async () => {
    const { db, m, scan } = await officeWithPhotos()
    const json = await backupJson(db)
    const zipBytes = await backupFileWithPhotos(db, json)
    const zip = await JSZip.loadAsync(zipBytes)
    // The same data file as a .json backup (its format version unchanged) beside the files under their hash.
    expect(await zip.file(DATA_ENTRY)?.async('string')).toBe(json)
    expect(Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('foto/'))).toHaveLength(3)

    const read = await readBackupFile(zipBytes, null)
    expect(read.photoCount).toBe(3)
    const fresh = new PkkDatabase(freshName('foto-lain'))
    const plan = await planRestore(fresh, read.text, {}, read.photos ?? undefined)
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems))
    expect(plan.photos?.problems).toEqual([])
    await restoreKeepingNumbers(fresh, plan)
    const back = await photosWithBytes(fresh, await listMeetingPhotos(fresh, m.id))
    expect(back.map((p) => p.data)).toEqual([demoPhoto(0), demoPhoto(1)])
    expect((await fresh.files.get(scan.hash))?.data).toEqual(scanPng())
  })

  test('a photo damaged inside the file is named and its record restored without it; a plain .json reads as before', async () => {
    const { db, added } = await officeWithPhotos()
    const json = await backupJson(db)
    const zip = await JSZip.loadAsync(await backupFileWithPhotos(db, json))
    zip.file(`foto/${added[1]?.hash}.png`, demoPhoto(8))
    const read = await readBackupFile(await zip.generateAsync({ type: 'uint8array' }), null)
    const fresh = new PkkDatabase(freshName('foto-rusak'))
    const plan = await planRestore(fresh, read.text, {}, read.photos ?? undefined)
    if (!plan.ok) throw new Error('plan')
    expect(plan.photos?.problems).toEqual([
      `Foto “Sambutan Ketua” rapat “${RAKON.title.slice(0, 59).trimEnd()}…” rusak di berkas cadangan (foto/${added[1]?.hash}.png: isinya tidak sama dengan kodenya); dipulihkan tanpa gambar.`
    ])
    await restoreKeepingNumbers(fresh, plan)
    expect(await fresh.meetingPhotos.count()).toBe(2)

    const plain = await readBackupFile(new TextEncoder().encode(json), null)
    expect(plain).toEqual({ text: json, photos: null, photoCount: 0 })
  })

  test('a ZIP that is no backup, or a torn one, gets a message and nothing is read', async () => {
    const other = new JSZip()
    other.file('catatan.txt', 'bukan cadangan')
    await expect(readBackupFile(await other.generateAsync({ type: 'uint8array' }), null)).rejects.toThrow(
      new BackupFileError('Berkas ZIP ini bukan cadangan Sekretariat PKK (tidak memuat data.json). Data Anda tidak diubah.')
    )
    const torn = (await other.generateAsync({ type: 'uint8array' })).slice(0, 30)
    await expect(readBackupFile(torn, null)).rejects.toThrow('Berkas ZIP ini rusak atau terpotong; tidak dapat dibaca. Data Anda tidak diubah.')
  })

  test('a photo the file lacks is taken from the photo store when this computer has it', async () => {
    const { db, added } = await officeWithPhotos()
    await keepFilesInStore(db, [added[0]?.hash ?? ''])
    const zip = await JSZip.loadAsync(await backupFileWithPhotos(db, await backupJson(db)))
    zip.remove(`foto/${added[0]?.hash}.png`)
    const read = await readBackupFile(await zip.generateAsync({ type: 'uint8array' }), store)
    const fresh = new PkkDatabase(freshName('foto-campur'))
    const plan = await planRestore(fresh, read.text, {}, read.photos ?? undefined)
    if (!plan.ok) throw new Error('plan')
    expect(plan.photos).toEqual({ fromStore: expect.arrayContaining([added[0]?.hash, added[1]?.hash]) as unknown, problems: [] })
  })
})
