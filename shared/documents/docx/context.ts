import { AlignmentType } from 'docx'
import type { Align, ImageData, PageSetup } from '../layout'
import type { SharedBlocks } from './shared'

export interface DocxContext {
  page: PageSetup
  textWidthMm: number
  images: Readonly<Record<string, ImageData>>
  /** Blocks already made in this document, by their content and flow (docx/shared.ts), when it shares them. */
  shared?: SharedBlocks
}

/**
 * How a block sits in the flow. Word keeps blocks together through "keep with next" on
 * paragraphs (and rows), so a keep-together group becomes keepNext on everything but its end.
 */
export interface Flow {
  /** Keep every paragraph of the block with the next one, except the block's last. */
  keepInside: boolean
  /** Keep the block's last paragraph with what follows. */
  keepNext: boolean
  pageBreakBefore: boolean
}

export const FREE_FLOW: Flow = { keepInside: false, keepNext: false, pageBreakBefore: false }

export const docxAlign = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED
} as const satisfies Record<Align, string>

/** keepNext for the paragraph at `index` of `count` paragraphs making up a block. */
export function keepAt(flow: Flow, index: number, count: number): boolean {
  return index < count - 1 ? flow.keepInside : flow.keepNext
}
