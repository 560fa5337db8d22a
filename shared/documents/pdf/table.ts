import type { CanvasPolyline, ContentCanvas, ContentStack, ContentText, CustomTableLayout, TableCell, TableCellProperties } from 'pdfmake/interfaces'
import { DEFAULT_CELL_PADDING_MM, HEADER_SHADE, TABLE_LINE_PT } from '../geometry'
import type { InkPlacement, TableBlock, TableCell as LayoutCell, TableRow } from '../layout'
import { columnWidthsMm } from '../text'
import { mmToPt, twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'
import { pdfRuns } from './runs'

/**
 * pdfmake widths are content widths, with padding and rules added around them; Word's grid
 * widths include its cell margins. Content width = grid width - 2 x padding in both, and the
 * left padding gives up the rule's width so text starts where Word puts it.
 *
 * `next` is the block after a table that keeps its last row with it (`keepWithNext`): the last
 * row and that block become one unbreakable row of the table, so pdfmake moves them together and
 * repeats the header above them, as Word does with keep-with-next rows. The last
 * `lastRowsTogether` rows go into that row too, so the table's last page never holds fewer.
 */
export function tableToPdf(b: TableBlock, ctx: PdfContext, next?: PdfNode): PdfNode {
  const pad = b.cellPaddingMm ?? DEFAULT_CELL_PADDING_MM
  const padX = twipPt(pad.x)
  const padY = twipPt(pad.y)
  const lw = b.borders === 'all' ? TABLE_LINE_PT : 0
  const outer = columnWidthsMm(b.columns, ctx.textWidthMm).map(twipPt)
  const widths = outer.map((w) => w - 2 * padX)
  // The last rows kept together (and with the block after the table) become one unbreakable row.
  const together = Math.min(Math.max(b.lastRowsTogether ?? 0, next !== undefined && b.keepWithNext === true ? 1 : 0), b.rows.length)
  const tail = together > 0 ? { rows: b.rows.slice(b.rows.length - together), next } : undefined
  const rows = tail ? b.rows.slice(0, b.rows.length - together) : b.rows
  const allRows = [...b.headerRows, ...rows]
  // The inner table of the kept last row draws no top rule; the outer row holding it has no padding.
  const layout = (firstLine: number, tailIndex: number): CustomTableLayout => ({
    hLineWidth: (i) => (i === 0 ? firstLine : lw),
    vLineWidth: () => lw,
    hLineColor: () => 'black',
    vLineColor: () => 'black',
    paddingLeft: () => padX - lw,
    paddingRight: () => padX,
    paddingTop: (i) => (i === tailIndex ? 0 : padY),
    paddingBottom: (i) => (i === tailIndex ? 0 : padY)
  })
  // pdfmake's row height is the content's, inside padding and rule; Word's includes them.
  const minHeight = (r: TableRow, header: boolean) => {
    const mm = r.minHeightMm ?? (header ? undefined : b.minRowHeightMm)
    return mm ? Math.max(twipPt(mm) - 2 * padY - lw, 0) : 'auto'
  }
  const minHeights = allRows.map((r, i) => minHeight(r, i < b.headerRows.length))
  const body = allRows.map((r, i) => rowToPdf(r, i < b.headerRows.length, b))
  if (tail) {
    // The last row as a table of its own, laid exactly over the outer grid (no top rule: the outer
    // table draws it); the spanning cell's padding is given back, so both span the text width.
    const tailRows = tail.rows
    const row: PdfNode = {
      table: { widths, dontBreakRows: true, heights: (i: number) => minHeight(tailRows[i] ?? { cells: [] }, false), body: tailRows.map((r) => rowToPdf(r, false, b)) },
      layout: layout(0, -1)
    }
    const none = (): [boolean, boolean, boolean, boolean] => [false, false, false, false]
    // The block after the table is set in the page's type size, not the table's (it would inherit the table
    // node's fontSize): a Daftar Hadir's certifier came out at 11 pt in the PDF and 12 pt in the DOCX, and
    // LibreOffice moved it to a page of its own where the PDF kept it at the foot of the last rows.
    const after: PdfNode[] = tail.next ? [{ stack: [tail.next], fontSize: ctx.page.fontSizePt }] : []
    const cell: TableCell = { stack: [row, ...after], colSpan: b.columns.length, border: none(), margin: margins(-padX, 0, -padX, 0) }
    body.push([cell, ...b.columns.slice(1).map((): TableCell => ({ text: '', border: none() }))])
  }
  return {
    table: {
      headerRows: b.headerRows.length,
      keepWithHeaderRows: b.headerRows.length > 0 ? 1 : undefined,
      dontBreakRows: true,
      widths,
      heights: (i: number) => minHeights[i] ?? 'auto',
      body
    },
    layout: layout(lw, tail ? allRows.length : -1),
    fontSize: b.sizePt,
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  }
}

function rowToPdf(r: TableRow, header: boolean, b: TableBlock): TableCell[] {
  const out: TableCell[] = []
  // Per-cell borders only when a column drops its rule, so other tables stay as they were.
  const joined = b.columns.some((c) => c.ruleBefore === false)
  let col = 0
  for (const c of r.cells) {
    const span = c.colSpan ?? 1
    const cell = cellToPdf(c, header, b, b.columns[col]?.align)
    if (joined) cell.border = [b.columns[col]?.ruleBefore !== false, true, b.columns[col + span]?.ruleBefore !== false, true]
    out.push(cell)
    for (let k = 1; k < span; k++) out.push({})
    col += span
  }
  return out
}

function cellToPdf(c: LayoutCell, header: boolean, b: TableBlock, columnAlign: LayoutCell['align']): (ContentText | ContentStack) & TableCellProperties {
  const text = pdfRuns(c.text, { bold: c.bold ?? (header || undefined) })
  if (c.ink) {
    // The strokes on their own line above the text, the two kept together at the cell's foot or head.
    return {
      stack: [inkToPdf(c.ink), { text, alignment: c.align ?? columnAlign }],
      colSpan: c.colSpan && c.colSpan > 1 ? c.colSpan : undefined,
      verticalAlignment: c.verticalAlign ?? 'top'
    }
  }
  return {
    text,
    alignment: c.align ?? (header ? 'center' : columnAlign),
    colSpan: c.colSpan && c.colSpan > 1 ? c.colSpan : undefined,
    // pdfmake pairs aligned cells with their content by counting; an empty cell lays out no
    // content and would shift the pairing of the cells after it in the row.
    verticalAlignment: text.length > 0 ? (c.verticalAlign ?? (header ? 'middle' : 'top')) : undefined,
    fillColor: header && b.headerShade ? HEADER_SHADE : undefined
  }
}

/** Pen strokes as vector paths (round caps and joins, as a pen draws), in a box of the ink's size. */
export function inkToPdf(ink: InkPlacement): ContentCanvas {
  const lines: CanvasPolyline[] = ink.strokes.map((st) => {
    const points: { x: number; y: number }[] = []
    for (let k = 0; k + 1 < st.length; k += 2) points.push({ x: mmToPt(st[k] ?? 0), y: mmToPt(st[k + 1] ?? 0) })
    return { type: 'polyline', points, lineWidth: ink.lineWidthPt, lineColor: 'black', lineCap: 'round', lineJoin: 'round', closePath: false }
  })
  // pdfmake sizes a canvas by its farthest point: the ink's own box, its lowest stroke at the foot.
  return { canvas: lines }
}
