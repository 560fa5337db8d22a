import { lineCount } from '../documents/measure'
import type { FontFamily } from '../documents/layout'
import { twipPt } from '../documents/units'

const clean = (items: readonly string[]) => items.map((t) => t.trim().replace(/\s+/g, ' ').replace(/[;.,:]+$/, '')).filter(Boolean)

/** "A", "A dan B", "A, B dan C". */
const joinAnd = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1) ?? ''}`)

/**
 * A list item as the middle of a sentence writes it: the first letter in lower case when it opens a sentence
 * ("Untuk meningkatkan ..." reads "untuk meningkatkan ..."), kept when the item starts with a name
 * ("Program Kerja ...", "TP PKK ...": the second word capitalised too, or the first in capitals).
 */
export function midSentence(text: string): string {
  const [first = '', second = ''] = text.split(' ')
  const opensSentence = /^\p{Lu}\p{Ll}+$/u.test(first) && (second === '' || /^\p{Ll}/u.test(second))
  return opensSentence ? first.charAt(0).toLocaleLowerCase('id-ID') + text.slice(1) : text
}

/** A basis typed with its own lead-in ("Sesuai dengan Program Kerja ...", "Berdasarkan ...") loses it in the sentence. */
const withoutLeadIn = (text: string) => text.replace(/^(sesuai dengan|berdasarkan|menindaklanjuti|dasar:?)\s+/i, '')

/**
 * The meeting's dasar and tujuan as one clause of the invitation's opening (docs/formats.md "Dasar and tujuan"):
 * "berdasarkan Program Kerja ... Tahun 2019, untuk meningkatkan koordinasi ...". Undefined when both are empty.
 */
export function purposeClause(basis: readonly string[], objectives: readonly string[]): string | undefined {
  const b = clean(basis).map(withoutLeadIn).filter(Boolean)
  const o = clean(objectives).map((t) => midSentence(t))
  const tujuan = o.length === 0 ? '' : /^untuk\b/i.test(o[0] ?? '') ? joinAnd(o) : `dengan tujuan ${joinAnd(o)}`
  const parts = [...(b.length > 0 ? [`berdasarkan ${joinAnd(b.map(midSentence))}`] : []), ...(tujuan ? [tujuan] : [])]
  return parts.length > 0 ? parts.join(', ') : undefined
}

/**
 * The opening with the clause after its greeting: "Dengan hormat, berdasarkan ..., dalam rangka ... bersama ini
 * ..."; an opening without "Dengan hormat," gets the clause as its first words. An opening that already holds the
 * clause's words is left as written.
 */
export function openingWithPurpose(opening: string, clause: string): string {
  const text = opening.trim()
  if (text.toLocaleLowerCase('id-ID').includes(clause.toLocaleLowerCase('id-ID'))) return text
  const greeting = /^(dengan hormat,)\s*/i.exec(text)
  if (greeting) return `${greeting[1]} ${clause}, ${midSentence(text.slice(greeting[0].length))}`
  const capital = clause.charAt(0).toLocaleUpperCase('id-ID') + clause.slice(1)
  return `${capital}, ${midSentence(text)}`
}

/** The lines the clause may take in the invitation: a longer dasar or tujuan is left to the Notulen. */
export const PURPOSE_MAX_LINES = 2

/**
 * The invitation's opening with the meeting's dasar and tujuan when the clause fits in two lines of the letter's
 * text width (measured as the renderers set it, shared/documents/measure.ts); the opening as written otherwise.
 */
export function invitationOpening(
  opening: string,
  basis: readonly string[],
  objectives: readonly string[],
  page: { widthMm: number; sizePt: number; font: FontFamily }
): string {
  const clause = purposeClause(basis, objectives)
  if (!clause) return opening
  const fits = lineCount(`${clause},`, twipPt(page.widthMm), page.sizePt, page.font) <= PURPOSE_MAX_LINES
  return fits ? openingWithPurpose(opening, clause) : opening
}
