import { BorderStyle, HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'
import { DEFAULT_CELL_PADDING_MM, HEADER_SHADE, TABLE_LINE_PT } from '../geometry'
import type { InkPlacement, TableBlock, TableCell as LayoutCell, TableRow as LayoutRow } from '../layout'
import { columnWidthsMm, spanWidth } from '../text'
import { mmToTwip, ptToTwip } from '../units'
import { docxAlign, type DocxContext, type Flow } from './context'
import { inlineImage } from './images'
import { exactSpace } from './paragraphs'
import { docxRuns, fallbackLineSpacing } from './runs'

const verticalAlign = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const

/**
 * Fixed layout with exact grid widths, so Word and LibreOffice wrap cells where the PDF does.
 * Header rows carry tblHeader (repeat on every page); every row carries cantSplit.
 */
export function tableToDocx(b: TableBlock, ctx: DocxContext, flow: Flow): (Table | Paragraph)[] {
  const widths = columnWidthsMm(b.columns, ctx.textWidthMm)
  const pad = b.cellPaddingMm ?? DEFAULT_CELL_PADDING_MM
  const line = b.borders === 'all' ? { style: BorderStyle.SINGLE, size: TABLE_LINE_PT * 8, color: '000000' } : { style: BorderStyle.NONE, size: 0, color: 'auto' }
  const rowCount = b.headerRows.length + b.rows.length
  const row = (r: LayoutRow, index: number, header: boolean): TableRow => {
    let col = 0
    const cells = r.cells.map((c) => {
      const span = c.colSpan ?? 1
      const joined = { left: b.columns[col]?.ruleBefore === false, right: b.columns[col + span]?.ruleBefore === false }
      const cell = cellToDocx(c, header, b, spanWidth(widths, col, span), b.columns[col]?.align, joined, ctx)
      col += span
      return cell
    })
    const minHeight = r.minHeightMm ?? (header ? undefined : b.minRowHeightMm)
    const isLast = index === rowCount - 1
    // The last rows kept together: each keeps with the next row (Word's keep-with-next on rows).
    const inTail = !header && index >= rowCount - (b.lastRowsTogether ?? 0)
    return new TableRow({
      children: cells,
      tableHeader: header || undefined,
      cantSplit: true,
      height: minHeight ? { value: mmToTwip(minHeight), rule: HeightRule.ATLEAST } : undefined,
      // keepWithNext: Word keeps the last row with the paragraph after the table, repeating the header above it.
      keepNext: !isLast ? flow.keepInside || inTail || undefined : flow.keepNext || (b.keepWithNext && !header) || undefined
    })
  }
  const rows = [...b.headerRows.map((r, i) => row(r, i, true)), ...b.rows.map((r, i) => row(r, b.headerRows.length + i, false))]
  const table = new Table({
    rows,
    width: { size: mmToTwip(ctx.textWidthMm), type: WidthType.DXA },
    columnWidths: widths.map(mmToTwip),
    layout: TableLayoutType.FIXED,
    margins: { top: mmToTwip(pad.y), bottom: mmToTwip(pad.y), left: mmToTwip(pad.x), right: mmToTwip(pad.x) },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
  })
  // A table has no spacing of its own: exact-height empty paragraphs give it, and the one
  // before carries a page break (Word cannot break a page before a table).
  const before = b.spacing?.beforePt ?? 0
  const lead = before || flow.pageBreakBefore ? [exactSpace(ptToTwip(before), { ...flow, keepNext: true })] : []
  const after = b.spacing?.afterPt ? [exactSpace(ptToTwip(b.spacing.afterPt), { ...flow, pageBreakBefore: false })] : []
  return [...lead, table, ...after]
}

/** Word resolves a shared edge from both cells: each side of a dropped rule says nil. */
const NO_RULE = { style: BorderStyle.NIL, size: 0, color: 'auto' } as const

function cellToDocx(
  c: LayoutCell,
  header: boolean,
  b: TableBlock,
  widthMm: number,
  columnAlign: LayoutCell['align'],
  joined: { left: boolean; right: boolean },
  ctx: DocxContext
): TableCell {
  const align = c.align ?? (header ? 'center' : columnAlign)
  const borders = joined.left || joined.right ? { ...(joined.left ? { left: NO_RULE } : {}), ...(joined.right ? { right: NO_RULE } : {}) } : undefined
  return new TableCell({
    borders,
    children: [
      ...(c.ink ? [inkParagraph(c.ink, ctx.images)] : []),
      new Paragraph({
        children: docxRuns(c.text, { bold: c.bold ?? (header || undefined), sizePt: b.sizePt }),
        alignment: align ? docxAlign[align] : undefined,
        spacing: fallbackLineSpacing(b.sizePt ?? ctx.page.fontSizePt, c.text)
      })
    ],
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    columnSpan: c.colSpan && c.colSpan > 1 ? c.colSpan : undefined,
    verticalAlign: verticalAlign[c.verticalAlign ?? (header ? 'middle' : 'top')],
    shading: header && b.headerShade ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADE.slice(1) } : undefined
  })
}

/**
 * The strokes' picture inline on a line of its own: a paragraph mark of 1 pt, so the line is as tall
 * as the picture and the row keeps its height.
 */
function inkParagraph(ink: InkPlacement, images: DocxContext['images']): Paragraph {
  return new Paragraph({
    children: [inlineImage(images, { image: ink.image, widthMm: ink.widthMm, heightMm: ink.heightMm })],
    run: { size: 2 },
    spacing: { before: 0, after: 0 }
  })
}
