import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import type { DocumentLayout } from '../layout'
import { mmToPt } from '../units'
import type { LaporanContentsEntry } from './laporan'

/**
 * The Laporan Kegiatan as one file: the front (cover, daftar isi, report), then each part in order.
 * pdfmake cannot take in the pages of another PDF (a scanned, signed sheet), so the parts are rendered
 * one by one and put together with pdf-lib, which also numbers the bundle's pages; the daftar isi is
 * made once the parts' page counts are known.
 */

export type LaporanPart =
  | { title: string; kind: 'layout'; layout: DocumentLayout }
  /** A PDF she added (the scanned attendance sheet with its signatures on paper). */
  | { title: string; kind: 'pdf'; pdf: Uint8Array }

export interface LaporanPdfInput {
  title: string
  author?: string
  /** The front for the given daftar isi (built again until its own page count is known). */
  front: (contents: readonly LaporanContentsEntry[]) => DocumentLayout
  /** The front's entry for the report itself, first in the daftar isi. */
  reportTitle: string
  parts: readonly LaporanPart[]
}

export interface LaporanPdf {
  bytes: Uint8Array
  pages: number
  contents: LaporanContentsEntry[]
}

/** The cover and the daftar isi take one page each; the report starts on page 3. */
const FRONT_FIXED_PAGES = 2

/** "Laporan Kegiatan - halaman 7 dari 24", bottom right under every page's own footer, from page 2. */
export const bundlePageLabel = (page: number, total: number): string => `Laporan Kegiatan - halaman ${page} dari ${total}`
const LABEL_PT = 8
const LABEL_BOTTOM_MM = 7
const LABEL_RIGHT_MM = 25

async function pageCount(bytes: Uint8Array, title: string): Promise<number> {
  try {
    return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
  } catch {
    throw new Error(`Berkas PDF "${title}" tidak dapat dibaca (rusak atau terkunci kata sandi). Pilih berkas lain.`)
  }
}

/** Where each part starts, after a front of `frontPages` pages. */
export function contentsFor(reportTitle: string, frontPages: number, parts: readonly { title: string; pages: number }[]): LaporanContentsEntry[] {
  const out: LaporanContentsEntry[] = [{ title: reportTitle, page: FRONT_FIXED_PAGES + 1 }]
  let next = frontPages + 1
  for (const p of parts) {
    out.push({ title: p.title, page: next })
    next += p.pages
  }
  return out
}

/** The whole bundle as one PDF, its pages numbered from the second, with a daftar isi that names each part's first page. */
export async function laporanPdf(input: LaporanPdfInput, render: (layout: DocumentLayout) => Promise<Uint8Array>): Promise<LaporanPdf> {
  const partBytes: Uint8Array[] = []
  for (const p of input.parts) partBytes.push(p.kind === 'pdf' ? p.pdf : await render(p.layout))
  const counts: number[] = []
  for (const [i, b] of partBytes.entries()) counts.push(await pageCount(b, input.parts[i]?.title ?? ''))
  const sized = input.parts.map((p, i) => ({ title: p.title, pages: counts[i] ?? 0 }))

  // The daftar isi depends on the front's length, which depends on the report: settle in a few rounds.
  let frontPages = FRONT_FIXED_PAGES + 1
  let contents = contentsFor(input.reportTitle, frontPages, sized)
  let front = await render(input.front(contents))
  for (let round = 0; round < 3; round++) {
    const actual = await pageCount(front, input.reportTitle)
    if (actual === frontPages) break
    frontPages = actual
    contents = contentsFor(input.reportTitle, frontPages, sized)
    front = await render(input.front(contents))
  }

  const out = await PDFDocument.create({ updateMetadata: false })
  out.setTitle(input.title)
  if (input.author) out.setAuthor(input.author)
  out.setCreator('Sekretariat PKK')
  out.setProducer('Sekretariat PKK')
  out.setLanguage('id-ID')
  for (const bytes of [front, ...partBytes]) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false })
    for (const page of await out.copyPages(src, src.getPageIndices())) out.addPage(page)
  }
  const font = await out.embedFont(StandardFonts.Helvetica)
  const pages = out.getPages()
  pages.forEach((page, i) => {
    if (i === 0) return
    const label = bundlePageLabel(i + 1, pages.length)
    const width = font.widthOfTextAtSize(label, LABEL_PT)
    page.drawText(label, { x: page.getWidth() - mmToPt(LABEL_RIGHT_MM) - width, y: mmToPt(LABEL_BOTTOM_MM), size: LABEL_PT, font, color: rgb(0.25, 0.25, 0.25) })
  })
  return { bytes: await out.save(), pages: pages.length, contents }
}
