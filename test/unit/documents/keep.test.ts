import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageSetup, renderDocx, renderPdf, type Block, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, readPdf } from './support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const page = defaultPageSetup('F4')
// F4 body: 330 - 25 - 30 = 275 mm; a spacer leaves room for about two lines of 12 pt.
const nearlyFull: Block = { kind: 'spacer', heightMm: 275 - 11 }
const doc = (blocks: Block[]): DocumentLayout => ({ title: 'uji', images: {}, sections: [{ page, blocks }] })
const para = (text: string, keepWithNext = false): Block => ({ kind: 'paragraph', text, keepWithNext })

async function pagesOf(layout: DocumentLayout): Promise<string[][]> {
  return (await readPdf(await renderPdf(layout, fonts))).map((p) => p.items.map((i) => i.str))
}

describe('keeping blocks together across a page break', () => {
  it('moves a keep-together group that would cross the page to the next page whole', async () => {
    const pages = await pagesOf(doc([nearlyFull, { kind: 'keep-together', blocks: [para('Tembusan:'), para('1. Gubernur'), para('2. Arsip')] }]))
    expect(pages).toHaveLength(2)
    expect(pages[1]).toEqual(expect.arrayContaining(['Tembusan:', '1. Gubernur', '2. Arsip']))
    expect(pages[0]).not.toContain('Tembusan:')
  })

  it('moves a paragraph kept with the next one when the next one starts on the next page', async () => {
    const pages = await pagesOf(doc([nearlyFull, para('Satu'), para('Kepada Yth.', true), para('Bapak/Ibu Kepala Dinas')]))
    expect(pages[0]).toContain('Satu')
    expect(pages[1]?.slice(0, 2)).toEqual(['Kepada Yth.', 'Bapak/Ibu Kepala Dinas'])
  })

  it('loses nothing of a group longer than a page', async () => {
    const lines = Array.from({ length: 90 }, (_, i) => para(`Baris ${i + 1}`))
    const pages = await pagesOf(doc([para('Awal'), { kind: 'keep-together', blocks: lines }]))
    const all = pages.flat()
    for (let i = 1; i <= 90; i++) expect(all).toContain(`Baris ${i}`)
  })

  it('tells Word the same with keep-with-next on every paragraph of the group but its last', async () => {
    const xml = await docxPart(await renderDocx(doc([para('Sebelum'), { kind: 'keep-together', blocks: [para('A'), para('B'), para('C')] }, para('Sesudah')])))
    const pPr = (text: string) => new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:t[^>]*>${text}</w:t>`).exec(xml)?.[0] ?? ''
    expect(pPr('A')).toContain('<w:keepNext/>')
    expect(pPr('B')).toContain('<w:keepNext/>')
    expect(pPr('C')).not.toContain('<w:keepNext/>')
    expect(pPr('Sebelum')).not.toContain('<w:keepNext/>')
  })
})
