import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A rectangle on a page in points, from the page's top left. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface TextBox extends Rect {
  str: string
}

export interface PageDrawing {
  width: number
  height: number
  images: Rect[]
  texts: TextBox[]
}

type Matrix = [number, number, number, number, number, number]
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5]
]

/**
 * Where every image is drawn (the unit square through the transformation in force, followed through
 * q/Q and cm) and every piece of text stands, page by page, read with pdf.js from any PDF: pdfmake's
 * and LibreOffice's alike.
 */
export async function pageDrawings(pdf: Uint8Array): Promise<PageDrawing[]> {
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const pages: PageDrawing[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width = 0, height = 0] = page.view
    const ops = await page.getOperatorList()
    const images: Rect[] = []
    const stack: Matrix[] = []
    let ctm: Matrix = [1, 0, 0, 1, 0, 0]
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[]
      if (fn === OPS.save) stack.push(ctm)
      else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]
      else if (fn === OPS.transform) ctm = times(args as Matrix, ctm)
      else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
        const corners = [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1]
        ].map(([u = 0, v = 0]) => [u * ctm[0] + v * ctm[2] + ctm[4], u * ctm[1] + v * ctm[3] + ctm[5]] as const)
        const xs = corners.map((c) => c[0])
        const ys = corners.map((c) => c[1])
        images.push({ x: Math.min(...xs), y: height - Math.max(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) })
      }
    })
    const texts: TextBox[] = []
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || it.str.trim() === '') continue
      const size = it.height || Math.abs(it.transform[3] as number)
      const baseline = height - (it.transform[5] as number)
      // The glyphs' box: ascenders about 0.9 em above the baseline, descenders 0.25 below.
      texts.push({ str: it.str, x: it.transform[4] as number, y: baseline - 0.9 * size, width: it.width, height: 1.15 * size })
    }
    pages.push({ width, height, images, texts })
  }
  await doc.destroy()
  return pages
}

export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** What zbarimg reads in a PNG (each symbol's data on a line of its own), or '' when it finds none. */
export function readQr(png: string): string {
  try {
    return execFileSync('zbarimg', ['-q', '--raw', png], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
  } catch (err) {
    // zbarimg exits with 4 when the image holds no symbol; anything else (not installed, unreadable) is a failure.
    if (err && typeof err === 'object' && 'status' in err && err.status === 4) return ''
    throw err
  }
}

/** The QR codes zbarimg reads in one rectangle of a PDF page drawn at `dpi` by pdftoppm (the whole page without one). */
export function readQrOnPage(pdf: Uint8Array, page: number, rect?: Rect, dpi = 150): string {
  const dir = mkdtempSync(join(tmpdir(), 'pkk-kode-'))
  writeFileSync(join(dir, 'd.pdf'), pdf)
  const px = (pt: number) => String(Math.round((pt * dpi) / 72))
  const crop = rect ? ['-x', px(rect.x), '-y', px(rect.y), '-W', px(rect.width), '-H', px(rect.height)] : []
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', ...crop, join(dir, 'd.pdf'), join(dir, 'p')])
  return readQr(join(dir, 'p.png'))
}

/** One DOCX section's text and the images anchored in it (floating), with the bytes of each. */
export interface DocxSection {
  text: string
  anchored: Uint8Array[]
}

/** The sections of a DOCX's body in order: each ends with the paragraph carrying its sectPr (the last with the body's). */
export async function docxSections(docx: Uint8Array): Promise<DocxSection[]> {
  const zip = await JSZip.loadAsync(docx)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? ''
  const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']))
  const parts = xml.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/).slice(0, -1)
  return Promise.all(
    parts.map(async (part) => {
      const text = [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')
      const anchored = await Promise.all(
        [...part.matchAll(/<wp:anchor[\s\S]*?<\/wp:anchor>/g)].map(async (a) => {
          const id = /r:embed="([^"]+)"/.exec(a[0])?.[1] ?? ''
          const file = zip.file(`word/${target.get(id) ?? '?'}`)
          if (!file) throw new Error(`gambar ${id} tidak ada di DOCX`)
          return file.async('uint8array')
        })
      )
      return { text, anchored }
    })
  )
}
