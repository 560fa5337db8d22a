/**
 * Fonts parsed once per process (and per render worker), reused by every PDF.
 *
 * pdfmake 0.3 gives every document a new pdfkit document, whose `provideFont` reads each font file
 * from the virtual file system and has fontkit decode it again: its tables, glyphs and the OpenType
 * shaping set-up. With our `fontFeatures` (kerning off) pdfkit also skips its own per-document
 * layout cache and shapes every word anew. Neither bundle (Node's js/ and the browser's
 * build/pdfmake.js) exports pdfkit's classes, so this module wraps `provideFont` on the prototype of
 * the pdfkit document pdfmake makes (taken from an empty document, before the first real one):
 *
 * - the first document of a process parses a font file as before and keeps its fontkit object;
 * - every later document gets a fresh pdfkit `EmbeddedFont` (its own subset, widths and PDF objects,
 *   so each PDF embeds exactly the glyphs it uses) around the kept fontkit object;
 * - a word shaped with given features is shaped once per font and process (fontkit's result is a pure
 *   function of the font, the text and the features; pdfkit and pdfmake only read it).
 *
 * Keyed by the file name in pdfmake's virtual file system, so it holds whatever families a FontSet has.
 */

/** What pdfkit reads of a fontkit glyph when it writes text (its id, width and the characters it shows). */
interface GlyphLike {
  id: number
  advanceWidth: number
  codePoints: number[]
}

/** A shaped run as pdfkit's EmbeddedFont returns it (positions already in 1/1000 em). */
interface GlyphRun {
  advanceWidth: number
  glyphs: GlyphLike[]
  positions: unknown[]
}

/** The part of a fontkit font patched here. */
interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): GlyphLike | null
  /** Set for a variable font (an instance's outlines are computed, not read). */
  _variationProcessor?: unknown
}

/** A fontkit TrueType glyph: `_decode` reads its outline (points, or a composite's parts) from the font's bytes. */
interface DecodableGlyph extends GlyphLike {
  _decode?: () => unknown
  pkkDecodedOnce?: true
}

/** The parts of pdfkit 0.19's EmbeddedFont used here. */
interface EmbeddedFont {
  font: FontkitFont
  layout(text: string, features?: unknown, onlyWidth?: boolean): GlyphRun
  layoutRun(text: string, features?: unknown): GlyphRun
}

type EmbeddedFontClass = new (document: PdfKitDocument, font: FontkitFont, id: string) => EmbeddedFont

/** The parts of pdfmake 0.3's PDFDocument (a pdfkit document) used here. */
interface PdfKitDocument {
  getFontType(bold: boolean, italics: boolean): string
  getFontFile(familyName: string, bold: boolean, italics: boolean): unknown
  provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont
  fontCache: Record<string, Record<string, EmbeddedFont | undefined> | undefined>
  _fontFamilies: Record<string, EmbeddedFont>
  _fontCount: number
}

interface KeptFont {
  font: FontkitFont
  /** Shaped runs by features, then by text (two look-ups, no key string made per word). */
  runs: Map<string, Map<string, GlyphRun>>
  /** How many runs `runs` holds. */
  size: number
}

/** Enough for every word of a year's documents; past it the runs start again (the fonts stay). */
const MAX_RUNS_PER_FONT = 50_000

const kept = new Map<string, KeptFont>()
let embeddedFontClass: EmbeddedFontClass | undefined
const featureKeys = new WeakMap<object, string>()
const stats = { parsed: 0, reused: 0, shaped: 0, shapedFromCache: 0 }

function featureKey(features: unknown): string {
  if (typeof features !== 'object' || features === null) return String(features)
  let key = featureKeys.get(features)
  if (key === undefined) {
    key = JSON.stringify(features)
    featureKeys.set(features, key)
  }
  return key
}

/** Shaping with features goes through the font's kept runs; without features pdfkit's own cache works. */
function shareShaping(embedded: EmbeddedFont, keep: KeptFont): void {
  const plain = embedded.layout
  embedded.layout = function layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): GlyphRun {
    if (!features) return plain.call(this, text, features, onlyWidth)
    const fk = featureKey(features)
    let byText = keep.runs.get(fk)
    const known = byText?.get(text)
    if (known) {
      stats.shapedFromCache++
      return known
    }
    stats.shaped++
    const run = ownGlyphs(this.layoutRun(text, features), text)
    if (keep.size >= MAX_RUNS_PER_FONT) {
      keep.runs.clear()
      keep.size = 0
      byText = undefined
    }
    if (byText === undefined) {
      byText = new Map()
      keep.runs.set(fk, byText)
    }
    byText.set(text, run)
    keep.size++
    return run
  }
}

