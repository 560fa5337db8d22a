import { formatMeetingDays, formatPlaceDate } from '../../calendar'
import type { LaporanText } from '../../meetings/laporan-text'
import { pageSizeMm, textWidthMm, type Block, type DocumentLayout, type ImageData, type PageSetup, type Section } from '../layout'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { letterPage, styleOf, type PageOptions } from './page'
import { buildSignature, signerTitleLines, type Signer } from './signature'

/**
 * Laporan Kegiatan (docs/formats.md "Laporan Kegiatan"): the front of the bundle (cover, daftar isi, the
 * report she writes) and its photo pages. The parts between them (Undangan, Keputusan, Daftar Hadir,
 * Notulen) are the meeting's own documents, put together by laporan-bundle.ts; page numbers across the
 * bundle are stamped there, so these sections carry none of their own.
 */

export interface LaporanContentsEntry {
  title: string
  /** The bundle's page the part starts on; absent in the DOCX, whose parts number their own pages. */
  page?: number
}

export interface LaporanFrontData {
  office: KopProfile
  meeting: { title: string; dates: readonly string[]; place: string }
  text: LaporanText
  contents: readonly LaporanContentsEntry[]
  /** Who signs the report (the Sekretaris, or the Ketua when the office has none). */
  reporter: Signer
  placeName: string
  /** The report's date: the meeting's last day unless she changes it. */
  dateIso: string
  /** Said in the report when the Kesimpulan was signed digitally: its signature stays in its own file. */
  signedKesimpulanFile?: string
  page?: PageOptions
  kop?: KopOptions
}

export const LAPORAN_TITLE = 'LAPORAN KEGIATAN'
export const CONTENTS_TITLE = 'DAFTAR ISI'
export const PHOTO_PAGES_TITLE = 'DOKUMENTASI KEGIATAN'

/** The bundle's own pages carry no section numbers: the bundle numbers every page after the cover. */
const unnumbered = (page: PageSetup): PageSetup => {
  const { pageNumbers: _none, ...rest } = page
  return rest
}

const heading = (text: string, beforePt = 12): Block => ({ kind: 'paragraph', text: [{ text, bold: true }], spacing: { beforePt, afterPt: 6 }, keepWithNext: true })
const body = (text: string): Block[] =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p, align: 'justify', indent: { firstLineMm: 12.5 }, spacing: { afterPt: 6 } }))

/** The note on a digitally signed Kesimpulan: the bundle prints its text, the signature lives in its file. */
export const signedKesimpulanNote = (file: string): string =>
  `Kesimpulan Rapat yang ditandatangani secara elektronik disimpan sebagai berkas tersendiri (${file}). Tanda tangan elektronik hanya berlaku pada berkas itu; salinan kesimpulan dalam laporan ini tidak memuat tanda tangan elektronik.`

