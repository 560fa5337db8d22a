import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Snapshot } from '../../shared/datafile'
import { renderDocx, renderPdf } from '../../shared/documents'
import { buildRegisterDocument } from '../../shared/documents/builders/register'
import { documentFileName } from '../../shared/documents/file-names'
import { meetingDocuments, type RenderableDocument } from '../../shared/meetings'
import { loadNodeFonts } from './node-fonts'
import { writeSignedKesimpulan, type DemoSigning } from './signed-files'

export interface Rendered {
  file: string
  pages?: number
  ms: number
}

/** Every document of every meeting, and the register of each year, as DOCX and PDF under `outDir`. */
export async function renderSnapshot(snapshot: Snapshot, outDir: string, options: { signing?: DemoSigning } = {}): Promise<Rendered[]> {
  const fonts = await loadNodeFonts()
  const out: Rendered[] = []
  const write = async (dir: string, doc: RenderableDocument) => {
    await mkdir(dir, { recursive: true })
    for (const format of ['pdf', 'docx'] as const) {
      const t = performance.now()
      const bytes = format === 'pdf' ? await renderPdf(doc.layout, fonts) : await renderDocx(doc.layout)
      const file = join(dir, `${doc.fileName}.${format}`)
      await writeFile(file, bytes)
      out.push({ file, ms: Math.round(performance.now() - t) })
    }
  }
  for (const meeting of snapshot.meetings) {
    const dir = join(outDir, documentFileName(meeting.dates[0] ?? '', meeting.title).slice(0, 80))
    for (const doc of meetingDocuments(snapshot, meeting)) await write(dir, doc)
    // With a certificate (the demo's throwaway one), the conclusions also come out digitally signed.
    if (options.signing) out.push(...(await writeSignedKesimpulan(snapshot, meeting, dir, fonts, options.signing)))
  }
  const profile = snapshot.profile[0]
  if (profile) {
    for (const year of [...new Set(snapshot.letters.map((l) => l.year))].sort()) {
      const layout = buildRegisterDocument({ profile, year, letters: snapshot.letters.filter((l) => l.year === year) })
      await write(outDir, { fileName: documentFileName('Buku Agenda Surat Keluar', String(year)), layout })
    }
  }
  return out
}
