import { buildLaporanFront, buildNotePage, buildPhotoPages, buildScanPage, type LaporanContentsEntry } from '../documents/builders/laporan'
import type { LaporanPart, LaporanPdfInput } from '../documents/builders/laporan-bundle'
import { laporanDocxLayout } from '../documents/builders/laporan-docx'
import { officePageOptions } from '../documents/builders/page'
import { documentFileName } from '../documents/file-names'
import type { DocumentLayout, ImageMime } from '../documents/layout'
import type { MeetingPhoto, ScannedSheet } from '../model'
import { meetingRecap } from './attendance-recap'
import { daftarHadirMaker } from './attendance-maker'
import { defaultCertifier } from './attendance-sheet'
import { keputusanMaker, undanganMaker } from './document-kinds'
import { rosterInvitees } from './invitees'
import { laporanText } from './laporan-text'
import type { MeetingContext } from './meeting-context'
import { meetingLastDay, signedKesimpulanFileName } from './minutes-data'
import { notulenMaker } from './minutes-makers'

/** A photo with its bytes from the photo store; null when its file is not on this computer (printed as a box that names it). */
export interface PhotoWithBytes {
  photo: MeetingPhoto
  data: Uint8Array | null
}

export interface LaporanSources {
  ctx: MeetingContext
  /** The meeting's photos in their order, with their bytes. */
  photos: readonly PhotoWithBytes[]
  /** The scanned signed attendance sheet, printed instead of the generated one; data null: its file is not on this computer (a page says so). */
  scan?: { sheet: ScannedSheet; data: Uint8Array | null }
}

export const LAPORAN_REPORT_TITLE = 'Laporan Kegiatan'
export const laporanFileName = (meetingTitle: string) => documentFileName('Laporan Kegiatan', meetingTitle)

const SCAN_TITLE = 'Daftar Hadir (pindaian bertanda tangan)'
/** Printed in place of a scan whose file is not on this computer (a restore without it). */
export const missingScanText = (name: string): string =>
  `Pindaian daftar hadir tidak ditemukan: ${name}. Berkas pindaiannya tidak ada di komputer ini ketika laporan disusun; pilih lagi berkas pindaiannya di langkah Laporan kegiatan.`
const isImage = (m: string): m is ImageMime => m === 'image/png' || m === 'image/jpeg'

/**
 * What the Laporan Kegiatan of a meeting holds, in order: the invitation as issued (its frozen copy with
 * the list), the decree, the attendance sheet (or her scan of the signed one), the Notulen, the photos.
 * A part the meeting does not have yet is left out (the daftar isi lists only what is there).
 */
export function laporanContents(src: LaporanSources): { pdf: LaporanPdfInput; docx: () => DocumentLayout } | undefined {
  const { ctx } = src
  const profile = ctx.snapshot.profile[0]
  if (!profile) return undefined
  const m = ctx.meeting
  const options = officePageOptions(profile)
  const minutes = ctx.snapshot.minutes.find((x) => x.meetingId === m.id)
  const own = ctx.snapshot.laporan.find((x) => x.meetingId === m.id)
  const recap = meetingRecap(rosterInvitees(ctx.invitees), ctx.snapshot.attendance.filter((a) => a.meetingId === m.id), m.dates).meeting.total
  const text = laporanText(m, recap, minutes?.kesimpulan ?? [], own)
  const certifier = defaultCertifier(profile)
  const reporter = certifier.name ? { title: certifier.title, name: certifier.name } : { title: profile.ketuaTitle, name: profile.ketuaName }
  const front = (contents: readonly LaporanContentsEntry[]) =>
    buildLaporanFront({
      office: profile,
      meeting: m,
      text,
      contents,
      reporter,
      placeName: profile.placeName,
      dateIso: meetingLastDay(m),
      ...(text.kesimpulan.length > 0 ? { signedKesimpulanFile: `${signedKesimpulanFileName(m)}.pdf` } : {}),
      page: options
    })

  const layoutPart = (title: string, layout: DocumentLayout): LaporanPart => ({ title, kind: 'layout', layout })
  const sheets = daftarHadirMaker(ctx)
  const scan = src.scan
  const attendance: LaporanPart[] = scan
    ? [
        !scan.data
          ? layoutPart(SCAN_TITLE, buildNotePage(SCAN_TITLE.toUpperCase(), missingScanText(scan.sheet.name), options))
          : scan.sheet.mime === 'application/pdf'
            ? { title: SCAN_TITLE, kind: 'pdf', pdf: scan.data }
            : layoutPart(SCAN_TITLE, buildScanPage(SCAN_TITLE.toUpperCase(), { mime: scan.sheet.mime, data: scan.data }, options))
      ]
    : sheets.map((d, i) => layoutPart(sheets.length > 1 ? `Daftar Hadir hari ke-${i + 1}` : 'Daftar Hadir', d.layout))
  const photoImages = src.photos.flatMap((p) => (isImage(p.photo.mime) ? [{ image: p.data ? { mime: p.photo.mime, data: p.data } : null, caption: p.photo.caption }] : []))
  const parts: LaporanPart[] = [
    ...undanganMaker(ctx).map((d) => layoutPart('Surat Undangan', d.layout)),
    ...keputusanMaker(ctx).map((d) => layoutPart('Keputusan Ketua', d.layout)),
    ...attendance,
    ...notulenMaker(ctx).map((d) => layoutPart('Notulen Rapat', d.layout)),
    ...(photoImages.length > 0 ? [layoutPart('Dokumentasi Kegiatan (foto)', buildPhotoPages(photoImages, text.photosPerPage, options))] : [])
  ]
  const title = `Laporan Kegiatan ${m.title}`
  return {
    pdf: { title, author: profile.officeName, front, reportTitle: LAPORAN_REPORT_TITLE, parts },
    docx: () => {
      // The DOCX numbers each part's pages as the part itself does; its daftar isi lists the parts in order.
      const layouts = parts.map((p) =>
        p.kind === 'layout'
          ? p.layout
          : buildNotePage(
              p.title.toUpperCase(),
              `Daftar hadir bertanda tangan dilampirkan sebagai pindaian PDF (${scan?.sheet.name ?? 'berkas PDF'}, ${scan?.sheet.pages ?? 1} halaman). Pindaian PDF hanya dapat digabungkan ke berkas PDF Laporan Kegiatan; lihat berkas PDF laporan ini.`,
              options
            )
      )
      const contents = [{ title: LAPORAN_REPORT_TITLE }, ...parts.map((p) => ({ title: p.title }))]
      return { ...laporanDocxLayout(title, profile.officeName, [front(contents), ...layouts]), bundleFooter: 'Laporan Kegiatan' }
    }
  }
}
