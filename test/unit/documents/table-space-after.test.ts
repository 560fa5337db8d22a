import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { checkPages, readPdfItems, type Page } from '../../layout/check'
import { generatedOffice, officeShape } from '../../layout/offices'
import { snapshotDocuments } from '../../layout/run'
import { docxParagraphs, docxPart } from './support'

/**
 * A table that keeps its last row with the block after it (a decree's lampiran and its signature):
 * the PDF sets that block inside the last row and the table's space after follows it. Generated
 * office 299 of `npm run layout-check -- --seed 300` (a kecamatan on A4 with a long Ketua name) ends
 * its lampiran's signature at the page's foot: the PDF printed a fourth page with nothing but "- 2 -",
 * and LibreOffice, with the space written between table and signature, moved the signature to it.
 */
let fonts: FontSet
let decree: DocumentLayout
beforeAll(async () => {
  fonts = await loadNodeFonts()
  const shape = fc.sample(officeShape({ maxInvitees: 500 }), { numRuns: 300, seed: 300 })[299]
  if (!shape) throw new Error('Bentuk kantor 299 tidak ada')
  const doc = snapshotDocuments(generatedOffice(await buildDemoSnapshot(), shape)).find((d) => d.fileName.startsWith('Keputusan'))
  if (!doc) throw new Error('Keputusan tidak dibuat')
  decree = doc.layout
}, 60_000)

describe("a table's space after, when its last row keeps with the block after", () => {
  it('prints no page without text after a signature that ends at the foot of a page (PDF)', async () => {
    const pages = await readPdfItems(await renderPdf(decree, fonts))
    const kinds = checkPages('Keputusan', decree, pages).map((f) => `${f.kind} hal. ${f.page}`)
    expect(kinds).toEqual([])
    expect(pages.length).toBe(3)
    // The signer's name is on the last page, at its foot.
    const last = pages.at(-1)
    expect(last?.items.some((i) => i.str.includes('Seridiwaha'))).toBe(true)
  })

  it('goes after the signature in the DOCX, not between the table and the signature', async () => {
    const xml = await docxPart(await renderDocx(decree))
    const afterTable = xml.slice(xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length)
    const paragraphs = [...afterTable.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0])
    const texts = docxParagraphs(afterTable)
    // The first paragraph after the lampiran's last table is the signature's first line, not an empty space.
    expect(texts[0]).toMatch(/^KETUA TIM PENGGERAK PKK/)
    // The signer's name (the block's last paragraph) carries the table's 12 pt after it.
    const name = paragraphs.findIndex((p) => docxParagraphs(p)[0]?.startsWith('Ny. Seridiwaha'))
    expect(name).toBeGreaterThan(0)
    expect(paragraphs[name]).toMatch(/<w:spacing[^>]*w:after="240"/)
    expect(texts.slice(name + 1).every((t) => t === '')).toBe(true)
  })

  it('the checker flags a page with no text but its page number', () => {
    const page = (items: Page['items']): Page => ({ width: 595, height: 842, items })
    const pages = [page([{ str: 'Isi surat', x: 90, y: 200, width: 60, height: 12 }]), page([{ str: '- 2 -', x: 290, y: 50, width: 20, height: 12 }])]
    const found = checkPages('Uji', { ...decree, sections: decree.sections.slice(0, 1) }, pages).filter((f) => f.kind === 'empty-page')
    expect(found.map((f) => f.page)).toEqual([2])
  })
})
