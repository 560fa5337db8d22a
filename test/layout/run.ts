import type { Snapshot } from '../../shared/datafile'
import { renderDocx, renderPdf } from '../../shared/documents'
import { buildRegisterDocument } from '../../shared/documents/builders/register'
import type { FontSet } from '../../shared/documents/fonts'
import type { Block, DocumentLayout } from '../../shared/documents/layout'
import { meetingDocuments } from '../../shared/meetings'
import { checkPages, readPdfItems, type Finding, type Page } from './check'

export interface CheckedDocument {
  name: string
  pages: number
  findings: Finding[]
  /** The page (1-based) of every signer's name, in order: what the LibreOffice comparison looks for. */
  signaturePages: number[]
  /** The same by the older measure (the name anywhere in the page's text), for comparison with earlier summaries. */
  signaturePagesAnywhere: number[]
  /** Present when asked for: the PDF, kept by the caller when something was flagged. */
  pdf?: Uint8Array
  /** Present when asked for: the DOCX of the same layout, for LibreOffice. */
  docx?: Uint8Array
}

/** Sections a merge keeps for the checks: its first and last letter and those with the longest text. */
export const MERGE_SAMPLE = 6

const blockText = (b: Block): number => JSON.stringify(b).length

/**
 * A merge of hundreds of letters differs from letter to letter only in its addressee; the checks
 * read the first, the last and the letters whose blocks hold the most text (the longest addressees),
 * which break first. Every other layout is checked whole.
 */
export function sampledLayout(layout: DocumentLayout): DocumentLayout {
  const n = layout.sections.length
  if (n <= MERGE_SAMPLE) return layout
  const size = layout.sections.map((s, i) => ({ i, size: s.blocks.reduce((t, b) => t + blockText(b), 0) }))
  const longest = [...size].sort((a, b) => b.size - a.size || a.i - b.i).slice(0, MERGE_SAMPLE - 2).map((s) => s.i)
  const keep = [...new Set([0, n - 1, ...longest])].sort((a, b) => a - b)
  return { ...layout, sections: keep.flatMap((i) => layout.sections[i] ?? []) }
}

/** The documents of every meeting of a snapshot and its registers, as the app lays them out. */
export function snapshotDocuments(snapshot: Snapshot): { fileName: string; layout: DocumentLayout }[] {
  const docs = snapshot.meetings.flatMap((m) => meetingDocuments(snapshot, m))
  const profile = snapshot.profile[0]
  if (profile)
    for (const year of [...new Set(snapshot.letters.map((l) => l.year))])
      docs.push({ fileName: `Buku Agenda Surat Keluar ${year}`, layout: buildRegisterDocument({ profile, year, letters: snapshot.letters.filter((l) => l.year === year) }) })
  return docs
}

/** The names of the signers a layout prints (signature blocks, and the names in the Notulen's table of signatures). */
export function signerNames(layout: DocumentLayout): string[] {
  const names: string[] = []
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'signature') names.push(b.name)
      if (b.kind === 'keep-together') walk(b.blocks)
    }
  }
  for (const s of layout.sections) walk(s.blocks)
  return [...new Set(names.map((n) => n.replace(/\s+/g, '')).filter((n) => n.length > 0))]
}

/** A gap wider than this between two items of one line separates two texts (table columns, a signature beside another). */
const COLUMN_GAP_PT = 12

/**
 * A page's texts in reading order, whitespace removed: items on one baseline, split where the gap
 * between them is wider than a word space can be.
 */
export function pageTexts(page: Page): string[] {
  const lines = new Map<number, Page['items']>()
  for (const it of page.items) {
    const key = [...lines.keys()].find((y) => Math.abs(y - it.y) < 1) ?? it.y
    lines.set(key, [...(lines.get(key) ?? []), it])
  }
  const out: string[] = []
  for (const [, items] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
    let text = ''
    let end = -Infinity
    for (const it of [...items].sort((a, b) => a.x - b.x)) {
      if (text !== '' && it.x - end > COLUMN_GAP_PT) {
        out.push(text)
        text = ''
      }
      text += it.str.replace(/\s+/g, '')
      end = it.x + it.width
    }
    if (text !== '') out.push(text)
  }
  return out
}

/**
 * For each signer name, every page (1-based) where it stands as a text of its own (a whole line, or
 * consecutive lines when it wraps), in page order. A name found inside a longer line (a short name
 * such as "Ny" in the body) is not a signature.
 */
export function pagesOfNames(pages: readonly Page[], names: readonly string[]): number[] {
  const out: number[] = []
  const texts = pages.map(pageTexts)
  for (const name of names)
    texts.forEach((lines, page) => {
      for (let i = 0; i < lines.length; i++) {
        let joined = ''
        for (let j = i; j < lines.length && joined.length < name.length; j++) joined += lines[j]
        if (joined === name) out.push(page + 1)
      }
    })
  return out
}

/** The old measure, kept for comparison with earlier summaries: every page where the name occurs anywhere, as often as it occurs. */
export function pagesOfNamesAnywhere(pages: readonly Page[], names: readonly string[]): number[] {
  const out: number[] = []
  const streams = pages.map((p) => p.items.map((i) => i.str).join('').replace(/\s+/g, ''))
  for (const name of names)
    streams.forEach((s, i) => {
      for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) out.push(i + 1)
    })
  return out
}

export async function checkDocument(
  doc: { fileName: string; layout: DocumentLayout },
  fonts: FontSet,
  want: { pdf?: boolean; docx?: boolean } = {}
): Promise<CheckedDocument> {
  const layout = sampledLayout(doc.layout)
  const pdf = await renderPdf(layout, fonts)
  const pages = await readPdfItems(pdf)
  const findings = checkPages(doc.fileName, layout, pages, { lampiran: doc.fileName.includes('Undangan') })
  return {
    name: doc.fileName,
    pages: pages.length,
    findings,
    signaturePages: pagesOfNames(pages, signerNames(layout)),
    signaturePagesAnywhere: pagesOfNamesAnywhere(pages, signerNames(layout)),
    ...(want.pdf ? { pdf } : {}),
    ...(want.docx ? { docx: await renderDocx(layout) } : {})
  }
}

/** Every document of every meeting of a snapshot, and its registers, rendered to PDF and checked. */
export async function checkSnapshot(snapshot: Snapshot, fonts: FontSet, keep?: (name: string, pdf: Uint8Array) => Promise<void>): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const doc of snapshotDocuments(snapshot)) {
    const checked = await checkDocument(doc, fonts, { pdf: keep !== undefined })
    if (keep && checked.pdf) await keep(doc.fileName, checked.pdf)
    findings.push(...checked.findings)
  }
  return findings
}
