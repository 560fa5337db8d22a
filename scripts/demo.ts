// npm run demo: the sample office's Rapat Konsultasi (seed 002) rendered to out/demo, DOCX and PDF,
// plus the demo's data file, which `npm run render` also accepts.
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { toDataFile } from '../shared/datafile'
import { documentFileName } from '../shared/documents/file-names'
import { buildDemoOffice } from './lib/demo-office'
import { writeLaporan } from './lib/laporan-files'
import { loadNodeFonts } from './lib/node-fonts'
import { renderSnapshot } from './lib/render-files'
import { demoCertificate } from './lib/signed-files'

async function main() {
  const outDir = resolve(process.argv[2] ?? 'out/demo')
  await mkdir(outDir, { recursive: true })
  const { snapshot, files } = await buildDemoOffice()
  const dataFile = join(outDir, 'data-demo.json')
  await writeFile(dataFile, JSON.stringify(toDataFile(snapshot, 'demo', new Date('2019-12-20T10:00:00Z')), null, 1))
  // A throwaway self-signed certificate in the Ketua's name signs the Kesimpulan (password: demo-sekretariat-pkk).
  const profile = snapshot.profile[0]
  const signing = await demoCertificate(profile?.ketuaName ?? 'Ketua TP PKK', profile?.officeName ?? 'TP PKK', new Date('2019-12-20T06:00:00Z'))
  const rendered = await renderSnapshot(snapshot, outDir, { signing })
  // The Laporan Kegiatan with the meeting's 12 photos, beside the meeting's other documents.
  const fonts = await loadNodeFonts()
  for (const meeting of snapshot.meetings) {
    const dir = join(outDir, documentFileName(meeting.dates[0] ?? '', meeting.title).slice(0, 80))
    rendered.push(...(await writeLaporan(snapshot, meeting, files, dir, fonts)))
  }
  for (const r of rendered) console.log(`${String(r.ms).padStart(6)} ms  ${r.file}`)
  console.log(`Data demo: ${dataFile}`)
  console.log(`${rendered.length} dokumen ditulis ke ${outDir}`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
