import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildUndanganMerge, defaultPageSetup, renderDocx, renderPdf, type Block, type DocumentLayout, type FontSet, type PageSetup, type RegistrationCode } from '../../../shared/documents'
import { textWidthPt } from '../../../shared/documents/measure'
import { formatPersonalCode, personalCode } from '../../../shared/meetings/personal-code'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { makePng } from '../../../scripts/lib/sample-images'
import { Packer } from 'docx'
import { fontNames, pdfBytes } from '../../../shared/documents/pdf/engine'
import { docxDocument } from '../../../shared/documents/render-docx'
import { docxSections, readQr, readQrOnPage } from './code-pages'
import { docxPart, docxParagraphs, logoPng, rakonUndangan, readPdf } from './support'

// What is kept between documents (the QR images per code, fonts and shaped words, pdfmake's patched style
// look-ups, the keep rules' page lists) and within one (the DOCX's shared blocks) must never carry one
// document's data into another, nor one place's form into another place.

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const code = (invitee: string): RegistrationCode => {
  const c = personalCode('rapat-rakon-2019', invitee)
  return { printed: formatPersonalCode(c), qr: c }
}

const letter = (name: string, c: RegistrationCode): DocumentLayout => buildUndanganMerge(rakonUndangan(), [{ addressee: [name, 'Kota Padang'], registrationCode: c }])

/** The fill colour in effect at each text drawn on the first page, following q and Q. */
async function textColours(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const ops = await (await doc.getPage(1)).getOperatorList()
  await doc.destroy()
  let fill = 'none'
  const saved: string[] = []
  const atText: string[] = []
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[]
    if (fn === OPS.save) saved.push(fill)
    else if (fn === OPS.restore) fill = saved.pop() ?? 'none'
    else if (fn === OPS.setFillRGBColor) fill = String(args[0])
    else if (fn === OPS.showText) atText.push(fill)
  })
  return atText
}

