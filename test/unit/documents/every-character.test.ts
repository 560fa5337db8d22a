import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageSetup, renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, docxParagraphs, pageText, pdfFonts, readPdf } from './support'

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
      // Bold symbols in DejaVu Sans Bold; Noto Emoji has no bold face (its one face in every style).
      expect(base).toEqual(expect.arrayContaining(['NotoEmoji-Regular', bold ? 'DejaVuSans-Bold' : 'DejaVuSans', bold ? 'LiberationSans-Bold' : 'LiberationSans']))
      if (bold) expect(base).not.toContain('DejaVuSans')
      expect(names.every((n) => /^[A-Z]{6}\+/.test(n))).toBe(true)
      expect(embedded).toBe(names.length)
      expect(pageText(page)).not.toContain('\uFFFD')
    })
  }

  it('sets a line holding a symbol or an emoji as tall as a line in Liberation alone, so pages break as in Word', async () => {
    // 80 rows: a sheet's worth of names. A line a fallback font draws in used to be 0.6 pt taller, and the
    // sheet ran a page longer than LibreOffice's layout of the same DOCX.
    const rows = (mark: string): DocumentLayout => ({
      title: 'Tinggi baris',
      author: 'Uji',
      images: {},
      sections: [{ page: defaultPageSetup('A4'), blocks: Array.from({ length: 80 }, (_, i) => ({ kind: 'paragraph' as const, text: `Peserta ${i + 1} ${mark}` })) }]
    })
    const lastLine = async (mark: string) => {
      const pages = await readPdf(await renderPdf(rows(mark), fonts))
      const last = pages.at(-1)?.items.filter((i) => i.str.startsWith('Peserta')).at(-1)
      return { pages: pages.length, y: Math.round((last?.y ?? 0) * 10) / 10 }
    }
    const plain = await lastLine('x')
    expect(plain.pages).toBe(2)
    for (const mark of ['✓', '👍🏽']) {
      const got = await lastLine(mark)
      expect(got.pages, mark).toBe(plain.pages)
      // The same line pitch; the baseline may sit a fraction lower (the fallback font's taller ascender).
      expect(Math.abs(got.y - plain.y), mark).toBeLessThan(0.5)
    }
  })

  it('draws an emoji with a skin-tone modifier in one advance, as Word and LibreOffice do, the modifier kept in the text', async () => {
    // Drawn as the emoji and the tone's swatch, 👍🏽 took two advances (15 pt more at 12 pt than LibreOffice's
    // one glyph), and a sheet of such names wrapped more and ran longer in the PDF.
    const one = (text: string): DocumentLayout => ({
      title: 'Lebar emoji',
      author: 'Uji',
      images: {},
      sections: [{ page: defaultPageSetup('A4'), blocks: [{ kind: 'paragraph', text }] }]
    })
    const after = async (text: string) => {
      const [page] = await readPdf(await renderPdf(one(text), fonts))
      const items = page?.items ?? []
      return { x: items.find((i) => i.str.includes('Akhir'))?.x ?? NaN, text: items.map((i) => i.str).join('') }
    }
    const plain = await after('Awal 👍👍 Akhir')
    const toned = await after('Awal 👍🏽👍🏿 Akhir')
    expect(Math.abs(toned.x - plain.x)).toBeLessThan(0.1)
    expect(toned.text).toContain('👍🏽👍🏿')
  })

  it('draws bold what DejaVu Sans Bold has, and regular (never a box) what only the regular face has', async () => {
    // U+1D5A0 MATHEMATICAL SANS-SERIF CAPITAL A: in DejaVu Sans, not in DejaVu Sans Bold.
    const layout: DocumentLayout = {
      title: 'Tebal',
      author: 'Uji',
      images: {},
      sections: [{ page: defaultPageSetup('A4'), blocks: [{ kind: 'paragraph', text: [{ text: 'Hadir ✓ dan \u{1D5A0}', bold: true }] }] }]
    }
    const pdf = await renderPdf(layout, fonts)
    const [page] = await readPdf(pdf)
    const item = (c: string) => page?.items.find((i) => i.str.includes(c))
    const base = pdfFonts(pdf).names.map((n) => n.replace(/^[A-Z]{6}\+/, ''))
    expect(base).toEqual(expect.arrayContaining(['LiberationSans-Bold', 'DejaVuSans-Bold', 'DejaVuSans']))
    expect(item('✓')?.fontName).not.toBe(item('\u{1D5A0}')?.fontName)
  })

  it('keeps the characters in the DOCX as typed', async () => {
    const xml = await docxPart(await renderDocx(layout(false)))
    const paragraphs = docxParagraphs(xml).map((p) => p.replace(/&apos;/g, "'"))
    for (const line of Object.values(LINES)) expect(paragraphs).toContain(line)
  })

  for (const bold of [false, true]) {
    it(`names in the DOCX the fallback font the PDF draws each symbol and emoji with${bold ? ', keeping bold' : ''}`, async () => {
      const xml = await docxPart(await renderDocx(layout(bold)))
      // Each run: its font (none: the document's Arial) and its text.
      const runs = [...xml.matchAll(/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({
        font: /w:ascii="([^"]+)"/.exec(m[1] ?? '')?.[1],
        slots: [...(m[1] ?? '').matchAll(/w:(ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((s) => s[2]),
        bold: /<w:b\/>/.test(m[1] ?? ''),
        text: m[2] ?? ''
      }))
      const fontOf = (c: string) => runs.find((r) => r.text.includes(c))
      for (const c of ['✓', '★', '①']) expect(fontOf(c)?.font, c).toBe('DejaVu Sans')
      for (const c of ['👍', '👍🏽', '👨‍👩‍👧‍👦', '🌺']) expect(fontOf(c)?.font, c).toBe('Noto Emoji')
      // Liberation draws these: they stay in the document's font, so Word and LibreOffice keep Arial's widths.
      for (const c of ['Ñoman', 'Ni’mah', '2019–2020', '€', '™', '♥']) expect(fontOf(c)?.font, c).toBeUndefined()
      // Every slot names the fallback, so neither reader picks a font for the script on its own; the style stays.
      for (const r of runs.filter((r) => r.font !== undefined)) {
        expect(r.slots).toEqual([r.font, r.font, r.font, r.font])
        expect(r.bold).toBe(bold)
      }
    })
  }
})
