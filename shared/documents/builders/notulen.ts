import { formatMeetingDays, formatPlaceDate, formatTimeRange } from '../../calendar'
import type { RichTextDoc } from '../../model/minutes'
import { type Block, type DocumentLayout, type FieldRow, type TableBlock } from '../layout'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { letterPage, styleOf, type PageOptions } from './page'
import { richBlocks } from './rich'
import { signedEnd } from './signature'

export interface MeetingHeader {
  /** "Rapat Konsultasi"; absent when the meeting has no kind of its own (docs/formats.md: no bare "Rapat"). */
  kind?: string
  title: string
  dates: readonly string[]
  timeStart: string
  timeEnd?: string
  zone: string
  place: string
}

export interface NamedRole {
  name: string
  title?: string
}

/** A follow-up as printed: what, who, by when, its state. */
export interface ActionRow {
  what: string
  owner: string
  due: string
  status: string
}

export interface NotulenData {
  office: KopProfile
  meeting: MeetingHeader
  pimpinan: NamedRole
  notulis: NamedRole
  /** "65 orang diundang, 60 hadir, 5 tidak hadir". */
  peserta: string
  acara: readonly string[]
  /** The meeting's dasar and tujuan: printed in the header when filled (docs/formats.md "Dasar and tujuan"). */
  basis?: readonly string[]
  objectives?: readonly string[]
  pembukaan: RichTextDoc
  sambutan: readonly { who: string; summary: RichTextDoc }[]
  paparan: RichTextDoc
  diskusi: RichTextDoc
  kesimpulan: readonly string[]
  tindakLanjut: RichTextDoc
  actions: readonly ActionRow[]
  penutup: RichTextDoc
  placeName: string
  /** The date beside the signatures (the meeting's last day). */
  dateIso: string
  page?: PageOptions
  kop?: KopOptions
}

const BODY_INDENT_MM = 7
const GAP_PT = 10

/** The meeting's facts aligned on the colon (docs/formats.md "Notulen": the header). */
export function meetingFieldRows(m: MeetingHeader): FieldRow[] {
  return [
    ...(m.kind?.trim() ? [{ label: 'Jenis rapat', value: m.kind.trim() }] : []),
    { label: 'Nama rapat', value: m.title },
    { label: 'Hari/Tanggal', value: formatMeetingDays(m.dates) },
    { label: 'Waktu', value: formatTimeRange(m.timeStart, m.timeEnd, m.zone) },
    { label: 'Tempat', value: m.place }
  ]
}

export function documentTitle(title: string, subtitle: string): Block[] {
  return [
    { kind: 'paragraph', text: [{ text: title, bold: true, underline: true }], align: 'center', keepWithNext: true },
    { kind: 'paragraph', text: subtitle, align: 'center', spacing: { beforePt: 2, afterPt: GAP_PT }, keepWithNext: true }
  ]
}

export function actionTable(actions: readonly ActionRow[]): TableBlock {
  return {
    kind: 'table',
    columns: [{ width: 1.3, align: 'center' }, { width: 8 }, { width: 6 }, { width: 3.5 }, { width: 2.5, align: 'center' }],
    headerRows: [{ cells: [{ text: 'No' }, { text: 'Tindak lanjut' }, { text: 'Penanggung jawab' }, { text: 'Batas waktu' }, { text: 'Status' }] }],
    rows: actions.map((a, i) => ({ cells: [{ text: `${i + 1}.` }, { text: a.what }, { text: a.owner }, { text: a.due || '-' }, { text: a.status }] })),
    borders: 'all',
    sizePt: 10,
    headerShade: true,
    spacing: { afterPt: 6 }
  }
}

const heading = (letter: string, text: string): Block => ({
  kind: 'paragraph',
  text: [{ text: `${letter}.  ${text}`, bold: true }],
  spacing: { beforePt: 6, afterPt: 4 },
  keepWithNext: true
})

const dash = (): Block => ({ kind: 'paragraph', text: '-', indent: { leftMm: BODY_INDENT_MM }, spacing: { afterPt: 6 } })

function section(letter: string, title: string, body: Block[]): Block[] {
  return [heading(letter, title), ...(body.length > 0 ? body : [dash()])]
}

/** Marker column of the numbered speakers: their summaries start where the speaker's name does. */
const SAMBUTAN_MARKER_MM = 6

/**
 * Each speaker a numbered line with a hanging indent (docs/formats.md "Hanging indents"): a long name and
 * title wraps under the name, not under the number; the summary is indented to the same line.
 */
function sambutanBlocks(items: NotulenData['sambutan']): Block[] {
  return items.flatMap((s, i): Block[] => [
    {
      kind: 'list',
      style: 'explicit',
      items: [{ label: `${i + 1}.`, text: [{ text: s.who || '-', bold: true }] }],
      markerWidthMm: SAMBUTAN_MARKER_MM,
      indentMm: BODY_INDENT_MM,
      spacing: { afterPt: 2 },
      keepWithNext: true
    },
    ...richBlocks(s.summary, { indentMm: BODY_INDENT_MM + SAMBUTAN_MARKER_MM })
  ])
}

