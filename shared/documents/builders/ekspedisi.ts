import { formatDateLong } from '../../calendar'
import { tataNaskahOf, type OfficeProfile } from '../../model/office'
import { pageNumbering } from './page'
import { textWidthMm, type Block, type DocumentLayout, type PageSetup, type TableRow } from '../layout'
import { DEFAULT_CELL_PADDING_MM } from '../geometry'
import { textWidthPt } from '../measure'
import { ptToMm } from '../units'
import { LAST_ROWS } from './signature'

/** One letter carried to one addressee: a line of the Buku Ekspedisi. */
export interface EkspedisiRow {
  /** The day it was sent (ISO date). */
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
  /** The line under the title: what the letters are for (the meeting). */
  subtitle: string
  rows: readonly EkspedisiRow[]
}

/** docs/formats.md "Buku Ekspedisi": the columns of the delivery book. */
export const EKSPEDISI_COLUMNS = ['No', 'Tanggal', 'Nomor Surat', 'Kepada', 'Perihal', 'Nama dan Tanda Tangan Penerima', 'Keterangan'] as const
// Millimetres on landscape F4 (285 mm of text); A4 scales them down and sets the table in 9 pt.
const SHARES = [9, 37, 50, 59, 48, 52, 30]
/** Room for a name and a signature written by hand. */
export const EKSPEDISI_ROW_MM = 16

/**
 * The Buku Ekspedisi (delivery book) as a landscape page of the office's paper, like the register: one
 * row per letter carried, the receiver's name and signature written on paper when it is handed over.
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
  const heading: Block[] = [
    { kind: 'paragraph', text: [{ text: 'BUKU EKSPEDISI', bold: true }], align: 'center', sizePt: 14 },
    { kind: 'paragraph', text: [{ text: input.profile.officeName.toUpperCase(), bold: true }], align: 'center' },
    { kind: 'paragraph', text: input.subtitle, align: 'center', spacing: { afterPt: 12 } }
  ]
  const table: Block = {
    kind: 'table',
    columns: columnWidths(page, sizePt, input.rows).map((width, i) => ({ width, align: i === 0 ? ('center' as const) : ('left' as const) })),
    headerRows: [
      { cells: EKSPEDISI_COLUMNS.map((text) => ({ text })) },
      { cells: EKSPEDISI_COLUMNS.map((_, i) => ({ text: `${i + 1}`, bold: false, align: 'center' as const })) }
    ],
    rows: rows.length ? rows : [{ cells: [{ text: 'Belum ada surat yang diantar.', colSpan: EKSPEDISI_COLUMNS.length, align: 'center' }] }],
    borders: 'all',
    sizePt,
    headerShade: true,
    lastRowsTogether: LAST_ROWS
  }
  return { title: `Buku Ekspedisi ${input.subtitle}`.slice(0, 300), author: input.profile.officeName, images: {}, sections: [{ page, blocks: [...heading, table] }] }
}

/**
 * Column widths in mm: the shares on the page's width, the number column widened for the longest number
 * (a number is never broken), taken from Kepada and Perihal (as the register does).
 */
function columnWidths(page: PageSetup, sizePt: number, rows: readonly EkspedisiRow[]): number[] {
  const total = textWidthMm(page)
  const sum = SHARES.reduce((a, b) => a + b, 0)
  const mm = SHARES.map((s) => (s * total) / sum)
  const longest = Math.max(0, ...rows.map((r) => textWidthPt(r.number, sizePt)))
  const extra = ptToMm(longest) + 2 * DEFAULT_CELL_PADDING_MM.x + 1.5 - (mm[2] ?? 0)
  if (extra <= 0) return mm
  const [kepada = 0, perihal = 0] = [mm[3], mm[4]]
  const give = Math.min(extra, (kepada + perihal) * 0.5)
  return mm.map((w, i) => (i === 2 ? w + give : i === 3 ? w - (give * kepada) / (kepada + perihal) : i === 4 ? w - (give * perihal) / (kepada + perihal) : w))
}
