import { DEFAULT_CELL_PADDING_MM, signatureGeometry } from './geometry'
import { textWidthMm, type Block, type DocumentLayout, type FontFamily, type RichText, type TableBlock, type TableCell, type TableRow, type TextRun } from './layout'
import { lineCount } from './measure'
import { columnWidthsMm, spanWidth, toRuns } from './text'
import { mmToPt } from './units'

/**
 * Centred titles broken into balanced lines. A centred title that wraps ("KEPUTUSAN KETUA TIM
 * PENGGERAK PKK KABUPATEN PADANG PANJANG / TIMUR") is broken where its lines come out as even as the
 * words allow, with the same number of lines, so that no word stands alone on the last line. The
 * breaks are written into the text ("\n"), so the PDF and the DOCX break at the same words.
 */

interface Measure {
  widthPt: number
  sizePt: number
  font: FontFamily
}

/** The spaces (indexes into the joined text) where a greedy wrap at `widthPt` breaks the words. */
function breaksAt(runs: readonly TextRun[], m: Measure): number[] {
  const text = runs.map((r) => r.text).join('')
  const spaces: number[] = []
  for (let i = 0; i < text.length; i++) if (text[i] === ' ') spaces.push(i)
  const breaks: number[] = []
  let lineStart = 0
  let lastFit = -1
  const width = (from: number, to: number) => lineCount(slice(runs, from, to), m.widthPt, m.sizePt, m.font)
  for (const s of spaces) {
    if (width(lineStart, s) > 1) {
      if (lastFit < 0) {
        // One word wider than the line: it is cut where it must be, as the renderers do.
        lineStart = s + 1
        continue
      }
      breaks.push(lastFit)
      lineStart = lastFit + 1
      lastFit = width(lineStart, s) > 1 ? -1 : s
      continue
    }
    lastFit = s
  }
  if (width(lineStart, text.length) > 1 && lastFit >= lineStart) breaks.push(lastFit)
  return breaks
}

/** Runs between two indexes of their joined text. */
function slice(runs: readonly TextRun[], from: number, to: number): TextRun[] {
  const out: TextRun[] = []
  let at = 0
  for (const r of runs) {
    const start = Math.max(from - at, 0)
    const end = Math.min(to - at, r.text.length)
    if (end > start) out.push({ ...r, text: r.text.slice(start, end) })
    at += r.text.length
  }
  return out
}

/** One line of a centred text (no "\n" in it) with balanced breaks; unchanged when it fits on one line. */
function balanceLine(runs: readonly TextRun[], m: Measure): TextRun[] {
  const lines = lineCount(runs, m.widthPt, m.sizePt, m.font)
  if (lines < 2) return [...runs]
  // The narrowest column that still takes the text in as many lines: its lines are the most even.
  let lo = m.widthPt / lines
  let hi = m.widthPt
  for (let k = 0; k < 20; k++) {
    const mid = (lo + hi) / 2
    if (lineCount(runs, mid, m.sizePt, m.font) > lines) lo = mid
    else hi = mid
  }
  const breaks = new Set(breaksAt(runs, { ...m, widthPt: hi }))
  if (breaks.size !== lines - 1) return [...runs]
  let at = 0
  return runs.map((r) => {
    const text = [...r.text].map((ch, i) => (breaks.has(at + i) ? '\n' : ch)).join('')
    at += r.text.length
    return { ...r, text }
  })
}

/** A centred text with balanced lines; each part between "\n" is balanced on its own. */
export function balanceText(text: RichText, m: Measure): RichText {
  const runs = toRuns(text)
  const parts: TextRun[][] = [[]]
  for (const r of runs) {
    const pieces = r.text.split('\n')
    pieces.forEach((p, i) => {
      if (i > 0) parts.push([])
      if (p) parts.at(-1)?.push({ ...r, text: p })
    })
  }
  const balanced = parts.map((p) => balanceLine(p, m))
  const out: TextRun[] = []
  balanced.forEach((p, i) => {
    if (i > 0) out.push({ text: '\n' })
    out.push(...p)
  })
  if (typeof text === 'string') return out.map((r) => r.text).join('')
  return out.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as TextRun)
}

