import { formatDayDate, formatPlaceDate } from '../../calendar'
import { textWidthPt, lineCount } from '../measure'
import { ptToMm, mmToPt } from '../units'
import { textWidthMm, type Block, type FontFamily, type DocumentLayout, type FieldRow, type PageSetup, type TableCell, type TableColumn, type TableRow } from '../layout'
import { INK_LINE_PT, fitInk, inkPng, type PenStrokes } from '../ink'
import { LINE_HEIGHT_EM } from '../geometry'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { pageNumbering, styleOf, type PageOptions } from './page'
import { LAST_ROWS, buildSignature } from './signature'

/** One pre-filled line of the sheet: the name, and "Jabatan/Instansi" ("\n" between position and office). */
export interface DaftarHadirRow {
  name: string
  position: string
  /** Keterangan ("datang 09.40; pulang 11.15"); a note on some row prints the column. */
  note?: string
  /** Signed at the meja registrasi: the strokes print in the row's slot, above its dotted line. */
  signature?: PenStrokes
}

export interface DaftarHadirData {
  office: KopProfile
  /** The kop surat above the title; many offices print the sheet without it. */
  kop: boolean
  meetingTitle: string
  /** The day of this sheet (one sheet per meeting day). */
  dayIso: string
  /** For a meeting over several days: this is day `index` (1-based) of `count`. */
  dayOfMeeting?: { index: number; count: number }
  /** "09.00 WIB s.d. selesai". */
  time: string
  place: string
  rows: readonly DaftarHadirRow[]
  /** Numbered empty rows after the invitees, for participants who were not on the list. */
  blankRows: number
  showPhone: boolean
  showNote: boolean
  /** Who certifies the list at its end: "Padang, 20 Desember 2019", the title, room to sign, the name. */
  certifier: { placeName: string; dateIso: string; title: string; name: string }
  page?: PageOptions
  kopOptions?: KopOptions
}

/** Room for a real signature: about the height of a signature in a register row. */
export const DAFTAR_HADIR_ROW_MM = 12
/** Printed when the certifier's name is not known, for her to write it by hand. */
export const CERTIFIER_BLANK = '(..................................................)'

const TABLE_PT = 11
const TABLE_PT_DENSE = 10
const CELL_PAD_MM = 1.5
const CELL_PAD_Y_MM = 0.8
/** The "Keterangan" column on a 170 mm text width: "Keterangan" in bold on one line and a word like "Dokumentasi" unbroken; wider when its header would not fit (noteColumnMm). */
const NOTE_MM = 28

/**
 * The note column's width on the 170 mm grid: room for "Keterangan" in bold at the table's size on one
 * line, cell padding and half a millimetre of slack included, after the grid is scaled to the page. On A4
 * (165 mm of text) 25 mm came out 24.3 mm, and the header broke as "Keteranga / n".
 */
export function noteColumnMm(sizePt: number, family: FontFamily, scale: number): number {
  const needed = ptToMm(textWidthPt('Keterangan', sizePt, family, true)) + 2 * CELL_PAD_MM + 0.5
  return Math.max(NOTE_MM, Math.ceil((needed / scale) * 10) / 10)
}

/**
 * Daftar Hadir (docs/formats.md "Daftar Hadir"): title, meeting, day and place on colons, then the
 * table whose header repeats on every page and whose rows never split. The Tanda Tangan column
 * zig-zags: odd numbers sign in its left half, even numbers in its right half, so neighbours
 * never sign over each other. The certifier's signature stays with the last row.
 */
export function buildDaftarHadir(d: DaftarHadirData): DocumentLayout {
  const bag = new ImageBag()
  const page = sheetPage(d.page)
  const blocks: Block[] = [
    ...(d.kop ? [buildKop(d.office, bag, d.kopOptions)] : []),
    ...heading(d),
    attendanceTable(d, page, bag),
    certifierBlock(d, bag)
  ]
  return {
    title: `Daftar Hadir ${d.meetingTitle} ${formatDayDate(d.dayIso)}`,
    author: d.office.officeName,
    images: bag.images,
    sections: [{ page, blocks }]
  }
}