/**
 * The two signatures side by side (docs/formats.md "Notulen": signed by the notulis, approved by the pimpinan):
 * "Notulis," on the left, "Mengesahkan, Pimpinan Rapat," on the right, room to sign, the names.
 */
export function notulenSignatures(d: Pick<NotulenData, 'pimpinan' | 'notulis' | 'placeName' | 'dateIso' | 'page'>): Block[] {
  const underline = styleOf(d.page).nameUnderline
  const cell = (lines: string[]) => ({ text: lines.join('\n'), align: 'center' as const })
  const name = (r: NamedRole) => ({ text: [{ text: r.name || '(.........................)', bold: true, ...(underline && r.name ? { underline: true } : {}) }], align: 'center' as const })
  return [
    {
      kind: 'keep-together',
      blocks: [
        {
          kind: 'table',
          columns: [{ width: 1 }, { width: 1 }],
          headerRows: [],
          rows: [
            {
              cells: [
                cell(['', '', 'Notulis,', ...(d.notulis.title ? [d.notulis.title] : [])]),
                cell([formatPlaceDate(d.placeName, d.dateIso), 'Mengesahkan,', 'Pimpinan Rapat,', ...(d.pimpinan.title ? [d.pimpinan.title] : [])])
              ]
            },
            { cells: [{ text: '' }, { text: '' }], minHeightMm: 22 },
            { cells: [name(d.notulis), name(d.pimpinan)] }
          ],
          borders: 'none',
          spacing: { beforePt: GAP_PT }
        }
      ]
    }
  ]
}

/** One item as text, several as a numbered list with a hanging indent; undefined when there is none. */
function numberedValue(items: readonly string[]): FieldRow['value'] | undefined {
  const filled = items.map((t) => t.trim()).filter(Boolean)
  if (filled.length === 0) return undefined
  return filled.length > 1 ? { kind: 'list', style: 'decimal', items: filled.map((text) => ({ text })), markerWidthMm: 6 } : filled[0]
}

/** Notulen (docs/formats.md "Notulen"): the meeting's header, the sections A to G, the follow-ups, the two signatures. */
export function buildNotulen(d: NotulenData): DocumentLayout {
  const bag = new ImageBag()
  const page = letterPage(d.page)
  const acara: FieldRow['value'] = numberedValue(d.acara) ?? '-'
  const basis = numberedValue(d.basis ?? [])
  const objectives = numberedValue(d.objectives ?? [])
  const body = (doc: RichTextDoc) => richBlocks(doc, { indentMm: BODY_INDENT_MM })
  const kesimpulan: Block[] =
    d.kesimpulan.length > 0
      ? [{ kind: 'list', style: 'decimal', items: d.kesimpulan.map((text) => ({ text })), markerWidthMm: 7, indentMm: BODY_INDENT_MM, align: 'justify', itemAfterPt: 2, spacing: { afterPt: 6 } }]
      : []
  const actions: Block[] = d.actions.length > 0 ? [actionTable(d.actions)] : []
  const blocks: Block[] = [
    buildKop(d.office, bag, d.kop),
    ...documentTitle('NOTULEN RAPAT', d.meeting.title),
    {
      kind: 'fields',
      labelWidthMm: 38,
      colonWidthMm: 4,
      rowAfterPt: 2,
      rows: [
        ...meetingFieldRows(d.meeting),
        { label: 'Pimpinan rapat', value: [d.pimpinan.name, d.pimpinan.title].filter(Boolean).join(', ') || '-' },
        { label: 'Notulis', value: [d.notulis.name, d.notulis.title].filter(Boolean).join(', ') || '-' },
        { label: 'Peserta', value: d.peserta },
        ...(basis ? [{ label: 'Dasar', value: basis }] : []),
        ...(objectives ? [{ label: 'Tujuan', value: objectives }] : []),
        { label: 'Susunan acara', value: acara }
      ],
      spacing: { afterPt: GAP_PT }
    },
    ...section('A', 'Pembukaan', body(d.pembukaan)),
    ...section('B', 'Sambutan', sambutanBlocks(d.sambutan)),
    ...section('C', 'Paparan Narasumber', body(d.paparan)),
    ...section('D', 'Diskusi / Tanya Jawab', body(d.diskusi)),
    ...section('E', 'Kesimpulan', kesimpulan),
    ...section('F', 'Tindak Lanjut', [...body(d.tindakLanjut), ...actions]),
    // The signatures take the closing lines with them (a page of signatures alone signs nothing).
    ...signedEnd(section('G', 'Penutup', body(d.penutup)), notulenSignatures(d))
  ]
  return { title: `Notulen ${d.meeting.title}`, author: d.office.officeName, images: bag.images, sections: [{ page, blocks }] }
}
