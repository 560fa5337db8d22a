import type { Content, DynamicContent, Style, TDocumentDefinitions } from 'pdfmake/interfaces'
import { bytesToBase64 } from '../datafile/base64'
import { balanceCentredTitles } from './balance'
import type { FontSet } from './fonts'
import { FOOTER_DISTANCE_MM, HEADER_DISTANCE_MM, LINE_HEIGHT_EM, PDF_LINE_FACTOR } from './geometry'
import { pageSizeMm, textWidthMm, type DocumentLayout, type PageSetup, type Section } from './layout'
import { blocksToPdf } from './pdf/blocks'
import { margins, type PdfContext } from './pdf/context'
import { fontNames, pdfBytes } from './pdf/engine'
import { applyFallbackFonts } from './pdf/fallback'
import { keepMarker, keepRules, PAGE_NUMBER_ID } from './pdf/keep'
import { joinSpacing } from './spacing'
import { mmToPt, twipPt } from './units'

/**
 * Word sets text unkerned unless told otherwise, and LibreOffice follows the DOCX; Liberation's
 * kerning pairs would make PDF lines up to a few points shorter and break them elsewhere.
 * fontkit takes an object to switch a feature off (the typings only know the array form).
 */
const NO_KERNING = { kern: false } as unknown as Style['fontFeatures']

/**
 * PDF bytes of a layout with the Liberation fonts embedded (and the fallback fonts, for what they lack). The same layout renders to DOCX;
 * Liberation has Arial's and Times New Roman's metrics, so both break lines at the same words.
 * Runs in Node and in the browser (a worker too): fonts and images come in as bytes.
 */
export async function renderPdf(input: DocumentLayout, fonts: FontSet, options: { onProgress?: (progress: number) => void } = {}): Promise<Uint8Array> {
  // Centred titles break at the same words as in the DOCX (balance.ts).
  const doc = balanceCentredTitles(input)
  const names = fontNames(fonts)
  const imageKeys = new Map<string, string>()
  const images: Record<string, string> = {}
  const imageKey = (key: string): string => {
    const known = imageKeys.get(key)
    if (known) return known
    const img = doc.images[key]
    if (!img) throw new Error(`Gambar "${key}" tidak ada di dokumen`)
    const name = `img${imageKeys.size + 1}`
    images[name] = `data:${img.mime};base64,${bytesToBase64(img.data)}`
    imageKeys.set(key, name)
    return name
  }
  const first = doc.sections[0]?.page
  const mark = keepMarker()
  // Characters Liberation lacks go to the fallback fonts, in every block's text (pdf/fallback.ts).
  const content: Content[] = applyFallbackFonts(
    doc.sections.map((s) => sectionToPdf(s, names[s.page.font], imageKey, mark)),
    names
  )
  const def: TDocumentDefinitions = {
    info: { title: doc.title, author: doc.author, creator: 'Sekretariat PKK', producer: 'Sekretariat PKK' },
    language: 'id-ID',
    pageSize: first ? pageSizePt(first) : 'A4',
    pageMargins: first ? pageMarginsPt(first) : 72,
    defaultStyle: { font: names[first?.font ?? 'sans'], fontSize: first?.fontSizePt ?? 12, lineHeight: PDF_LINE_FACTOR[first?.font ?? 'sans'], fontFeatures: NO_KERNING },
    images,
    content,
    pageBreakBefore: keepRules
  }
  return pdfBytes(def, options.onProgress)
}

function pageSizePt(page: PageSetup): { width: number; height: number } {
  const s = pageSizeMm(page)
  return { width: mmToPt(s.width), height: mmToPt(s.height) }
}

function pageMarginsPt(page: PageSetup): [number, number, number, number] {
  const m = page.marginsMm
  return [twipPt(m.left), mmToPt(m.top), twipPt(m.right), mmToPt(m.bottom)]
}

function sectionToPdf(section: Section, font: string, imageKey: (k: string) => string, mark: PdfContext['mark']): Content {
  const page = section.page
  const widthMm = textWidthMm(page)
  const body = blocksToPdf(joinSpacing(section.blocks), { page, textWidthMm: widthMm, textWidthPt: twipPt(widthMm), imageKey, mark }, true)
  const number = pageNumber(page)
  return {
    section: { stack: body, font, fontSize: page.fontSizePt, lineHeight: PDF_LINE_FACTOR[page.font] },
    pageSize: pageSizePt(page),
    pageOrientation: page.orientation,
    pageMargins: pageMarginsPt(page),
    header: number?.position === 'top' ? number.render : null,
    footer: number?.position === 'bottom' ? number.render : null
  }
}

/**
 * Tata naskah: no number on a section's first page, "- 2 -" from the second. pdfmake numbers
 * pages across the whole file and calls a section's header for its pages in ascending order,
 * once per layout pass: a call for a page not after the last one seen starts a pass, and its
 * page is the section's first.
 */
function pageNumber(page: PageSetup): { position: 'top' | 'bottom'; render: DynamicContent } | undefined {
  const n = page.pageNumbers
  if (!n) return undefined
  let firstPage = 0
  let lastSeen = 0
  const m = page.marginsMm
  const lineHeight = LINE_HEIGHT_EM * page.fontSizePt
  const render: DynamicContent = (current) => {
    if (current <= lastSeen || lastSeen === 0) firstPage = current
    lastSeen = current
    const local = current - firstPage + 1
    if (local < 2) return null
    const top = n.position === 'top' ? mmToPt(HEADER_DISTANCE_MM) : mmToPt(m.bottom - FOOTER_DISTANCE_MM) - lineHeight
    return {
      id: PAGE_NUMBER_ID,
      text: n.dashes ? `- ${local} -` : String(local),
      alignment: n.align,
      fontSize: page.fontSizePt,
      margin: margins(twipPt(m.left), Math.max(top, 0), twipPt(m.right), 0)
    }
  }
  return { position: n.position, render }
}
