/** Length conversions shared by both renderers; 1 inch = 25.4 mm = 72 pt = 1440 twips = 914400 EMU = 96 px. */

export const mmToPt = (mm: number): number => (mm * 72) / 25.4
export const ptToMm = (pt: number): number => (pt * 25.4) / 72
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4)
export const ptToTwip = (pt: number): number => Math.round(pt * 20)
export const mmToEmu = (mm: number): number => Math.round(mm * 36000)
/** docx sizes images in CSS pixels (96 per inch). */
export const mmToPx = (mm: number): number => (mm * 96) / 25.4
/**
 * A horizontal length on Word's twip grid, in points. The DOCX stores indents, tabs and
 * column widths in whole twips; the PDF uses the same rounded values so a word that just
 * fits in one fits in the other.
 */
export const twipPt = (mm: number): number => mmToTwip(mm) / 20
