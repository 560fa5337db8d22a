import { TABLE_LINE_PT } from '../geometry'
import type { FigureBlock } from '../layout'
import { mmToPt, twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'
import { pdfRuns } from './runs'

const PAD_PT = 4

/** Image | lines, as a one-row table (boxed or not), kept on one page. */
export function figureToPdf(b: FigureBlock, ctx: PdfContext): PdfNode {
  const imageCol = twipPt(b.imageColumnMm)
  const line = b.border ? TABLE_LINE_PT : 0
  return {
    table: {
      widths: [imageCol - 2 * PAD_PT, ctx.textWidthPt - imageCol - 2 * PAD_PT - 2 * line],
      body: [
        [
          { image: ctx.imageKey(b.image.image), width: mmToPt(b.image.widthMm), height: mmToPt(b.image.heightMm) },
          { stack: b.lines.map((l) => ({ text: pdfRuns(l), fontSize: b.sizePt })), verticalAlignment: 'middle' as const }
        ]
      ]
    },
    layout: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? line : 0),
      vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? line : 0),
      paddingLeft: () => PAD_PT,
      paddingRight: () => PAD_PT,
      paddingTop: () => PAD_PT,
      paddingBottom: () => PAD_PT
    },
    unbreakable: true,
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  }
}
