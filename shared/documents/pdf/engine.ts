import pdfMake from 'pdfmake'
import type { BufferOptions, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import { FONT_STYLES, type FallbackSlot, type FontSet } from '../fonts'
import type { FontFamily } from '../layout'
import { installFontCache } from './font-cache'

/**
 * The parts of pdfmake 0.3 used here. `pdfmake` resolves to js/index.js in Node and to
 * build/pdfmake.js in a bundler (package.json "browser"); both are one shared instance with an
 * in-memory file system (`virtualfs`), where the fonts go as bytes, so no path or URL is read.
 */
interface PdfMakeRuntime {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void }
  addFonts(fonts: TFontDictionary): void
  createPdf(def: TDocumentDefinitions, options?: BufferOptions): { getBuffer(): Promise<Uint8Array>; getStream(): Promise<{ end(): void }> }
  setUrlAccessPolicy?(allow: (url: string) => boolean): void
  setLocalAccessPolicy?(allow: (path: string) => boolean): void
  setProgressCallback?(callback: ((progress: number) => void) | undefined): void
}

const runtime = pdfMake as unknown as PdfMakeRuntime

// Everything a document needs is given as bytes: refuse every URL and local path.
runtime.setUrlAccessPolicy?.(() => false)
runtime.setLocalAccessPolicy?.(() => false)

type FontNames = Readonly<Record<FontFamily | FallbackSlot, string>>
const registered = new WeakMap<FontSet, FontNames>()
let nextId = 1

/** pdfmake family names for a font set, registering its bytes once per FontSet object. */
export function fontNames(fonts: FontSet): FontNames {
  const known = registered.get(fonts)
  if (known) return known
  const id = nextId++
  const names = { sans: `PkkSans${id}`, serif: `PkkSerif${id}`, symbols: `PkkSymbols${id}`, emoji: `PkkEmoji${id}` } as const
  const dictionary: TFontDictionary = {}
  for (const family of ['sans', 'serif'] as const) {
    const files: Record<string, string> = {}
    for (const style of FONT_STYLES) {
      const file = `pkk-fonts/${id}/${family}-${style}.ttf`
      runtime.virtualfs.writeFileSync(file, fonts[family][style])
      files[style] = file
    }
    dictionary[names[family]] = files
  }
  // DejaVu Sans in its regular and bold faces (no italic: an italic run gets the upright face); Noto Emoji
  // has one face, which pdfmake gets for every style.
  const write = (name: string, bytes: Uint8Array) => {
    const file = `pkk-fonts/${id}/${name}`
    runtime.virtualfs.writeFileSync(file, bytes)
    return file
  }
  const symbols = write('symbols', fonts.fallback.symbols)
  const symbolsBold = write('symbols-bold', fonts.fallback.symbolsBold)
  dictionary[names.symbols] = { normal: symbols, bold: symbolsBold, italics: symbols, bolditalics: symbolsBold }
  const emoji = write('emoji', fonts.fallback.emoji)
  dictionary[names.emoji] = { normal: emoji, bold: emoji, italics: emoji, bolditalics: emoji }
  runtime.addFonts(dictionary)
  registered.set(fonts, names)
  return names
}

let fontCache: Promise<void> | undefined

/** The font cache (pdf/font-cache.ts) goes on pdfmake's document class, taken from an empty document. */
function withFontCache(): Promise<void> {
  fontCache ??= runtime
    .createPdf({ content: [] })
    .getStream()
    .then((empty) => {
      installFontCache(empty)
      empty.end()
    })
  return fontCache
}

/** `onProgress` receives 0..1 while pages are drawn (after layout), for a progress bar. */
export async function pdfBytes(def: TDocumentDefinitions, onProgress?: (progress: number) => void): Promise<Uint8Array> {
  await withFontCache()
  runtime.setProgressCallback?.(onProgress)
  let buffer: Uint8Array
  try {
    buffer = await runtime.createPdf(def).getBuffer()
  } finally {
    runtime.setProgressCallback?.(undefined)
  }
  // A Node Buffer (or the browser build's Buffer) as a plain Uint8Array over the same memory.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
