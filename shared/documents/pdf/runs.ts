import type { ContentText } from 'pdfmake/interfaces'
import type { RichText } from '../layout'
import { toRuns } from '../text'

type Inline = Exclude<ContentText['text'], string | number | unknown[]> | string

export interface RunStyle {
  bold?: boolean
  italic?: boolean
  underline?: boolean
}

/**
 * Words joined by slashes ("Bapak/Ibu/Saudara", "Hari/Tanggal") stay whole, as Word and
 * LibreOffice keep them; pdfmake would break after the slash and, in justified lines, widen
 * the gap there. Long ones (letter numbers in a narrow column) may still break.
 */
const SLASH_WORD = /[^\s/]+(?:\/[^\s/]+)+[ \t]*/g
const MAX_JOINED = 20
/** A letter number ("296/SKR/TP.PKK/KAB.AGAM/XII/2019") is one word at any length: builders size its column for it. */
export const LETTER_NUMBER = /^\d+[a-z]?(?:\.\d+)?(?:\/[^\s/]+){2,}$/

function pieces(text: string): { text: string; noWrap: boolean }[] {
  const out: { text: string; noWrap: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(SLASH_WORD)) {
    if (m[0].trimEnd().length > MAX_JOINED && !LETTER_NUMBER.test(m[0].trimEnd())) continue
    if (m.index > last) out.push({ text: text.slice(last, m.index), noWrap: false })
    out.push({ text: m[0], noWrap: true })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), noWrap: false })
  return out
}

/** pdfmake inlines of a rich text; "\n" breaks the line inside the paragraph as in the DOCX. */
export function pdfRuns(text: RichText, style: RunStyle = {}): Inline[] {
  const out: Inline[] = []
  for (const r of toRuns(text, style)) {
    const styled = r.bold || r.italic || r.underline
    for (const p of pieces(r.text)) {
      if (!styled && !p.noWrap) {
        out.push(p.text)
        continue
      }
      out.push({
        text: p.text,
        bold: r.bold || undefined,
        italics: r.italic || undefined,
        decoration: r.underline ? 'underline' : undefined,
        noWrap: p.noWrap || undefined
      })
    }
  }
  return out
}
