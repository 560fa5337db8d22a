import { formatDateLong } from '../../calendar'
import { textWidthMm, type Block, type DocumentLayout, type FieldRow, type PageSetup, type Section, type TableBlock } from '../layout'
import { articleWord } from '../markers'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { letterPage, styleOf, type PageOptions } from './page'
import { buildSignature, LAST_ROWS, signedEnd, type Signer } from './signature'
import { textWidthPt } from '../measure'
import { ptToMm } from '../units'

/** One person of the lampiran: the committee's title or the speaker's topic goes in `role`. */
export interface LampiranMember {
  name: string
  /** Jabatan dalam Panitia, or Materi. */
  role?: string
  /** Jabatan/Instansi. */
  position: string
}

/** One table of the lampiran (Panitia Pelaksana, Narasumber, Moderator). */
export interface LampiranGroup {
  heading: string
  /** Header of the column between Nama and Jabatan/Instansi ("Jabatan dalam Panitia", "Materi"); none: three columns. */
  roleColumn?: string
  members: readonly LampiranMember[]
}

export interface KeputusanData {
  office: KopProfile
  /** Print the kop surat above the decree (decrees of a TP PKK usually carry it). */
  kop: boolean
  /** Who decides, in capitals: "KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT". The title reads KEPUTUSAN <issuer>. */
  issuer: string
  number: string
  dateIso: string
  /** Printed in capitals after TENTANG. */
  subject: string
  /** Each "bahwa ...;" of Menimbang, lettered a., b., c. */
  menimbang: readonly string[]
  /** Each regulation of Mengingat, numbered 1., 2., 3. */
  mengingat: readonly string[]
  /** Other documents taken into account (Program Kerja, a letter), numbered; none, no Memperhatikan. */
  memperhatikan?: readonly string[]
  /** After "Menetapkan :"; by default KEPUTUSAN <issuer> TENTANG <subject>. */
  menetapkan?: string
  /** Articles from KESATU on, the closing one (when it takes effect) last. */
  articles: readonly string[]
  /** Tata naskah writes KESATU; some offices write PERTAMA. */
  firstArticle?: 'KESATU' | 'PERTAMA'
  /** "Ditetapkan di". */
  place: string
  signer: Signer
  /** The lampiran: its title (SUSUNAN ...) and one table per group; none, no lampiran. */
  lampiran?: { title: string; groups: readonly LampiranGroup[] }
  page?: PageOptions
  kopOptions?: KopOptions
}

/** The label column of Menimbang, Mengingat, Menetapkan and the articles: one colon for all of them. */
const LABEL_MM = 30
const COLON_MM = 5
const MARKER_MM = 7
const BLANK_LINE_PT = 12
const ARTICLE_AFTER_PT = 6
/** Width of the lampiran's head block at the right: label, colon and about 92 mm of value. */
const LAMPIRAN_HEAD_MM = 122

const caps = (s: string) => s.trim().toLocaleUpperCase('id-ID')
const bold = (text: string) => [{ text, bold: true }]

/**
 * Keputusan Ketua (docs/formats.md "Keputusan Ketua"), as printed decrees have it: the title, NOMOR and TENTANG
 * centred; Menimbang, Mengingat, Menetapkan and the articles on one colon with hanging indents; Ditetapkan
 * di / pada tanggal and the signature at the right; then the lampiran on its own pages, its tables' header
 * rows repeated on every page, signed again at its end.
 */
export function buildKeputusan(data: KeputusanData): DocumentLayout {
  const bag = new ImageBag()
  const page = letterPage(data.page)
  const sections: Section[] = [{ page, blocks: decreeBlocks(data, bag, page) }]
  if (data.lampiran && data.lampiran.groups.some((g) => g.members.length > 0)) {
    sections.push({ page, blocks: lampiranBlocks(data, data.lampiran, bag, page) })
  }
  return { title: `Keputusan ${data.number}`, author: data.office.officeName, images: bag.images, sections }
}

function centred(text: string, afterPt = 0, keepWithNext = true): Block {
  return { kind: 'paragraph', text: bold(text), align: 'center', spacing: afterPt ? { afterPt } : undefined, keepWithNext }
}

function decreeBlocks(d: KeputusanData, bag: ImageBag, page: PageSetup): Block[] {
  const issuer = caps(d.issuer)
  const subject = caps(d.subject)
  const articles = d.articles.map((text, i): FieldRow => ({ label: articleWord(i + 1, { pertama: d.firstArticle === 'PERTAMA' }), value: text }))
  const labelled = (rows: FieldRow[], afterPt: number, rowAfterPt = 0): Block => ({
    kind: 'fields',
    rows,
    labelWidthMm: LABEL_MM,
    colonWidthMm: COLON_MM,
    align: 'justify',
    rowAfterPt,
    spacing: { afterPt }
  })
  const list = (style: 'alpha' | 'decimal', items: readonly string[]): FieldRow['value'] => ({
    kind: 'list',
    style,
    items: items.map((text) => ({ text })),
    markerWidthMm: MARKER_MM
  })
  return [
    ...(d.kop ? [buildKop(d.office, bag, d.kopOptions)] : []),
    centred(`KEPUTUSAN ${issuer}`),
    centred(`NOMOR : ${d.number}`, BLANK_LINE_PT),
    centred('TENTANG', BLANK_LINE_PT),
    centred(subject, BLANK_LINE_PT),
    centred(`${issuer.replace(/,$/, '')},`, BLANK_LINE_PT),
    labelled([{ label: 'Menimbang', value: list('alpha', d.menimbang) }], BLANK_LINE_PT),
    labelled([{ label: 'Mengingat', value: list('decimal', d.mengingat) }], BLANK_LINE_PT),
    // docs/formats.md "Mengingat and Memperhatikan": what is no regulation is taken into account after them.
    ...(d.memperhatikan && d.memperhatikan.length > 0 ? [labelled([{ label: 'Memperhatikan', value: list('decimal', d.memperhatikan) }], BLANK_LINE_PT)] : []),
    centred('MEMUTUSKAN :', BLANK_LINE_PT),
    labelled([{ label: 'Menetapkan', value: bold(caps(d.menetapkan ?? `KEPUTUSAN ${issuer} TENTANG ${subject}.`)) }], ARTICLE_AFTER_PT),
    // The last article and the signature belong together: a signature alone on a page signs nothing.
    ...(articles.length > 1 ? [labelled(articles.slice(0, -1), ARTICLE_AFTER_PT, ARTICLE_AFTER_PT)] : []),
    {
      kind: 'keep-together',
      blocks: [...articles.slice(-1).map((row) => labelled([row], BLANK_LINE_PT * 1.5)), ...enactment(d, bag, page)]
    }
  ]
}

