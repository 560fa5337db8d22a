import type { RichTextDoc } from '../../model/minutes'
import type { Block, TextRun } from '../layout'

export interface RichOptions {
  /** Where paragraphs and lists start, from the left margin. */
  indentMm?: number
  afterPt?: number
}

/** Structured rich text (the minutes' sections) as layout blocks: justified paragraphs, numbered and bulleted lists. */
export function richBlocks(doc: RichTextDoc, o: RichOptions = {}): Block[] {
  const indentMm = o.indentMm ?? 0
  const afterPt = o.afterPt ?? 6
  const runs = (rs: readonly { text: string; bold?: boolean; italic?: boolean }[]): TextRun[] => {
    const out: TextRun[] = []
    for (const r of rs) {
      let text = r.text
      const prev = out.at(-1)
      // A space that opens a styled run ends the run before instead: pdfmake's justification widens
      // the gap at every run boundary, so "**terima kasih** atas" would print with a double gap.
      const lead = /^\s+/.exec(text)?.[0] ?? ''
      if (prev && lead) {
        prev.text += lead
        text = text.slice(lead.length)
      }
      if (text) out.push({ text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) })
    }
    return out
  }
  return doc.map((b): Block => {
    if (b.type === 'paragraph') {
      return { kind: 'paragraph', text: runs(b.runs), align: 'justify', ...(indentMm ? { indent: { leftMm: indentMm } } : {}), spacing: { afterPt } }
    }
    return {
      kind: 'list',
      style: b.type === 'numbered' ? 'decimal' : 'explicit',
      items: b.items.map((item) => ({ text: runs(item), ...(b.type === 'bulleted' ? { label: '•' } : {}) })),
      markerWidthMm: b.type === 'numbered' ? 7 : 5,
      indentMm,
      align: 'justify',
      itemAfterPt: 2,
      spacing: { afterPt }
    }
  })
}
