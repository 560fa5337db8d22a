import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { textWidthMm, type DocumentLayout, type TableBlock } from '../../../shared/documents'
import { columnWidthsMm } from '../../../shared/documents/text'
import type { PdfPage } from './support'

/*
 * Reading a Daftar Hadir's printed signatures back: the stroked paths of a PDF with their bounds on the
 * page (pdf.js operator lists, transforms followed), and each row's signature slot (its half of the
 * Tanda Tangan column, from the row above's dotted line to its own). The DOCX side needs no helper:
 * a signed slot's cell holds <wp:inline> with an r:embed to a PNG in word/media.
 */

const MM = 72 / 25.4

export interface Path {
  page: number
  /** Bounds in points from the page's top left. */
  x0: number
  x1: number
  y0: number
  y1: number
  lineWidth: number
}

type Matrix = [number, number, number, number, number, number]
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2],
  n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2],
  n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4],
  n[4] * m[1] + n[5] * m[3] + m[5]
]

/** Every stroked path of the PDF with its bounds on the page, read from pdf.js's operator lists (the transforms followed). */
export async function strokedPaths(pdf: Uint8Array): Promise<Path[]> {
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const out: Path[] = []
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    const height = page.view[3] ?? 0
    const ops = await page.getOperatorList()
    let ctm: Matrix = [1, 0, 0, 1, 0, 0]
    let lineWidth = 1
    const stack: [Matrix, number][] = []
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[]
      if (fn === OPS.save) stack.push([ctm, lineWidth])
      else if (fn === OPS.restore) [ctm, lineWidth] = stack.pop() ?? [ctm, lineWidth]
      else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix)
      else if (fn === OPS.setLineWidth) lineWidth = args[0] as number
      else if (fn === OPS.constructPath && args[0] === OPS.stroke) {
        const data = (args[1] as ArrayLike<number>[])[0] ?? []
        const xs: number[] = []
        const ys: number[] = []
        for (let k = 0; k < data.length; ) {
          const op = data[k++]
          // pdf.js's path codes: moveTo and lineTo carry a point, closePath none (a stroke ending where it began).
          if (op === 0 || op === 1) {
            const x = data[k++] ?? 0
            const y = data[k++] ?? 0
            xs.push(ctm[0] * x + ctm[2] * y + ctm[4])
            ys.push(height - (ctm[1] * x + ctm[3] * y + ctm[5]))
          } else if (op !== 4) throw new Error(`jalur tak terduga: operasi ${op}`)
        }
        out.push({ page: p - 1, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys), lineWidth })
      }
    })
  }
  await doc.destroy()
  return out
}

/** Where each grid column of the sheet starts, in points, from the layout's own table. */
export function columnEdges(layout: DocumentLayout): number[] {
  const section = layout.sections[0]
  const table = section?.blocks.find((b): b is TableBlock => b.kind === 'table')
  if (!section || !table) throw new Error('tabel tidak ada')
  const edges = [section.page.marginsMm.left]
  for (const w of columnWidthsMm(table.columns, textWidthMm(section.page))) edges.push((edges.at(-1) ?? 0) + w)
  return edges.map((mm) => mm * MM)
}

export interface Slot {
  n: number
  page: number
  /** Baseline of "n. ....." (the foot of the row) and the bottom of the row above, points from the top. */
  markY: number
  topY: number
  left: number
  right: number
}

/** Each row's signature slot: its half of the Tanda Tangan column, from the row above's dotted line to its own. */
export function slots(pages: PdfPage[], edges: number[]): Slot[] {
  const out: Slot[] = []
  pages.forEach((page, p) => {
    const marks = page.items
      .flatMap((i) => {
        const m = /^(\d+)\. \.{3,}$/.exec(i.str)
        return m ? [{ n: Number(m[1]), x: i.x, y: i.y }] : []
      })
      .sort((a, b) => a.y - b.y)
    // The header's foot: the first row starts below the "Tanda Tangan" heading.
    const head = page.items.find((i) => i.str === 'Tanda Tangan')
    marks.forEach((m, k) => {
      const col = edges.findIndex((e, i) => m.x >= e && m.x < (edges[i + 1] ?? Infinity))
      out.push({ n: m.n, page: p, markY: m.y, topY: k === 0 ? (head?.y ?? 0) + 4 : (marks[k - 1]?.y ?? 0) + 3, left: edges[col] ?? 0, right: edges[col + 1] ?? 0 })
    })
  })
  return out
}

