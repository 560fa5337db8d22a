import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { FALLBACK_FILES, FONT_FILES, FONT_STYLES, type FontFaces, type FontSet } from '../../shared/documents/fonts'
import type { FontFamily } from '../../shared/documents/layout'

/** resources/fonts of this checkout, found from this file so the CLI works from any working directory. */
export const FONTS_DIR = fileURLToPath(new URL('../../resources/fonts/', import.meta.url))

async function loadFamily(dir: string, family: FontFamily): Promise<FontFaces> {
  const files = FONT_FILES[family]
  const [normal, bold, italics, bolditalics] = await Promise.all(
    FONT_STYLES.map(async (style) => new Uint8Array(await readFile(join(dir, files[style]))))
  )
  if (!normal || !bold || !italics || !bolditalics) throw new Error(`Font ${family} tidak lengkap di ${dir}`)
  return { normal, bold, italics, bolditalics }
}

/** Reads the fonts the PDF renderer embeds, Liberation and the fallbacks (Node only: tests and the CLI). */
export async function loadNodeFonts(dir: string = FONTS_DIR): Promise<FontSet> {
  const [sans, serif, symbols, symbolsBold, emoji] = await Promise.all([
    loadFamily(dir, 'sans'),
    loadFamily(dir, 'serif'),
    readFile(join(dir, FALLBACK_FILES.symbols)),
    readFile(join(dir, FALLBACK_FILES.symbolsBold)),
    readFile(join(dir, FALLBACK_FILES.emoji))
  ])
  return { sans, serif, fallback: { symbols: new Uint8Array(symbols), symbolsBold: new Uint8Array(symbolsBold), emoji: new Uint8Array(emoji) } }
}
