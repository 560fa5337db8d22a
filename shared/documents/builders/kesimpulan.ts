import { formatMeetingDays, formatPlaceDate, formatTimeRange } from '../../calendar'
import type { Block, DocumentLayout } from '../layout'
import { ImageBag } from './images'
import { buildKop, type KopOptions, type KopProfile } from './kop'
import { actionTable, documentTitle, type ActionRow, type MeetingHeader } from './notulen'
import { letterPage, styleOf, type PageOptions } from './page'
import { buildSignature, signerTitleLines, type Signer } from './signature'

export interface KesimpulanData {
  office: KopProfile
  meeting: MeetingHeader
  /** "65 orang diundang, 60 hadir, 5 tidak hadir". */
  peserta: string
  kesimpulan: readonly string[]
  /** Follow-ups per OPD, printed after the conclusions when there are any. */
  actions: readonly ActionRow[]
  /** The pimpinan rapat, with the Ketua's signature image and the stamp when they apply. */
  signer: Signer
  placeName: string
  dateIso: string
  page?: PageOptions
  kop?: KopOptions
}

export const KESIMPULAN_CLOSING = 'Demikian kesimpulan rapat ini disampaikan untuk menjadi perhatian dan ditindaklanjuti sebagaimana mestinya.'

/**
 * Kesimpulan Rapat (docs/formats.md "Notulen": the conclusions issued on their own for the participants):
 * the meeting, the numbered conclusions, the follow-ups, signed by the pimpinan rapat.
 */
export function buildKesimpulan(d: KesimpulanData): DocumentLayout {
  const bag = new ImageBag()
  const page = letterPage(d.page)
  const m = d.meeting
  const signature = buildSignature(d.signer, bag, { afterPt: 6, nameUnderline: styleOf(d.page).nameUnderline })
  const conclusions: Block =
    d.kesimpulan.length > 0
      ? { kind: 'list', style: 'decimal', items: d.kesimpulan.map((text) => ({ text })), markerWidthMm: 7, align: 'justify', itemAfterPt: 4, spacing: { afterPt: 10 } }
      : { kind: 'paragraph', text: '(kesimpulan belum diisi)', spacing: { afterPt: 10 } }
  const blocks: Block[] = [
    buildKop(d.office, bag, d.kop),
    ...documentTitle('KESIMPULAN RAPAT', m.title),
    {
      kind: 'fields',
      labelWidthMm: 32,
      colonWidthMm: 4,
      rowAfterPt: 2,
      rows: [
        { label: 'Hari/Tanggal', value: formatMeetingDays(m.dates) },
        { label: 'Waktu', value: formatTimeRange(m.timeStart, m.timeEnd, m.zone) },
        { label: 'Tempat', value: m.place },
        { label: 'Pimpinan rapat', value: d.signer.name || '-' },
        { label: 'Peserta', value: d.peserta }
      ],
      spacing: { afterPt: 10 }
    },
    {
      kind: 'paragraph',
      text: `${m.kind?.trim() || 'Rapat'} tersebut menyimpulkan hal-hal sebagai berikut:`,
      align: 'justify',
      spacing: { afterPt: 6 },
      keepWithNext: true
    },
    conclusions,
    ...(d.actions.length > 0
      ? [{ kind: 'paragraph', text: [{ text: 'Tindak lanjut', bold: true }], spacing: { afterPt: 4 }, keepWithNext: true } satisfies Block, actionTable(d.actions)]
      : []),
    {
      kind: 'keep-together',
      blocks: [
        { kind: 'paragraph', text: KESIMPULAN_CLOSING, align: 'justify', indent: { firstLineMm: 12.5 }, spacing: { beforePt: 4, afterPt: 12 } },
        {
          ...signature,
          titleLines: [formatPlaceDate(d.placeName, d.dateIso), ...(d.signer.title.trim() ? ['Pimpinan Rapat', ...signerTitleLines(d.signer)] : ['Pimpinan Rapat,'])]
        }
      ]
    }
  ]
  return { title: `Kesimpulan Rapat ${m.title}`, author: d.office.officeName, images: bag.images, sections: [{ page, blocks }] }
}
