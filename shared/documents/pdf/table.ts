import type { CanvasPolyline, ContentCanvas, ContentStack, ContentText, CustomTableLayout, Table, TableCell, TableCellProperties } from 'pdfmake/interfaces'
import { DEFAULT_CELL_PADDING_MM, HEADER_SHADE, TABLE_LINE_PT } from '../geometry'
import { pageSizeMm, type InkPlacement, type TableBlock, type TableCell as LayoutCell, type TableRow } from '../layout'
import { lineCount, lineHeightPt } from '../measure'
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
  // pdfmake drops an unbreakable nested row taller than a page without a word: the rows kept are at
  // most what fits in half a page (with the block after) or a page less the header (without), fewer
  // when long texts make them taller, none when even the last row alone does not fit.
  const wanted = Math.min(Math.max(b.lastRowsTogether ?? 0, next !== undefined && b.keepWithNext === true ? 1 : 0), b.rows.length)
  const measure = rowMeasure(b, ctx, widths, padX, padY, lw)
  const together = wanted === 0 ? 0 : keptRows(b, wanted, next !== undefined, measure)
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
  // A row taller than a page under the header may break (patches/pdfmake: table.breakRows): kept whole, pdfmake would cut it.
  const breakRows = rows.flatMap((r, i) => (measure.rowPt(r) > measure.bodyPt - measure.headerPt ? [b.headerRows.length + i] : []))
  const table: Table & { breakRows?: number[] } = {
    headerRows: b.headerRows.length,
    keepWithHeaderRows: b.headerRows.length > 0 ? 1 : undefined,
    dontBreakRows: true,
    ...(breakRows.length > 0 ? { breakRows } : {}),
    widths,
    heights: (i: number) => minHeights[i] ?? 'auto',
    body
  }
  const node: PdfNode = {
    table,
    layout: layout(lw, tail ? allRows.length : -1),
    fontSize: b.sizePt,
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  }
  // No row could be kept with the block after: it follows the table on its own.
  return !tail && next ? { stack: [node, next] } : node
}

/**
 * Estimated heights of a table's rows as pdfmake lays them (lines of the tallest cell, ink, padding, rule, the
 * row's least height), and the page's body height, for the two guards against pdfmake cutting text: an
 * unbreakable row or block taller than a page keeps only what fits on its first page.
 */
function rowMeasure(b: TableBlock, ctx: PdfContext, widths: readonly number[], padX: number, padY: number, lw: number) {
  const size = pageSizeMm(ctx.page)
  const bodyPt = mmToPt(size.height - ctx.page.marginsMm.top - ctx.page.marginsMm.bottom)
  const sizePt = b.sizePt ?? ctx.page.fontSizePt
  const rowPt = (r: TableRow): number => {
    let col = 0
    let tallest = 0
    for (const c of r.cells) {
      const span = c.colSpan ?? 1
      const width = widths.slice(col, col + span).reduce((a, w) => a + w, 0) + (span - 1) * 2 * padX
      const lines = lineCount(c.text, Math.max(width, 1), sizePt, ctx.page.font, { bold: c.bold })
      tallest = Math.max(tallest, lines * lineHeightPt(sizePt) + (c.ink ? mmToPt(c.ink.heightMm) : 0))
      col += span
    }
    const min = r.minHeightMm ?? b.minRowHeightMm
    return Math.max(tallest + 2 * padY + lw, min ? twipPt(min) : 0)
  }
  const headerPt = b.headerRows.reduce((h, r) => h + rowPt(r), 0)
  return { rowPt, bodyPt, headerPt }
}

/** How many of the `wanted` last rows can be kept together without the block being taller than a page (estimated). */
function keptRows(b: TableBlock, wanted: number, withNext: boolean, m: ReturnType<typeof rowMeasure>): number {
  const room = (withNext ? m.bodyPt / 2 : m.bodyPt) - m.headerPt
  let n = 0
  let height = 0
  for (let i = b.rows.length - 1; i >= b.rows.length - wanted; i--) {
    const r = b.rows[i]
    if (!r) break
    height += m.rowPt(r)
    if (height > room) break
    n++
  }
  return n
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
