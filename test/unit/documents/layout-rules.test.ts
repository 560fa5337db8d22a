import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, type FontSet } from '../../../shared/documents'
import { balanceText } from '../../../shared/documents/balance'
import { defaultPageSetup, type Block, type DocumentLayout, type TableBlock } from '../../../shared/documents/layout'
import { lineCount, paginateRows } from '../../../shared/documents/measure'
import { joinSpacing } from '../../../shared/documents/spacing'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { checkPages, checkPdf, type FindingKind, type Page } from '../../layout/check'
import { docxPart } from './support'

/**
 * The keep rules of issue 16, item 1, on layouts made to put a paragraph, a heading, a list's end or
 * a centred title at every place around a page break, read back by the layout checker; and the
 * checker's own flags on pages made by hand.
 */
let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const page = defaultPageSetup('A4')
const doc = (blocks: Block[]): DocumentLayout => ({ title: 'Uji', images: {}, sections: [{ page, blocks }] })
const SENTENCE = 'Rapat menyepakati bahwa setiap OPD terkait menyampaikan program kerja tahun 2020 yang dapat disinergikan dengan sepuluh program pokok PKK.'
/** A spacer that leaves about `lines` lines of room at the foot of the first page (A4, 12 pt). */
const filler = (freeLines: number): Block => ({ kind: 'spacer', heightMm: 297 - 25 - 30 - freeLines * 4.87 })

async function kinds(layout: DocumentLayout, wanted: readonly FindingKind[]): Promise<string[]> {
  const found = await checkPdf('uji', layout, await renderPdf(layout, fonts))
  return found.filter((f) => wanted.includes(f.kind)).map((f) => `${f.kind} hal. ${f.page}: ${f.detail}`)
}

describe('keep rules in the PDF, read back by the checker', () => {
  it('a paragraph of 2 to 5 lines never leaves one line at the foot or the head of a page', async () => {
    const found: string[] = []
    for (const sentences of [1, 2, 3])
      for (let free = 0.4; free <= 4.6; free += 0.5) {
        const text = Array.from({ length: sentences }, () => SENTENCE).join(' ')
        found.push(...(await kinds(doc([filler(free), { kind: 'paragraph', text, align: 'justify' }]), ['widow-orphan'])))
      }
    expect(found).toEqual([])
  }, 120_000)

  it('a heading, and a line kept with the next under it, go with a paragraph that moves for its orphan', async () => {
    const found: string[] = []
    for (let free = 0.4; free <= 5.6; free += 0.6) {
      const blocks: Block[] = [
        filler(free),
        { kind: 'paragraph', text: [{ text: 'B.  Sambutan', bold: true }], keepWithNext: true, spacing: { beforePt: 6, afterPt: 4 } },
        { kind: 'paragraph', text: '1.  Ketua TP PKK', keepWithNext: true },
        { kind: 'paragraph', text: `${SENTENCE} ${SENTENCE}`, align: 'justify' }
      ]
      found.push(...(await kinds(doc(blocks), ['widow-orphan', 'heading-stranded'])))
    }
    expect(found).toEqual([])
  }, 120_000)

  it("a list's last page holds three rows at least when the page before can give them", async () => {
    const found: string[] = []
    const table = (n: number): TableBlock => ({
      kind: 'table',
      columns: [{ width: 1 }, { width: 6 }],
      headerRows: [{ cells: [{ text: 'No' }, { text: 'Nama' }] }],
      rows: Array.from({ length: n }, (_, i) => ({ cells: [{ text: `${i + 1}.` }, { text: `Peserta nomor ${i + 1}` }] })),
      borders: 'all',
      lastRowsTogether: 3
    })
    // 20 rows fill the first page under the spacer: 21 and 22 would leave one or two alone.
    for (let n = 19; n <= 24; n++) found.push(...(await kinds(doc([{ kind: 'spacer', heightMm: 100 }, table(n)]), ['few-rows', 'row-split'])))
    expect(found).toEqual([])
  }, 120_000)

  it('a centred title that wraps is broken into balanced lines, no word alone on the last', async () => {
    const titles = [
      'KEPUTUSAN KETUA TIM PENGGERAK PKK KECAMATAN KEPULAUAN BANGKA BELITUNG',
      'KEPUTUSAN KETUA TIM PENGGERAK PKK KABUPATEN PADANG PANJANG TIMUR TENTANG PANITIA'
    ]
    const blocks: Block[] = titles.map((t) => ({ kind: 'paragraph', text: [{ text: t, bold: true }], align: 'center', spacing: { afterPt: 12 } }))
    expect(await kinds(doc(blocks), ['title-unbalanced'])).toEqual([])
    const broken = balanceText(titles[0] ?? '', { widthPt: 453, sizePt: 12, font: 'sans' })
    expect(broken).toBe('KEPUTUSAN KETUA TIM PENGGERAK PKK\nKECAMATAN KEPULAUAN BANGKA BELITUNG')
  }, 60_000)
})

