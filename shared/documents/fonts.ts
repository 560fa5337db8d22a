import type { FontFamily } from './layout'

/** TrueType bytes of one family in the four styles pdfmake asks for. */
export interface FontFaces {
  normal: Uint8Array
  bold: Uint8Array
  italics: Uint8Array
  bolditalics: Uint8Array
}

/** The fonts that draw what Liberation lacks (shared/documents/font-runs.ts decides which, per character). */
export type FallbackSlot = 'symbols' | 'emoji'

/**
 * The fonts a PDF embeds: Liberation Sans for 'sans' and Liberation Serif for 'serif'. They are
 * metric-compatible with Arial and Times New Roman, which the DOCX names, so lines break alike.
 * `fallback` holds DejaVu Sans (symbols: check marks, stars, circled numbers, arrows, other scripts) in its
 * regular face and `symbolsBold`, its bold face, for bold text; and Noto Emoji (monochrome emoji), which has
 * one face only, drawn in every style.
 * Loaded by the caller (Node: scripts/lib/node-fonts.ts; browser: fetched from resources/fonts).
 */
export type FontSet = Readonly<Record<FontFamily, FontFaces>> & {
  readonly fallback: Readonly<Record<FallbackSlot | 'symbolsBold', Uint8Array>>
}

export const FONT_STYLES = ['normal', 'bold', 'italics', 'bolditalics'] as const

/** File names under resources/fonts, per family and style. */
export const FONT_FILES: Readonly<Record<FontFamily, Readonly<Record<(typeof FONT_STYLES)[number], string>>>> = {
  sans: {
    normal: 'LiberationSans-Regular.ttf',
    bold: 'LiberationSans-Bold.ttf',
    italics: 'LiberationSans-Italic.ttf',
    bolditalics: 'LiberationSans-BoldItalic.ttf'
  },
  serif: {
    normal: 'LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif-Bold.ttf',
    italics: 'LiberationSerif-Italic.ttf',
    bolditalics: 'LiberationSerif-BoldItalic.ttf'
  }
}

/** File names under resources/fonts of the fallback fonts (static, monochrome; licences beside them). */
export const FALLBACK_FILES: Readonly<Record<FallbackSlot | 'symbolsBold', string>> = {
  symbols: 'DejaVuSans.ttf',
  symbolsBold: 'DejaVuSans-Bold.ttf',
  emoji: 'NotoEmoji-Regular.woff'
}

/** The names Word and LibreOffice look up for each family. */
export const DOCX_FONT_NAMES: Readonly<Record<FontFamily, string>> = { sans: 'Arial', serif: 'Times New Roman' }

/**
 * The family names a DOCX gives a run drawn by a fallback font (docx/runs.ts), as the PDF draws it:
 * Word and LibreOffice then set the symbol or emoji in that font, with its widths, when the machine has it.
 * On a machine without it, Word and LibreOffice draw the character in a font of their own choosing
 * (Segoe UI Symbol or Segoe UI Emoji on Windows, another on Linux), so a line may be a little wider or taller.
 */
export const FALLBACK_DOCX_NAMES: Readonly<Record<FallbackSlot, string>> = { symbols: 'DejaVu Sans', emoji: 'Noto Emoji' }
