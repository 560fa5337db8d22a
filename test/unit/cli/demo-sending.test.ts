import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { renderSnapshot } from '../../../scripts/lib/render-files'
import { meetingContext, meetingStepStates, sentCount, sentText } from '../../../shared/meetings'
import { docxPart, docxParagraphs, pageText, readPdf } from '../documents/support'

test('the demo sends the invitation to 52 of 65 and writes the Buku Ekspedisi of the 25 carried by hand (PDF and DOCX)', async () => {
  const snapshot = await buildDemoSnapshot()
  const meeting = snapshot.meetings[0]
  if (!meeting) throw new Error('demo tanpa rapat')
  const ctx = meetingContext(snapshot, meeting)
  const letter = snapshot.letters.find((l) => l.number === '296/SKR/PKK-PROP/XII/2019')
  expect(sentText(sentCount(ctx.invitees.map((v) => v.id), snapshot.deliveries, letter?.id))).toBe('terkirim 52 dari 65')
  const states = meetingStepStates({
    meeting,
    profile: snapshot.profile[0] ?? null,
    invitees: ctx.invitees,
    roles: snapshot.roles,
    documents: ctx.documents,
    letters: snapshot.letters,
    attendance: [],
    minutes: null,
    deliveries: snapshot.deliveries
  })
  expect(states.undangan.text).toMatch(/^(terbit nomor|perlu koreksi \(nomor) 296\/SKR\/PKK-PROP\/XII\/2019\)?, terkirim 52 dari 65$/)

  const out = await mkdtemp(join(tmpdir(), 'pkk-demo-kirim-'))
  const files = (await renderSnapshot(snapshot, out)).map((r) => r.file.slice(out.length + 1))
  const dir = '2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD'
  expect(files).toContain(`${dir}/Buku Ekspedisi 296-SKR-PKK-PROP-XII-2019.pdf`)
  expect(files).toContain(`${dir}/Buku Ekspedisi 296-SKR-PKK-PROP-XII-2019.docx`)
  const pages = await readPdf(new Uint8Array(await readFile(join(out, dir, 'Buku Ekspedisi 296-SKR-PKK-PROP-XII-2019.pdf'))))
  const text = pages.map(pageText).join(' ')
  // 12 carried and received, 13 still to carry: 25 rows; the 40 sent by WhatsApp are not in the book.
  expect(text.split('296/SKR/PKK-PROP/XII/2019').length - 1).toBe(25)
  expect(text).toContain('1. Sdri. Rina Marlina')
  expect(text).toContain('12. Sdr. Irwan Syahputra')
  expect(text).toContain('25.')
  const first40 = ctx.invitees.slice(0, 40).map((v) => v.name)
  for (const name of first40) expect(text).not.toContain(`${name} `)
  const paragraphs = docxParagraphs(await docxPart(new Uint8Array(await readFile(join(out, dir, 'Buku Ekspedisi 296-SKR-PKK-PROP-XII-2019.docx')))))
  expect(paragraphs.filter((p) => p === '296/SKR/PKK-PROP/XII/2019')).toHaveLength(25)
  expect(paragraphs).toContain('4. Sdr. Andri Saputra')
}, 90_000)
