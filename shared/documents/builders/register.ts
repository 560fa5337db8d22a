import { formatDateLong } from '../../calendar'
import type { Letter } from '../../model/letters'
import { tataNaskahOf, type OfficeProfile } from '../../model/office'
import { pageNumbering } from './page'
import { textWidthMm, type Block, type DocumentLayout, type PageSetup, type TableRow } from '../layout'
import { DEFAULT_CELL_PADDING_MM } from '../geometry'
import { textWidthPt } from '../measure'
import { ptToMm } from '../units'
import { LAST_ROWS } from './signature'

export interface RegisterInput {
  profile: Pick<OfficeProfile, 'officeName' | 'paper' | 'tataNaskah'>
  year: number
  /** Only the letters of one code (KEP, SKR, ...); all codes when absent. */
  codeFilter?: string
  letters: readonly Letter[]
}

/** docs/formats.md "Buku Agenda Surat Keluar": its columns, plus Keterangan for cancelled numbers. */
export const REGISTER_COLUMNS = ['No', 'Nomor dan Kode Surat', 'Tanggal', 'Kepada', 'Perihal', 'Lampiran', 'Tembusan', 'Keterangan'] as const
// Millimetres on landscape F4 (285 mm of text); A4 scales them down and sets the table in 9 pt,
// so "296/SKR/PKK-PROP/XII/2019" and "30 September 2019" stay on one line on both.
const SHARES = [10, 53, 36, 48, 57, 22, 32, 27]

/** In number order within the year: date, then main number, then inserted numbers after it. */
export function registerLetters(input: RegisterInput): Letter[] {
  return input.letters
    .filter((l) => l.year === input.year && (input.codeFilter === undefined || l.code === input.codeFilter))
    .sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq || a.insert - b.insert || a.number.localeCompare(b.number))
}

/**
 * The register as a landscape page of the office's paper. Every issued number is a row,
 * cancelled ones too, marked BATAL (a cancelled number is never reused or skipped).
 */
export function buildRegisterDocument(input: RegisterInput): DocumentLayout {
  const page: PageSetup = {
    paper: input.profile.paper,
    orientation: 'landscape',
    // A book, not a letter: narrower margins than a letter's (docs/formats.md "Page and type").
    marginsMm: { top: 20, bottom: 20, left: 25, right: 20 },
    font: 'sans',
    fontSizePt: 12,
    pageNumbers: pageNumbering(tataNaskahOf(input.profile).pageNumbers)
  }
  const letters = registerLetters(input)
  const rows: TableRow[] = letters.map((l, i) => ({
    cells: [
      { text: `${i + 1}` },
      { text: l.number },
      { text: formatDateLong(l.date) },
      { text: l.kepada || '-' },
      { text: l.perihal },
      { text: l.lampiran || '-' },
      { text: l.tembusan || '-' },
      { text: l.status === 'batal' ? [{ text: 'BATAL', bold: true }, ...(l.cancelReason ? [{ text: `\n${l.cancelReason}` }] : [])] : '' }
    ]
  }))
  const heading: Block[] = [
    { kind: 'paragraph', text: [{ text: 'BUKU AGENDA SURAT KELUAR', bold: true }], align: 'center', sizePt: 14 },
    { kind: 'paragraph', text: [{ text: input.profile.officeName.toUpperCase(), bold: true }], align: 'center' },
    {
      kind: 'paragraph',
      text: [{ text: `TAHUN ${input.year}${input.codeFilter ? ` - KODE ${input.codeFilter}` : ''}`, bold: true }],
      align: 'center',
      spacing: { afterPt: 12 }
    }
  ]
  const sizePt = input.profile.paper === 'A4' ? 9 : 10
  const table: Block = {
    kind: 'table',
    columns: columnWidths(page, sizePt, letters).map((width, i) => ({ width, align: i === 0 ? 'center' : 'left' })),
    // Administration books number their columns under the header; both rows repeat on every page.
    headerRows: [
      { cells: REGISTER_COLUMNS.map((text) => ({ text })) },
      { cells: REGISTER_COLUMNS.map((_, i) => ({ text: `${i + 1}`, bold: false, align: 'center' as const })) }
    ],
    rows: rows.length ? rows : [{ cells: [{ text: 'Belum ada surat keluar.', colSpan: REGISTER_COLUMNS.length, align: 'center' }] }],
    borders: 'all',
    sizePt,
    headerShade: true,
    // The book's last page holds three letters at least, never one alone under the repeated header.
    lastRowsTogether: LAST_ROWS
  }
  return {
    title: `Buku Agenda Surat Keluar ${input.year}`,
    author: input.profile.officeName,
    images: {},
    sections: [{ page, blocks: [...heading, table] }]
  }
}

/**
 * Column widths in mm: the shares on the page's width, the number column widened for the longest number
 * (a number is never broken), taken from Kepada and Perihal.
 */
function columnWidths(page: PageSetup, sizePt: number, letters: readonly Letter[]): number[] {
  const total = textWidthMm(page)
  const sum = SHARES.reduce((a, b) => a + b, 0)
  const mm = SHARES.map((s) => (s * total) / sum)
  const longest = Math.max(0, ...letters.map((l) => textWidthPt(l.number, sizePt)))
  const need = ptToMm(longest) + 2 * DEFAULT_CELL_PADDING_MM.x + 1.5
  const extra = need - (mm[1] ?? 0)
  if (extra <= 0) return mm
  const [kepada = 0, perihal = 0] = [mm[3], mm[4]]
  const give = Math.min(extra, (kepada + perihal) * 0.5)
  return mm.map((w, i) => (i === 1 ? w + give : i === 3 ? w - (give * kepada) / (kepada + perihal) : i === 4 ? w - (give * perihal) / (kepada + perihal) : w))
}
