import { formatDateLong, formatPlaceDate, formatTimeRange } from '../../calendar'
import { pageSizeMm, textWidthMm, type Block, type DocumentLayout, type FieldRow, type PageSetup, type RichText, type Section } from '../layout'
import { formatMeetingDays } from '../../calendar'
import { DEFAULT_CELL_PADDING_MM, TABLE_LINE_PT } from '../geometry'
import { lineCount, lineHeightPt, paginateRows, textWidthPt } from '../measure'
import { sheetsLabel } from '../number-words'
import { columnWidthsMm } from '../text'
import { mmToPt, ptToMm, twipPt } from '../units'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { letterPage, styleOf, type PageOptions } from './page'
import { LAST_ROWS, buildSignature, type Signer } from './signature'
import { addressBlocks, type RegistrationCode } from './undangan-code'
import { inSentence } from './words'

export interface Invitee {
  name: string
  position?: string
  organisation?: string
}

export interface UndanganMeeting {
  /** ISO dates; several days print as a range. */
  dates: readonly string[]
  /** "09:00"; printed "09.00". */
  timeStart: string
  /** Without an end the letter says "s.d. selesai". */
  timeEnd?: string
  zone: string
  place: string
  /** One item prints as text, several as a numbered list. */
  acara: readonly string[]
}

export interface UndanganData {
  office: KopProfile
  number: string
  dateIso: string
  /** Where the letter is written: "Padang". */
  placeName: string
  sifat: string
  /**
   * What the letter says it carries. Left out, it is counted: the pages of the attached list
   * ("3 (tiga) lembar"), or "-" when nothing is attached. Given, it is printed as it is (something
   * else travels with the letter: "1 (satu) berkas").
   */
  lampiran?: string
  hal: string
  /** Lines after "Kepada Yth.": "Bapak/Ibu Kepala Dinas Kesehatan", or "(daftar terlampir)". */
  addressee: readonly string[]
  /** The line under "di"; "Tempat" unless given. */
  addresseePlace?: string
  opening: RichText
  meeting: UndanganMeeting
  closing: RichText
  signer: Signer
  tembusan: readonly string[]
  /**
   * The recipient's personal code, for a letter to one recipient: printed under the address and as a QR
   * code beside it (builders/undangan-code.ts). Left out, the letter looks as it always has.
   */
  registrationCode?: RegistrationCode
  /** The invitees listed on an attached page, for a letter addressed to "(daftar terlampir)". */
  attachment?: { title?: string; invitees: readonly Invitee[] }
  page?: PageOptions
  kop?: KopOptions
}

/** The usual opening when the data gives none. */
export const DEFAULT_OPENING =
  'Dengan hormat, bersama ini kami mengharapkan kehadiran Bapak/Ibu/Saudara pada acara yang akan dilaksanakan pada:'
export const DEFAULT_CLOSING = 'Demikian disampaikan, atas perhatian dan kehadiran Bapak/Ibu/Saudara diucapkan terima kasih.'

const PARAGRAPH_INDENT_MM = 12.5
const BLANK_LINE_PT = 12

/** Surat Undangan (docs/formats.md "Surat Undangan") as one document. */
export function buildUndangan(data: UndanganData): DocumentLayout {
  const bag = new ImageBag()
  return { title: `Undangan ${data.number}`, author: data.office.officeName, images: bag.images, sections: [undanganSection(data, bag)] }
}

/** One letter of a merge: the addressee's lines, or the lines with the recipient's personal code. */
export type UndanganRecipient = readonly string[] | { addressee: readonly string[]; registrationCode?: RegistrationCode }

/**
 * One letter per addressee in one document, each its own section so page numbers restart;
 * the attached list belongs to the "(daftar terlampir)" mode and is left out.
 */
export function buildUndanganMerge(base: UndanganData, recipients: readonly UndanganRecipient[]): DocumentLayout {
  const bag = new ImageBag()
  const sections = recipients.map((r) => {
    const one = isAddresseeLines(r) ? { addressee: r, registrationCode: undefined } : { addressee: r.addressee, registrationCode: r.registrationCode }
    return undanganSection({ ...base, ...one, attachment: undefined }, bag)
  })
  return { title: `Undangan ${base.number} (${recipients.length} surat)`, author: base.office.officeName, images: bag.images, sections }
}

