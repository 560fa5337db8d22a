import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readDataFile, toDataFile } from '../../../shared/datafile'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { renderSnapshot } from '../../../scripts/lib/render-files'
import { docxPart, pageText, readPdf } from '../documents/support'

test('the demo office renders every document headlessly, numbered as in the register', async () => {
  const snapshot = await buildDemoSnapshot()
  // The demo's data file is a valid data file (what `npm run render` reads).
  const reread = readDataFile(JSON.stringify(toDataFile(snapshot, 'test')))
  expect(reread.ok).toBe(true)
  const out = await mkdtemp(join(tmpdir(), 'pkk-demo-'))
  const files = (await renderSnapshot(snapshot, out)).map((r) => r.file.slice(out.length + 1))
  expect(files).toContain('2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD/Undangan 296-SKR-PKK-PROP-XII-2019.pdf')
  expect(files).toContain('2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD/Undangan 296-SKR-PKK-PROP-XII-2019.docx')
  expect(files).toContain('Buku Agenda Surat Keluar 2019.pdf')

  const letter = snapshot.letters.find((l) => l.number === '296/SKR/PKK-PROP/XII/2019')
  expect(letter?.meetingId).toBe(snapshot.meetings[0]?.id)
  const pdf = await readPdf(new Uint8Array(await readFile(join(out, files.find((f) => f.endsWith('XII-2019.pdf') && f.includes('Undangan')) ?? ''))))
  expect(pageText(pdf[0] ?? { items: [] } as never)).toContain('296/SKR/PKK-PROP/XII/2019')
  const register = await readPdf(new Uint8Array(await readFile(join(out, 'Buku Agenda Surat Keluar 2019.pdf'))))
  expect(register.map(pageText).join(' ')).toContain('296/SKR/PKK-PROP/XII/2019')
  const docx = await docxPart(new Uint8Array(await readFile(join(out, files.find((f) => f.endsWith('.docx') && f.includes('Undangan')) ?? ''))))
  expect(docx).toContain('296/SKR/PKK-PROP/XII/2019')
}, 60_000)