export function buildLaporanFront(d: LaporanFrontData): DocumentLayout {
  const bag = new ImageBag()
  const page = unnumbered(letterPage(d.page))
  const m = d.meeting
  const year = (d.meeting.dates[0] ?? d.dateIso).slice(0, 4)
  const cover: Section = {
    page,
    blocks: [
      buildKop(d.office, bag, d.kop),
      { kind: 'spacer', heightMm: 50 },
      { kind: 'paragraph', text: [{ text: LAPORAN_TITLE, bold: true }], align: 'center', sizePt: 20, spacing: { afterPt: 18 } },
      { kind: 'paragraph', text: [{ text: m.title.toUpperCase(), bold: true }], align: 'center', sizePt: 14, spacing: { afterPt: 18 } },
      { kind: 'paragraph', text: formatMeetingDays(m.dates), align: 'center', spacing: { afterPt: 4 } },
      { kind: 'paragraph', text: m.place, align: 'center', spacing: { afterPt: 4 } },
      { kind: 'spacer', heightMm: 60 },
      { kind: 'paragraph', text: [{ text: d.office.officeName.toUpperCase(), bold: true }], align: 'center', spacing: { afterPt: 4 } },
      { kind: 'paragraph', text: [{ text: `TAHUN ${year}`, bold: true }], align: 'center' }
    ]
  }
  const numbered = d.contents.every((e) => e.page !== undefined)
  const contents: Section = {
    page,
    blocks: [
      { kind: 'paragraph', text: [{ text: CONTENTS_TITLE, bold: true }], align: 'center', spacing: { afterPt: 12 } },
      {
        kind: 'table',
        columns: numbered ? [{ width: 1.2, align: 'right' }, { width: 12 }, { width: 2.5, align: 'right' }] : [{ width: 1.2, align: 'right' }, { width: 14.5 }],
        headerRows: numbered ? [{ cells: [{ text: '' }, { text: '' }, { text: 'Halaman', bold: true }] }] : [],
        rows: d.contents.map((e, i) => ({ cells: [{ text: `${i + 1}.` }, { text: e.title }, ...(numbered ? [{ text: String(e.page) }] : [])] })),
        borders: 'none',
        cellPaddingMm: { x: 1.5, y: 1.2 }
      }
    ]
  }
  const t = d.text
  const hasil: Block[] = [
    ...body(t.hasilIntro),
    t.kesimpulan.length > 0
      ? { kind: 'list', style: 'decimal', items: t.kesimpulan.map((text) => ({ text })), markerWidthMm: 7, indentMm: 0, align: 'justify', itemAfterPt: 3, spacing: { afterPt: 6 } }
      : { kind: 'paragraph', text: '(kesimpulan rapat belum diisi)', spacing: { afterPt: 6 } },
    ...(d.signedKesimpulanFile ? [{ kind: 'paragraph', text: [{ text: signedKesimpulanNote(d.signedKesimpulanFile), italic: true }], align: 'justify', sizePt: 10, spacing: { afterPt: 6 } } satisfies Block] : [])
  ]
  const signature = buildSignature(d.reporter, bag, { nameUnderline: styleOf(d.page).nameUnderline })
  const report: Section = {
    page,
    blocks: [
      { kind: 'paragraph', text: [{ text: LAPORAN_TITLE, bold: true, underline: true }], align: 'center', keepWithNext: true },
      { kind: 'paragraph', text: m.title, align: 'center', spacing: { beforePt: 2, afterPt: 12 }, keepWithNext: true },
      heading('I. LATAR BELAKANG', 0),
      ...body(t.latarBelakang),
      heading('II. PELAKSANAAN'),
      ...body(t.pelaksanaan),
      heading('III. HASIL KEGIATAN'),
      { kind: 'paragraph', text: 'Kesimpulan rapat:', spacing: { afterPt: 4 }, keepWithNext: true },
      ...hasil,
      heading('IV. PENUTUP'),
      {
        kind: 'keep-together',
        blocks: [...body(t.penutup), { ...signature, titleLines: [formatPlaceDate(d.placeName, d.dateIso), ...signerTitleLines(d.reporter)], spacing: { beforePt: 12 } }]
      }
    ]
  }
  return { title: `Laporan Kegiatan ${m.title}`, author: d.office.officeName, images: bag.images, sections: [cover, contents, report] }
}

export interface LaporanPhoto {
  /** Null: the photo's file is not on this computer (a restore without it); a box says so in its place. */
  image: ImageData | null
  caption: string
}

/** The words in the box printed where a photo's file is missing. */
export const missingPhotoText = (caption: string): string => `Foto tidak ditemukan: ${caption.trim() || '(tanpa keterangan)'}`

const PHOTO_TITLE_MM = 14
const PHOTO_GAP_MM = 4
const FIGURE_PAD_MM = 3