describe('render caches', () => {
  it('two different letters made one after the other each carry their own name, code and QR code (PDF and DOCX)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkk-cache-'))
    const letters = [
      { name: 'Ny. Hj. Yulianti', code: code('cache-1') },
      { name: 'Bapak Kepala Dinas Sosial', code: code('cache-2') },
      { name: 'Ny. Hj. Yulianti', code: code('cache-1') }
    ]
    for (const [i, l] of letters.entries()) {
      const layout = letter(l.name, l.code)
      const pdf = await renderPdf(layout, fonts)
      const text = (await readPdf(pdf)).map((p) => p.items.map((it) => it.str).join(' ')).join('\n')
      expect(text, `PDF ${i + 1}`).toContain(l.name)
      expect(text, `PDF ${i + 1}`).toContain(l.code.printed)
      for (const other of letters) if (other.code.printed !== l.code.printed) expect(text).not.toContain(other.code.printed)
      expect(readQrOnPage(pdf, 1), `PDF ${i + 1}`).toBe(l.code.qr)

      const [section] = await docxSections(await renderDocx(layout))
      expect(section?.text, `DOCX ${i + 1}`).toContain(l.name)
      expect(section?.text, `DOCX ${i + 1}`).toContain(`Kode registrasi: ${l.code.printed}`)
      expect(section?.anchored).toHaveLength(1)
      const png = join(dir, `${i}.png`)
      writeFileSync(png, section?.anchored[0] as Uint8Array)
      expect(readQr(png), `DOCX ${i + 1}`).toBe(l.code.qr)
    }
  })

  it('PDF: a text in another size measures and draws in its own size after texts in the default one', async () => {
    const page: PageSetup = { paper: 'A4', orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 25, right: 25 }, font: 'sans', fontSizePt: 12 }
    const words = 'Satu dua tiga empat'
    const layout: DocumentLayout = {
      title: 'Ukuran',
      images: {},
      sections: [{ page, blocks: [{ kind: 'paragraph', text: words }, { kind: 'paragraph', text: words, sizePt: 8 }, { kind: 'paragraph', text: [{ text: 'Satu ' }, { text: 'dua', bold: true }, { text: ' tiga empat' }] }] }]
    }
    const pdf = await renderPdf(layout, fonts)
    const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
    const content = await (await doc.getPage(1)).getTextContent()
    await doc.destroy()
    // Each run of a line as pdf.js reads it: its text, its size (the text matrix's scale) and its width.
    const runs = content.items.flatMap((it) => ('str' in it && it.str.trim() !== '' ? [{ str: it.str.trim(), size: Math.hypot(it.transform[0] as number, it.transform[1] as number), width: it.width }] : []))
    const sized = (size: number) => runs.filter((r) => Math.abs(r.size - size) < 0.05)
    expect(sized(8).map((r) => r.str).join(' ')).toBe(words)
    expect(sized(12).map((r) => r.str).join(' ')).toContain(words)
    // The 8 pt line is as wide as its words at 8 pt (at 12 pt it would be half as wide again).
    const small = sized(8).reduce((w, r) => w + r.width, 0)
    expect(small).toBeGreaterThan(textWidthPt(words, 8) - 6)
    expect(small).toBeLessThan(textWidthPt(words, 8) + 6)
  })

  it('PDF: every word is drawn in black, the words after a shaded table header and inside its cells too (patches/pdfmake sets the colour once a line)', async () => {
    const page: PageSetup = { paper: 'A4', orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 25, right: 25 }, font: 'sans', fontSizePt: 12 }
    const cell = (text: string) => ({ text })
    const layout: DocumentLayout = {
      title: 'Warna',
      images: {},
      sections: [
        {
          page,
          blocks: [
            { kind: 'paragraph', text: 'Kalimat pertama di atas tabel yang cukup panjang untuk dua baris atau lebih, dengan kata-kata biasa saja.' },
            { kind: 'table', columns: [{ width: 1 }, { width: 3 }], headerRows: [{ cells: [cell('No'), cell('Nama dan jabatan')] }], rows: [{ cells: [cell('1'), cell('Ketua TP PKK')] }], borders: 'all', headerShade: true },
            { kind: 'paragraph', text: 'Kalimat sesudah tabel yang juga cukup panjang untuk dua baris, tetap berwarna hitam seperti yang lain.' }
          ]
        }
      ]
    }
    const atText = await textColours(await renderPdf(layout, fonts))
    expect(atText.length).toBeGreaterThan(5)
    expect(new Set(atText)).toEqual(new Set(['#000000']))
    // A word of another colour inside a line (pdfmake's own input: our layouts print black only) keeps its colour,
    // and the words after it are black again.
    const names = fontNames(fonts)
    const words = [{ text: 'Hitam ' }, { text: 'merah ', color: '#ff0000' }, { text: 'hitam ' }, { text: 'abu-abu', color: '#808080' }]
    const coloured = await pdfBytes({ content: [{ text: words, font: names.sans }, { text: 'Baris berikutnya', font: names.sans }] })
    // (Words of one colour next to each other are drawn as one text: "abu-" and "abu", "Baris" and "berikutnya".)
    expect(await textColours(coloured)).toEqual(['#000000', '#ff0000', '#000000', '#808080', '#000000'])
  })

  it('PDF: the words of a line drawn as one text (patches/pdfmake) stand where the layout put them; a change of face starts a new text', async () => {
    const page: PageSetup = { paper: 'A4', orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 25, right: 25 }, font: 'sans', fontSizePt: 12 }
    const text = [{ text: 'Satu dua ' }, { text: 'tiga', bold: true }, { text: ' empat lima 😀 enam' }]
    const layout: DocumentLayout = { title: 'Kata', images: {}, sections: [{ page, blocks: [{ kind: 'paragraph', text }] }] }
    const pdf = await renderPdf(layout, fonts)
    // Texts drawn: "Satu dua ", "tiga", " empat lima ", the emoji (its own font), " enam"; word by word they were eight.
    expect(await textColours(pdf)).toHaveLength(5)
    const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
    const content = await (await doc.getPage(1)).getTextContent()
    await doc.destroy()
    const items = content.items.flatMap((it) => ('str' in it && it.str !== '' ? [{ str: it.str, x: it.transform[4] as number, width: it.width }] : []))
    expect(items.map((i) => i.str).join('')).toBe('Satu dua tiga empat lima 😀 enam')
    expect(items.map((i) => i.str)).toContain('tiga')
    // Each text starts where the one before it ends, and the first where the margin is: the widths the layout measured.
    const left = (25 * 72) / 25.4
    expect(items[0]?.x).toBeCloseTo(left, 1)
    for (let k = 1; k < items.length; k++) expect(items[k]?.x, items[k]?.str).toBeCloseTo((items[k - 1]?.x ?? 0) + (items[k - 1]?.width ?? 0), 1)
    const bold = items.find((i) => i.str === 'tiga')
    expect(bold?.x).toBeCloseTo(left + textWidthPt('Satu dua ', 12), 1)
  })

  it('PDF: a word made of two texts (no break between them) goes on the line where it fits, counted once (patches/pdfmake passes the rest of the line without a copy)', async () => {
    const names = fontNames(fonts)
    const first = 'Satu dua Sekretariat'
    // The page just wide enough for the first line: "Sekre" and "tariat" are one word of two texts
    // (a colour of its own for the first half), which must not break, nor be counted wider than it is.
    const margin = 40
    const width = margin * 2 + textWidthPt(first, 12) + 2
    const words = [{ text: 'Satu dua ' }, { text: 'Sekre', color: '#ff0000' }, { text: 'tariat lagi dan lagi' }]
    const pdf = await pdfBytes({ pageSize: { width, height: 300 }, pageMargins: margin, content: [{ text: words, font: names.sans, fontSize: 12 }] })
    const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
    const content = await (await doc.getPage(1)).getTextContent()
    await doc.destroy()
    const lines = new Map<number, string>()
    for (const it of content.items) {
      if (!('str' in it)) continue
      const y = Math.round(it.transform[5] as number)
      lines.set(y, (lines.get(y) ?? '') + it.str)
    }
    const text = [...lines].sort((a, b) => b[0] - a[0]).map(([, t]) => t.trim())
    expect(text[0]).toBe(first)
    expect(text.slice(1).join(' ')).toBe('lagi dan lagi')
    // Two points narrower and the whole word goes down: "Sekre" is not left at the end of the first line.
    const narrow = await pdfBytes({ pageSize: { width: width - 4, height: 300 }, pageMargins: margin, content: [{ text: words, font: names.sans, fontSize: 12 }] })
    const doc2 = await getDocument({ data: narrow.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
    const content2 = await (await doc2.getPage(1)).getTextContent()
    await doc2.destroy()
    const firstLineY = Math.max(...content2.items.flatMap((it) => ('str' in it && it.str.trim() !== '' ? [it.transform[5] as number] : [])))
    const firstLine = content2.items.flatMap((it) => ('str' in it && Math.abs((it.transform[5] as number) - firstLineY) < 0.5 ? [it.str] : [])).join('')
    expect(firstLine.trim()).toBe('Satu dua')
  })

  it("PDF: every line and box is drawn in its own width, dash and colour though a run of them writes each setting once (patches/pdfmake); after a text they are written again", async () => {
    const names = fontNames(fonts)
    const grey = { type: 'rect' as const, x: 0, y: 0, w: 50, h: 10, color: '#cccccc' }
    const red = { type: 'line' as const, x1: 0, y1: 20, x2: 100, y2: 20, lineWidth: 2, lineColor: '#ff0000' }
    const pdf = await pdfBytes({
      content: [
        { canvas: [grey, red, { ...red, y1: 30, y2: 30, dash: { length: 4, space: 2 } }, { ...red, y1: 40, y2: 40 }, { ...grey, y: 50 }] },
        { text: 'Teks hitam di antara gambar', font: names.sans },
        { canvas: [grey, { type: 'line', x1: 0, y1: 20, x2: 100, y2: 20, lineColor: '#0000ff' }] }
      ]
    })
    const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
    const ops = await (await doc.getPage(1)).getOperatorList()
    await doc.destroy()
    // The state in effect at each path painted, following q and Q.
    type State = { fill: string; stroke: string; width: number; dash: string }
    let state: State = { fill: '#000000', stroke: '#000000', width: 1, dash: '' }
    const saved: State[] = []
    const painted: string[] = []
    let widthsSet = 0
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[]
      if (fn === OPS.save) saved.push({ ...state })
      else if (fn === OPS.restore) state = saved.pop() ?? state
      else if (fn === OPS.setFillRGBColor) state.fill = String(args[0])
      else if (fn === OPS.setStrokeRGBColor) state.stroke = String(args[0])
      else if (fn === OPS.setLineWidth) {
        state.width = Number(args[0])
        widthsSet++
      } else if (fn === OPS.setDash) state.dash = (args[0] as number[]).join(',')
      else if (fn === OPS.constructPath && args[0] === OPS.fill) painted.push(`fill ${state.fill}`)
      else if (fn === OPS.constructPath && args[0] === OPS.stroke) painted.push(`stroke ${state.stroke} ${state.width} [${state.dash}]`)
    })
    expect(painted.filter((p) => p !== 'fill #000000')).toEqual([
      'fill #cccccc',
      'stroke #ff0000 2 []',
      'stroke #ff0000 2 [4,2]',
      'stroke #ff0000 2 []',
      'fill #cccccc',
      'fill #cccccc',
      'stroke #0000ff 1 []'
    ])
    // Seven paths, four widths written: 1, 2, 1 for the grey box, and 1 again after the text.
    expect(widthsSet).toBe(4)
  })

  it('PDF: a PNG with transparency kept between documents by its bytes (patches/pdfkit): each letter draws its own logo, one logo met again draws as before', async () => {
    const disc = (rgb: [number, number, number]) => makePng(40, 44, (x, y) => (Math.hypot(x - 20, y - 22) < 19 ? [...rgb, 255] : undefined))
    const green: [number, number, number] = [20, 120, 60]
    const red: [number, number, number] = [200, 40, 40]
    const logos = { green: disc(green), red: disc(red) }
    // As long as each other: a cache keyed by the length alone would hand the red letter the green logo.
    expect(logos.red.length).toBe(logos.green.length)
    const withLogo = (png: Uint8Array): DocumentLayout => ({
      title: 'Logo',
      images: { logo: { mime: 'image/png', data: png } },
      sections: [{ page: defaultPageSetup('F4'), blocks: [{ kind: 'figure', image: { image: 'logo', widthMm: 20, heightMm: 22 }, imageColumnMm: 25, lines: ['Tim Penggerak PKK'], border: false }] }]
    })
    const dir = mkdtempSync(join(tmpdir(), 'pkk-logo-'))
    /** Pixels of the first page (50 dpi) within 12 of each colour, from pdftoppm's PPM. */
    const pixelsOf = async (png: Uint8Array, name: string) => {
      writeFileSync(join(dir, `${name}.pdf`), await renderPdf(withLogo(png), fonts))
      execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-singlefile', join(dir, `${name}.pdf`), join(dir, name)])
      const ppm = readFileSync(join(dir, `${name}.ppm`))
      // P6, width, height, 255: four tokens, then RGB bytes.
      let at = 0
      for (let tokens = 0; tokens < 4; at++) if (ppm[at] === 0x0a || ppm[at] === 0x20) tokens++
      const near = (rgb: [number, number, number], i: number) => rgb.every((c, k) => Math.abs((ppm[i + k] ?? 0) - c) <= 12)
      let g = 0
      let r = 0
      for (let i = at; i + 2 < ppm.length; i += 3) {
        if (near(green, i)) g++
        if (near(red, i)) r++
      }
      return { green: g, red: r }
    }
    const first = await pixelsOf(logos.green, 'a')
    const second = await pixelsOf(logos.red, 'b')
    const third = await pixelsOf(logos.green, 'c')
    expect(first.green).toBeGreaterThan(100)
    expect(first.red).toBe(0)
    expect(second).toEqual({ green: 0, red: first.green })
    expect(third).toEqual(first)
  })

  describe('DOCX blocks shared within a document', () => {
    const page: PageSetup = { paper: 'A4', orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 25, right: 25 }, font: 'sans', fontSizePt: 12 }
    const p = (text: string): Block => ({ kind: 'paragraph', text })

    it('every letter keeps its own last paragraph and section break: no paragraph added, none lost', async () => {
      const sections = ['Satu', 'Dua', 'Tiga'].map((n) => ({ page, blocks: [p('Isi yang sama di setiap surat.'), p(`Untuk ${n}`), p('Hormat kami,')] }))
      const xml = await docxPart(await renderDocx({ title: 'Tiga', images: {}, sections }))
      expect(docxParagraphs(xml)).toEqual(['Isi yang sama di setiap surat.', 'Untuk Satu', 'Hormat kami,', 'Isi yang sama di setiap surat.', 'Untuk Dua', 'Hormat kami,', 'Isi yang sama di setiap surat.', 'Untuk Tiga', 'Hormat kami,'])
      // Two section breaks inside the last paragraphs of the first two letters, the third the body's own.
      const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0])
      expect(paragraphs.map((x) => x.includes('<w:sectPr'))).toEqual([false, false, true, false, false, true, false, false, false])
      expect(xml.match(/<w:sectPr/g)).toHaveLength(3)
    })

    it('a block kept with the next in one place is not kept in another', async () => {
      const sections = [
        { page, blocks: [{ kind: 'keep-together', blocks: [p('Sama'), p('Lain')] } satisfies Block, p('Akhir satu')] },
        { page, blocks: [p('Sama'), p('Akhir dua')] }
      ]
      const xml = await docxPart(await renderDocx({ title: 'Dua', images: {}, sections }))
      const same = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((x) => docxParagraphs(x)[0] === 'Sama')
      expect(same.map((x) => x.includes('<w:keepNext'))).toEqual([true, false])
    })

    it("docx's XML written in one pass (patches/docx) is its indented writer's text without the indents, shared blocks included", async () => {
      // Three letters of a merge: their shared blocks' prepared XML is one object written at three places, which
      // the patched writer writes once and reuses. docx's own writer (resolve, then format) still writes indented XML.
      const c = code('pass-1')
      const layout = buildUndanganMerge(rakonUndangan(), ['Ny. Hj. Yulianti', 'Bapak Kepala Dinas Sosial', 'Ibu Camat'].map((name) => ({ addressee: [name, 'Kota Padang'], registrationCode: c })))
      const document = docxDocument(layout)
      const plain = await docxPart(await Packer.pack(document, 'uint8array'))
      const indented = await docxPart(await Packer.pack(document, 'uint8array', true))
      expect(plain).not.toContain('\n')
      expect(indented).toContain('\n  ')
      expect(plain).toBe(indented.replace(/\n */g, ''))
      expect(docxParagraphs(plain).filter((t) => t.startsWith('Dengan hormat'))).toHaveLength(3)
    })

    it("a kop's lines are made once for the letters that print the same kop; another kop keeps its own lines and logo", async () => {
      const kop = (office: string, size: number): Block => ({
        kind: 'letterhead',
        logo: { image: 'logo', widthMm: 20, heightMm: 20 },
        logoColumnMm: 25,
        balanced: false,
        lines: [{ text: 'TIM PENGGERAK PKK', sizePt: 14, bold: true }, { text: office, sizePt: size }],
        rule: 'thick-thin'
      })
      const sections = [kop('PROVINSI SUMATERA BARAT', 12), kop('PROVINSI SUMATERA BARAT', 12), kop('KOTA PADANG', 12), kop('PROVINSI SUMATERA BARAT', 11)].map((k, n) => ({ page, blocks: [k, p(`Surat ${n + 1}`)] }))
      const xml = await docxPart(await renderDocx({ title: 'Kop', images: { logo: { mime: 'image/png', data: logoPng } }, sections }))
      expect(docxParagraphs(xml).filter((t) => t !== '')).toEqual([
        ...['TIM PENGGERAK PKK', 'PROVINSI SUMATERA BARAT', 'Surat 1', 'TIM PENGGERAK PKK', 'PROVINSI SUMATERA BARAT', 'Surat 2'],
        ...['TIM PENGGERAK PKK', 'KOTA PADANG', 'Surat 3', 'TIM PENGGERAK PKK', 'PROVINSI SUMATERA BARAT', 'Surat 4']
      ])
      // The fourth kop's office line in its own size (11 pt: w:sz 22), the first three in 12 pt.
      const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>(?:(?!<w:t).)*<w:t[^>]*>(PROVINSI SUMATERA BARAT|KOTA PADANG)</g)].map((m) => m[1])
      expect(sizes).toEqual(['24', '24', '24', '22'])
      const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
      expect(new Set(ids).size).toBe(4)
    })

    it('a block with an image is made anew at each place: every drawing has its own id', async () => {
      const floating = { image: 'logo', widthMm: 10, heightMm: 10, xMm: 100, yMm: 0 }
      const sections = [1, 2, 3].map((n) => ({ page, blocks: [{ kind: 'paragraph', text: 'Dengan gambar', floating } satisfies Block, p(`Akhir ${n}`)] }))
      const xml = await docxPart(await renderDocx({ title: 'Gambar', images: { logo: { mime: 'image/png', data: logoPng } }, sections }))
      const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
      expect(ids).toHaveLength(3)
      expect(new Set(ids).size).toBe(3)
    })
  })
})