/** "Ditetapkan di : Padang / pada tanggal : 16 Desember 2019" above the signature, in the right half. */
function enactment(d: KeputusanData, bag: ImageBag, page: PageSetup): Block[] {
  const column = 0.5
  return [
    {
      kind: 'fields',
      indentMm: textWidthMm(page) * column,
      labelWidthMm: 29,
      colonWidthMm: 4,
      rows: [
        { label: 'Ditetapkan di', value: d.place },
        { label: 'pada tanggal', value: formatDateLong(d.dateIso) }
      ],
      spacing: { afterPt: BLANK_LINE_PT }
    },
    buildSignature(d.signer, bag, { columnStart: column, nameUnderline: styleOf(d.page).nameUnderline })
  ]
}

function lampiranBlocks(d: KeputusanData, lampiran: NonNullable<KeputusanData['lampiran']>, bag: ImageBag, page: PageSetup): Block[] {
  const groups = lampiran.groups.filter((g) => g.members.length > 0)
  const lettered = groups.length > 1
  return [
    ...lampiranHead(d, page),
    { kind: 'paragraph', text: bold(caps(lampiran.title)), align: 'center', spacing: { afterPt: BLANK_LINE_PT }, keepWithNext: true },
    // The signature takes the last table's last row with it, under the table's repeated header.
    ...signedEnd(
      groups.map((g, i) => lampiranTable(g, `${lettered ? `${String.fromCharCode(65 + i)}. ` : ''}${caps(g.heading)}`)),
      [buildSignature(d.signer, bag, { columnStart: 0.5, beforePt: BLANK_LINE_PT, nameUnderline: styleOf(d.page).nameUnderline })]
    )
  ]
}

/**
 * LAMPIRAN : KEPUTUSAN ... / NOMOR : ... / TANGGAL : ..., a block in the right part of the page whose
 * value column holds "KEPUTUSAN KETUA TIM PENGGERAK PKK" on one line.
 */
function lampiranHead(d: KeputusanData, page: PageSetup): Block[] {
  return [
    {
      kind: 'fields',
      // Further left when the letter number needs more room than the column has (a number is never broken).
      indentMm: Math.max(0, textWidthMm(page) - Math.max(LAMPIRAN_HEAD_MM, 26 + 4 + ptToMm(textWidthPt(d.number, page.fontSizePt, page.font)) + 2)),
      labelWidthMm: 26,
      colonWidthMm: 4,
      rows: [
        { label: 'LAMPIRAN', value: `KEPUTUSAN ${caps(d.issuer).replace(/,$/, '')}` },
        { label: 'NOMOR', value: d.number },
        { label: 'TANGGAL', value: formatDateLong(d.dateIso) }
      ],
      spacing: { afterPt: BLANK_LINE_PT * 2 }
    }
  ]
}

/**
 * One group's table. Its heading is the first header row, so it can never be left alone at the foot of a page
 * and it repeats, with the column heads, on every page the table continues on.
 */
function lampiranTable(g: LampiranGroup, heading: string): TableBlock {
  const withRole = g.roleColumn !== undefined
  const header = ['No', 'Nama', ...(withRole ? [g.roleColumn ?? ''] : []), 'Jabatan/Instansi']
  // Committee titles are a word or two; a speaker's topic is a sentence and gets a column as wide as the others.
  const wideRole = g.members.some((m) => (m.role?.length ?? 0) > 24)
  return {
    kind: 'table',
    columns: withRole
      ? [{ width: 1.1, align: 'center' }, ...(wideRole ? [{ width: 4.5 }, { width: 5.5 }, { width: 5.5 }] : [{ width: 5 }, { width: 3.6 }, { width: 6 }])]
      : [{ width: 1.1, align: 'center' }, { width: 6 }, { width: 8.6 }],
    headerRows: [{ cells: [{ text: heading, colSpan: header.length, align: 'left' }] }, { cells: header.map((text) => ({ text })) }],
    rows: g.members.map((m, i) => ({
      cells: [{ text: `${i + 1}.` }, { text: m.name }, ...(withRole ? [{ text: m.role?.trim() || '-' }] : []), { text: m.position.trim() || '-' }]
    })),
    borders: 'all',
    sizePt: 11,
    cellPaddingMm: { x: 1.5, y: 1 },
    headerShade: true,
    spacing: { afterPt: BLANK_LINE_PT },
    // A group's last page never holds a member or two alone under the repeated heads.
    lastRowsTogether: LAST_ROWS
  }
}
