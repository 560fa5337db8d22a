import { inflateSync } from 'node:zlib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageSetup, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import pdfMake from 'pdfmake'
import type { Content } from 'pdfmake/interfaces'
import { fontNames, pdfBytes } from '../../../shared/documents/pdf/engine'
import { fontCacheStats } from '../../../shared/documents/pdf/font-cache'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { pageText, pdfFonts, readPdf } from './support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const letter = (title: string, lines: string[], font: 'sans' | 'serif' = 'sans'): DocumentLayout => ({
  title,
  images: {},
  sections: [{ page: { ...defaultPageSetup('F4'), font }, blocks: lines.map((text) => ({ kind: 'paragraph' as const, text })) }]
})

/** Characters each embedded font can show, from its ToUnicode map: one set per font of the PDF. */
function subsetCharacters(pdf: Uint8Array): Set<string>[] {
  const raw = Buffer.from(pdf)
  const latin = raw.toString('latin1')
  const sets: Set<string>[] = []
  for (const m of latin.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length
    const end = latin.indexOf('endstream', start)
    let text: string
    try {
      text = inflateSync(raw.subarray(start, end)).toString('latin1')
    } catch {
      continue
    }
    if (!text.includes('beginbfrange')) continue
    const chars = new Set<string>()
    for (const range of text.matchAll(/\[([^\]]*)\]/g)) {
      for (const hex of (range[1] ?? '').matchAll(/<([0-9a-f]{4})>/gi)) chars.add(String.fromCharCode(parseInt(hex[1] ?? '0', 16)))
    }
    chars.delete('\u0000')
    sets.push(chars)
  }
  return sets
}

describe('fonts parsed once, every PDF with its own subset', () => {
  it('two different letters in a row each carry exactly their own glyphs and text', async () => {
    const first = await renderPdf(letter('Pertama', ['Qaq Xox']), fonts)
    const second = await renderPdf(letter('Kedua', ['Wiw Vuv']), fonts)
    const [a, b] = [subsetCharacters(first), subsetCharacters(second)]
    expect(a).toHaveLength(1)
    expect(b).toHaveLength(1)
    expect([...(a[0] ?? [])].sort()).toEqual([' ', 'Q', 'X', 'a', 'o', 'q', 'x'].sort())
    expect([...(b[0] ?? [])].sort()).toEqual([' ', 'V', 'W', 'i', 'u', 'v', 'w'].sort())
    expect(pageText((await readPdf(first))[0] ?? { width: 0, height: 0, items: [] })).toBe('Qaq Xox')
    expect(pageText((await readPdf(second))[0] ?? { width: 0, height: 0, items: [] })).toBe('Wiw Vuv')
    for (const pdf of [first, second]) expect(pdfFonts(pdf).embedded).toBe(1)
  })

  it('the text a letter copies as never depends on the letters before it', async () => {
    // "é" is drawn from the "e" glyph, which subsetting the first letter met without its character;
    // the no-break space shares the space's glyph.
    // Bold serif: a face no other test here has used, so this letter is the first to meet these glyphs.
    const bold = (title: string, text: string): DocumentLayout => ({
      title,
      images: {},
      sections: [{ page: { ...defaultPageSetup('F4'), font: 'serif' }, blocks: [{ kind: 'paragraph', text: [{ text, bold: true }] }] }]
    })
    await renderPdf(bold('Dahulu', 'Ré\u00a0Sé\u00a0Óscar'), fonts)
    const later = await renderPdf(bold('Kemudian', 'e a Rese'), fonts)
    expect(pageText((await readPdf(later))[0] ?? { width: 0, height: 0, items: [] })).toBe('e a Rese')
    expect([...(subsetCharacters(later)[0] ?? [])].sort()).toEqual([' ', 'R', 'a', 'e', 's'].sort())
  })

  it('one font file asked for in two styles is embedded once, in every document', async () => {
    // As a fallback font with a single face is registered: the same file for every style.
    const runtime = pdfMake as unknown as { virtualfs: { writeFileSync(n: string, c: Uint8Array): void }; addFonts(f: object): void }
    runtime.virtualfs.writeFileSync('uji/satu-wajah.ttf', fonts.serif.italics)
    const file = 'uji/satu-wajah.ttf'
    runtime.addFonts({ UjiSatuWajah: { normal: file, bold: file, italics: file, bolditalics: file } })
    const def = () => ({ content: [{ text: 'Satu ' }, { text: 'Dua', bold: true }], defaultStyle: { font: 'UjiSatuWajah' } })
    for (const pdf of [await pdfBytes(def()), await pdfBytes(def())]) {
      expect(pdfFonts(pdf).embedded).toBe(1)
      expect(pageText((await readPdf(pdf))[0] ?? { width: 0, height: 0, items: [] })).toBe('Satu Dua')
    }
  })

  it('a word shaped with other features is shaped anew, in the same document and in the next (the kept runs are keyed by features, then text)', async () => {
    const names = fontNames(fonts)
    const words = '👍🏽 👨‍👩‍👧'
    /** Glyphs of each text drawn on the first page. */
    const glyphCounts = async (pdf: Uint8Array): Promise<number[]> => {
      const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
      const ops = await (await doc.getPage(1)).getOperatorList()
      await doc.destroy()
      return ops.fnArray.flatMap((fn, i) => (fn === OPS.showText ? [((ops.argsArray[i] as unknown[][])[0] ?? []).filter((g) => typeof g === 'object').length] : []))
    }
    // Composed (the toned thumb and the family one glyph each), then glyph by glyph (ccmp off: eight glyphs).
    // (Features as the object pdfkit takes, as the renderer gives them; the typings know only a list of names.)
    const composed = { text: words, font: names.emoji, fontFeatures: { kern: false } } as unknown as Content
    const separate = { text: words, font: names.emoji, fontFeatures: { kern: false, ccmp: false } } as unknown as Content
    expect(await glyphCounts(await pdfBytes({ content: [composed] }))).toEqual([3])
    expect(await glyphCounts(await pdfBytes({ content: [separate] }))).toEqual([8])
    expect(await glyphCounts(await pdfBytes({ content: [separate, composed] }))).toEqual([8, 3])
  })

  it('parses a font file once per process and reuses it for every later document', async () => {
    const text = ['Menimbang bahwa rapat perlu diadakan.']
    await renderPdf(letter('Awal', text, 'serif'), fonts)
    const before = fontCacheStats()
    const again = await renderPdf(letter('Ulang', text, 'serif'), fonts)
    const after = fontCacheStats()
    expect(after.parsed).toBe(before.parsed)
    expect(after.reused).toBe(before.reused + 1)
    // The words were shaped for the first letter; the second takes them as they are.
    expect(after.shaped).toBe(before.shaped)
    expect(after.shapedFromCache).toBeGreaterThan(before.shapedFromCache)
    const pages = await readPdf(again)
    expect(pages[0]?.items.map((i) => i.str).join(' ')).toBe(text[0])
    expect(pdfFonts(again).names.some((n) => n.endsWith('+LiberationSerif'))).toBe(true)
  })

  it('the same letter rendered cold and warm gives the same bytes apart from the creation date and ids', async () => {
    const layout = letter('Sama', ['Tim Penggerak PKK Provinsi Sumatera Barat', 'Nomor: 296/SKR/PKK-PROP/XII/2019'])
    const strip = (pdf: Uint8Array) =>
      Buffer.from(pdf)
        .toString('latin1')
        .replace(/\(D:\d{14}[^)]*\)/g, '') // the creation date, an object of its own
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '')
    const once = await renderPdf(layout, fonts)
    const twice = await renderPdf(layout, fonts)
    expect(strip(twice)).toBe(strip(once))
  })
})

