import type { Paragraph, Table } from 'docx'
import type { Block } from '../layout'
import { figureToDocx } from './figure'
import type { DocxContext, Flow } from './context'
import { letterheadToDocx } from './letterhead'
import { fieldsToDocx, listToDocx, paragraphToDocx, spacerToDocx } from './paragraphs'
import { signatureToDocx } from './signature'
import { tableToDocx } from './table'

/** The body of one section. A page break is carried by the block after it (pageBreakBefore). */
export function blocksToDocx(blocks: readonly Block[], ctx: DocxContext, outer: Flow): (Paragraph | Table)[] {
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
    out.push(...blockToDocx(block, ctx, flow))
  }
  return out
}

function blockToDocx(block: Exclude<Block, { kind: 'page-break' }>, ctx: DocxContext, flow: Flow): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'letterhead':
      return letterheadToDocx(block, ctx, flow)
    case 'paragraph':
      return paragraphToDocx(block, flow, ctx.images)
    case 'list':
      return listToDocx(block, flow)
    case 'fields':
      return fieldsToDocx(block, flow)
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
