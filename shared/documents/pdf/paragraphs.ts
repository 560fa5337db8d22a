import type { Column, Content } from 'pdfmake/interfaces'
import type { Align, FieldsBlock, FieldValue, ListBlock, ListItem, ListStyle, ParagraphBlock, RichText, SpacerBlock } from '../layout'
import { PDF_LINE_FACTOR } from '../geometry'
import { listMarker } from '../markers'
import { isListValue } from '../text'
import { twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'
import { pdfRuns } from './runs'

export function paragraphToPdf(b: ParagraphBlock, ctx: PdfContext): PdfNode {
  const left = twipPt(b.indent?.leftMm ?? 0)
  // A negative leading indent pulls the first line left of the others: Word's hanging indent.
  const leading = b.indent?.hangingMm ? -twipPt(b.indent.hangingMm) : b.indent?.firstLineMm ? twipPt(b.indent.firstLineMm) : undefined
  return {
    text: pdfRuns(b.text),
    alignment: b.align,
    leadingIndent: leading,
    fontSize: b.sizePt,
    lineHeight: b.spacing?.line ? b.spacing.line * PDF_LINE_FACTOR[ctx.page.font] : undefined,
    margin: margins(left, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  }
}

/** Marker column and text column: wrapped lines start where the text does, as under a hanging indent. */
function itemRow(marker: string, text: RichText, markerWidthPt: number, align: Align | undefined, indentPt = 0): PdfNode {
  return {
    columns: [
      ...(indentPt > 0 ? [{ width: indentPt, text: '' }] : []),
      { width: markerWidthPt, text: marker },
      { width: '*', text: pdfRuns(text), alignment: align }
    ],
    columnGap: 0
  }
}

function items(list: readonly ListItem[], style: ListStyle, markerWidthPt: number, align: Align | undefined, afterPt: number | undefined, indentPt = 0): PdfNode[] {
  return list.map((item, i) => {
    const row = itemRow(listMarker(style, item, i), item.text, markerWidthPt, align, indentPt)
    return afterPt && i < list.length - 1 ? { stack: [row], margin: margins(0, 0, 0, afterPt) } : row
  })
}

export function listToPdf(b: ListBlock): PdfNode {
  const indent = b.indentMm ?? 0
  return {
    // The indent is a column of its own, not a margin: pdfmake forgets a margin's width for what follows
    // when a row with columns crosses a page, and the paragraphs after it run into the right margin.
    stack: items(b.items, b.style, twipPt(indent + b.markerWidthMm) - twipPt(indent), b.align, b.itemAfterPt, twipPt(indent)),
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? b.itemAfterPt ?? 0)
  }
}

function fieldValue(v: FieldValue, valueAtMm: number, align: Align | undefined): Column {
  if (isListValue(v)) return { width: '*', stack: items(v.items, v.style, twipPt(valueAtMm + v.markerWidthMm) - twipPt(valueAtMm), align, undefined) }
  return { width: '*', text: pdfRuns(v), alignment: align }
}

/** Label, colon and value as fixed columns, so every value starts at the same x right of the colon. */
export function fieldsToPdf(b: FieldsBlock): PdfNode {
  const indent = b.indentMm ?? 0
  const colonAt = indent + b.labelWidthMm
  const valueAt = colonAt + b.colonWidthMm
  const rows: Content[] = b.rows.map((row, r) => ({
    columns: [
      { width: twipPt(colonAt) - twipPt(indent), text: pdfRuns(row.label) },
      { width: twipPt(valueAt) - twipPt(colonAt), text: ':' },
      fieldValue(row.value, valueAt, b.align)
    ],
    columnGap: 0,
    margin: margins(0, 0, 0, r < b.rows.length - 1 ? (b.rowAfterPt ?? 0) : 0)
  }))
  return {
    stack: rows,
    margin: margins(twipPt(indent), b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? b.rowAfterPt ?? 0)
  }
}

/** A box of exactly the spacer's height: an invisible line drawn at its foot. */
export function spacerToPdf(b: SpacerBlock): PdfNode {
  return blankHeight(twipPt(b.heightMm))
}

export function blankHeight(heightPt: number): PdfNode {
  return { canvas: [{ type: 'line', x1: 0, y1: heightPt, x2: 0, y2: heightPt, lineWidth: 0, lineColor: 'white' }] }
}
