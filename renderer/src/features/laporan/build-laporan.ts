import { emptySnapshot, unpackRows, type Snapshot } from '@shared/datafile'
import { laporanPdf } from '@shared/documents/builders/laporan-bundle'
import { laporanContents, meetingContext } from '@shared/meetings'
import type { Meeting } from '@shared/model'
import type { PkkDatabase } from '../../data/db'
import { LaporanError, listMeetingPhotos, missingPhotoNames, photosWithBytes } from '../../data/laporan-repo'
import { renderLayout } from '../../documents/service'

/** What the Laporan Kegiatan reads of one meeting, in one transaction: the office and the meeting's own records. */
export async function readMeetingSnapshot(db: PkkDatabase, meetingId: string): Promise<Snapshot> {
  const tables = [db.profile, db.people, db.organisations, db.groups, db.letters, db.meetings, db.inviteeLists, db.documents, db.roles, db.attendanceLists, db.minutes, db.actionItems, db.meetingPhotos, db.laporan]
  return db.transaction('r', tables, async () => {
    const s = emptySnapshot()
    const byMeeting = { meetingId }
    s.profile = await db.profile.toArray()
    s.people = await db.people.toArray()
    s.organisations = await db.organisations.toArray()
    s.groups = await db.groups.toArray()
    s.letters = await db.letters.where(byMeeting).toArray()
    s.meetings = (await db.meetings.where('id').equals(meetingId).toArray()) as Meeting[]
    s.invitees = unpackRows([(await db.inviteeLists.get(meetingId)) ?? { rows: [] }])
    s.documents = await db.documents.where('meetingId').equals(meetingId).toArray()
    s.roles = await db.roles.where(byMeeting).toArray()
    s.attendance = unpackRows([(await db.attendanceLists.get(meetingId)) ?? { rows: [] }])
    s.minutes = await db.minutes.where(byMeeting).toArray()
    s.actionItems = await db.actionItems.where(byMeeting).toArray()
    s.meetingPhotos = await db.meetingPhotos.where(byMeeting).toArray()
    s.laporan = await db.laporan.where(byMeeting).toArray()
    return s
  })
}

export interface BuiltLaporan {
  bytes: Uint8Array
  /** PDF only: the bundle's pages. */
  pages?: number
  /**
   * What the report lacks because its file is not on this computer (after a restore without it), in words:
   * each printed as a box or a page that names it.
   */
  missing: string[]
}

/** The Laporan Kegiatan of a meeting as the app saves it: PDF (one bundle, numbered across) or DOCX. */
export async function buildLaporan(db: PkkDatabase, meetingId: string, format: 'pdf' | 'docx'): Promise<BuiltLaporan> {
  const snapshot = await readMeetingSnapshot(db, meetingId)
  const meeting = snapshot.meetings[0]
  if (!meeting) throw new LaporanError('Rapat tidak ditemukan; mungkin sudah dihapus.')
  const photos = await photosWithBytes(db, await listMeetingPhotos(db, meetingId))
  const own = snapshot.laporan[0]
  const scanFile = own?.scan ? await db.files.get(own.scan.hash) : undefined
  const missing = [
    ...missingPhotoNames(photos).map((name) => `foto ${name}`),
    ...(own?.scan && !scanFile ? [`pindaian daftar hadir “${own.scan.name}”`] : [])
  ]
  const contents = laporanContents({
    ctx: meetingContext(snapshot, meeting),
    photos,
    ...(own?.scan ? { scan: { sheet: own.scan, data: scanFile?.data ?? null } } : {})
  })
  if (!contents) throw new LaporanError('Isi dulu data kantor (kop surat dan nama Ketua) di Pengaturan.')
  if (format === 'docx') return { bytes: await renderLayout(contents.docx(), 'docx'), missing }
  const pdf = await laporanPdf(contents.pdf, (layout) => renderLayout(layout, 'pdf'))
  return { bytes: pdf.bytes, pages: pdf.pages, missing }
}
