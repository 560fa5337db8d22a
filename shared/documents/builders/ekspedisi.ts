import { formatDateLong } from '../../calendar'
import { tataNaskahOf, type OfficeProfile } from '../../model/office'
import { pageNumbering } from './page'
import { pageSizeMm, textWidthMm, type Block, type DocumentLayout, type PageSetup, type RichText, type TableRow } from '../layout'
import { DEFAULT_CELL_PADDING_MM, TABLE_LINE_PT } from '../geometry'
import { lineCount, lineHeightPt, paginateRows, textWidthPt } from '../measure'
import { mmToPt, ptToMm, twipPt } from '../units'
import { LAST_ROWS } from './signature'

/** One letter carried to one addressee: a line of the Buku Ekspedisi. */
export interface EkspedisiRow {
  /** The day it was sent (ISO date), or the letter's date when the book is printed from the register. */
  date: string
  number: string
  /** The addressee as the letter names her. */
  kepada: string
  perihal: string
  /** Who received it, when recorded; the cell is left to be written and signed on paper. */
  receiverName: string
  keterangan: string
}

export interface EkspedisiInput {
  profile: Pick<OfficeProfile, 'officeName' | 'paper' | 'tataNaskah'>
  /** The line under the title: what the letters are for (the meeting, or the register's selection). */
  subtitle: string
  rows: readonly EkspedisiRow[]
}

/** docs/formats.md "Buku Ekspedisi": the columns of the delivery book. */
export const EKSPEDISI_COLUMNS = ['No', 'Tanggal', 'Nomor Surat', 'Kepada', 'Perihal', 'Nama dan Tanda Tangan Penerima', 'Keterangan'] as const
/** Room for a name and a signature written by hand. */
export const EKSPEDISI_ROW_MM = 16
/** What the measuring pass may be short of the renderers' own layout, per page (as the invitation's list). */
const PAGE_SLACK = 0.96
/** Column widths in mm on landscape F4 (285 mm of text); A4 (252 mm) scales them. */
const RECEIVER_MM = 43
const KETERANGAN_MM = 26
/** A date written by hand needs this much even when none is printed. */
const DATE_HAND_MM = 22
/** Kepada and Perihal share what is left; Perihal (one text for a whole meeting) takes at most this share. */
const PERIHAL_SHARE = 0.4

const HEADING_SIZES = [14, 12, 12] as const
const SUBTITLE_AFTER_PT = 12

/**
 * The Buku Ekspedisi (delivery book) as a landscape page of the office's paper, like the register: one
 * row per letter carried, the receiver's name and signature written on paper when it is handed over.
 * Columns are sized to what they hold (a number and a date never break; Kepada takes the room left).
 * The rows are laid on pages by the measuring pass (measure.ts), each page a table of its own under the
 * repeated header, so the PDF, Word and LibreOffice break at the same rows, no row splits, and the last
 * page holds three rows when the page before can give them.
 */
