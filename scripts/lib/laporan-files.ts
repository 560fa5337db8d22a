import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Snapshot } from '../../shared/datafile'
import { renderDocx, renderPdf, type FontSet } from '../../shared/documents'
import { laporanPdf } from '../../shared/documents/builders/laporan-bundle'
import { laporanContents, laporanFileName, meetingContext, type PhotoWithBytes } from '../../shared/meetings'
import type { Meeting, StoredFile } from '../../shared/model'
import type { Rendered } from './render-files'

/** The meeting's photos with their bytes from the photo store; a photo whose file is missing is an error that names it. */
export function photosOf(snapshot: Snapshot, meeting: Meeting, files: ReadonlyMap<string, StoredFile>): PhotoWithBytes[] {
  return snapshot.meetingPhotos
    .filter((p) => p.meetingId === meeting.id)
    .sort((a, b) => a.order - b.order)
    .map((photo) => {
      const file = files.get(photo.hash)
      if (!file) throw new Error(`Berkas foto ${photo.hash} ("${photo.caption}") tidak ada`)
      return { photo, data: file.data }
    })
}

/** The Laporan Kegiatan of a meeting as PDF (one bundle, pages numbered) and DOCX, into `dir`. */
export async function writeLaporan(snapshot: Snapshot, meeting: Meeting, files: ReadonlyMap<string, StoredFile>, dir: string, fonts: FontSet): Promise<Rendered[]> {
  const laporan = snapshot.laporan.find((l) => l.meetingId === meeting.id)
  const scanFile = laporan?.scan ? files.get(laporan.scan.hash) : undefined
  const contents = laporanContents({
    ctx: meetingContext(snapshot, meeting),
    photos: photosOf(snapshot, meeting, files),
    ...(laporan?.scan && scanFile ? { scan: { sheet: laporan.scan, data: scanFile.data } } : {})
  })
  if (!contents) return []
  const name = laporanFileName(meeting.title)
  let t = performance.now()
  const pdf = await laporanPdf(contents.pdf, (layout) => renderPdf(layout, fonts))
  const pdfFile = join(dir, `${name}.pdf`)
  await writeFile(pdfFile, pdf.bytes)
  const out: Rendered[] = [{ file: pdfFile, pages: pdf.pages, ms: Math.round(performance.now() - t) }]
  t = performance.now()
  const docxFile = join(dir, `${name}.docx`)
  await writeFile(docxFile, await renderDocx(contents.docx()))
  out.push({ file: docxFile, ms: Math.round(performance.now() - t) })
  return out
}
