import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageSetup, renderPdf, type DocumentLayout, type FontSet, type TextRun } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'

/** One piece pdfmake drew: its text, where it starts and where its glyphs end (points), its baseline. */
interface Drawn {
  text: string
  x: number
  end: number
  y: number
}

/**
 * The pieces of the first page as drawn: pdfmake draws each piece of a line in a text object of its
 * own (setTextMatrix, setFont, showText), so the operator list gives each piece's start and its
 * glyphs' advances.
 */
async function drawnPieces(pdf: Uint8Array): Promise<Drawn[]> {
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const page = await doc.getPage(1)
  const ops = await page.getOperatorList()
  const out: Drawn[] = []
  let x = 0
  let y = 0
  let size = 0
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[]
    if (fn === OPS.setTextMatrix) {
      const m = args[0] as Record<number, number>
      x = m[4] ?? 0
      y = m[5] ?? 0
    } else if (fn === OPS.setFont) size = args[1] as number
    else if (fn === OPS.showText) {
      let advance = 0
      let text = ''
      for (const g of args[0] as (number | { unicode: string; width: number })[]) {
        if (typeof g === 'number') advance -= (g * size) / 1000
        else {
          advance += (g.width * size) / 1000
          text += g.unicode
        }
      }
      out.push({ text, x, end: x + advance, y })
    }
  })
  await doc.destroy()
  return out
}

/** Pieces grouped into lines, top to bottom. */
function lines(pieces: readonly Drawn[]): Drawn[][] {
  const byY = new Map<number, Drawn[]>()
  for (const p of pieces) {
    const key = Math.round(p.y * 10) / 10
    byY.set(key, [...(byY.get(key) ?? []), p])
  }
  return [...byY.entries()].sort((a, b) => b[0] - a[0]).map(([, ps]) => ps.sort((a, b) => a.x - b.x))
}

const SENTENCE =
  'Menindaklanjuti surat Ketua TP-PKK Provinsi Sumatera Barat Nomor 296/SKR/PKK-PROP/XII/2019 tanggal 17 Desember 2019 tentang Rapat Konsultasi, '
/** A justified paragraph with hyphens, slashes and a bold run followed by " :", the joints seen opening gaps. */
const TEXT: TextRun[] = [
  { text: SENTENCE + 'disampaikan bahwa utusan dari ' },
  { text: 'Bappeda', bold: true },
  { text: ' : hadir pada rapat koordinasi TP-PKK bersama OPD/instansi terkait, dan ' + SENTENCE + 'dengan pengantar dari ' },
  { text: 'Dinas Kesehatan', bold: true },
  { text: ' : Bapak/Ibu Kepala Bidang Kesehatan Masyarakat beserta staf TP-PKK Kabupaten/Kota se-Sumatera Barat.' }
]

function layout(): DocumentLayout {
  return {
    title: 'Rata kiri-kanan',
    author: 'Uji',
    images: {},
    sections: [{ page: defaultPageSetup('A4'), blocks: [{ kind: 'paragraph', align: 'justify', text: TEXT }] }]
  }
}

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

describe('justified lines', () => {
  it('widen only the spaces: no gap inside "TP-PKK", a letter number, or between a bold run and " :"', async () => {
    const rows = lines(await drawnPieces(await renderPdf(layout(), fonts)))
    expect(rows.length).toBeGreaterThanOrEqual(5)
    const texts = rows.map((r) => r.map((p) => p.text).join(''))
    // The tokens are whole on their lines (pdf.js's text would read "TP- PKK" with a gap).
    expect(texts.filter((t) => t.includes(' TP-PKK ')).length).toBeGreaterThanOrEqual(2)
    expect(texts.some((t) => t.includes('296/SKR/PKK-PROP/XII/2019'))).toBe(true)
    expect(texts.some((t) => t.includes('Bappeda : hadir'))).toBe(true)
    let widened = 0
    rows.slice(0, -1).forEach((row, n) => {
      const spaceGaps: number[] = []
      for (let i = 1; i < row.length; i++) {
        const before = row[i - 1]
        const piece = row[i]
        if (!before || !piece) continue
        const gap = piece.x - before.end
        // A joint inside a word (after "-", "/", or where the style changes) gets nothing.
        if (!/\s$/.test(before.text)) expect(Math.abs(gap), `line ${n + 1}: "${before.text}|${piece.text}"`).toBeLessThan(0.01)
        else spaceGaps.push(gap)
      }
      // Every space of a line is widened alike, and the line reaches the right margin.
      const first = spaceGaps[0] ?? 0
      for (const g of spaceGaps) expect(Math.abs(g - first), `line ${n + 1}`).toBeLessThan(0.01)
      if (first > 0.5) widened++
    })
    // The paragraph really is justified (a test of nothing would pass with no spacing at all).
    expect(widened).toBeGreaterThanOrEqual(3)
  })
})

describe('the patched pdfmake', () => {
  it('is what the renderer bundles too (build/pdfmake.js, patched by npm install through patches/)', async () => {
    const bundle = await readFile(createRequire(import.meta.url).resolve('pdfmake/build/pdfmake.js'), 'utf8')
    expect(bundle).toContain('const shift = afterSpace(i) ? additionalSpacing : 0;')
    expect(bundle).not.toContain('offset = i * additionalSpacing;')
  })
})
