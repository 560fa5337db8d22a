import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageSetup, renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, pageText, pdfFonts, readPdf } from './support'

/** One line of each class a name or a text may hold (issue 16, "every character typed is printed"). */
const LINES = {
  diacritics: 'Ñoman Élise Çağlar ü ş ğ',
  apostrophes: 'Ni’mah O\'Neil ‘kutip’ “kutip”',
  dashes: '2019–2020 — TP-PKK',
  emoji: 'Salam 👍 lalu 👍🏽 keluarga 👨‍👩‍👧‍👦 bunga 🌺',
  symbols: 'Hadir ✓ nilai ★ ♥ € ™ nomor ①'
} as const

function layout(bold: boolean): DocumentLayout {
  return {
    title: 'Setiap karakter',
    author: 'Uji',
    images: {},
    sections: [
      {
        page: defaultPageSetup('A4'),
        blocks: Object.values(LINES).map((text) => ({ kind: 'paragraph' as const, text: bold ? [{ text, bold: true }] : text }))
      }
    ]
  }
}

/** The visible characters of a text: grapheme clusters other than spaces. */
const clusters = (text: string) => [...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment).filter((s) => s.trim() !== '')

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

describe('every character typed is printed', () => {
  for (const bold of [false, true]) {
    it(`finds each character of each class in the PDF's text layer${bold ? ' (bold)' : ''}, every font embedded`, async () => {
      const pdf = await renderPdf(layout(bold), fonts)
      const [page] = await readPdf(pdf)
      if (!page) throw new Error('PDF tanpa halaman')
      // pdf.js splits items where the font changes and adds no spaces of its own inside an item.
      const text = page.items.map((i) => i.str).join('')
      for (const [kind, line] of Object.entries(LINES)) {
        for (const c of clusters(line)) expect(text, `${kind}: ${c}`).toContain(c)
      }
      // The emoji and the symbols come from the fallback fonts, which are embedded (subset) like Liberation.
      const { names, embedded } = pdfFonts(pdf)
      const base = names.map((n) => n.replace(/^[A-Z]{6}\+/, ''))
      expect(base).toEqual(expect.arrayContaining(['NotoEmoji-Regular', 'DejaVuSans', bold ? 'LiberationSans-Bold' : 'LiberationSans']))
      expect(names.every((n) => /^[A-Z]{6}\+/.test(n))).toBe(true)
      expect(embedded).toBe(names.length)
      expect(pageText(page)).not.toContain('\uFFFD')
    })
  }

  it('keeps the characters in the DOCX as typed', async () => {
    const xml = await docxPart(await renderDocx(layout(false)))
    for (const line of Object.values(LINES)) expect(xml).toContain(line.replace(/'/g, '&apos;'))
  })
})