const isAddresseeLines = (r: UndanganRecipient): r is readonly string[] => Array.isArray(r)

function undanganSection(d: UndanganData, bag: ImageBag): Section {
  const page = letterPage(d.page)
  const attached = d.attachment ? attachmentBlocks(d, page, d.attachment.invitees, d.attachment.title) : undefined
  const lampiran = d.lampiran ?? sheetsLabel(attached?.pages ?? 0)
  const blocks: Block[] = [...letterBlocks({ ...d, lampiran }, bag, page), ...(attached?.blocks ?? [])]
  return { page, blocks }
}

/** The pages the attached list of invitees takes (0 without one): what "Lampiran" counts. */
export function undanganAttachmentPages(d: UndanganData): number {
  return d.attachment ? attachmentBlocks(d, letterPage(d.page), d.attachment.invitees, d.attachment.title).pages : 0
}

function letterBlocks(d: UndanganData & { lampiran: string }, bag: ImageBag, page: PageSetup): Block[] {
  const rightColumnMm = textWidthMm(page) * 0.5
  const body = { align: 'justify' as const, indent: { firstLineMm: PARAGRAPH_INDENT_MM } }
  return [
    buildKop(d.office, bag, d.kop),
    { kind: 'paragraph', text: formatPlaceDate(d.placeName, d.dateIso), indent: { leftMm: rightColumnMm }, spacing: { afterPt: BLANK_LINE_PT } },
    // Tata naskah: Nomor, Sifat, Lampiran, then Hal.
    {
      kind: 'fields',
      labelWidthMm: 22,
      colonWidthMm: 4,
      rows: [
        { label: 'Nomor', value: d.number },
        { label: 'Sifat', value: d.sifat },
        { label: 'Lampiran', value: d.lampiran },
        { label: 'Hal', value: d.hal }
      ],
      spacing: { afterPt: BLANK_LINE_PT }
    },
    ...addressBlocks(
      { addressee: d.addressee, place: d.addresseePlace ?? 'Tempat', placeIndentMm: PARAGRAPH_INDENT_MM, afterPt: BLANK_LINE_PT },
      d.registrationCode,
      bag,
      page
    ),
    { kind: 'paragraph', text: d.opening, ...body, spacing: { afterPt: 6 }, keepWithNext: true },
    {
      kind: 'fields',
      indentMm: PARAGRAPH_INDENT_MM,
      labelWidthMm: 30,
      colonWidthMm: 4,
      rows: meetingRows(d),
      rowAfterPt: 2,
      spacing: { afterPt: 6 }
    },
    {
      kind: 'keep-together',
      blocks: [
        { kind: 'paragraph', text: d.closing, ...body, spacing: { afterPt: BLANK_LINE_PT } },
        buildSignature(d.signer, bag, { afterPt: BLANK_LINE_PT, nameUnderline: styleOf(d.page).nameUnderline }),
        ...tembusanBlocks(d.tembusan)
      ]
    }
  ]
}

function meetingRows(d: UndanganData): FieldRow[] {
  const m = d.meeting
  const acara: FieldRow['value'] = m.acara.length > 1 ? { kind: 'list', style: 'decimal', items: m.acara.map((text) => ({ text })), markerWidthMm: 6 } : (m.acara[0] ?? '-')
  return [
    { label: 'Hari/Tanggal', value: formatMeetingDays(m.dates) },
    { label: 'Pukul', value: formatTimeRange(m.timeStart, m.timeEnd, m.zone) },
    { label: 'Tempat', value: m.place },
    { label: 'Acara', value: acara }
  ]
}

/**
 * The tembusan, in the group of the closing and the signature: a short list, it goes to the next page
 * with them rather than stand alone on a page the reader would take for a separate sheet.
 */
function tembusanBlocks(tembusan: readonly string[]): Block[] {
  if (tembusan.length === 0) return []
  return [
    { kind: 'paragraph', text: 'Tembusan:' },
    { kind: 'list', style: 'decimal', markerWidthMm: 6, items: tembusan.map((text) => ({ text })) }
  ]
}

