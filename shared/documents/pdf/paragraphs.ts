import type { Column, Content } from 'pdfmake/interfaces'
import type { Align, FieldsBlock, FieldValue, ListBlock, ListItem, ListStyle, ParagraphBlock, RichText, SpacerBlock } from '../layout'
import { PDF_LINE_FACTOR } from '../geometry'
import { lineCount, lineHeightPt } from '../measure'
import { listMarker } from '../markers'
import { isListValue } from '../text'
import { mmToPt, twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'
import { linesId } from './keep'
import { pdfRuns } from './runs'

/**
 * The id that puts a text under the widow and orphan rule (pdf/keep.ts): its lines in a column
 * `widthPt` wide, measured as the builders measure (measure.ts). One line has nothing to keep.
 */
function linesMark(ctx: PdfContext, text: RichText, widthPt: number, sizePt: number, line = 1): { id?: string } {
  const lines = lineCount(text, Math.max(widthPt, 1), sizePt, ctx.page.font)
  return lines > 1 ? { id: linesId(lines, lineHeightPt(sizePt) * line, ctx.mark('lines')) } : {}
}

export function paragraphToPdf(b: ParagraphBlock, ctx: PdfContext): PdfNode {
  const left = twipPt(b.indent?.leftMm ?? 0)
  // A negative leading indent pulls the first line left of the others: Word's hanging indent.
  const leading = b.indent?.hangingMm ? -twipPt(b.indent.hangingMm) : b.indent?.firstLineMm ? twipPt(b.indent.firstLineMm) : undefined
  // Measured a first-line indent narrower on every line: more lines rather than fewer, so no widow is missed.
  const widthPt = ctx.textWidthPt - left - Math.max(leading ?? 0, 0)
  const text: PdfNode = {
    ...(b.keepWithNext ? {} : linesMark(ctx, b.text, widthPt, b.sizePt ?? ctx.page.fontSizePt, b.spacing?.line)),
    text: pdfRuns(b.text),
    alignment: b.align,
    leadingIndent: leading,
    fontSize: b.sizePt,
    lineHeight: b.spacing?.line ? b.spacing.line * PDF_LINE_FACTOR[ctx.page.font] : undefined
  }
  const margin = margins(left, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  if (!b.floating) return { ...text, margin }
  const f = b.floating
  // Detached (relativePosition): drawn from the paragraph's top left without taking room in the flow.
  const image: PdfNode = { image: ctx.imageKey(f.image), width: mmToPt(f.widthMm), height: mmToPt(f.heightMm), relativePosition: { x: mmToPt(f.xMm) - left, y: mmToPt(f.yMm) } }
  return { stack: [image, text], margin }
}

/** Marker column and text column: wrapped lines start where the text does, as under a hanging indent. */
function itemRow(ctx: PdfContext, widthPt: number, marker: string, text: RichText, markerWidthPt: number, align: Align | undefined, indentPt = 0): PdfNode {
  return {
    ...linesMark(ctx, text, widthPt - indentPt - markerWidthPt, ctx.page.fontSizePt),
    columns: [
      ...(indentPt > 0 ? [{ width: indentPt, text: '' }] : []),
      { width: markerWidthPt, text: marker },
      { width: '*', text: pdfRuns(text), alignment: align }
    ],
    columnGap: 0
  }
}

function items(
  ctx: PdfContext,
  widthPt: number,
  list: readonly ListItem[],
  style: ListStyle,
  markerWidthPt: number,
  align: Align | undefined,
  afterPt: number | undefined,
  indentPt = 0
): PdfNode[] {
  return list.map((item, i) => {
    const row = itemRow(ctx, widthPt, listMarker(style, item, i), item.text, markerWidthPt, align, indentPt)
    return afterPt && i < list.length - 1 ? { stack: [row], margin: margins(0, 0, 0, afterPt) } : row
  })
}

export function listToPdf(b: ListBlock, ctx: PdfContext): PdfNode {
  const indent = b.indentMm ?? 0
  return {
    // The indent is a column of its own, not a margin: pdfmake forgets a margin's width for what follows
    // when a row with columns crosses a page, and the paragraphs after it run into the right margin.
    stack: items(ctx, ctx.textWidthPt, b.items, b.style, twipPt(indent + b.markerWidthMm) - twipPt(indent), b.align, b.itemAfterPt, twipPt(indent)),
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? b.itemAfterPt ?? 0)
  }
}

function fieldValue(ctx: PdfContext, v: FieldValue, valueAtMm: number, align: Align | undefined): Column {
  const widthPt = ctx.textWidthPt - twipPt(valueAtMm)
  if (isListValue(v)) return { width: '*', stack: items(ctx, widthPt, v.items, v.style, twipPt(valueAtMm + v.markerWidthMm) - twipPt(valueAtMm), align, undefined) }
  return { width: '*', text: pdfRuns(v), alignment: align }
}

/** Label, colon and value as fixed columns, so every value starts at the same x right of the colon. */
export function fieldsToPdf(b: FieldsBlock, ctx: PdfContext): PdfNode {
  const indent = b.indentMm ?? 0
  const colonAt = indent + b.labelWidthMm
  const valueAt = colonAt + b.colonWidthMm
  const rows: Content[] = b.rows.map((row, r) => ({
    ...(isListValue(row.value) ? {} : linesMark(ctx, row.value, ctx.textWidthPt - twipPt(valueAt), ctx.page.fontSizePt)),
    columns: [
      { width: twipPt(colonAt) - twipPt(indent), text: pdfRuns(row.label) },
      { width: twipPt(valueAt) - twipPt(colonAt), text: ':' },
      fieldValue(ctx, row.value, valueAt, b.align)
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
