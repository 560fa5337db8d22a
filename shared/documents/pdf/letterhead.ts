import type { CanvasElement } from 'pdfmake/interfaces'
import { KOP_RULE_BEFORE_PT, KOP_RULES } from '../geometry'
import type { LetterheadBlock } from '../layout'
import { mmToPt, twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'

/** Kop: logo | centred lines | optional balancing column, then the rule drawn as in the DOCX. */
export function letterheadToPdf(b: LetterheadBlock, ctx: PdfContext): PdfNode {
  const logoCol = b.logo || b.balanced ? twipPt(b.logoColumnMm) : 0
  const rightCol = b.balanced ? twipPt(b.logoColumnMm) : 0
  const textCol = ctx.textWidthPt - logoCol - rightCol
  const lines: PdfNode = {
    stack: b.lines.map((l) => ({ text: l.text, fontSize: l.sizePt, bold: l.bold, italics: l.italic, alignment: 'center' as const }))
  }
  const logo: PdfNode = b.logo
    ? { image: ctx.imageKey(b.logo.image), width: mmToPt(b.logo.widthMm), height: mmToPt(b.logo.heightMm), alignment: 'left' }
    : { text: '' }
  const cells = [...(logoCol ? [{ ...logo, verticalAlignment: 'middle' as const }] : []), { ...lines, verticalAlignment: 'middle' as const }, ...(rightCol ? [{ text: '' }] : [])]
  const widths = [logoCol, textCol, rightCol].filter((w) => w > 0)
  return {
    stack: [
      {
        table: { widths, body: [cells] },
        layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 }
      },
      rule(b, ctx.textWidthPt)
    ],
    unbreakable: true,
    margin: margins(0, 0, 0, b.afterPt ?? 0)
  }
}

/** Lines at the top and bottom edges of a box as high as the gap: the DOCX paragraph's borders. */
function rule(b: LetterheadBlock, width: number): PdfNode {
  const r = KOP_RULES[b.rule]
  const shapes: CanvasElement[] = []
  if (r.top) shapes.push({ type: 'line', x1: 0, y1: r.top / 2, x2: width, y2: r.top / 2, lineWidth: r.top })
  const bottomY = r.top + r.gap + r.bottom / 2
  if (r.bottom) shapes.push({ type: 'line', x1: 0, y1: bottomY, x2: width, y2: bottomY, lineWidth: r.bottom })
  // A transparent mark at the foot keeps the box's full height when there is no bottom line.
  shapes.push({ type: 'line', x1: 0, y1: r.top + r.gap + r.bottom, x2: 0, y2: r.top + r.gap + r.bottom, lineWidth: 0, lineColor: 'white' })
  return { canvas: shapes, margin: margins(0, KOP_RULE_BEFORE_PT, 0, 0) }
}
