import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Block, DocumentLayout, RichText } from '../../shared/documents/layout'
import { pageSizeMm } from '../../shared/documents/layout'
import { mmToPt } from '../../shared/documents/units'
import { checkFlow, checkRows, layoutTexts, missingCharacters } from './flow'

/**
 * The layout checker: reads a rendered PDF's text positions (pdf.js) and flags what a Ketua would
 * sign without noticing: a page holding nothing but a signature block, a page with no text but its number, a letter number broken over
 * two lines, text outside the margins, a "Lampiran" count other than the pages attached, a
 * paragraph's lone line at the foot (orphan) or head (widow) of a page, a table row split across
 * pages, a character of the input missing from the text layer, a list's last page holding fewer than
 * three rows when the page before could give them, a heading stranded at the foot of a page, and a
 * centred title whose last word stands alone on its line.
 */
export const FINDING_KINDS = [
  'signature-alone',
  'empty-page',
  'number-split',
  'outside-margins',
  'lampiran-count',
  'widow-orphan',
  'row-split',
  'missing-character',
  'few-rows',
  'heading-stranded',
  'title-unbalanced'
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export interface Finding {
  kind: FindingKind
  document: string
  page: number
  detail: string
}

export interface Item {
  str: string
  x: number
  y: number
  width: number
  height: number
}

export interface Page {
  width: number
  height: number
  items: Item[]
}

export async function readPdfItems(bytes: Uint8Array): Promise<Page[]> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const pages: Page[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width = 0, height = 0] = page.view
    const content = await page.getTextContent()
    const items: Item[] = []
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue
      items.push({ str: it.str, x: it.transform[4] as number, y: height - (it.transform[5] as number), width: it.width, height: it.height })
    }
    pages.push({ width, height, items })
  }
  await doc.destroy()
  return pages
}

const PAGE_NUMBER = /^-?\s*\d+\s*-?$/
/** "Padang, 20 Desember 2019" and the decree's "Ditetapkan di : Padang" lines belong to the signature. */
const SIGNATURE_LEAD = /^(.+, \d{1,2} \S+ \d{4}|Ditetapkan di|pada tanggal|:|Mengetahui,?|Menyetujui,?|Disahkan( oleh)?,?|a\.n\.|.*,)$/

const plain = (t: RichText): string => (typeof t === 'string' ? t : t.map((r) => r.text).join(''))

/** The lines of every signature block, and of the borderless tables that set signatures side by side (the Notulen's). */
function signatureTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'signature') return [...b.titleLines, b.name, ...(b.belowName ? [b.belowName] : [])]
    if (b.kind === 'keep-together') return signatureTexts(b.blocks)
    if (b.kind === 'table' && b.borders === 'none' && b.rows.some((r) => r.cells.some((c) => /^(Notulis|Mengesahkan),?$/m.test(plain(c.text)))))
      return b.rows.flatMap((r) => r.cells.flatMap((c) => plain(c.text).split('\n')))
    return []
  })
}

/** Letter numbers a layout prints: the values of every "Nomor" field, and the register's own. */
function numbersIn(blocks: readonly Block[]): string[] {
  const out: string[] = []
  for (const b of blocks) {
    if (b.kind === 'keep-together') out.push(...numbersIn(b.blocks))
    if (b.kind === 'fields') for (const r of b.rows) if (/^nomor$/i.test(r.label) && typeof r.value === 'string') out.push(r.value)
    if (b.kind === 'paragraph') {
      const text = typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('')
      const m = /^NOMOR\s*:?\s*(\S+)$/.exec(text.trim())
      if (m?.[1]) out.push(m[1])
    }
    if (b.kind === 'table')
      for (const row of b.rows)
        for (const c of row.cells) {
          const t = typeof c.text === 'string' ? c.text : c.text.map((r) => r.text).join('')
          if (/^\d+[a-z]?(\.\d+)?\/\S+\/\S+$/.test(t.trim())) out.push(t.trim())
        }
  }
  return out.filter((n) => n.includes('/'))
}

/** Pages of each section in the PDF, from the page numbers (a section's first page has none). */
function sectionStarts(pages: readonly Page[], layout: DocumentLayout): number[] {
  if (layout.sections.length === 1) return [0]
  const starts: number[] = []
  pages.forEach((p, i) => {
    const numbered = p.items.some((it) => PAGE_NUMBER.test(it.str.trim()) && it.y < mmToPt(layout.sections[0]?.page.marginsMm.top ?? 25))
    if (!numbered) starts.push(i)
  })
  return starts
}

const LAMPIRAN_LABEL = /^Lampiran\s*:?$/
const NUMBER_WORDS_RE = /^(\d+) \(([a-z ]+)\) lembar$/

