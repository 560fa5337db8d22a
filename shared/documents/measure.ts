import { LINE_HEIGHT_EM } from './geometry'
import type { FontFamily, RichText } from './layout'
import { fallbackAdvance, fontCovers } from './font-runs'
import { METRIC_CHARS, WIDTHS } from './metrics-data'
import { toRuns } from './text'

/**
 * A measuring pass without a renderer: how many lines a text takes in a column, from the fonts'
 * advance widths (scripts/make-metrics.mjs). Builders use it where the layout depends on its own
 * size (the pages of an attached list, which the letter's "Lampiran" counts). It errs on the long
 * side: it breaks only at spaces and gives an unknown character the width of an em. Characters
 * Liberation lacks are measured in the fallback font that draws them (font-runs.ts), one by one:
 * an emoji sequence drawn as one glyph counts each of its emoji.
 */

const UNITS_PER_EM = 2048
const UNLISTED = -1

/**
 * Each style's advance widths by code point, for the code points of the metrics table (the highest is "…", 8230):
 * one array read per character, where a Map look-up and the style's name were made for each.
 */
const TABLE_SIZE = Math.max(...METRIC_CHARS) + 1
const tables = new Map<string, Int32Array>()
function widthTable(family: FontFamily, bold: boolean, italic: boolean): Int32Array {
  const key = `${family}-${bold ? (italic ? 'bolditalics' : 'bold') : italic ? 'italics' : 'normal'}`
  let table = tables.get(key)
  if (!table) {
    const row = WIDTHS[key] ?? []
    table = new Int32Array(TABLE_SIZE).fill(UNLISTED)
    METRIC_CHARS.forEach((cp, i) => {
      ;(table as Int32Array)[cp] = row[i] ?? UNITS_PER_EM
    })
    tables.set(key, table)
  }
  return table
}

/** A character's advance in font units: from the style's table, or as an unlisted character. */
function unitsOf(table: Int32Array, ch: string, cp: number): number {
  const listed = cp < TABLE_SIZE ? (table[cp] ?? UNLISTED) : UNLISTED
  return listed === UNLISTED ? unlistedUnits(ch, cp) : listed
}

export function textWidthPt(text: string, sizePt: number, family: FontFamily = 'sans', bold = false, italic = false): number {
  const table = widthTable(family, bold, italic)
  let units = 0
  for (const ch of text) units += unitsOf(table, ch, ch.codePointAt(0) ?? 0)
  return (units * sizePt) / UNITS_PER_EM
}

const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u
const EMOJI_FIRST = /^(?:\p{Emoji_Presentation}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u20E3)$/u

/** A character outside the metrics table: an em in Liberation, its fallback font's advance otherwise. */
function unlistedUnits(ch: string, cp: number): number {
  if (INVISIBLE.test(ch)) return 0
  if (fontCovers('main', cp)) return UNITS_PER_EM
  const emoji = fallbackAdvance('emoji', cp)
  const symbols = fallbackAdvance('symbols', cp)
  return (EMOJI_FIRST.test(ch) ? (emoji ?? symbols) : (symbols ?? emoji)) ?? UNITS_PER_EM
}

/** Single line spacing in points (Word's and the PDF's, geometry.ts). */
export const lineHeightPt = (sizePt: number): number => sizePt * LINE_HEIGHT_EM

/** Lines a rich text takes in a column `widthPt` wide ("\n" starts a line). */
export function lineCount(text: RichText, widthPt: number, sizePt: number, family: FontFamily = 'sans', over: { bold?: boolean } = {}): number {
  let lines = 0
  const space = textWidthPt(' ', sizePt, family)
  // Words with their widths, paragraph by paragraph ("\n" inside any run ends one). No closure over the
  // running width: a number a closure shares is a new heap object at each character.
  let words: number[] = []
  let word = 0
  for (const run of toRuns(text, over)) {
    const table = widthTable(family, run.bold ?? false, run.italic ?? false)
    for (const ch of run.text) {
      if (ch === '\n') {
        if (word > 0) words.push(word)
        lines += wrap(words, widthPt, space)
        words = []
        word = 0
      } else if (ch === ' ') {
        if (word > 0) words.push(word)
        word = 0
      } else word += (unitsOf(table, ch, ch.codePointAt(0) ?? 0) * sizePt) / UNITS_PER_EM
    }
  }
  if (word > 0) words.push(word)
  lines += wrap(words, widthPt, space)
  return Math.max(lines, 1)
}

/**
 * A plain line broken at spaces into lines that fit, as a renderer would wrap it (a word wider than its
 * line stays whole on a line of its own). `widthPt` may differ from line to line (0 is the first):
 * text running beside something, then below it. Each piece then fits and no renderer breaks it again.
 */
export function breakLine(text: string, widthPt: number | ((line: number) => number), sizePt: number, family: FontFamily = 'sans', bold = false): string[] {
  const widthOf = typeof widthPt === 'number' ? () => widthPt : widthPt
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const longer = line === '' ? word : `${line} ${word}`
    if (line === '' || textWidthPt(longer, sizePt, family, bold) <= widthOf(lines.length)) line = longer
    else {
      lines.push(line)
      line = word
    }
  }
  return line === '' ? [text] : [...lines, line]
}

function wrap(words: readonly number[], widthPt: number, space: number): number {
  if (words.length === 0) return 1
  let lines = 1
  let used = 0
  for (const w of words) {
    // A word wider than the column is cut where it fills a line.
    if (w > widthPt) {
      const extra = Math.ceil(w / widthPt)
      lines += (used > 0 ? 1 : 0) + extra - 1
      used = w - (extra - 1) * widthPt
      continue
    }
    if (used === 0) used = w
    else if (used + space + w <= widthPt) used += space + w
    else {
      lines++
      used = w
    }
  }
  return lines
}

/**
 * Rows laid on pages: each row whole, `firstPt` free on the first page and `nextPt` on each later
 * one (both after the repeated header); the last page holds at least `lastRows` rows when the page
 * before can give them and keep as many. Returns the rows of each page, as indexes.
 */
export function paginateRows(heightsPt: readonly number[], firstPt: number, nextPt: number, lastRows = 1): number[][] {
  const pages: number[][] = [[]]
  let free = firstPt
  heightsPt.forEach((h, i) => {
    const page = pages.at(-1) ?? []
    if (h > free && page.length > 0) {
      pages.push([i])
      free = nextPt - h
    } else {
      page.push(i)
      free -= h
    }
  })
  // The last page takes rows from the page before until it holds `lastRows`, when that page keeps as many.
  const last = pages.at(-1)
  const before = pages.at(-2)
  if (last && before) {
    const height = (rows: readonly number[]) => rows.reduce((t, r) => t + (heightsPt[r] ?? 0), 0)
    while (last.length < lastRows && before.length - 1 >= lastRows) {
      const moved = before.at(-1)
      if (moved === undefined || height(last) + (heightsPt[moved] ?? 0) > nextPt) break
      last.unshift(moved)
      before.pop()
    }
  }
  return pages
}
