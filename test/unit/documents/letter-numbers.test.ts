import { beforeAll, describe, expect, it } from 'vitest'
import { buildRegisterDocument } from '../../../shared/documents/builders/register'
import { buildKeputusan, buildUndangan, renderDocx, renderPdf, type FontSet } from '../../../shared/documents'
import { rakonKeputusan } from './keputusan-fixture'
import { textWidthPt } from '../../../shared/documents/measure'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { sampleLetters, sampleOffice } from '../../../scripts/lib/sample-documents'
import { checkPdf } from '../../layout/check'
import { pdfRuns } from '../../../shared/documents/pdf/runs'
import { docxPart, rakonUndangan, readPdf } from './support'

/** An office code with slashes, dots and hyphens (FORMATS: codes like "TP.PKK", "PKK KEC" exist). */
const CODE = 'TP-PKK/KEC.KOTO-BARU.TIMUR'
const LONG = `296/SKR/${CODE}/XII/2019`

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

describe('a letter number is never broken', () => {
  it('is one unbreakable run in the PDF, however long; other long slash words may still break', () => {
    expect(pdfRuns(`Nomor ${LONG} tanggal`)).toContainEqual(expect.objectContaining({ text: `${LONG} `, noWrap: true }))
    expect(pdfRuns('Program/kegiatan/yang/dapat/disinergikan')).toEqual(['Program/kegiatan/yang/dapat/disinergikan'])
  })

  it.each(['F4', 'A4'] as const)('in the register on %s: one line in the PDF, a column as wide as the longest number in the DOCX', async (paper) => {
    const letters = sampleLetters(30).map((l) => ({ ...l, number: l.number.replace('PKK-PROP', CODE) }))
    const layout = buildRegisterDocument({ profile: { ...sampleOffice, paper }, year: 2019, letters })
    const pdf = await renderPdf(layout, fonts)
    expect((await checkPdf('register', layout, pdf)).filter((f) => f.kind === 'number-split')).toEqual([])
    const longest = letters.map((l) => l.number).sort((a, b) => b.length - a.length)[0] ?? ''
    const text = (await readPdf(pdf)).flatMap((p) => p.items.map((i) => i.str.trim()))
    expect(text).toContain(longest)
    const grid = [...(await docxPart(await renderDocx(layout))).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(grid[1] ?? 0).toBeGreaterThan(textWidthPt(longest, paper === 'A4' ? 9 : 10) * 20)
  })

  it('in the attached list\'s heading: the heading moves left so the number fits on its line', async () => {
    const layout = buildUndangan({
      ...rakonUndangan(),
      number: LONG,
      lampiran: undefined,
      addressee: ['(daftar terlampir)'],
      attachment: { invitees: [{ name: 'Ny. Peserta', position: 'Ketua', organisation: 'TP PKK Kecamatan Koto Baru' }] }
    })
    const pdf = await renderPdf(layout, fonts)
    expect(await checkPdf('undangan', layout, pdf, { lampiran: true })).toEqual([])
    const attached = (await readPdf(pdf))[1]
    expect(attached?.items.map((i) => i.str.trim())).toContain(LONG)
  })

  it.each(['F4', 'A4'] as const)('in the decree\'s lampiran heading on %s: within the margins, on one line', async (paper) => {
    const data = rakonKeputusan(6)
    const layout = buildKeputusan({ ...data, number: `22/KEP/${CODE}/XII/2019`, page: { paper } })
    const findings = await checkPdf('keputusan', layout, await renderPdf(layout, fonts))
    expect(findings.filter((f) => f.kind === 'number-split' || f.kind === 'outside-margins')).toEqual([])
  })
})
