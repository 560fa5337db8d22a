import { LINE_HEIGHT_EM, signatureGeometry } from '../geometry'
import type { ImagePlacement, SignatureBlock } from '../layout'
import { mmToPt, twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'

/** Title lines, the blank space with signature and stamp laid over it, the name; never split. */
export function signatureToPdf(b: SignatureBlock, ctx: PdfContext): PdfNode {
  const g = signatureGeometry(b, ctx.textWidthMm)
  const left = twipPt(g.columnLeftMm)
  const right = twipPt(ctx.textWidthMm - g.columnLeftMm - g.columnWidthMm)
  const line = (text: string, extra: Partial<{ bold: boolean; decoration: 'underline'; topPt: number }> = {}): PdfNode => ({
    text,
    alignment: 'center',
    bold: extra.bold,
    decoration: extra.decoration,
    margin: margins(left, extra.topPt ?? 0, right, 0)
  })
  // Ink is drawn after the name so it lies over the print; its offsets count back from below the name.
  const lineHeight = LINE_HEIGHT_EM * ctx.page.fontSizePt
  const below = twipPt(b.spaceMm) + lineHeight * (b.belowName ? 2 : 1)
  const image = (p: ImagePlacement, at: { xMm: number; yMm: number }): PdfNode => ({
    image: ctx.imageKey(p.image),
    width: mmToPt(p.widthMm),
    height: mmToPt(p.heightMm),
    relativePosition: { x: mmToPt(at.xMm), y: mmToPt(at.yMm) - below }
  })
  const ink: PdfNode[] = []
  if (b.signature && g.signature) ink.push(image(b.signature, g.signature))
  if (b.stamp && g.stamp) ink.push(image(b.stamp, g.stamp))
  return {
    stack: [
      ...b.titleLines.map((t) => line(t)),
      line(b.name, { bold: b.nameBold || undefined, decoration: b.nameUnderline ? 'underline' : undefined, topPt: twipPt(b.spaceMm) }),
      ...(b.belowName ? [line(b.belowName)] : []),
      // Detached: placed without taking room in the flow.
      ...ink
    ],
    unbreakable: true,
    margin: margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  }
}
