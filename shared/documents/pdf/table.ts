import type { CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import { DEFAULT_CELL_PADDING_MM, HEADER_SHADE, TABLE_LINE_PT } from '../geometry'
import type { TableBlock, TableCell as LayoutCell, TableRow } from '../layout'
import { columnWidthsMm } from '../text'
import { twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'
import { pdfRuns } from './runs'

/**
 * pdfmake widths are content widths, with padding and rules added around them; Word's grid
 * widths include its cell margins. Content width = grid width - 2 x padding in both, and the
 * left padding gives up the rule's width so text starts where Word puts it.
 */
export function tableToPdf(b: TableBlock, ctx: PdfContext): PdfNode {
  const pad = b.cellPaddingMm ?? DEFAULT_CELL_PADDING_MM
  const padX = twipPt(pad.x)
  const padY = twipPt(pad.y)
  const lw = b.borders === 'all' ? TABLE_LINE_PT : 0
  const outer = columnWidthsMm(b.columns, ctx.textWidthMm).map(twipPt)
  const widths = outer.map((w) => w - 2 * padX)
  const layout: CustomTableLayout = {
    hLineWidth: () => lw,
    vLineWidth: () => lw,
    hLineColor: () => 'black',
    vLineColor: () => 'black',
    paddingLeft: () => padX - lw,
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY
  }
  const allRows = [...b.headerRows, ...b.rows]
  const minHeights = allRows.map((r, i) => {
    const mm = r.minHeightMm ?? (i >= b.headerRows.length ? b.minRowHeightMm : undefined)
    return mm ? twipPt(mm) : 'auto'
  })
  return {
    table: {
      headerRows: b.headerRows.length,
      keepWithHeaderRows: b.headerRows.length > 0 ? 1 : undefined,
      dontBreakRows: true,
      widths,
      heights: (i: number) => minHeights[i] ?? 'auto',
      body: allRows.map((r, i) => rowToPdf(r, i < b.headerRows.length, b))
    },
    layout,
    fontSize: b.sizePt,
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  }
}

function rowToPdf(r: TableRow, header: boolean, b: TableBlock): TableCell[] {
  const out: TableCell[] = []
  let col = 0
  for (const c of r.cells) {
    const span = c.colSpan ?? 1
    out.push(cellToPdf(c, header, b, b.columns[col]?.align))
    for (let k = 1; k < span; k++) out.push({})
    col += span
  }
  return out
}

function cellToPdf(c: LayoutCell, header: boolean, b: TableBlock, columnAlign: LayoutCell['align']): TableCell {
  return {
    text: pdfRuns(c.text, { bold: c.bold ?? (header || undefined) }),
    alignment: c.align ?? (header ? 'center' : columnAlign),
    colSpan: c.colSpan && c.colSpan > 1 ? c.colSpan : undefined,
    verticalAlignment: c.verticalAlign ?? (header ? 'middle' : 'top'),
    fillColor: header && b.headerShade ? HEADER_SHADE : undefined
  }
}
