import { TextRun } from 'docx'
import type { RichText, TextRun as LayoutRun } from '../layout'
import { toRuns } from '../text'

export interface RunStyle {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  sizePt?: number
}

/** docx runs of a rich text; "\n" becomes a line break so wrapped lines keep the paragraph's indent. */
export function docxRuns(text: RichText, style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = []
  for (const run of toRuns(text, style)) {
    run.text.split('\n').forEach((part, i) => out.push(docxRun(run, part, i > 0, style.sizePt)))
  }
  return out
}

function docxRun(run: LayoutRun, text: string, breakBefore: boolean, sizePt: number | undefined): TextRun {
  return new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    size: sizePt === undefined ? undefined : Math.round(sizePt * 2)
  })
}
