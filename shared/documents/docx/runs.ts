import { LineRuleType, TextRun } from 'docx'
import { splitByFont } from '../font-runs'
import { FALLBACK_DOCX_NAMES } from '../fonts'
import { LINE_HEIGHT_EM } from '../geometry'
import type { RichText, TextRun as LayoutRun } from '../layout'
import { toRuns } from '../text'
import { ptToTwip } from '../units'

export interface RunStyle {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  sizePt?: number
}

/**
 * docx runs of a rich text; "\n" becomes a line break so wrapped lines keep the paragraph's indent.
 * Characters Liberation (Arial, Times New Roman) lacks go into runs of their own naming the fallback
 * font the PDF draws them with (font-runs.ts), in each of the run's font slots (ascii, hAnsi, cs,
 * eastAsia): Word and LibreOffice otherwise pick a fallback of their own, with other widths and line heights.
 */
export function docxRuns(text: RichText, style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = []
  for (const run of toRuns(text, style)) {
    run.text.split('\n').forEach((part, i) => {
      const pieces = splitByFont(part, true)
      if (pieces.length === 0) out.push(docxRun(run, part, i > 0, style.sizePt))
      pieces.forEach((p, k) => out.push(docxRun(run, p.text, i > 0 && k === 0, style.sizePt, p.font === 'main' ? undefined : FALLBACK_DOCX_NAMES[p.font])))
    })
  }
  return out
}

function docxRun(run: LayoutRun, text: string, breakBefore: boolean, sizePt: number | undefined, font?: string): TextRun {
  return new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    size: sizePt === undefined ? undefined : Math.round(sizePt * 2),
    font: font === undefined ? undefined : { ascii: font, hAnsi: font, cs: font, eastAsia: font }
  })
}

/** Whether a fallback font (DejaVu Sans, Noto Emoji) draws some character of the texts. */
export function hasFallbackText(...texts: readonly RichText[]): boolean {
  return texts.some((t) => toRuns(t).some((r) => splitByFont(r.text, true).some((p) => p.font !== 'main')))
}

/**
 * The line spacing of a single-spaced paragraph holding a run in a fallback font: exactly Liberation's
 * single line (LINE_HEIGHT_EM) at the paragraph's size, as the PDF sets such a line (FALLBACK_LINE_FACTOR,
 * geometry.ts). Word and LibreOffice otherwise make the line as tall as the tallest font on it: DejaVu Sans
 * about 0.2 pt more at 12 pt, Noto Color Emoji (LibreOffice's stand-in for Noto Emoji) about 0.4 pt, and a
 * sheet of hundreds of such names ran a page longer than the PDF (docs/formats.md, "Every character printed").
 * Undefined for a paragraph Liberation draws alone: its lines already agree.
 */
export function fallbackLineSpacing(sizePt: number, ...texts: readonly RichText[]): { line: number; lineRule: (typeof LineRuleType)['EXACT'] } | undefined {
  return hasFallbackText(...texts) ? { line: ptToTwip(sizePt * LINE_HEIGHT_EM), lineRule: LineRuleType.EXACT } : undefined
}
