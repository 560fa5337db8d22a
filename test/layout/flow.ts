import type { Block, DocumentLayout, FieldValue, RichText, TableBlock } from '../../shared/documents/layout'
import { listMarker } from '../../shared/documents/markers'
import { isListValue } from '../../shared/documents/text'
import type { FindingKind, Item, Page } from './check'

/**
 * The checks of how text flows over pages, read from the PDF's text items against the layout it was
 * drawn from. Texts are compared with their whitespace removed (justified lines come word by word,
 * a column's marker stands apart from its text), so a line is the concatenation of its items.
 */

const strip = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0\u2007\u202f]+/g, '')
const plain = (t: RichText): string => (typeof t === 'string' ? t : t.map((r) => r.text).join(''))
const allBold = (t: RichText): boolean => typeof t !== 'string' && t.length > 0 && t.every((r) => r.bold === true || r.text.trim() === '')

interface Line {
  y: number
  text: string
  /** Where the line's first item starts and its last ends. */
  x0: number
  x1: number
}

/** Items on one baseline (within 2 pt) make a line, read left to right. */
export function linesOf(items: readonly Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: { y: number; items: Item[] }[] = []
  for (const it of sorted) {
    const last = lines.at(-1)
    if (last && Math.abs(it.y - last.y) < 2) last.items.push(it)
    else lines.push({ y: it.y, items: [it] })
  }
  return lines
    .map((l) => {
      const items = l.items.sort((a, b) => a.x - b.x)
      return { y: l.y, text: strip(items.map((i) => i.str).join('')), x0: items[0]?.x ?? 0, x1: Math.max(...items.map((i) => i.x + i.width)) }
    })
    .filter((l) => l.text !== '')
}

interface Texts {
  /** Paragraphs, list items and field rows (marker or label included), each as one text. */
  paragraphs: string[]
  /** Paragraphs that stand over what follows: kept with the next block, or wholly bold. */
  headings: string[]
  /** Centred lines that may wrap: centred paragraphs (each "\n" part), the kop's lines, signature titles. */
  centred: string[]
  /** Tables with ruled cells and a header, each row's cells as one text; tables separated by page breaks only are one list. */
  lists: { rows: string[]; header: string[] }[]
  /** Every character the layout prints. */
  chars: string
}

function fieldTexts(label: string, value: FieldValue): string[] {
  if (!isListValue(value)) return [`${label}:${plain(value)}`]
  return value.items.map((item, i) => `${i === 0 ? `${label}:` : ''}${listMarker(value.style, item, i)}${plain(item.text)}`)
}

export function layoutTexts(layout: DocumentLayout): Texts {
  const out: Texts = { paragraphs: [], headings: [], centred: [], lists: [], chars: '' }
  const all: string[] = []
  let list: { rows: string[]; header: string[]; columns: number } | undefined
  const walk = (blocks: readonly Block[]) => {
    blocks.forEach((b, i) => {
      if (b.kind !== 'table' && b.kind !== 'page-break') list = undefined
      switch (b.kind) {
        case 'paragraph': {
          const t = plain(b.text)
          all.push(t)
          out.paragraphs.push(t)
          const next = blocks[i + 1]
          if ((b.keepWithNext || allBold(b.text)) && next && next.kind !== 'page-break') out.headings.push(t)
          if (b.align === 'center') out.centred.push(...t.split('\n'))
          break
        }
        case 'list':
          b.items.forEach((item, k) => {
            const t = `${listMarker(b.style, item, k)}${plain(item.text)}`
            all.push(t)
            out.paragraphs.push(t)
          })
          break
        case 'fields':
          for (const r of b.rows) {
            const ts = fieldTexts(r.label, r.value)
            all.push(...ts)
            out.paragraphs.push(...ts)
          }
          break
        case 'letterhead':
          for (const l of b.lines) {
            all.push(l.text)
            out.centred.push(l.text)
          }
          break
        case 'signature':
          all.push(...b.titleLines, b.name, b.belowName ?? '')
          out.centred.push(...b.titleLines)
          if (b.aside) all.push(...b.aside.lines.map(plain))
          break
        case 'figure':
          all.push(...b.lines.map(plain))
          break
        case 'table': {
          const rows = b.rows.map(rowText)
          all.push(...[...b.headerRows, ...b.rows].flatMap((r) => r.cells.map((c) => plain(c.text))))
          if (b.borders !== 'all' || b.headerRows.length === 0) break
          const header = b.headerRows.map(rowText)
          if (list && list.columns === b.columns.length && list.header.join() === header.join()) list.rows.push(...rows)
          else {
            list = { rows: [...rows], header, columns: b.columns.length }
            out.lists.push(list)
          }
          break
        }
        case 'keep-together':
          walk(b.blocks)
          break
        case 'spacer':
        case 'page-break':
          break
      }
    })
  }
  for (const s of layout.sections) {
    list = undefined
    walk(s.blocks)
  }
  out.paragraphs = out.paragraphs.map(strip).filter((t) => t.length > 0)
  out.headings = out.headings.map(strip).filter((t) => t.length > 0)
  out.centred = out.centred.filter((t) => t.trim().split(/\s+/).length > 1)
  out.chars = all.join('')
  return out
}