/** Where a photo prints on its page: the image's box and the caption column beside it. */
export function photoBox(page: PageSetup, perPage: 2 | 4): { columnMm: number; widthMm: number; maxHeightMm: number } {
  const height = pageSizeMm(page).height - page.marginsMm.top - page.marginsMm.bottom
  const slot = (height - PHOTO_TITLE_MM) / perPage - PHOTO_GAP_MM
  const columnMm = Math.round(textWidthMm(page) * (perPage === 2 ? 0.72 : 0.52))
  return { columnMm, widthMm: columnMm - 2 * FIGURE_PAD_MM, maxHeightMm: Math.floor(slot - 2 * FIGURE_PAD_MM - 2) }
}

/** The photo pages: two or four photos a page, each with its number and caption beside it. */
export function buildPhotoPages(photos: readonly LaporanPhoto[], perPage: 2 | 4, options: PageOptions = {}): DocumentLayout {
  const bag = new ImageBag()
  const page = unnumbered(letterPage(options))
  const box = photoBox(page, perPage)
  const blocks: Block[] = []
  for (let i = 0; i < photos.length; i += perPage) {
    if (i > 0) blocks.push({ kind: 'page-break' })
    blocks.push({ kind: 'paragraph', text: [{ text: PHOTO_PAGES_TITLE, bold: true }], align: 'center', spacing: { afterPt: 10 }, keepWithNext: true })
    photos.slice(i, i + perPage).forEach((p, j) => {
      if (!p.image) {
        // A box as tall as a photo's place, so the pages keep their two or four places and she sees what is missing.
        blocks.push({
          kind: 'table',
          columns: [{ width: 1, align: 'center' }],
          headerRows: [],
          rows: [
            {
              cells: [
                {
                  text: [
                    { text: `Foto ${i + j + 1}\n`, bold: true },
                    { text: missingPhotoText(p.caption) },
                    { text: '\nBerkas fotonya tidak ada di komputer ini ketika laporan disusun.', italic: true }
                  ],
                  align: 'center',
                  verticalAlign: 'middle'
                }
              ],
              minHeightMm: box.maxHeightMm + 2 * FIGURE_PAD_MM
            }
          ],
          borders: 'all',
          sizePt: 11,
          spacing: { afterPt: mmPt(PHOTO_GAP_MM) }
        })
        return
      }
      blocks.push({
        kind: 'figure',
        image: bag.place('foto', p.image, box.widthMm, box.maxHeightMm),
        imageColumnMm: box.columnMm,
        lines: [[{ text: `Foto ${i + j + 1}`, bold: true }], p.caption.trim() || '(tanpa keterangan)'],
        border: false,
        sizePt: 11,
        spacing: { afterPt: mmPt(PHOTO_GAP_MM) }
      })
    })
  }
  return { title: PHOTO_PAGES_TITLE, images: bag.images, sections: [{ page, blocks }] }
}

const mmPt = (mm: number) => Math.round((mm * 72) / 25.4)

/** A scanned sheet that is an image, on a page of its own under its title. */
export function buildScanPage(title: string, scan: ImageData, options: PageOptions = {}): DocumentLayout {
  const bag = new ImageBag()
  const page = unnumbered(letterPage(options))
  const width = textWidthMm(page) - 12
  const height = pageSizeMm(page).height - page.marginsMm.top - page.marginsMm.bottom - 20
  return {
    title,
    images: bag.images,
    sections: [
      {
        page,
        blocks: [
          { kind: 'paragraph', text: [{ text: title, bold: true }], align: 'center', spacing: { afterPt: 6 } },
          { kind: 'figure', image: bag.place('pindai', scan, width - 2 * FIGURE_PAD_MM, height), imageColumnMm: width, lines: [''], border: false }
        ]
      }
    ]
  }
}

/** A note in place of a part the DOCX cannot hold (a scanned PDF): where to find it. */
export function buildNotePage(title: string, note: string, options: PageOptions = {}): DocumentLayout {
  const page = unnumbered(letterPage(options))
  return {
    title,
    images: {},
    sections: [
      {
        page,
        blocks: [
          { kind: 'paragraph', text: [{ text: title, bold: true }], align: 'center', spacing: { afterPt: 12 } },
          { kind: 'paragraph', text: note, align: 'justify' }
        ]
      }
    ]
  }
}
