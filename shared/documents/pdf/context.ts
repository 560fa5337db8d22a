import type { Content, Margins } from 'pdfmake/interfaces'
import type { PageSetup } from '../layout'

export interface PdfContext {
  page: PageSetup
  textWidthMm: number
  textWidthPt: number
  /** Image key in the layout -> key in the pdfmake images dictionary. */
  imageKey: (layoutKey: string) => string
  /** A unique node id marking a node for the keep rules of `keepRules` (pdf/keep.ts). */
  mark: (rule: KeepRule) => string
}

export type KeepRule = 'keep-together' | 'keep-with-next' | 'lines'

export type PdfNode = Exclude<Content, string | number | Content[]>

export const margins = (left: number, top: number, right: number, bottom: number): Margins => [left, top, right, bottom]