/** A form, not a letter: the office's paper upright, narrower margins than a letter; the office's page numbers. */
export function sheetPage(o: PageOptions = {}): PageSetup {
  return {
    paper: o.paper ?? 'F4',
    orientation: 'portrait',
    marginsMm: { top: 20, bottom: 20, left: 25, right: 20 },
    font: o.font ?? 'sans',
    fontSizePt: o.fontSizePt ?? 12,
    pageNumbers: pageNumbering(styleOf(o).pageNumbers)
  }
}

function heading(d: DaftarHadirData): Block[] {
  const day = formatDayDate(d.dayIso) + (d.dayOfMeeting && d.dayOfMeeting.count > 1 ? ` (hari ke-${d.dayOfMeeting.index} dari ${d.dayOfMeeting.count})` : '')
  const rows: FieldRow[] = [
    { label: 'Hari/Tanggal', value: day },
    { label: 'Pukul', value: d.time },
    { label: 'Tempat', value: d.place }
  ]
  return [
    { kind: 'paragraph', text: [{ text: 'DAFTAR HADIR', bold: true }], align: 'center', sizePt: 14, spacing: { afterPt: 2 }, keepWithNext: true },
    {
      kind: 'paragraph',
      text: [{ text: d.meetingTitle.trim().toLocaleUpperCase('id-ID'), bold: true }],
      align: 'center',
      spacing: { afterPt: 12 },
      keepWithNext: true
    },
    { kind: 'fields', labelWidthMm: 28, colonWidthMm: 4, rows, rowAfterPt: 1, spacing: { afterPt: 8 } }
  ]
}

interface Column {
  head: string
  /** Millimetres on a 170 mm text width; scaled to the page. */
  mm: number
  cell: (row: DaftarHadirRow | undefined, n: number) => TableCell[]
  /** The Tanda Tangan column is two grid columns under one header. */
  span?: 2
}

function columnsFor(d: DaftarHadirData, sizePt: number, halfMm: number, scale: number, family: FontFamily, bag: ImageBag): Column[] {
  const text = (t: string): TableCell[] => [{ text: t }]
  const showNote = noteColumn(d)
  const optional = (d.showPhone ? 1 : 0) + (showNote ? 1 : 0)
  // "100." needs more room than "99." on one line.
  const noMm = d.rows.length + d.blankRows > 99 ? 11 : 9
  // Name and office share what the fixed columns leave.
  const noteMm = noteColumnMm(sizePt, family, scale)
  const free = 170 - noMm - 2 * halfMm - (d.showPhone ? 25 : 0) - (showNote ? noteMm : 0)
  const nameMm = Math.round(free * (optional ? 0.46 : 0.42))
  // How tall a row's text makes it (at least the 12 mm of a blank row): a signature may use that height, never more.
  const lines = (t: string, mm: number) => (t.trim() ? lineCount(t, mmToPt(mm * scale - 2 * CELL_PAD_MM), sizePt) : 1)
  const rowMm = (r: DaftarHadirRow) =>
    Math.max(DAFTAR_HADIR_ROW_MM, Math.max(lines(r.name, nameMm), lines(r.position, free - nameMm), showNote ? lines(r.note ?? '', noteMm) : 1) * lineMm(sizePt) + 2 * CELL_PAD_Y_MM)
  return [
    { head: 'No', mm: noMm, cell: (_, n) => [{ text: `${n}.`, align: 'center' }] },
    { head: 'Nama', mm: nameMm, cell: (r) => text(r?.name ?? '') },
    { head: 'Jabatan/Instansi', mm: free - nameMm, cell: (r) => text(r?.position ?? '') },
    ...(d.showPhone ? [{ head: 'No. HP', mm: 25, cell: () => text('') }] : []),
    {
      head: 'Tanda Tangan',
      mm: 2 * halfMm,
      span: 2,
      cell: (r, n) => {
        const ink = r?.signature ? slotInk(r.signature, halfMm * scale, rowMm(r), sizePt, bag) : undefined
        const mark: TableCell = { text: signatureMark(n, halfMm * scale, sizePt), verticalAlign: 'bottom', ...(ink ? { ink } : {}) }
        return n % 2 === 1 ? [mark, { text: '' }] : [{ text: '' }, mark]
      }
    },
    ...(showNote ? [{ head: 'Keterangan', mm: noteMm, cell: (r: DaftarHadirRow | undefined) => text(r?.note ?? '') }] : [])
  ]
}

