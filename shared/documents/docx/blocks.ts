import type { Paragraph, Table } from 'docx'
import type { Block } from '../layout'
import { afterOf, spaced } from '../spacing'
import { ptToMm } from '../units'
import { figureToDocx } from './figure'
import type { DocxContext, Flow } from './context'
import { letterheadToDocx } from './letterhead'
import { fieldsToDocx, listToDocx, paragraphToDocx, spacerToDocx } from './paragraphs'
import { signatureToDocx } from './signature'
import { tableToDocx } from './table'

/** The block with `pt` more space after its last paragraph, or undefined when its last part is no paragraph. */
function withMoreAfter(b: Block, pt: number): Block | undefined {
  if (spaced(b)) return { ...b, spacing: { ...b.spacing, afterPt: afterOf(b) + pt } }
  if (b.kind !== 'keep-together') return undefined
  const last = b.blocks.at(-1)
  const moved = last && withMoreAfter(last, pt)
  return moved ? { ...b, blocks: [...b.blocks.slice(0, -1), moved] } : undefined
}

/**
 * The PDF sets the block after a table that keeps its last row with it inside that last row
 * (pdf/blocks.ts), so the table's space after follows that block. The same here: the space goes
 * after the next block's last paragraph (which, like the PDF's margin, may run past a page's foot),
 * or into a spacer after it. Written between them, it made the gap above a decree's signature twice
 * the PDF's, and LibreOffice moved signatures the PDF kept at a page's foot to the next page.
 */
export function tableSpaceAfterNext(blocks: readonly Block[]): Block[] {
  const out = [...blocks]
  for (let i = 0; i < out.length - 1; i++) {
    const b = out[i]
    const next = out[i + 1]
    if (b?.kind !== 'table' || !b.keepWithNext || !b.spacing?.afterPt || !next || next.kind === 'page-break') continue
    out[i] = { ...b, spacing: { ...b.spacing, afterPt: 0 } }
    const moved = withMoreAfter(next, b.spacing.afterPt)
    if (moved) out[i + 1] = moved
    else out.splice(i + 2, 0, { kind: 'spacer', heightMm: ptToMm(b.spacing.afterPt) })
  }
  return out
}

/** The body of one section. A page break is carried by the block after it (pageBreakBefore). */
export function blocksToDocx(input: readonly Block[], ctx: DocxContext, outer: Flow): (Paragraph | Table)[] {
  const blocks = tableSpaceAfterNext(input)
  const out: (Paragraph | Table)[] = []
  let breakPending = outer.pageBreakBefore
  const content = blocks.filter((b) => b.kind !== 'page-break')
  let seen = 0
  for (const block of blocks) {
    if (block.kind === 'page-break') {
      breakPending = true
      continue
    }
    seen++
    const isLast = seen === content.length
    const flow: Flow = {
      keepInside: outer.keepInside,
      keepNext: outer.keepInside ? !isLast || outer.keepNext : false,
      pageBreakBefore: breakPending
    }
    breakPending = false
    // A section's last paragraph carries its section properties: it is always made anew (docx/shared.ts).
    out.push(...(ctx.shared && !isLast ? ctx.shared.made(block, flow, () => blockToDocx(block, ctx, flow)) : blockToDocx(block, ctx, flow)))
  }
  return out
}

function blockToDocx(block: Exclude<Block, { kind: 'page-break' }>, ctx: DocxContext, flow: Flow): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'letterhead':
      return letterheadToDocx(block, ctx, flow)
    case 'paragraph':
      return paragraphToDocx(block, flow, ctx.images, ctx.page.fontSizePt)
    case 'list':
      return listToDocx(block, flow, ctx.page.fontSizePt)
    case 'fields':
      return fieldsToDocx(block, flow, ctx.page.fontSizePt)
    case 'table':
      return tableToDocx(block, ctx, flow)
    case 'signature':
      return signatureToDocx(block, ctx, flow)
    case 'figure':
      return figureToDocx(block, ctx, flow)
    case 'spacer':
      return spacerToDocx(block, flow)
    case 'keep-together':
      return blocksToDocx(block.blocks, ctx, { keepInside: true, keepNext: flow.keepNext, pageBreakBefore: flow.pageBreakBefore })
  }
}
