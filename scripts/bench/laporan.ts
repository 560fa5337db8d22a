import type { FontSet } from '../../shared/documents/fonts'
import type { DocumentLayout } from '../../shared/documents/layout'
import { laporanPdf } from '../../shared/documents/builders/laporan-bundle'
import { laporanContents, laporanFileName, meetingContext } from '../../shared/meetings'
import { buildDemoOffice } from '../lib/demo-office'
import { photosOf } from '../lib/laporan-files'
import type { DocumentResult, FormatResult } from './documents'

/** Issue 20: the Laporan Kegiatan of the sample meeting with its 12 photos, PDF (the whole bundle, merged and numbered) and DOCX. */
export const LAPORAN_CASE = 'laporan-12-foto'

type Timer = (work: () => Promise<Uint8Array>, warmRuns: number) => Promise<FormatResult & { last: Uint8Array }>

export async function benchLaporan(
  render: { pdf: (layout: DocumentLayout, fonts: FontSet) => Promise<Uint8Array>; docx: (layout: DocumentLayout) => Promise<Uint8Array> },
  fonts: FontSet,
  timeFormat: Timer,
  warmRuns: number
): Promise<DocumentResult> {
  const { snapshot, files } = await buildDemoOffice()
  const meeting = snapshot.meetings[0]
  if (!meeting) throw new Error('Demo tanpa rapat')
  const photos = photosOf(snapshot, meeting, files)
  // What the app does on a click: the layouts made from the data, then the bundle rendered and merged.
  const contents = () => {
    const c = laporanContents({ ctx: meetingContext(snapshot, meeting), photos })
    if (!c) throw new Error('Demo tanpa data kantor')
    return c
  }
  let pages = 0
  const pdf = await timeFormat(async () => {
    const out = await laporanPdf(contents().pdf, (l) => render.pdf(l, fonts))
    pages = out.pages
    return out.bytes
  }, warmRuns)
  const docx = await timeFormat(() => render.docx(contents().docx()), warmRuns)
  const strip = ({ last: _last, ...rest }: FormatResult & { last: Uint8Array }): FormatResult => rest
  return {
    id: LAPORAN_CASE,
    label: `Laporan Kegiatan, ${photos.length} foto`,
    fileName: laporanFileName(meeting.title),
    pages,
    pdf: strip(pdf),
    docx: strip(docx),
    note: 'the PDF is every part rendered, merged with pdf-lib and numbered across; its daftar isi is laid out twice (once to count its pages)'
  }
}
