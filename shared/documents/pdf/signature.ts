import { LINE_HEIGHT_EM, signatureGeometry } from '../geometry'
import type { ImagePlacement, SignatureBlock } from '../layout'
import { mmToPt, twipPt } from '../units'
import { margins, type PdfContext, type PdfNode } from './context'
import { figureToPdf } from './figure'

/** Room kept between an aside figure and the signature's column (the stamp may reach a little left of it). */
const ASIDE_GAP_MM = 4

/** Title lines, the blank space with signature and stamp laid over it, the name; never split. With an aside, the two side by side. */
export function signatureToPdf(b: SignatureBlock, ctx: PdfContext): PdfNode {
  const g = signatureGeometry(b, ctx.textWidthMm)
  const margin = margins(0, b.spacing?.beforePt ?? 0, 0, b.spacing?.afterPt ?? 0)
  const asideMm = b.aside && b.position === 'right' ? g.columnLeftMm - ASIDE_GAP_MM : 0
  if (!b.aside || asideMm < 40) {
    const own: PdfNode = { ...signatureStack(b, ctx, g, 0), unbreakable: true, margin }
    return b.aside ? { stack: [own, figureToPdf(b.aside, ctx)] } : own
  }
  const asidePt = mmToPt(asideMm)
  const narrow: PdfContext = { ...ctx, textWidthMm: asideMm, textWidthPt: asidePt }
  return {
    columns: [
      { width: asidePt, stack: [figureToPdf(b.aside, narrow)] },
      { width: '*', stack: [signatureStack(b, ctx, g, asideMm)] }
    ],
    columnGap: 0,
    unbreakable: true,
    margin
  }
}

/** The signature's own stack; `originMm` is where its column starts when it stands beside an aside. */
function signatureStack(b: SignatureBlock, ctx: PdfContext, g: ReturnType<typeof signatureGeometry>, originMm: number): { stack: PdfNode[] } {
  const left = twipPt(g.columnLeftMm - originMm)
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
    relativePosition: { x: mmToPt(at.xMm - originMm), y: mmToPt(at.yMm) - below }
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
    ]
  }
}