const LIST_SIZE_PT = 11
const LIST_COLUMNS = [{ width: 1, align: 'center' as const }, { width: 6 }, { width: 6 }]
/** What the measuring pass may be short of the renderers' own layout, per page. */
const PAGE_SLACK = 0.96

/**
 * "Lampiran Surat ... Nomor ... Tanggal ..." then the invitees, laid on pages by the measuring pass
 * (measure.ts): each page is a table of its own under the same header, with a page break between, so
 * the PDF and the DOCX have the same pages and the letter's "Lampiran" can count them.
 */
function attachmentBlocks(d: UndanganData, page: PageSetup, invitees: readonly Invitee[], title = 'DAFTAR UNDANGAN'): { blocks: Block[]; pages: number } {
  const issuer = d.signer.onBehalfOf ?? d.signer.title
  // The heading stands at the right; it moves left as far as the letter number needs (never broken).
  const widthMm = textWidthMm(page)
  const indentMm = Math.max(0, Math.min(65, widthMm - 24 - ptToMm(textWidthPt(d.number, page.fontSizePt, page.font)) - 2))
  const heading: Block = {
    kind: 'fields',
    indentMm,
    labelWidthMm: 20,
    colonWidthMm: 4,
    rows: [
      { label: 'Lampiran', value: `Surat ${inSentence(issuer)}` },
      { label: 'Nomor', value: d.number },
      { label: 'Tanggal', value: formatDateLong(d.dateIso) },
      { label: 'Hal', value: d.hal }
    ],
    spacing: { afterPt: 18 }
  }
  const titleBlock: Block = { kind: 'paragraph', text: [{ text: title, bold: true }], align: 'center', spacing: { afterPt: BLANK_LINE_PT }, keepWithNext: true }
  const rows = invitees.map((p, i) => ({
    cells: [{ text: `${i + 1}.` }, { text: [p.name, p.position].filter(Boolean).join('\n') }, { text: p.organisation ?? '' }]
  }))
  const header = { cells: [{ text: 'No' }, { text: 'Nama/Jabatan' }, { text: 'Instansi' }] }
  // The measuring pass: rows' heights as the renderers draw them (padding, rules, lines of 11 pt).
  const pad = DEFAULT_CELL_PADDING_MM
  const contentPt = columnWidthsMm(LIST_COLUMNS, widthMm).map((w) => twipPt(w) - 2 * twipPt(pad.x))
  const rowPt = (cells: readonly { text: RichText }[], bold: boolean) =>
    2 * twipPt(pad.y) + TABLE_LINE_PT + lineHeightPt(LIST_SIZE_PT) * Math.max(...cells.map((c, i) => lineCount(c.text, contentPt[i] ?? 1, LIST_SIZE_PT, page.font, { bold })))
  const sizePt = page.fontSizePt
  const valuePt = twipPt(widthMm - indentMm - 20 - 4)
  const headingPt =
    heading.rows.reduce((h, r) => h + lineHeightPt(sizePt) * lineCount(typeof r.value === 'string' ? r.value : '', valuePt, sizePt, page.font), 0) + 18 + lineHeightPt(sizePt) + BLANK_LINE_PT
  const bodyPt = (mmToPt(pageSizeMm(page).height - page.marginsMm.top - page.marginsMm.bottom) - lineHeightPt(sizePt)) * PAGE_SLACK
  const headerPt = rowPt(header.cells, true) + TABLE_LINE_PT
  const pages = paginateRows(
    rows.map((r) => rowPt(r.cells, false)),
    bodyPt - headingPt - headerPt,
    bodyPt - headerPt,
    LAST_ROWS
  )
  const table = (indexes: readonly number[]): Block => ({
    kind: 'table',
    columns: LIST_COLUMNS,
    headerRows: [header],
    rows: indexes.flatMap((i) => rows[i] ?? []),
    borders: 'all',
    sizePt: LIST_SIZE_PT,
    headerShade: true
  })
  const blocks: Block[] = [{ kind: 'page-break' }, heading, titleBlock]
  pages.forEach((indexes, p) => blocks.push(...(p > 0 ? [{ kind: 'page-break' } as const] : []), table(indexes)))
  return { blocks, pages: pages.length }
}
