import { PDFDocument } from 'pdf-lib'
import { defaultPageSetup, pageSizeMm, type Block, type DocumentLayout, type PageSetup } from '../layout'
import { mmToPt } from '../units'
import type { LaporanContentsEntry } from './laporan'

/**
 * The Laporan Kegiatan as one file: the front (cover, daftar isi, report), then each part in order.
 * pdfmake cannot take in the pages of another PDF (a scanned, signed sheet), so the parts are rendered
 * one by one and put together with pdf-lib, which also numbers the bundle's pages; the daftar isi is
 * made once the parts' page counts are known. The page labels are drawn by our own renderer too (one
 * small page each, placed at the foot of its bundle page), so their font is embedded like every
 * document's: a font the printer has to guess is never used.
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
/** The label pages' top margin; each label is its page's first line. */
const LABEL_TOP_MM = 10
/** Liberation Sans' ascent and the strip cut out around a label's line, in ems. */
const LABEL_ASCENT_EM = 0.905
const LABEL_STRIP_EM = 1.4

/** One page per label, the label right-aligned on its first line, LABEL_RIGHT_MM from the right edge. */
export function labelPagesLayout(labels: readonly string[]): { layout: DocumentLayout; page: PageSetup } {
  const page: PageSetup = { ...defaultPageSetup('A4'), marginsMm: { top: LABEL_TOP_MM, bottom: 10, left: 10, right: LABEL_RIGHT_MM }, fontSizePt: LABEL_PT }
  const blocks: Block[] = []
  labels.forEach((text, i) => {
    if (i > 0) blocks.push({ kind: 'page-break' })
    blocks.push({ kind: 'paragraph', text, align: 'right', sizePt: LABEL_PT, spacing: { beforePt: 0, afterPt: 0, line: 1 } })
  })
  return { layout: { title: 'Nomor halaman', images: {}, sections: [{ page, blocks }] }, page }
}

/** Each label page's line cut out and drawn at the foot of its bundle page, right-aligned as it was on its own page. */
async function drawLabels(out: PDFDocument, labels: readonly string[], render: (layout: DocumentLayout) => Promise<Uint8Array>): Promise<void> {
  const { layout, page } = labelPagesLayout(labels)
  const rendered = await PDFDocument.load(await render(layout), { updateMetadata: false })
  if (rendered.getPageCount() !== labels.length) throw new Error(`Nomor halaman laporan tidak dapat dibuat (${rendered.getPageCount()} dari ${labels.length} halaman).`)
  const size = pageSizeMm(page)
  const top = mmToPt(size.height - LABEL_TOP_MM)
  const strip = LABEL_PT * LABEL_STRIP_EM
  const boxes = labels.map(() => ({ left: 0, right: mmToPt(size.width), top, bottom: top - strip }))
  const embedded = await out.embedPages(rendered.getPages(), boxes)
  const targets = out.getPages().slice(1)
  embedded.forEach((label, i) => {
    const target = targets[i]
    if (!target) return
    // The label page's right edge on the bundle page's: the label keeps its distance from the right.
    target.drawPage(label, { x: target.getWidth() - mmToPt(size.width), y: mmToPt(LABEL_BOTTOM_MM) - (strip - LABEL_PT * LABEL_ASCENT_EM) })
  })
}

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
  const pages = out.getPages()
  await drawLabels(out, pages.slice(1).map((_, i) => bundlePageLabel(i + 2, pages.length)), render)
  return { bytes: await out.save(), pages: pages.length, contents }
}
