import { formatDateLong, formatPlaceDate, formatTimeRange } from '../../calendar'
import { textWidthMm, type Block, type DocumentLayout, type FieldRow, type PageSetup, type RichText, type Section } from '../layout'
import { formatMeetingDays } from '../../calendar'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { letterPage, type PageOptions } from './page'
import { buildSignature, type Signer } from './signature'

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
  lampiran: string
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

/** Surat Undangan (FORMATS.md "Surat Undangan") as one document. */
export function buildUndangan(data: UndanganData): DocumentLayout {
  const bag = new ImageBag()
  return { title: `Undangan ${data.number}`, author: data.office.officeName, images: bag.images, sections: [undanganSection(data, bag)] }
}

/**
 * One letter per addressee in one document, each its own section so page numbers restart;
 * the attached list belongs to the "(daftar terlampir)" mode and is left out.
 */
export function buildUndanganMerge(base: UndanganData, addressees: readonly (readonly string[])[]): DocumentLayout {
  const bag = new ImageBag()
  const sections = addressees.map((addressee) => undanganSection({ ...base, addressee, attachment: undefined }, bag))
  return { title: `Undangan ${base.number} (${addressees.length} surat)`, author: base.office.officeName, images: bag.images, sections }
}

function undanganSection(d: UndanganData, bag: ImageBag): Section {
  const page = letterPage(d.page)
  const blocks: Block[] = [...letterBlocks(d, bag, page), ...(d.attachment ? attachmentBlocks(d, d.attachment.invitees, d.attachment.title) : [])]
  return { page, blocks }
}

function letterBlocks(d: UndanganData, bag: ImageBag, page: PageSetup): Block[] {
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
    { kind: 'paragraph', text: 'Kepada Yth.', keepWithNext: true },
    ...d.addressee.map((line): Block => ({ kind: 'paragraph', text: line, keepWithNext: true })),
    { kind: 'paragraph', text: 'di', keepWithNext: true },
    { kind: 'paragraph', text: d.addresseePlace ?? 'Tempat', indent: { leftMm: PARAGRAPH_INDENT_MM }, spacing: { afterPt: BLANK_LINE_PT } },
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
        buildSignature(d.signer, bag, { afterPt: BLANK_LINE_PT })
      ]
    },
    ...tembusanBlocks(d.tembusan)
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

function tembusanBlocks(tembusan: readonly string[]): Block[] {
  if (tembusan.length === 0) return []
  // A tembusan list is short: it moves to the next page whole rather than leave its head behind.
  return [
    {
      kind: 'keep-together',
      blocks: [
        { kind: 'paragraph', text: 'Tembusan:' },
        { kind: 'list', style: 'decimal', markerWidthMm: 6, items: tembusan.map((text) => ({ text })) }
      ]
    }
  ]
}

/** "Lampiran Surat ... Nomor ... Tanggal ..." then the invitees, their header repeated on every page. */
function attachmentBlocks(d: UndanganData, invitees: readonly Invitee[], title = 'DAFTAR UNDANGAN'): Block[] {
  const issuer = d.signer.onBehalfOf ?? d.signer.title
  return [
    { kind: 'page-break' },
    {
      kind: 'fields',
      indentMm: 65,
      labelWidthMm: 20,
      colonWidthMm: 4,
      rows: [
        { label: 'Lampiran', value: `Surat ${issuer}` },
        { label: 'Nomor', value: d.number },
        { label: 'Tanggal', value: formatDateLong(d.dateIso) },
        { label: 'Hal', value: d.hal }
      ],
      spacing: { afterPt: 18 }
    },
    { kind: 'paragraph', text: [{ text: title, bold: true }], align: 'center', spacing: { afterPt: BLANK_LINE_PT }, keepWithNext: true },
    {
      kind: 'table',
      columns: [{ width: 1, align: 'center' }, { width: 6 }, { width: 6 }],
      headerRows: [{ cells: [{ text: 'No' }, { text: 'Nama/Jabatan' }, { text: 'Instansi' }] }],
      rows: invitees.map((p, i) => ({
        cells: [{ text: `${i + 1}.` }, { text: [p.name, p.position].filter(Boolean).join('\n') }, { text: p.organisation ?? '' }]
      })),
      borders: 'all',
      sizePt: 11,
      headerShade: true
    }
  ]
}
