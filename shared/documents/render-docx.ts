import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx'
import { balanceCentredTitles } from './balance'
import { blocksToDocx } from './docx/blocks'
import { FREE_FLOW } from './docx/context'
import { SharedBlocks } from './docx/shared'
import { DOCX_FONT_NAMES } from './fonts'
import { FOOTER_DISTANCE_MM, HEADER_DISTANCE_MM } from './geometry'
import { PAPER_MM, textWidthMm, type DocumentLayout, type PageSetup, type Section } from './layout'
import { joinSpacing } from './spacing'
import { mmToTwip } from './units'

/**
 * DOCX bytes of a layout, for the secretary to edit in Word or LibreOffice. Works in Node and
 * in the browser (no file system): images travel inside the layout.
 */
export async function renderDocx(input: DocumentLayout): Promise<Uint8Array> {
  return Packer.pack(docxDocument(input), 'uint8array')
}

/** docx's Document of a layout, before it is packed (tests pack it with docx's indented XML writer too). */
export function docxDocument(input: DocumentLayout): Document {
  // Centred titles break at the same words as in the PDF (balance.ts).
  const doc = balanceCentredTitles(input)
  const first = doc.sections[0]?.page
  const font = DOCX_FONT_NAMES[first?.font ?? 'sans']
  const shared = SharedBlocks.forDocument()
  return new Document({
    title: doc.title,
    creator: doc.author ?? 'Sekretariat PKK',
    lastModifiedBy: doc.author ?? 'Sekretariat PKK',
    compatibility: { version: 15 },
    styles: {
      default: {
        document: {
          // No w:kern: Word and LibreOffice then set text unkerned, as the PDF does.
          run: { font, size: Math.round((first?.fontSizePt ?? 12) * 2), language: { value: 'id-ID' } },
          // No explicit line rule: LibreOffice reads a bare w:line="240" as a fixed 12 pt line.
          paragraph: { spacing: { before: 0, after: 0 } }
        }
      }
    },
    sections: doc.sections.map((s, i) => (doc.bundleFooter === undefined ? sectionToDocx(s, doc, headerPlan(doc.sections, i), shared) : bundleSectionToDocx(s, doc, i, doc.bundleFooter, shared)))
  })
}

/** Which page-number headers a section prints: "top/center/-" and the like, or "none". */
function numberingKey(page: PageSetup): string {
  const n = page.pageNumbers
  return n ? `${n.position}/${n.align}/${n.dashes ? '-' : ''}` : 'none'
}

/**
 * A section numbered as the one before it writes no header or footer of its own: Word and LibreOffice
 * take them from the previous section (ECMA-376 17.10.5), and every section still restarts at page 1
 * with its first page unnumbered. A merge of 65 letters then has 2 header files instead of 130.
 * Footers are written (empty when unnumbered) once any earlier section had one, so none is inherited wrongly.
 */
function headerPlan(sections: readonly Section[], index: number): 'inherit' | { footers: boolean } {
  const here = sections[index]
  const before = sections[index - 1]
  if (!here) return { footers: false }
  if (before && numberingKey(before.page) === numberingKey(here.page)) return 'inherit'
  const footers = sections.slice(0, index + 1).some((s) => s.page.pageNumbers?.position === 'bottom')
  return { footers }
}

type Shared = ReturnType<typeof SharedBlocks.forDocument>

function sectionToDocx(section: Section, doc: DocumentLayout, plan: ReturnType<typeof headerPlan>, shared: Shared): ISectionOptions {
  const page = section.page
  const paper = PAPER_MM[page.paper]
  const m = page.marginsMm
  const numbers = plan === 'inherit' ? {} : pageNumberHeaders(page, plan.footers)
  return {
    properties: {
      page: {
        size: {
          width: mmToTwip(paper.width),
          height: mmToTwip(paper.height),
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
        },
        margin: {
          top: mmToTwip(m.top),
          bottom: mmToTwip(m.bottom),
          left: mmToTwip(m.left),
          right: mmToTwip(m.right),
          header: mmToTwip(HEADER_DISTANCE_MM),
          footer: mmToTwip(FOOTER_DISTANCE_MM)
        },
        // Every letter of a merge counts its own pages.
        pageNumbers: { start: 1 }
      },
      titlePage: true
    },
    ...numbers,
    children: blocksToDocx(joinSpacing(section.blocks), { page, textWidthMm: textWidthMm(page), images: doc.images, shared: shared(page, textWidthMm(page)) }, FREE_FLOW)
  }
}

/**
 * A section of a bundle: numbering runs on from the section before (only the first starts at 1), the
 * bundle's own line at the foot of every page but the very first (the cover), no page number of its own.
 */
function bundleSectionToDocx(section: Section, doc: DocumentLayout, index: number, label: string, shared: Shared): ISectionOptions {
  const own = sectionToDocx({ ...section, page: { ...section.page, pageNumbers: undefined } }, doc, { footers: false }, shared)
  const line = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ size: 18, children: [`${label} - halaman `, PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] })]
        })
      ]
    })
  const empty = () => new Footer({ children: [new Paragraph({})] })
  const properties = own.properties ?? {}
  const page = properties.page ?? {}
  const { pageNumbers: _restart, ...rest } = page
  return {
    ...own,
    properties: { ...properties, page: index === 0 ? page : rest, titlePage: index === 0 },
    headers: { default: new Header({ children: [new Paragraph({})] }), ...(index === 0 ? { first: new Header({ children: [new Paragraph({})] }) } : {}) },
    footers: index === 0 ? { first: empty(), default: line() } : { default: line() }
  }
}

/** Tata naskah: no number on the first page (it carries the kop), "- 2 -" from the second. */
function pageNumberHeaders(page: PageSetup, footers: boolean): Pick<ISectionOptions, 'headers' | 'footers'> {
  const emptyHeaders = () => ({ first: new Header({ children: [new Paragraph({})] }), default: new Header({ children: [new Paragraph({})] }) })
  const emptyFooters = () => ({ first: new Footer({ children: [new Paragraph({})] }), default: new Footer({ children: [new Paragraph({})] }) })
  const n = page.pageNumbers
  if (!n) return { headers: emptyHeaders(), ...(footers ? { footers: emptyFooters() } : {}) }
  const paragraph = new Paragraph({
    alignment: n.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children: [new TextRun({ children: n.dashes ? ['- ', PageNumber.CURRENT, ' -'] : [PageNumber.CURRENT] })]
  })
  if (n.position === 'top') {
    return { headers: { first: new Header({ children: [new Paragraph({})] }), default: new Header({ children: [paragraph] }) }, ...(footers ? { footers: emptyFooters() } : {}) }
  }
  return {
    headers: { first: new Header({ children: [new Paragraph({})] }), default: new Header({ children: [new Paragraph({})] }) },
    footers: { first: new Footer({ children: [new Paragraph({})] }), default: new Footer({ children: [paragraph] }) }
  }
}