const CENTRED_TITLE_MAX = 200

function balanceBlocks(blocks: readonly Block[], widthMm: number, sizePt: number, font: FontFamily): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'keep-together') return { ...b, blocks: balanceBlocks(b.blocks, widthMm, sizePt, font) }
    if (b.kind === 'paragraph' && b.align === 'center') {
      const plain = typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('')
      if (plain.length > CENTRED_TITLE_MAX) return b
      const widthPt = mmToPt(widthMm - (b.indent?.leftMm ?? 0))
      return { ...b, text: balanceText(b.text, { widthPt, sizePt: b.sizePt ?? sizePt, font }) }
    }
    if (b.kind === 'letterhead') {
      // The kop's lines are centred in the column beside the logo (and its mirror when balanced).
      const logoMm = b.logo || b.balanced ? b.logoColumnMm : 0
      const widthPt = mmToPt(widthMm - logoMm - (b.balanced ? b.logoColumnMm : 0))
      const line = (l: (typeof b.lines)[number]) => {
        const runs = toRuns(balanceText([{ text: l.text, bold: l.bold, italic: l.italic }], { widthPt, sizePt: l.sizePt, font }))
        return { ...l, text: runs.map((r) => r.text).join('') }
      }
      return { ...b, lines: b.lines.map(line) }
    }
    if (b.kind === 'table') return balanceTable(b, widthMm, sizePt, font)
    if (b.kind === 'signature') {
      const g = signatureGeometry(b, widthMm)
      const m = { widthPt: mmToPt(g.columnWidthMm), sizePt, font }
      return { ...b, titleLines: b.titleLines.map((t) => balanceText(t, m) as string) }
    }
    return b
  })
}

/**
 * A table with its short centred cells (headers, the Notulen's signatures side by side) broken into
 * balanced lines in the width their column leaves, so "Ketua TP PKK Kabupaten Lima Puluh / Kota" becomes
 * "Ketua TP PKK Kabupaten / Lima Puluh Kota". A header cell is measured in bold, as it prints.
 */
function balanceTable(b: TableBlock, widthMm: number, pageSizePt: number, font: FontFamily): TableBlock {
  const widths = columnWidthsMm(b.columns, widthMm)
  const padMm = (b.cellPaddingMm ?? DEFAULT_CELL_PADDING_MM).x
  const sizePt = b.sizePt ?? pageSizePt
  const row = (r: TableRow, header: boolean): TableRow => {
    let col = 0
    const cells = r.cells.map((c): TableCell => {
      const at = col
      const span = c.colSpan ?? 1
      col += span
      const align = c.align ?? (header ? 'center' : b.columns[at]?.align)
      const plain = typeof c.text === 'string' ? c.text : c.text.map((t) => t.text).join('')
      if (align !== 'center' || plain.length > CENTRED_TITLE_MAX || plain.trim() === '') return c
      const widthPt = mmToPt(spanWidth(widths, at, span) - 2 * padMm)
      const bold = c.bold ?? (header || undefined)
      const balanced = balanceText(toRuns(c.text, { bold }), { widthPt, sizePt, font })
      return { ...c, text: typeof c.text === 'string' ? toRuns(balanced).map((t) => t.text).join('') : balanced }
    })
    return { ...r, cells }
  }
  return { ...b, headerRows: b.headerRows.map((r) => row(r, true)), rows: b.rows.map((r) => row(r, false)) }
}

/** The layout with every centred title (centred paragraphs, the kop's lines, signature titles, short centred table cells) broken into balanced lines. */
export function balanceCentredTitles(doc: DocumentLayout): DocumentLayout {
  return {
    ...doc,
    sections: doc.sections.map((s) => ({ ...s, blocks: balanceBlocks(s.blocks, textWidthMm(s.page), s.page.fontSizePt, s.page.font) }))
  }
}
