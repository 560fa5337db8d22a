import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { readPdf, type PdfItem } from '../../unit/documents/support'

const DPI = 150
const pt = (v: number) => Math.round((v * DPI) / 72)

/** A page rendered by poppler as 8-bit grey (PGM): width, height and one byte per pixel. */
function readPgm(file: string): { width: number; height: number; pixels: Uint8Array } {
  const buf = readFileSync(file)
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error(`Bukan PGM: ${file}`)
  const width = Number(header[1])
  const height = Number(header[2])
  return { width, height, pixels: new Uint8Array(buf.subarray(header[0].length)) }
}

/**
 * Ink in the Tanda Tangan slot of every numbered row of a Daftar Hadir PDF, by row number: the rows are
 * found from the numbers of the No column (pdf.js text positions), the slot between the "Tanda Tangan"
 * and "Keterangan" headers, and the ink counted on the page as poppler draws it (dark pixels). A row's
 * printed "N. ......" counts in every row alike; a signature adds its strokes.
 */
export async function slotInkByRow(pdf: Uint8Array): Promise<Map<number, number>> {
  const pages = await readPdf(pdf)
  const dir = mkdtempSync(join(tmpdir(), 'pkk-ttd-'))
  writeFileSync(join(dir, 'd.pdf'), pdf)
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), join(dir, 'd.pdf'), join(dir, 'p')])
  const images = readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
  const ink = new Map<number, number>()
  pages.forEach((page, i) => {
    const header = page.items.find((it) => it.str.startsWith('Tanda Tangan'))
    const nama = page.items.find((it) => it.str === 'Nama')
    const after = page.items.find((it) => it.str.startsWith('Keterangan'))
    const file = images[i]
    if (!header || !nama || !file) return
    const img = readPgm(join(dir, file))
    // The slot: from the end of the Jabatan/Instansi column (the first slot number's x) to the next column's header.
    const numbers = page.items.filter((it) => /^\d+\.$/.test(it.str.trim()) && it.x < nama.x).sort((a, b) => a.y - b.y)
    const slotNumbers = page.items.filter((it) => /^\d+\./.test(it.str.trim()) && it.x > nama.x && it.y > header.y)
    const left = Math.min(...slotNumbers.map((it) => it.x), header.x) - 4
    const right = after ? after.x - 6 : page.width - 40
    numbers.forEach((n: PdfItem, k) => {
      const top = n.y - 12
      // The last row of a page: as tall as the page's usual row (below it come the certification or the page's end).
      const steps = numbers.slice(1).map((m, j) => m.y - (numbers[j]?.y ?? 0)).sort((a, b) => a - b)
      const usual = steps[Math.floor(steps.length / 2)] ?? 40
      const bottom = (numbers[k + 1]?.y ?? n.y + usual) - 12
      // Ruling lines (the row's border, the table's edge) are left out: a pixel row or column dark almost end to end.
      const x0 = pt(left) + 2
      const x1 = pt(right) - 2
      const y0 = pt(top) + 2
      const y1 = pt(bottom) - 2
      const isDark = (x: number, y: number) => (img.pixels[y * img.width + x] ?? 255) < 200
      const ruledRows = new Set<number>()
      const ruledCols = new Set<number>()
      for (let y = y0; y < y1; y++) {
        let n = 0
        for (let x = x0; x < x1; x++) if (isDark(x, y)) n++
        if (n > 0.8 * (x1 - x0)) ruledRows.add(y)
      }
      for (let x = x0; x < x1; x++) {
        let n = 0
        for (let y = y0; y < y1; y++) if (isDark(x, y)) n++
        if (n > 0.8 * (y1 - y0)) ruledCols.add(x)
      }
      let dark = 0
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (!ruledRows.has(y) && !ruledCols.has(x) && isDark(x, y)) dark++
      ink.set(Number(n.str.trim().slice(0, -1)), dark)
    })
  })
  return ink
}

/** The DOCX's table rows by their number (first cell "N."), each with whether its Tanda Tangan cell holds an inline image. */
export async function docxSignedRows(docx: Uint8Array): Promise<Map<number, boolean>> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')
  if (!xml) throw new Error('DOCX tanpa word/document.xml')
  const out = new Map<number, boolean>()
  for (const tr of xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
    const cells = [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0])
    const text = (c: string | undefined) => [...(c ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim()
    const m = /^(\d+)\.$/.exec(text(cells[0]))
    if (!m) continue
    // The slot is the cell whose text begins with the row's number again ("N. ......"), or holds the image.
    const slot = cells.find((c, i) => i > 0 && (/<w:drawing>/.test(c) || new RegExp(`^${m[1]}\\.`).test(text(c))))
    out.set(Number(m[1]), slot !== undefined && /<w:drawing>[\s\S]*?<wp:inline/.test(slot))
  }
  return out
}

/**
 * The picture in each numbered row's Tanda Tangan cell of a DOCX, by row number: the SHA-256 of the
 * media file the cell's drawing embeds (its relationship resolved), so two documents can be compared
 * signature by signature.
 */
export async function docxSlotImages(docx: Uint8Array): Promise<Map<number, string>> {
  const zip = await JSZip.loadAsync(docx)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? ''
  const target = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']))
  const out = new Map<number, string>()
  for (const tr of xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
    const cells = [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0])
    const text = (c: string | undefined) => [...(c ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim()
    const m = /^(\d+)\.$/.exec(text(cells[0]))
    if (!m) continue
    const embed = cells.slice(1).map((c) => /<w:drawing>[\s\S]*?r:embed="([^"]+)"/.exec(c)?.[1]).find((id) => id !== undefined)
    if (!embed) continue
    const file = zip.file(`word/${target.get(embed) ?? ''}`)
    if (!file) throw new Error(`Gambar ${embed} tidak ada di DOCX`)
    out.set(Number(m[1]), createHash('sha256').update(await file.async('uint8array')).digest('hex'))
  }
  return out
}