export function checkPages(name: string, layout: DocumentLayout, pages: readonly Page[], options: { lampiran?: boolean } = {}): Finding[] {
  const findings: Finding[] = []
  const add = (kind: FindingKind, page: number, detail: string) => findings.push({ kind, document: name, page: page + 1, detail })
  const first = layout.sections[0]?.page
  if (!first) return findings
  const allBlocks = layout.sections.flatMap((s) => s.blocks)
  const sigText = new Set(signatureTexts(allBlocks).map((t) => t.trim()).filter(Boolean))
  const numbers = [...new Set(numbersIn(allBlocks))]
  const m = first.marginsMm
  const size = pageSizeMm(first)
  const tol = 1.5
  const bodyOf = (p: Page) => p.items.filter((it) => !(PAGE_NUMBER.test(it.str.trim()) && (it.y < mmToPt(m.top) || it.y > p.height - mmToPt(m.bottom))))
  const bodies = pages.map(bodyOf)
  const texts = layoutTexts(layout)
  // 5-8. widows and orphans, stranded headings, unbalanced centred lines; split rows and short last pages of lists
  checkFlow(texts, bodies, add)
  checkRows(texts, bodies, add)
  // 9. every character of the input in the text layer
  const missing = missingCharacters(texts, pages)
  if (missing.length > 0) add('missing-character', 0, `tidak tercetak: ${missing.map((c) => `${c} U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(', ')}`)
  pages.forEach((p, i) => {
    const body = bodies[i] ?? bodyOf(p)
    // 1. a page with no text but its page number (a space after that pdfmake moved to a page of its own)
    if (body.length === 0) add('empty-page', i, 'halaman tanpa teks selain nomor halaman')
    // a page of nothing but a signature block
    const sigItems = body.filter((it) => sigText.has(it.str.trim()))
    if (sigItems.length > 0 && body.every((it) => sigText.has(it.str.trim()) || SIGNATURE_LEAD.test(it.str.trim())))
      add('signature-alone', i, body.map((it) => it.str.trim()).join(' | ').slice(0, 160))
    // 2. a letter number broken at the end of a line
    for (const it of body) {
      const s = it.str.trimEnd()
      for (const n of numbers) {
        if (s.includes(n)) continue
        for (let k = 3; k < n.length; k++) {
          const prefix = n.slice(0, k)
          if (/[/.-]$/.test(prefix) && s.endsWith(prefix) && (s.length === prefix.length || /\s/.test(s.charAt(s.length - prefix.length - 1)))) {
            add('number-split', i, `"${s.slice(-40)}" dari ${n}`)
            break
          }
        }
      }
    }
    // 3. text outside the margins (the kop and the page number stand where the layout puts them)
    const w = pageSizeMm(first).width
    for (const it of body) {
      const right = it.x + it.width
      if (it.x < mmToPt(m.left) - tol || right > mmToPt(w - m.right) + tol || it.y > mmToPt(size.height - m.bottom) + tol)
        add('outside-margins', i, `"${it.str.slice(0, 40)}" x=${it.x.toFixed(1)}..${right.toFixed(1)} y=${it.y.toFixed(1)}`)
    }
  })
  // 4. the Lampiran count of every letter against the pages attached to it
  if (options.lampiran) {
    const starts = sectionStarts(pages, layout)
    starts.forEach((start, s) => {
      const end = starts[s + 1] ?? pages.length
      const page = pages[start]
      if (!page) return
      const label = page.items.find((it) => LAMPIRAN_LABEL.test(it.str.trim()))
      if (!label) return
      const value = page.items
        .filter((it) => Math.abs(it.y - label.y) < 2 && it.x > label.x + 20 && it.str.trim() !== ':')
        .map((it) => it.str.trim())
        .join(' ')
      // The attachment starts on the page that repeats "Lampiran" at the right of the text.
      let attachedFrom = end
      for (let k = start + 1; k < end; k++) if (pages[k]?.items.some((it) => LAMPIRAN_LABEL.test(it.str.trim()) && it.x > mmToPt(m.left + 10))) { attachedFrom = k; break }
      const attached = end - attachedFrom
      const found = NUMBER_WORDS_RE.exec(value)
      const said = value === '-' ? 0 : found ? Number(found[1]) : NaN
      if (said !== attached) add('lampiran-count', start, `Lampiran "${value}", terlampir ${attached} halaman`)
    })
  }
  return findings
}

export async function checkPdf(name: string, layout: DocumentLayout, pdf: Uint8Array, options: { lampiran?: boolean } = {}): Promise<Finding[]> {
  return checkPages(name, layout, await readPdfItems(pdf), options)
}

export function countByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const out = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>
  for (const f of findings) out[f.kind]++
  return out
}