function attendanceTable(d: DaftarHadirData, page: PageSetup, bag: ImageBag): Block {
  const scale = textWidthMm(page) / 170
  const dense = d.showPhone && noteColumn(d)
  const sizePt = dense ? TABLE_PT_DENSE : TABLE_PT
  // Each half leaves room for a signature reaching into its neighbour's half; narrower when optional columns take space.
  const columns = columnsFor(d, sizePt, d.showPhone || noteColumn(d) ? 21 : 23, scale, page.font, bag)
  const grid: TableColumn[] = columns.flatMap((c): TableColumn[] =>
    c.span === 2 ? [{ width: c.mm / 2 }, { width: c.mm / 2, ruleBefore: false }] : [{ width: c.mm }]
  )
  const total = d.rows.length + d.blankRows
  const rows: TableRow[] = Array.from({ length: total }, (_, i) => ({
    cells: columns.flatMap((c) => c.cell(d.rows[i], i + 1))
  }))
  return {
    kind: 'table',
    columns: grid,
    headerRows: [{ cells: columns.map((c): TableCell => ({ text: c.head, ...(c.span ? { colSpan: c.span } : {}) })), minHeightMm: 9 }],
    rows: rows.length ? rows : [{ cells: [{ text: 'Belum ada peserta.', colSpan: grid.length, align: 'center' }] }],
    borders: 'all',
    sizePt,
    minRowHeightMm: DAFTAR_HADIR_ROW_MM,
    cellPaddingMm: { x: CELL_PAD_MM, y: CELL_PAD_Y_MM },
    headerShade: true,
    keepWithNext: true,
    // The certifier signs under three rows at least, never under a blank row alone.
    lastRowsTogether: LAST_ROWS
  }
}

/** Keterangan prints when the sheet asks for it, or when some row has something to say there (came late, left early). */
const noteColumn = (d: DaftarHadirData): boolean => d.showNote || d.rows.some((r) => (r.note ?? '').trim() !== '')

const lineMm = (sizePt: number) => sizePt * LINE_HEIGHT_EM * PT_MM

/**
 * A signature in its half of the Tanda Tangan column: on a line of its own above "1. ......", as wide
 * as the half allows and no taller than what the row (`rowMm`, as its text makes it) leaves above the
 * dotted line, so a signed row is as tall as a blank one; proportions kept, a 0.7 pt pen line.
 */
export function slotInk(sig: PenStrokes, halfMm: number, rowMm: number, sizePt: number, bag: ImageBag): TableCell['ink'] {
  // A little air below the row's top rule and above the dotted line.
  const fitted = fitInk(sig, halfMm - 2 * CELL_PAD_MM, rowMm - 2 * CELL_PAD_Y_MM - lineMm(sizePt) - 0.8, INK_LINE_PT)
  if (!fitted) return undefined
  const placed = bag.place('ttd', { mime: 'image/png', data: inkPng(fitted) }, fitted.widthMm)
  return { ...fitted, image: placed.image }
}

function certifierBlock(d: DaftarHadirData, bag: ImageBag): Block {
  const c = d.certifier
  const block = buildSignature({ title: c.title.trim() || 'Sekretaris', name: c.name.trim() || CERTIFIER_BLANK }, bag, { beforePt: 14, spaceMm: 22, nameUnderline: styleOf(d.page).nameUnderline })
  return { ...block, titleLines: [formatPlaceDate(c.placeName, c.dateIso), ...block.titleLines] }
}

// Liberation Sans (Arial) advance widths in em: the mark is sized to fill its half without wrapping.
const DIGIT_EM = 0.556
const DOT_EM = 0.278
const PT_MM = 25.4 / 72

/** "1. ..........": the number where the participant signs, and a dotted line filling the half column. */
export function signatureMark(n: number, halfMm: number, sizePt: number): string {
  const em = sizePt * PT_MM
  const prefix = `${n}. `
  const prefixMm = (String(n).length * DIGIT_EM + 2 * DOT_EM) * em
  // The cell's padding both sides, and a little air so Word never wraps the line.
  const room = halfMm - 2 * CELL_PAD_MM - prefixMm - 2
  return prefix + '.'.repeat(Math.max(3, Math.floor(room / (DOT_EM * em))))
}
