import type { Content } from 'pdfmake/interfaces'
import type { FallbackSlot } from '../fonts'
import { splitByFont, symbolLacksBold, type FontPiece } from '../font-runs'
import { FALLBACK_LINE_FACTOR } from '../geometry'

/** pdfmake family names of the fallback fonts (pdf/engine.ts registers them). */
export type FallbackNames = Readonly<Record<FallbackSlot, string>>

type Props = Record<string, unknown>
type Inline = string | (Props & { text: string })

/**
 * Fontkit features of an emoji piece with a skin-tone modifier: no glyph composition, so the emoji
 * and the modifier are two glyphs, each with its own text (shared/documents/font-runs.ts).
 * Kerning stays off as everywhere (render-pdf.ts).
 */
const SEPARATE_GLYPHS = { kern: false, ccmp: false }

/**
 * The size of a skin-tone modifier's swatch in the PDF: a speck, so a toned emoji takes one advance, as
 * Word and LibreOffice draw it (one glyph of a colour font), and a line of toned emoji wraps where theirs
 * does; the modifier stays in the text layer (copied and searched as typed). Drawn at full size the swatch
 * made 👍🏽 15 pt wider at 12 pt than LibreOffice's, and sheets of such names wrapped more and ran longer.
 */
export const TONE_SWATCH_PT = 0.01

const MODIFIER = /\p{Emoji_Modifier}/u

function pieceInline(p: FontPiece, props: Props, names: FallbackNames): Inline[] {
  if (p.font === 'main') return [Object.keys(props).length === 0 ? p.text : { ...props, text: p.text }]
  // Its line height scaled to Liberation's: a symbol never makes its line taller (geometry.ts).
  const own = { ...props, font: names[p.font], lineHeight: FALLBACK_LINE_FACTOR[p.font] }
  if (p.font === 'symbols') return symbolInlines(p.text, own)
  if (!p.separate) return [{ ...own, text: p.text }]
  // The emoji glyph by glyph; each skin-tone modifier a speck of its own (TONE_SWATCH_PT).
  const out: (Props & { text: string })[] = []
  let afterTone = true
  for (const ch of p.text) {
    const tone = MODIFIER.test(ch)
    const last = out.at(-1)
    if (!tone && !afterTone && last) last.text += ch
    else out.push({ ...own, text: ch, fontFeatures: SEPARATE_GLYPHS, ...(tone ? { fontSize: TONE_SWATCH_PT } : {}) })
    afterTone = tone
  }
  return out
}

/**
 * A DejaVu Sans piece: bold text takes DejaVu Sans Bold (pdf/engine.ts), except for the few characters the
 * bold face lacks, which are drawn regular rather than as empty boxes.
 */
function symbolInlines(text: string, own: Props): Inline[] {
  const out: (Props & { text: string })[] = []
  let lastRegular: boolean | undefined
  for (const ch of text) {
    const regular = symbolLacksBold(ch.codePointAt(0) ?? 0)
    const last = out.at(-1)
    if (last && lastRegular === regular) last.text += ch
    else out.push({ ...own, text: ch, ...(regular ? { bold: false } : {}) })
    lastRegular = regular
  }
  return out
}

function inlines(text: unknown, props: Props, names: FallbackNames): Inline[] {
  if (Array.isArray(text)) return text.flatMap((t) => inlines(t, props, names))
  if (typeof text === 'string' || typeof text === 'number') {
    return splitByFont(String(text)).flatMap((p) => pieceInline(p, props, names))
  }
  if (text !== null && typeof text === 'object' && 'text' in text) {
    // pdfmake flattens nested inlines without their style: the outer inline's style goes onto each piece.
    const { text: inner, ...own } = text as Props
    return inlines(inner, { ...props, ...own }, names)
  }
  return []
}

/** A node's `text` with every piece a fallback font draws in an inline of its own; unchanged when Liberation draws it all. */
function fallbackText(text: unknown, names: FallbackNames): unknown {
  if (typeof text === 'string') {
    const pieces = splitByFont(text)
    if (pieces.every((p) => p.font === 'main') && pieces.map((p) => p.text).join('') === text) return text
  }
  const out = inlines(text, {}, names)
  if (out.length === 0) return ''
  return out.length === 1 && typeof out[0] === 'string' ? out[0] : out
}

/**
 * Every text of a pdfmake document definition, split by the font that draws each character. Walks
 * the whole tree (stacks, columns, tables, sections), so every block's text is covered, whoever
 * wrote it. Changes the nodes in place and returns the content.
 */
export function applyFallbackFonts<T extends Content>(content: T, names: FallbackNames): T {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) return
    const obj = node as Props
    // for…in over the node's own keys (pdfmake's nodes are plain objects): no array of entries per node.
    for (const key in obj) {
      if (!Object.hasOwn(obj, key)) continue
      const value = obj[key]
      if (key === 'text') obj[key] = fallbackText(value, names)
      else if (typeof value === 'object') visit(value)
    }
  }
  visit(content)
  return content
}