export function buildEkspedisi(input: EkspedisiInput): DocumentLayout {
  const page: PageSetup = {
    paper: input.profile.paper,
    orientation: 'landscape',
    marginsMm: { top: 20, bottom: 20, left: 25, right: 20 },
    font: 'sans',
    fontSizePt: 12,
    pageNumbers: pageNumbering(tataNaskahOf(input.profile).pageNumbers)
  }
  const sizePt = input.profile.paper === 'A4' ? 9 : 10
  const rows: TableRow[] = input.rows.map((r, i) => ({
    cells: [
      { text: `${i + 1}` },
      { text: r.date ? formatDateLong(r.date) : '' },
      { text: r.number },
      { text: r.kepada },
      { text: r.perihal },
      // A recorded name prints at the top; the rest of the cell is for her signature.
      { text: r.receiverName ? `${i + 1}. ${r.receiverName}` : `${i + 1}.` },
      { text: r.keterangan }
    ],
    minHeightMm: EKSPEDISI_ROW_MM
  }))
  const title = input.profile.officeName.toUpperCase()
  const heading: Block[] = [
    { kind: 'paragraph', text: [{ text: 'BUKU EKSPEDISI', bold: true }], align: 'center', sizePt: HEADING_SIZES[0] },
    { kind: 'paragraph', text: [{ text: title, bold: true }], align: 'center' },
    { kind: 'paragraph', text: input.subtitle, align: 'center', spacing: { afterPt: SUBTITLE_AFTER_PT } }
  ]
  const widths = ekspedisiColumnWidths(page, sizePt, input.rows)
  const headerRows: TableRow[] = [
    { cells: EKSPEDISI_COLUMNS.map((text) => ({ text })) },
    { cells: EKSPEDISI_COLUMNS.map((_, i) => ({ text: `${i + 1}`, bold: false, align: 'center' as const })) }
  ]
  const table = (body: readonly TableRow[]): Block => ({
    kind: 'table',
    columns: widths.map((width, i) => ({ width, align: i === 0 ? ('center' as const) : ('left' as const) })),
    headerRows,
    rows: body,
    borders: 'all',
    sizePt,
    headerShade: true
  })
  if (rows.length === 0)
    return document(input, page, [...heading, table([{ cells: [{ text: 'Belum ada surat yang diantar.', colSpan: EKSPEDISI_COLUMNS.length, align: 'center' }] }])])
  // The measuring pass: rows' heights as the renderers draw them (padding, rules, lines, at least 16 mm).
  const contentPt = widths.map((w) => twipPt(w) - 2 * twipPt(DEFAULT_CELL_PADDING_MM.x))
  const rowPt = (r: TableRow, bold: boolean) =>
    Math.max(
      r.minHeightMm ? mmToPt(r.minHeightMm) : 0,
      2 * twipPt(DEFAULT_CELL_PADDING_MM.y) + TABLE_LINE_PT + lineHeightPt(sizePt) * Math.max(...r.cells.map((c, i) => cellLines(c.text, contentPt[i] ?? 1, sizePt, bold)))
    )
  const textPt = twipPt(textWidthMm(page))
  const headingPt =
    lineHeightPt(HEADING_SIZES[0]) * lineCount('BUKU EKSPEDISI', textPt, HEADING_SIZES[0], 'sans', { bold: true }) +
    lineHeightPt(HEADING_SIZES[1]) * lineCount(title, textPt, HEADING_SIZES[1], 'sans', { bold: true }) +
    lineHeightPt(HEADING_SIZES[2]) * lineCount(input.subtitle, textPt, HEADING_SIZES[2]) +
    SUBTITLE_AFTER_PT
  // The page's body less a line: the paragraph Word and LibreOffice need after the last table.
  const bodyPt = (mmToPt(pageSizeMm(page).height - page.marginsMm.top - page.marginsMm.bottom) - lineHeightPt(page.fontSizePt)) * PAGE_SLACK
  const headerPt = headerRows.reduce((h, r, i) => h + rowPt(r, i === 0), 0) + TABLE_LINE_PT
  const pages = paginateRows(
    rows.map((r) => rowPt(r, false)),
    bodyPt - headingPt - headerPt,
    bodyPt - headerPt,
    LAST_ROWS
  )
  const blocks: Block[] = [...heading]
  pages.forEach((indexes, p) => blocks.push(...(p > 0 ? [{ kind: 'page-break' } as const] : []), table(indexes.flatMap((i) => rows[i] ?? []))))
  return document(input, page, blocks)
}

function document(input: EkspedisiInput, page: PageSetup, blocks: Block[]): DocumentLayout {
  return { title: `Buku Ekspedisi ${input.subtitle}`.slice(0, 300), author: input.profile.officeName, images: {}, sections: [{ page, blocks }] }
}

/** Lines of a cell; an empty cell still takes one. */
function cellLines(text: RichText, widthPt: number, sizePt: number, bold: boolean): number {
  return lineCount(text, Math.max(widthPt, 1), sizePt, 'sans', { bold })
}

/** A text on one line in a cell, with the padding and a little room for the renderers' rounding. */
const fitMm = (pt: number) => ptToMm(pt) + 2 * DEFAULT_CELL_PADDING_MM.x + 1.5

/**
 * Column widths in mm, each sized to what it holds: No for the last row's number, Tanggal for the
 * longest date printed (room to write one by hand at least), Nomor Surat for the longest number (a
 * number is never broken), fixed room for the receiver's name and signature and for Keterangan;
 * Kepada and Perihal share the rest, Perihal no wider than its longest text and at most 40 % of it.
 */
export function ekspedisiColumnWidths(page: PageSetup, sizePt: number, rows: readonly EkspedisiRow[]): number[] {
  const total = textWidthMm(page)
  const scale = total / 285
  const widest = (texts: readonly string[], bold = false) => Math.max(0, ...texts.map((t) => textWidthPt(t, sizePt, 'sans', bold)))
  const header = (i: number) => EKSPEDISI_COLUMNS[i]?.split(' ') ?? []
  const no = fitMm(Math.max(widest([`${rows.length}`]), widest(header(0), true)))
  const date = Math.max(DATE_HAND_MM * scale, fitMm(widest(rows.map((r) => (r.date ? formatDateLong(r.date) : '')))))
  const number = Math.max(fitMm(widest(rows.map((r) => r.number))), fitMm(widest(header(2), true)), DATE_HAND_MM * scale)
  const receiver = RECEIVER_MM * scale
  const keterangan = Math.max(KETERANGAN_MM * scale, fitMm(widest(header(6), true)))
  const rest = Math.max(total - no - date - number - receiver - keterangan, 0)
  const perihalNeed = fitMm(widest(rows.flatMap((r) => r.perihal.split('\n'))))
  const kepadaNeed = fitMm(widest(rows.flatMap((r) => r.kepada.split('\n'))))
  let perihal = Math.min(perihalNeed, rest * PERIHAL_SHARE)
  // Short addressees leave their room to Perihal.
  if (kepadaNeed < rest - perihal) perihal = Math.min(rest - kepadaNeed, Math.max(perihal, perihalNeed))
  perihal = Math.min(Math.max(perihal, fitMm(widest(header(4), true))), rest)
  const kepada = rest - perihal
  return [no, date, number, kepada, perihal, receiver, keterangan]
}
