import { LineRuleType, Paragraph, type ImageRun, type Table } from 'docx'
import { signatureGeometry } from '../geometry'
import type { SignatureBlock } from '../layout'
import { mmToTwip, ptToTwip } from '../units'
import { docxAlign, type DocxContext, type Flow } from './context'
import { figureToDocx } from './figure'
import { floatingImage } from './images'
import { docxRuns, fallbackLineSpacing } from './runs'

/**
 * Title lines, a blank paragraph of exactly the signature space (the anchor of the signature
 * and stamp images), the name and the line below it; all kept on one page.
 */
export function signatureToDocx(b: SignatureBlock, ctx: DocxContext, flow: Flow): (Paragraph | Table)[] {
  const g = signatureGeometry(b, ctx.textWidthMm)
  const indent = { left: mmToTwip(g.columnLeftMm), right: mmToTwip(ctx.textWidthMm - g.columnLeftMm - g.columnWidthMm) }
  const line = (text: Parameters<typeof docxRuns>[0], first: boolean, keepNext: boolean, afterTwip?: number) =>
    new Paragraph({
      children: docxRuns(text),
      alignment: docxAlign.center,
      indent,
      keepNext: keepNext || undefined,
      keepLines: true,
      spacing: { before: first && b.spacing?.beforePt ? ptToTwip(b.spacing.beforePt) : undefined, after: afterTwip, ...fallbackLineSpacing(ctx.page.fontSizePt, text) },
      pageBreakBefore: (first && flow.pageBreakBefore) || undefined
    })
  const images: ImageRun[] = []
  if (b.signature && g.signature) images.push(floatingImage(ctx.images, b.signature, g.signature.xMm, g.signature.yMm, 1))
  if (b.stamp && g.stamp) images.push(floatingImage(ctx.images, b.stamp, g.stamp.xMm, g.stamp.yMm, 2))
  const space = new Paragraph({
    children: images,
    spacing: { line: mmToTwip(b.spaceMm), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    run: { size: 2 },
    indent,
    keepNext: true,
    pageBreakBefore: (b.titleLines.length === 0 && flow.pageBreakBefore) || undefined
  })
  const hasBelow = b.belowName !== undefined && b.belowName !== ''
  const after = b.spacing?.afterPt ? ptToTwip(b.spacing.afterPt) : undefined
  const name = line([{ text: b.name, bold: b.nameBold, underline: b.nameUnderline }], false, hasBelow || flow.keepNext, hasBelow ? undefined : after)
  return [
    ...b.titleLines.map((t, i) => line(t, i === 0, true)),
    space,
    name,
    ...(hasBelow ? [line(b.belowName ?? '', false, flow.keepNext, after)] : []),
    // Word has no room beside the signature for it without a layout table; it follows the signature.
    ...(b.aside ? figureToDocx(b.aside, ctx, { ...flow, pageBreakBefore: false }) : [])
  ]
}
