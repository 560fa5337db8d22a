import type { Block } from './layout'

export type Spaced = Extract<Block, { kind: 'paragraph' | 'list' | 'fields' | 'signature' }>

export const spaced = (b: Block | undefined): b is Spaced => b?.kind === 'paragraph' || b?.kind === 'list' || b?.kind === 'fields' || b?.kind === 'signature'

/** The space a block leaves after its last paragraph (a list's or a field block's last item keeps its own). */
export function afterOf(b: Spaced): number {
  if (b.kind === 'list') return b.spacing?.afterPt ?? b.itemAfterPt ?? 0
  if (b.kind === 'fields') return b.spacing?.afterPt ?? b.rowAfterPt ?? 0
  return b.spacing?.afterPt ?? 0
}

/**
 * Space between two paragraphs is the space after the first plus the space before the second in the
 * PDF and in Word; LibreOffice takes the larger of the two, and a page's first paragraph drops its
 * space before in Word and LibreOffice but not in pdfmake. The space before goes into the space after
 * the paragraph above, in both renderers, so every reader lays out the same gaps.
 */
export function joinSpacing(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const b = block.kind === 'keep-together' ? { ...block, blocks: joinSpacing(block.blocks) } : block
    const first = b.kind === 'keep-together' ? b.blocks[0] : b
    const prevOuter = out.at(-1)
    const prev = prevOuter?.kind === 'keep-together' ? prevOuter.blocks.at(-1) : prevOuter
    const before = spaced(first) ? (first.spacing?.beforePt ?? 0) : 0
    if (!spaced(first) || !spaced(prev) || before <= 0 || afterOf(prev) <= 0 || prevOuter === undefined) {
      out.push(b)
      continue
    }
    const movedPrev: Block = { ...prev, spacing: { ...prev.spacing, afterPt: afterOf(prev) + before } }
    const movedFirst: Block = { ...first, spacing: { ...first.spacing, beforePt: 0 } }
    out[out.length - 1] = prevOuter.kind === 'keep-together' ? { ...prevOuter, blocks: [...prevOuter.blocks.slice(0, -1), movedPrev] } : movedPrev
    out.push(b.kind === 'keep-together' ? { ...b, blocks: [movedFirst, ...b.blocks.slice(1)] } : movedFirst)
  }
  return out
}

/** The block without the space after its last paragraph (the space is given outside, as a margin). */
export function withoutAfter(b: Spaced): Spaced {
  return { ...b, spacing: { ...b.spacing, afterPt: 0 } }
}