/** How many glyphs each TrueType font embedded in the PDF holds (its maxp table), one number per font. */
function subsetGlyphCounts(pdf: Uint8Array): number[] {
  const raw = Buffer.from(pdf)
  const latin = raw.toString('latin1')
  const counts: number[] = []
  for (const m of latin.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length
    let font: Buffer
    try {
      font = inflateSync(raw.subarray(start, latin.indexOf('endstream', start)))
    } catch {
      continue
    }
    // A TrueType font begins with 0x00010000 or 'true' (what fontkit's subsets carry).
    if (font.length < 12 || (font.readUInt32BE(0) !== 0x00010000 && font.toString('latin1', 0, 4) !== 'true')) continue
    const tables = font.readUInt16BE(4)
    for (let t = 0; t < tables; t++) {
      const entry = 12 + 16 * t
      if (font.toString('latin1', entry, entry + 4) === 'maxp') counts.push(font.readUInt16BE(font.readUInt32BE(entry + 8) + 4))
    }
  }
  return counts
}

describe('glyph outlines decoded once per font (font-cache.ts)', () => {
  it('a composite glyph (é = e + accent) brings its parts into every later subset, though its outline is decoded once', async () => {
    const layout = letter('Aksen', ['é'])
    const counts: number[][] = []
    for (let i = 0; i < 3; i++) counts.push(subsetGlyphCounts(await renderPdf(layout, fonts)))
    // .notdef, é, and the two glyphs é is made of; the same in the second and third letter.
    expect(counts[0]).toEqual([4])
    expect(counts[1]).toEqual(counts[0])
    expect(counts[2]).toEqual(counts[0])
    const pages = await readPdf(await renderPdf(layout, fonts))
    expect(pages[0]?.items.map((i) => i.str).join('')).toBe('é')
  })
})
