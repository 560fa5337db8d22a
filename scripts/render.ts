// npm run render -- <data.json> --out <dir>: every document of every meeting in a data file, as DOCX and PDF,
// through the same builders and renderers the app uses.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readDataFile } from '../shared/datafile'
import { renderSnapshot } from './lib/render-files'

async function main() {
  const args = process.argv.slice(2)
  const outIndex = args.indexOf('--out')
  const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined
  const input = args.find((a, i) => !a.startsWith('--') && i !== outIndex + 1)
  if (!input || !outDir) {
    console.error('Pemakaian: npm run render -- <berkas-data.json> --out <folder>')
    process.exit(2)
  }
  const read = readDataFile(await readFile(input, 'utf8'))
  if (!read.ok) {
    console.error(`Berkas data tidak dapat dibaca (${input}):`)
    for (const p of read.problems.slice(0, 30)) console.error(`  ${p.path || '(berkas)'}: ${p.message}`)
    process.exit(1)
  }
  const rendered = await renderSnapshot(read.snapshot, resolve(outDir))
  for (const r of rendered) console.log(`${String(r.ms).padStart(6)} ms  ${r.file}`)
  console.log(`${rendered.length} berkas ditulis ke ${resolve(outDir)}`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
