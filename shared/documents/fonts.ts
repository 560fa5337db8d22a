import type { FontFamily } from './layout'

/** TrueType bytes of one family in the four styles pdfmake asks for. */
export interface FontFaces {
  normal: Uint8Array
  bold: Uint8Array
  italics: Uint8Array
  bolditalics: Uint8Array
}

/**
 * The fonts a PDF embeds: Liberation Sans for 'sans' and Liberation Serif for 'serif'. They are
 * metric-compatible with Arial and Times New Roman, which the DOCX names, so lines break alike.
 * Loaded by the caller (Node: scripts/lib/node-fonts.ts; browser: fetched from resources/fonts).
 */
export type FontSet = Readonly<Record<FontFamily, FontFaces>>

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

/** The names Word and LibreOffice look up for each family. */
export const DOCX_FONT_NAMES: Readonly<Record<FontFamily, string>> = { sans: 'Arial', serif: 'Times New Roman' }
