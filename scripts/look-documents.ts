/**
 * Renders example documents to PDF and DOCX for looking at them:
 *   npx tsx scripts/look-documents.ts out-docs/look
 *   /work/shared/tools/look-docs out-docs/look   (pages, sizes, DOCX-through-LibreOffice page counts, contact sheets)
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildRegisterDocument, buildUndangan, buildUndanganMerge, renderDocx, renderPdf, type DocumentLayout } from '../shared/documents'
import { loadNodeFonts } from './lib/node-fonts'
import { sampleInvitees, sampleLetters, sampleOffice, sampleUndangan } from './lib/sample-documents'

const outDir = process.argv[2] ?? 'out-docs/look'

const documents: Record<string, DocumentLayout> = {
  'undangan-tunggal': buildUndangan(sampleUndangan(true)),
  'undangan-daftar-terlampir': buildUndangan({
    ...sampleUndangan(),
    lampiran: '1 (satu) berkas',
    addressee: ['(daftar terlampir)'],
    attachment: { invitees: sampleInvitees() }
  }),
  'undangan-gabungan-3': buildUndanganMerge(sampleUndangan(), [
    ['Bapak/Ibu Kepala Dinas Kesehatan', 'Provinsi Sumatera Barat'],
    ['Bapak/Ibu Kepala Dinas Pendidikan', 'Provinsi Sumatera Barat'],
    ['Ketua TP PKK Kota Padang']
  ]),
  // A4, Times New Roman, signed by the Sekretaris on behalf of the Ketua.
  'undangan-a4-serif-an': buildUndangan({
    ...sampleUndangan(),
    page: { paper: 'A4', font: 'serif' },
    signer: { title: 'Sekretaris', name: 'Dra. Hj. Rosnida', onBehalfOf: 'Ketua TP PKK Provinsi Sumatera Barat' }
  }),
  'buku-agenda-2019': buildRegisterDocument({ profile: sampleOffice, year: 2019, letters: sampleLetters(120) })
}

const fonts = await loadNodeFonts()
await mkdir(outDir, { recursive: true })
for (const [name, doc] of Object.entries(documents)) {
  const t0 = performance.now()
  const pdf = await renderPdf(doc, fonts)
  const t1 = performance.now()
  const docx = await renderDocx(doc)
  const t2 = performance.now()
  await writeFile(join(outDir, `${name}.pdf`), pdf)
  await writeFile(join(outDir, `${name}.docx`), docx)
  console.log(`${name}: PDF ${(pdf.length / 1024).toFixed(0)} KB in ${(t1 - t0).toFixed(0)} ms, DOCX ${(docx.length / 1024).toFixed(0)} KB in ${(t2 - t1).toFixed(0)} ms`)
}
