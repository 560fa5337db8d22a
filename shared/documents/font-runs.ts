import { EMOJI_RANGES, MAIN_RANGES, SYMBOL_NOT_BOLD_RANGES, SYMBOL_RANGES } from './coverage-data'

/**
 * Which bundled font draws each character of a text (docs/formats.md, "Every character printed").
 * pdfmake draws a run in one font and prints an empty box for a character that font lacks, so the
 * PDF renderer splits text into pieces by font: Liberation ('main') first, then DejaVu Sans
 * ('symbols': ✓ ★ ① arrows, Greek, Arabic ...), then Noto Emoji ('emoji', monochrome).
 *
 * The unit is the grapheme cluster (a letter with its accents, an emoji with its modifiers, a ZWJ
 * sequence, a flag, a keycap), so a sequence is never torn between two fonts:
 * - a cluster that asks for emoji presentation (an emoji-presentation base, U+FE0F, a skin-tone
 *   modifier, a ZWJ between pictographs, a keycap, a flag, tag characters) tries Noto Emoji first;
 *   other clusters try Liberation, then DejaVu Sans, then Noto Emoji;
 * - the first font that draws every visible character of the cluster takes it; invisible format
 *   characters (ZWJ, variation selectors, tags) that font lacks are left out of the piece, since it
 *   would draw them as boxes; the ones it has stay (Noto Emoji joins ZWJ sequences into one glyph);
 * - a cluster with a skin-tone modifier is marked `separate`: drawn as the emoji followed by the
 *   font's skin-tone swatch. Noto Emoji is monochrome and would otherwise draw the bare emoji,
 *   whose one glyph cannot carry both "👍" and "👍🏽" into the PDF's text layer.
 * A cluster no font draws is `uncovered`: input refuses it (`unprintableCharacters`); text stored
 * before the check existed still prints, in the main font.
 */
export type FontSlot = 'main' | 'symbols' | 'emoji'

export interface FontPiece {
  text: string
  font: FontSlot
  /** Emoji with a skin-tone modifier, drawn glyph by glyph (no ligature). */
  separate?: true
  /** No bundled font draws it. */
  uncovered?: true
}

/** Index of the range holding `cp` in a flat list of (start, end[, width]) groups of `step` numbers, or -1. */
function findRange(ranges: readonly number[], step: number, cp: number): number {
  let lo = 0
  let hi = ranges.length / step - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const start = ranges[mid * step] ?? 0
    const end = ranges[mid * step + 1] ?? -1
    if (cp < start) hi = mid - 1
    else if (cp > end) lo = mid + 1
    else return mid
  }
  return -1
}

export function fontCovers(font: FontSlot, cp: number): boolean {
  if (font === 'main') return findRange(MAIN_RANGES, 2, cp) >= 0
  return findRange(font === 'symbols' ? SYMBOL_RANGES : EMOJI_RANGES, 3, cp) >= 0
}

/** Whether DejaVu Sans Bold lacks a character its regular face draws (mathematical alphanumerics and a few others). */
export function symbolLacksBold(cp: number): boolean {
  return findRange(SYMBOL_NOT_BOLD_RANGES, 2, cp) >= 0
}

/** Advance (2048 units per em, the widest of its range) of a code point in a fallback font, or undefined. */
export function fallbackAdvance(font: Exclude<FontSlot, 'main'>, cp: number): number | undefined {
  const ranges = font === 'symbols' ? SYMBOL_RANGES : EMOJI_RANGES
  const i = findRange(ranges, 3, cp)
  return i < 0 ? undefined : ranges[i * 3 + 2]
}

// Line breaks and tabs are laid out by pdfmake, not drawn.
const LAYOUT = new Set([0x0a, 0x0d, 0x09])
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u
const CONTROL = /^\p{Cc}$/u
const MODIFIER = /^\p{Emoji_Modifier}$/u
const ASKS_EMOJI = /^(?:\p{Emoji_Presentation}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0F|\u20E3|[\u{E0020}-\u{E007F}])$/u
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u

const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' })

function asksEmoji(chars: readonly string[]): boolean {
  // Only a base Noto Emoji draws can be an emoji: "a" + U+FE0F stays a letter.
  if (!fontCovers('emoji', chars[0]?.codePointAt(0) ?? 0)) return false
  if (chars.some((c) => ASKS_EMOJI.test(c))) return true
  return chars.includes('\u200D') && PICTOGRAPH.test(chars[0] ?? '')
}

function clusterPiece(cluster: string, keepText = false): FontPiece {
  const chars = [...cluster]
  if (chars.every((c) => LAYOUT.has(c.codePointAt(0) ?? 0))) return { text: cluster, font: 'main' }
  // Other control characters draw nothing (a font may map them to an empty glyph): nothing prints them.
  if (chars.some((c) => CONTROL.test(c))) return { text: cluster, font: 'main', uncovered: true }
  const order: readonly FontSlot[] = asksEmoji(chars) ? ['emoji', 'symbols', 'main'] : ['main', 'symbols', 'emoji']
  for (const font of order) {
    const draws = (c: string) => fontCovers(font, c.codePointAt(0) ?? 0)
    if (!chars.every((c) => draws(c) || INVISIBLE.test(c))) continue
    const piece: FontPiece = { text: keepText ? cluster : chars.filter(draws).join(''), font }
    if (font === 'emoji' && chars.some((c) => MODIFIER.test(c))) piece.separate = true
    return piece
  }
  return { text: cluster, font: 'main', uncovered: true }
}

/** Latin, Latin-1 and their combining accents: Liberation draws every cluster made of these. */
const ALL_MAIN = /^[\t\n\r\x20-\x7E\u00A0-\u036F]*$/

/**
 * The text in pieces, each drawn by one font; adjacent clusters of one font make one piece.
 * `keepText`: each piece holds its clusters whole, invisible format characters included (the DOCX,
 * where Word and LibreOffice shape them), instead of only what its font draws (the PDF).
 */
export function splitByFont(text: string, keepText = false): FontPiece[] {
  if (ALL_MAIN.test(text)) return text === '' ? [] : [{ text, font: 'main' }]
  const out: FontPiece[] = []
  for (const { segment } of segmenter.segment(text)) {
    const p = clusterPiece(segment, keepText)
    if (p.text === '') continue
    const last = out.at(-1)
    if (last && last.font === p.font && last.separate === p.separate && last.uncovered === p.uncovered) last.text += p.text
    else out.push(p)
  }
  return out
}

/** The clusters of a text that no bundled font draws, each once, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  if (ALL_MAIN.test(text)) return []
  const seen = new Set<string>()
  for (const { segment } of segmenter.segment(text)) {
    if (clusterPiece(segment).uncovered) seen.add(segment)
  }
  return [...seen]
}

/** How a refused character is named in a message: itself and its code points ("漢 (U+6F22)"); invisible ones by code only. */
export function describeCharacter(cluster: string): string {
  const codes = [...cluster].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')
  const visible = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]+$/u.test(cluster)
  return visible ? `${cluster} (${codes})` : codes
}

/** The Indonesian message for text holding characters no font draws, or undefined when it all prints. */
export function unprintableMessage(text: string): string | undefined {
  const bad = unprintableCharacters(text)
  if (bad.length === 0) return undefined
  const shown = bad.slice(0, 5).map(describeCharacter).join(', ')
  const more = bad.length > 5 ? ` dan ${bad.length - 5} lainnya` : ''
  return `Karakter ${shown}${more} tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa`
}
