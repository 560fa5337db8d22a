import 'fake-indexeddb/auto'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { readDataFile, type Snapshot } from '../../shared/datafile'
import { defaultUndanganDraft } from '../../shared/meetings'
import { ketuaSigner, type MeetingFields } from '../../shared/model'
import { PkkDatabase } from '../../renderer/src/data/db'
import { issueDocument } from '../../renderer/src/data/document-commands'
import { addInvitees, createMeeting } from '../../renderer/src/data/meetings-repo'
import { readSnapshot, replaceAll } from '../../renderer/src/data/snapshot-repo'
import { addRakonKeputusan } from './demo-keputusan'
import { addRakonMinutes } from './demo-minutes'
import { addRakonAttendance } from './demo-attendance'
import { addRakonSending } from './demo-sending'
import { addMeetingPhotos } from '../../renderer/src/data/laporan-repo'
import type { StoredFile } from '../../shared/model'
import { DEMO_PHOTO_CAPTIONS, demoPhoto, demoPhotoSize } from './demo-photos'

const SAMPLE = fileURLToPath(new URL('../../resources/sample/sumbar-2019.json', import.meta.url))

/** The Rapat Konsultasi of Jumat, 20 Desember 2019 (seed 002). */
export const RAKON: MeetingFields = {
  title: 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula Kantor Tim Penggerak PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang',
  agenda: [
    'Pembukaan',
    'Sambutan Ketua Tim Penggerak PKK Provinsi Sumatera Barat',
    'Paparan program OPD terkait',
    'Diskusi dan tanya jawab',
    'Kesimpulan dan penutup'
  ],
  basis: [
    'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019',
    'Keputusan Ketua Tim Penggerak PKK Provinsi Sumatera Barat tentang Panitia Pelaksana, Narasumber dan Moderator Rapat Konsultasi Tahun 2019'
  ],
  objectives: [
    'Meningkatkan koordinasi dengan OPD terkait dalam pelaksanaan kegiatan Gerakan PKK di Provinsi Sumatera Barat',
    'Mensinergikan kegiatan Tim Penggerak PKK Provinsi dengan kegiatan pada OPD terkait',
    'Menyamakan persepsi pelaksanaan kegiatan pembinaan 10 Program Pokok PKK Tahun 2019',
    'Menjalin kerja sama dalam persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020'
  ],
  signer: ketuaSigner,
  notes: ''
}

/** A fixed clock for the demo, so its files come out the same every run. */
const at = (iso: string) => new Date(`${iso}T02:00:00.000Z`)

/**
 * The sample office after the secretary's work for the Rapat Konsultasi, done through the app's own
 * data layer (fake-indexeddb in Node): the meeting, its 65 invitees, the invitation 296/SKR issued on 17 December
 * and sent (52 of 65: WhatsApp and by hand, with the Buku Ekspedisi).
 */
export async function buildDemoSnapshot(): Promise<Snapshot> {
  return (await buildDemoOffice()).snapshot
}

/** The demo office with the photo store's files (the 12 photos of the meeting's Laporan Kegiatan). */
export async function buildDemoOffice(): Promise<{ snapshot: Snapshot; files: Map<string, StoredFile> }> {
  const read = readDataFile(await readFile(SAMPLE, 'utf8'))
  if (!read.ok) throw new Error(`Data contoh rusak: ${JSON.stringify(read.problems.slice(0, 3))}`)
  const db = new PkkDatabase(`demo-${Date.now()}-${Math.random()}`)
  await replaceAll(db, read.snapshot)
  const meeting = await createMeeting(db, RAKON, at('2019-12-10'))
  const groupOrder = new Map(read.snapshot.groups.map((g, i) => [g.id, i]))
  const people = [...read.snapshot.people].sort(
    (a, b) => (groupOrder.get(a.groupIds[0] ?? '') ?? 99) - (groupOrder.get(b.groupIds[0] ?? '') ?? 99)
  )
  await addInvitees(db, meeting.id, people.map((p) => `p:${p.id}`), at('2019-12-10'))
  const letter = await issueDocument(db, meeting.id, 'undangan', defaultUndanganDraft(meeting, '2019-12-17', people.length), at('2019-12-17'))
  if (letter.number !== '296/SKR/PKK-PROP/XII/2019') throw new Error(`Nomor undangan demo tidak sesuai: ${letter.number}`)
  await addRakonSending(db, meeting, at)
  await addRakonKeputusan(db, meeting, at)
  await addRakonAttendance(db, meeting, at)
  await addRakonMinutes(db, meeting, at)
  const photos = DEMO_PHOTO_CAPTIONS.map((caption, i) => ({ data: demoPhoto(i), mime: 'image/png' as const, ...demoPhotoSize, caption }))
  await addMeetingPhotos(db, meeting.id, photos, at('2019-12-21'))
  const snapshot = await readSnapshot(db)
  const files = new Map((await db.files.toArray()).map((f) => [f.hash, f]))
  db.close()
  return { snapshot, files }
}
