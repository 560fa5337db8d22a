import type { FontFamily, LetterheadBlock, SignatureBlock } from './layout'

/**
 * Measures both renderers must agree on, so a page of the DOCX and of the PDF hold the same lines.
 */

/** Kop rule in points: a thick line above a thin one, as printed kop surat have it. */
export const KOP_RULES: Readonly<Record<LetterheadBlock['rule'], { top: number; gap: number; bottom: number }>> = {
  'thick-thin': { top: 2.25, gap: 1, bottom: 0.75 },
  double: { top: 0.75, gap: 1.5, bottom: 0.75 },
  single: { top: 1.5, gap: 1, bottom: 0 },
  none: { top: 0, gap: 1, bottom: 0 }
}
/** Space between the kop's last line and its rule. */
export const KOP_RULE_BEFORE_PT = 2

export const TABLE_LINE_PT = 0.5
export const HEADER_SHADE = '#E7E6E6'
export const DEFAULT_CELL_PADDING_MM = { x: 1.5, y: 0.8 } as const

/** Header and footer distance from the page edge (Word's "Header from top"). */
export const HEADER_DISTANCE_MM = 12.5
export const FOOTER_DISTANCE_MM = 15

/** Single line spacing of Arial/Times and their Liberation twins: (ascender + descender + line gap) / em. */
export const LINE_HEIGHT_EM = 2355 / 2048

/**
 * pdfmake sets lines at ascender + descender only; Word and LibreOffice add the font's line
 * gap. This factor (from the fonts' hhea tables) gives the PDF Word's single spacing.
 */
export const PDF_LINE_FACTOR: Readonly<Record<FontFamily, number>> = { sans: 2355 / 2288, serif: 2355 / 2268 }

/**
 * pdfmake's line-height factor for a piece drawn by a fallback font (DejaVu Sans: ascender + descender
 * 2384 units of 2048; Noto Emoji: 2400), so that a line holding a symbol or an emoji is as tall as one in
 * Liberation alone (2355 of 2048 with the factor above, in both families). Without it every such line
 * grew by about 0.6 pt, and a sheet of 500 names with symbols ran pages longer than Word and LibreOffice,
 * which keep the paragraph's line height.
 */
export const FALLBACK_LINE_FACTOR = { symbols: 2355 / 2384, emoji: 2355 / 2400 } as const

export interface SignatureGeometry {
  columnLeftMm: number
  columnWidthMm: number
  /** Top-left of each image: x from the left margin, y from the top of the blank space. */
  signature?: { xMm: number; yMm: number }
  stamp?: { xMm: number; yMm: number }
}

/**
 * Where the signature column sits and where ink goes: the signature centred in the column,
 * its foot reaching a little into the name; the stamp over the signature's left part, as a
 * stamp is pressed half over the signature on paper.
 */
export function signatureGeometry(b: SignatureBlock, textWidthMm: number): SignatureGeometry {
  const columnWidthMm = textWidthMm * (1 - b.columnStart)
  const columnLeftMm = b.position === 'right' ? textWidthMm * b.columnStart : 0
  const centre = columnLeftMm + columnWidthMm / 2
  const g: SignatureGeometry = { columnLeftMm, columnWidthMm }
  if (b.signature) {
    const overlapMm = 2
    g.signature = { xMm: centre - b.signature.widthMm / 2, yMm: b.spaceMm - b.signature.heightMm + overlapMm }
  }
  if (b.stamp) {
    const sigLeft = b.signature ? centre - b.signature.widthMm / 2 : centre - b.stamp.widthMm / 2
    g.stamp = { xMm: sigLeft - b.stamp.widthMm * 0.35, yMm: (b.spaceMm - b.stamp.heightMm) / 2 }
  }
  return g
}