const rowText = (r: TableBlock['rows'][number]): string => strip(r.cells.map((c) => plain(c.text)).join(''))

type Add = (kind: FindingKind, page: number, detail: string) => void

/** Widows, orphans, stranded headings and unbalanced centred lines, from the lines around each page break. */
export function checkFlow(texts: Texts, bodies: readonly (readonly Item[])[], add: Add): void {
  const lines = bodies.map(linesOf)
  const paragraphs = texts.paragraphs.filter((p) => p.length > 0)
  for (let i = 0; i + 1 < lines.length; i++) {
    const foot = lines[i]?.at(-1)
    const head = lines[i + 1]?.[0]
    if (!foot || !head) continue
    const joined = foot.text + head.text
    const p = paragraphs.find((t) => t.includes(joined) && t !== foot.text && t !== head.text)
    if (p) {
      if (p.startsWith(foot.text)) add('widow-orphan', i, `baris pertama sendiri di kaki halaman: "${foot.text.slice(0, 60)}"`)
      if (p.endsWith(head.text)) add('widow-orphan', i + 1, `baris terakhir sendiri di kepala halaman: "${head.text.slice(0, 60)}"`)
    }
    // A heading stranded at the foot: the page's last one to three lines are a heading, whole.
    const page = lines[i] ?? []
    for (let k = 1; k <= 3 && k <= page.length; k++) {
      const tail = page.slice(-k).map((l) => l.text).join('')
      if (texts.headings.includes(tail)) {
        add('heading-stranded', i, `judul di kaki halaman: "${tail.slice(0, 60)}"`)
        break
      }
    }
  }
  // A centred line whose last word wrapped alone onto the next line.
  for (const c of texts.centred) {
    const words = c.trim().split(/\s+/)
    const last = strip(words.at(-1) ?? '')
    const whole = strip(c)
    if (!last || last.length === whole.length) continue
    lines.forEach((page, i) =>
      page.forEach((l, k) => {
        const prev = page[k - 1]
        // Centred under the line above (a value wrapping at the left edge of its column is not a title).
        const centred = prev !== undefined && Math.abs((l.x0 + l.x1) / 2 - (prev.x0 + prev.x1) / 2) < 4
        if (k > 0 && prev && centred && l.text === last && whole.endsWith(prev.text + last) && prev.text.length > 0)
          add('title-unbalanced', i, `kata terakhir sendiri: "${c.slice(0, 60)}"`)
      })
    )
  }
}

/**
 * The rows of each ruled list found page by page in the order the PDF draws them (a row's cells one
 * after another). A row not found whole on its page or the next is split; a list's last page with
 * fewer than three rows, when the page before keeps three after giving them, is flagged.
 */
export function checkRows(texts: Texts, bodies: readonly (readonly Item[])[], add: Add): void {
  const rawStreams = bodies.map((items) => strip(items.map((i) => i.str).join('')))
  // A character the text layer lacks is flagged once (missingCharacters); rows are found without it.
  const printed = new Set(rawStreams.flatMap((s) => [...s]))
  const input = new Set(strip(texts.chars))
  // What the text layer holds in place of a missing character (nothing, or a stand-in) is left out too.
  const printedOnly = (key: string) => [...key].filter((ch) => printed.has(ch) && input.has(ch)).join('')
  const streams = rawStreams.map(printedOnly)
  let page = 0
  let offset = 0
  for (const list of texts.lists) {
    const pages: number[] = []
    for (const row of list.rows) {
      const key = printedOnly(row)
      if (!key) continue
      let found = -1
      // A list's first row may stand pages after the last list; a row after it is on the same page or the next.
      const reach = pages.length === 0 ? streams.length : Math.min(page + 2, streams.length)
      for (let p = page; p < reach; p++) {
        const at = (streams[p] ?? '').indexOf(key, p === page ? offset : 0)
        if (at >= 0) {
          found = p
          offset = at + key.length
          break
        }
      }
      if (found < 0) {
        add('row-split', page, `baris tabel tidak utuh di satu halaman: "${key.slice(0, 60)}"`)
        continue
      }
      page = found
      pages.push(found)
    }
    const first = pages[0]
    const lastPage = pages.at(-1)
    if (first === undefined || lastPage === undefined || lastPage === first) continue
    const onLast = pages.filter((p) => p === lastPage).length
    const onPrev = pages.filter((p) => p === lastPage - 1).length
    if (onLast < 3 && onPrev - (3 - onLast) >= 3) add('few-rows', lastPage, `${onLast} baris di halaman terakhir daftar, ${onPrev} di halaman sebelumnya`)
  }
}

/** Characters of the layout that the text layer does not hold (format characters and variation selectors draw nothing). */
export function missingCharacters(texts: Texts, pages: readonly Page[]): string[] {
  const printed = new Set<string>()
  for (const p of pages) for (const it of p.items) for (const ch of it.str.normalize('NFKC')) printed.add(ch)
  const missing = new Set<string>()
  for (const ch of texts.chars.normalize('NFKC')) {
    if (/[\s\p{Cf}\uFE00-\uFE0F]/u.test(ch)) continue
    if (!printed.has(ch)) missing.add(ch)
  }
  return [...missing]
}