/**
 * The run with glyphs of its own: fontkit keeps one glyph object per glyph id for the font's life, with
 * the characters it was first met for (a space first met as a no-break space stays one), and pdfkit maps
 * each glyph back to those characters for copying text. Here each glyph gets the characters of this text
 * when they line up one to one (else fontkit's), so what a PDF's text reads never depends on earlier documents.
 */
function ownGlyphs(run: GlyphRun, text: string): GlyphRun {
  const chars = Array.from(text, (c) => c.codePointAt(0) ?? 0)
  const oneToOne = chars.length === run.glyphs.length
  const glyphs = run.glyphs.map((g, i) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: oneToOne ? [chars[i] ?? 0] : [...g.codePoints] }))
  return { advanceWidth: run.advanceWidth, glyphs, positions: run.positions }
}

/**
 * Subsetting a document asks fontkit for the parts of composite glyphs (the "e" of "é") without
 * characters, and fontkit keeps that glyph: a later document shaping "e" would get it with no
 * characters and its text would not copy. A glyph without characters takes the ones it is met for.
 */
function keepCharacters(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font)
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints)
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints
    if (glyph && !font._variationProcessor) decodeOnce(glyph)
    return glyph
  }
}

/**
 * Each document's subset asks fontkit to decode every glyph it embeds (the whole outline, to learn
 * whether the glyph is composite), and the outline depends on the font's bytes alone: fontkit keeps
 * one glyph object per id for the font's life, so the decoded outline is kept on it. Only read after
 * (the subset copies the glyph's bytes and renumbers a composite's parts in its own copy); a variable
 * font's outlines are left alone.
 */
function decodeOnce(glyph: DecodableGlyph): void {
  if (glyph.pkkDecodedOnce || typeof glyph._decode !== 'function') return
  const decode = glyph._decode
  let decoded: { value: unknown } | undefined
  glyph._decode = function decodeKept(this: DecodableGlyph): unknown {
    decoded ??= { value: decode.call(this) }
    return decoded.value
  }
  glyph.pkkDecodedOnce = true
}

/**
 * Wraps `provideFont` on pdfmake's pdfkit document class, once. `sample` is any document pdfmake
 * made (an empty one will do); its prototype is the class every later document has.
 */
export function installFontCache(sample: object): void {
  const proto = Object.getPrototypeOf(sample) as PdfKitDocument & { pkkFontCache?: true }
  if (proto.pkkFontCache) return
  if (typeof proto.provideFont !== 'function' || typeof proto.getFontFile !== 'function' || typeof proto.getFontType !== 'function') {
    throw new Error('pdfmake tidak dikenali: provideFont tidak ada (versi pdfmake berubah?)')
  }
  const original = proto.provideFont
  proto.provideFont = function provideFont(this: PdfKitDocument, familyName: string, bold: boolean, italics: boolean): EmbeddedFont {
    const type = this.getFontType(bold, italics)
    const mine = this.fontCache[familyName]?.[type]
    if (mine) return mine
    const file = this.getFontFile(familyName, bold, italics)
    if (typeof file !== 'string') return original.call(this, familyName, bold, italics)
    const keep = kept.get(file)
    if (!keep || !embeddedFontClass) {
      // First use in this process: pdfkit parses the file; its fontkit object is kept.
      const embedded = original.call(this, familyName, bold, italics)
      embeddedFontClass ??= embedded.constructor as EmbeddedFontClass
      const fresh: KeptFont = keep ?? { font: embedded.font, runs: new Map(), size: 0 }
      if (!keep) keepCharacters(embedded.font)
      kept.set(file, fresh)
      stats.parsed++
      shareShaping(embedded, fresh)
      return embedded
    }
    const family = (this.fontCache[familyName] ??= {})
    // One file asked for in several styles (a fallback font with one face) is one font of the document,
    // as pdfkit's font() makes it: one subset, embedded once.
    const same = Object.values(this._fontFamilies).find((f) => f.font === keep.font)
    if (same) {
      family[type] = same
      return same
    }
    // A font of this document around the kept fontkit object, registered as pdfkit's font() does,
    // so that the document's end() embeds its subset.
    const id = `F${++this._fontCount}`
    const embedded = new embeddedFontClass(this, keep.font, id)
    this._fontFamilies[id] = embedded
    family[type] = embedded
    stats.reused++
    shareShaping(embedded, keep)
    return embedded
  }
  proto.pkkFontCache = true
}

/** Counters since the process started: fonts parsed and reused, words shaped and taken from the cache. */
export function fontCacheStats(): Readonly<typeof stats> & { fonts: number } {
  return { ...stats, fonts: kept.size }
}
