import type { Block } from '../layout'
import { figureToPdf } from './figure'
import { margins, type PdfContext, type PdfNode } from './context'
import { letterheadToPdf } from './letterhead'
import { blankHeight, fieldsToPdf, listToPdf, paragraphToPdf, spacerToPdf } from './paragraphs'
import { signatureToPdf } from './signature'
import { tableToPdf } from './table'
import { afterOf, spaced, withoutAfter } from '../spacing'

// pdfmake accepts an id on any node (it reports it to pageBreakBefore); its typings list it on some only.
const withId = (node: PdfNode, id: string): PdfNode => Object.assign(node, { id })

/**
 * The body of one section. A page break becomes pageBreak 'before' on the next block. Keeping
 * is decided after layout (pdf/keep.ts), not with pdfmake's unbreakable blocks, which drop
 * whatever does not fit on one page.
 */
export function blocksToPdf(blocks: readonly Block[], ctx: PdfContext, sectionEnd = false): PdfNode[] {
  const out: PdfNode[] = []
  let breakPending = false
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (!block) continue
    if (block.kind === 'page-break') {
      breakPending = true
      continue
    }
    const after = blocks[i + 1]
    let node: PdfNode
    if (block.kind === 'table' && block.keepWithNext && after && after.kind !== 'page-break') {
      // The block after goes inside the table, with its last row (pdf/table.ts). When nothing follows
      // them in the section, the table's space after goes: pdfmake would start a blank page for it when
      // that row ends at a page's foot, where Word and LibreOffice let the space run past the foot.
      const last = sectionEnd && blocks.slice(i + 2).every((b) => b.kind === 'page-break')
      node = tableToPdf(last ? { ...block, spacing: { ...block.spacing, afterPt: 0 } } : block, ctx, markedNode(after, ctx))
      i++
    } else node = markedNode(block, ctx)
    out.push(breakPending ? { stack: [node], pageBreak: 'before' } : node)
    breakPending = false
  }
  return out
}

function keepTogether(blocks: readonly Block[], ctx: PdfContext): PdfNode {
  const last = blocks.at(-1)
  const after = spaced(last) ? afterOf(last) : 0
  const inner = after > 0 && spaced(last) ? [...blocks.slice(0, -1), withoutAfter(last)] : blocks
  const group = withId({ stack: [...blocksToPdf(inner, ctx), blankHeight(0)] }, ctx.mark('keep-together'))
  return after > 0 ? { stack: [group], margin: margins(0, 0, 0, after) } : group
}

function markedNode(block: Exclude<Block, { kind: 'page-break' }>, ctx: PdfContext): PdfNode {
  const plain = blockToPdf(block, ctx)
  return (block.kind === 'paragraph' || block.kind === 'list') && block.keepWithNext ? withId(plain, ctx.mark('keep-with-next')) : plain
}

function blockToPdf(block: Exclude<Block, { kind: 'page-break' }>, ctx: PdfContext): PdfNode {
  switch (block.kind) {
    case 'letterhead':
      return letterheadToPdf(block, ctx)
    case 'paragraph':
      return paragraphToPdf(block, ctx)
    case 'list':
      return listToPdf(block, ctx)
    case 'fields':
      return fieldsToPdf(block, ctx)
    case 'table':
      return tableToPdf(block, ctx)
    case 'signature':
      return signatureToPdf(block, ctx)
    case 'figure':
      return figureToPdf(block, ctx)
    case 'spacer':
      return spacerToPdf(block)
    case 'keep-together':
      // pdfmake gives a stack the pages of its own positions, and an unbreakable child (a signature)
      // moved to the next page adds none: the group would look whole. An empty line drawn after the
      // last child gives the group a position where it ends, so the keep rule sees it cross the page.
      // The space after the group's last block stays outside it: Word and LibreOffice let a paragraph's
      // space after run past the page's foot, so it never moves the group to the next page there.
      return keepTogether(block.blocks, ctx)
  }
}
