import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type IBorderOptions } from 'docx'
import { TABLE_LINE_PT } from '../geometry'
import type { FigureBlock } from '../layout'
import { mmToTwip, ptToTwip } from '../units'
import type { DocxContext, Flow } from './context'
import { inlineImage } from './images'
import { exactSpace } from './paragraphs'
import { docxRuns, fallbackLineSpacing } from './runs'

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const PAD_PT = 4

/** Image | lines in a one-row table that never splits, boxed when asked. */
export function figureToDocx(b: FigureBlock, ctx: DocxContext, flow: Flow): (Table | Paragraph)[] {
  const line: IBorderOptions = b.border ? { style: BorderStyle.SINGLE, size: TABLE_LINE_PT * 8, color: '000000' } : NONE
  const widths = [b.imageColumnMm, ctx.textWidthMm - b.imageColumnMm]
  const cell = (children: Paragraph[], widthMm: number) =>
    new TableCell({ children, width: { size: mmToTwip(widthMm), type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER })
  const lines = b.lines.map((l) => new Paragraph({ children: docxRuns(l, { sizePt: b.sizePt }), spacing: fallbackLineSpacing(b.sizePt ?? ctx.page.fontSizePt, l), keepNext: true, keepLines: true }))
  const table = new Table({
    rows: [
      new TableRow({
        children: [cell([new Paragraph({ children: [inlineImage(ctx.images, b.image)], keepNext: true })], widths[0] ?? 0), cell(lines, widths[1] ?? 0)],
        cantSplit: true
      })
    ],
    width: { size: mmToTwip(ctx.textWidthMm), type: WidthType.DXA },
    columnWidths: widths.map(mmToTwip),
    layout: TableLayoutType.FIXED,
    margins: { top: ptToTwip(PAD_PT), bottom: ptToTwip(PAD_PT), left: ptToTwip(PAD_PT), right: ptToTwip(PAD_PT) },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: NONE, insideVertical: NONE }
  })
  const before = b.spacing?.beforePt ?? 0
  // Word cannot break a page before a table, nor space it: exact-height paragraphs do both.
  const lead = before || flow.pageBreakBefore ? [exactSpace(ptToTwip(before), { ...flow, keepNext: true })] : []
  const after = b.spacing?.afterPt ? [exactSpace(ptToTwip(b.spacing.afterPt), { ...flow, pageBreakBefore: false })] : []
  return [...lead, table, ...after]
}
