import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { notulenSignatures } from '../../../shared/documents/builders/notulen'
import { letterPage } from '../../../shared/documents/builders/page'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxParagraphs, docxPart, readPdf } from './support'

/** Short centred table cells break into balanced lines, as centred titles do (balance.ts). */
let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
}, 60_000)

const TITLES = [
  'Ketua TP PKK Provinsi Sumatera Barat',
  'Ketua TP PKK Kabupaten Lima Puluh Kota',
  'Wakil Ketua I TP PKK Kota Padang Panjang Timur',
  'Sekretaris TP PKK Provinsi Kepulauan Bangka Belitung'
]

function signatures(title: string, paper: 'A4' | 'F4'): DocumentLayout {
  const page = letterPage({ paper })
  return {
    title: 'Tanda tangan',
    author: 'Uji',
    images: {},
    sections: [
      { page, blocks: notulenSignatures({ pimpinan: { name: 'Ny. Hj. Pimpinan', title }, notulis: { name: 'Notulis', title: 'Sekretaris' }, placeName: 'Padang', dateIso: '2019-12-20', page: { paper } }) }
    ]
  }
}

describe('centred table cells', () => {
  for (const paper of ['A4', 'F4'] as const)
    it(`never leave one word alone on the last line of the pimpinan's title (Notulen signatures, ${paper})`, async () => {
      for (const title of TITLES) {
        const [page] = await readPdf(await renderPdf(signatures(title, paper), fonts))
        const words = new Set(title.split(' '))
        // The title's lines in the right-hand column, top to bottom.
        const lines = new Map<number, string[]>()
        for (const i of page?.items ?? []) {
          if (i.x < (page?.width ?? 0) / 2 || !i.str.split(' ').every((w) => words.has(w))) continue
          const y = Math.round(i.y)
          lines.set(y, [...(lines.get(y) ?? []), i.str])
        }
        const texts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s.join(' ').trim())
        expect(texts.join(' '), title).toBe(title)
        if (texts.length > 1) expect(texts.at(-1)?.split(' ').length, `${title}: ${texts.join(' / ')}`).toBeGreaterThan(1)
      }
    })

  it('breaks the DOCX cell at the same words as the PDF', async () => {
    const title = TITLES[1] ?? ''
    const xml = await docxPart(await renderDocx(signatures(title, 'A4')))
    const [page] = await readPdf(await renderPdf(signatures(title, 'A4'), fonts))
    const pdfLines = (page?.items ?? []).filter((i) => title.includes(i.str.trim()) && i.str.trim().length > 5).map((i) => i.str.trim())
    // The DOCX writes each balanced break as a line break: its text joins them with nothing between.
    const cell = docxParagraphs(xml).find((p) => p.includes('Mengesahkan'))
    expect(pdfLines.length).toBeGreaterThan(1)
    expect(xml).toContain('<w:br/>')
    expect(cell).toContain(pdfLines.join(''))
  })
})