describe('the measuring pass and the spacing both renderers share', () => {
  it('paginateRows gives the last page three rows from a page that keeps three', () => {
    const pages = paginateRows(Array.from({ length: 11 }, () => 10), 100, 100, 3)
    expect(pages.map((p) => p.length)).toEqual([8, 3])
    expect(paginateRows(Array.from({ length: 4 }, () => 10), 30, 100, 3).map((p) => p.length)).toEqual([3, 1])
  })

  it('the space before a paragraph joins the space after the one above, so LibreOffice keeps both', () => {
    const joined = joinSpacing([
      { kind: 'paragraph', text: 'a', spacing: { afterPt: 10 } },
      { kind: 'keep-together', blocks: [{ kind: 'paragraph', text: 'b', spacing: { beforePt: 6, afterPt: 4 } }] }
    ])
    expect(joined).toEqual([
      { kind: 'paragraph', text: 'a', spacing: { afterPt: 16 } },
      { kind: 'keep-together', blocks: [{ kind: 'paragraph', text: 'b', spacing: { beforePt: 0, afterPt: 4 } }] }
    ])
  })

  it('the DOCX asks for widow control on body text and keeps the last rows of a list together', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => ({ cells: [{ text: `${i + 1}.` }] }))
    const xml = await docxPart(await renderDocx(doc([{ kind: 'paragraph', text: SENTENCE }, { kind: 'table', columns: [{ width: 1 }], headerRows: [], rows, borders: 'all', lastRowsTogether: 3 }])))
    expect(xml).toMatch(/<w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:widowControl\/>(?:(?!<\/w:pPr>).)*<\/w:pPr><w:r><w:t[^>]*>Rapat menyepakati/)
    const trs = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0].includes('<w:keepNext/>'))
    expect(trs).toEqual([false, false, false, true, true, false])
  })
})

describe('the checker flags what it is made for', () => {
  const item = (str: string, y: number, x = 85) => ({ str, x, y, width: str.length * 5, height: 12 })
  const pageOf = (items: Page['items']): Page => ({ width: 595, height: 842, items })
  const flagged = (layout: DocumentLayout, pages: Page[]) => checkPages('uji', layout, pages).map((f) => `${f.kind} ${f.page}`)

  it('a paragraph split one line and one line over a page', () => {
    const layout = doc([{ kind: 'paragraph', text: 'Baris pertama paragraf ini dan baris kedua paragraf ini.' }])
    expect(flagged(layout, [pageOf([item('Baris pertama paragraf ini dan', 700)]), pageOf([item('baris kedua paragraf ini.', 80)])])).toEqual(['widow-orphan 1', 'widow-orphan 2'])
  })

  it('a heading at the foot, a lone last word of a centred title, a character not printed', () => {
    const layout = doc([
      { kind: 'paragraph', text: 'KEPUTUSAN KETUA TIM PENGGERAK', align: 'center' },
      { kind: 'paragraph', text: [{ text: 'C. Paparan', bold: true }], keepWithNext: true },
      { kind: 'paragraph', text: 'Isi ✓' }
    ])
    const pages = [pageOf([item('KEPUTUSAN KETUA TIM', 100), item('PENGGERAK', 114, 110), item('C. Paparan', 700)]), pageOf([item('Isi', 80)])]
    expect(flagged(layout, pages).sort()).toEqual(['heading-stranded 1', 'missing-character 1', 'title-unbalanced 1'])
  })

  it("a row split over two pages and a list's last page of one row", () => {
    const rows = Array.from({ length: 8 }, (_, i) => ({ cells: [{ text: `${i + 1}.` }, { text: `Nama ${i + 1}` }] }))
    const layout = doc([{ kind: 'table', columns: [{ width: 1 }, { width: 5 }], headerRows: [{ cells: [{ text: 'No' }, { text: 'Nama' }] }], rows, borders: 'all' }])
    const head = [item('No', 80), item('Nama', 80, 120)]
    const row = (n: number, y: number) => [item(`${n}.`, y), item(`Nama ${n}`, y, 120)]
    const one = pageOf([...head, ...[1, 2, 3, 4, 5, 6, 7].flatMap((n, k) => row(n, 100 + 20 * k))])
    const two = pageOf([...head, ...row(8, 100)])
    expect(flagged(layout, [one, two])).toEqual(['few-rows 2'])
    const split = pageOf([...head, ...row(1, 100), item('2.', 120)])
    const rest = pageOf([...head, item('Nama 2', 100, 120), ...[3, 4, 5, 6, 7, 8].flatMap((n, k) => row(n, 120 + 20 * k))])
    expect(flagged(layout, [split, rest])).toContain('row-split 1')
  })
})

it('lineCount and balanced breaks agree: the balanced title takes as many lines as the plain one', () => {
  const title = 'SUSUNAN PANITIA PELAKSANA, NARASUMBER DAN MODERATOR RAPAT KONSULTASI TIM PENGGERAK PKK PROVINSI SUMATERA BARAT DENGAN OPD TERKAIT TAHUN 2019'
  const m = { widthPt: 453, sizePt: 12, font: 'sans' as const }
  const broken = balanceText(title, m) as string
  expect(broken.split('\n')).toHaveLength(lineCount(title, m.widthPt, m.sizePt))
  expect(broken.split('\n').every((l) => l.includes(' '))).toBe(true)
})
