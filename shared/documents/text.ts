import type { FieldValue, ListValue, RichText, TableColumn, TextRun } from './layout'

/** Runs of a rich text, with a style laid over each run (e.g. a bold table header). */
export function toRuns(text: RichText, over: Omit<TextRun, 'text'> = {}): TextRun[] {
  const runs = typeof text === 'string' ? [{ text }] : text
  return runs.map((r) => ({
    text: r.text,
    bold: r.bold ?? over.bold,
    italic: r.italic ?? over.italic,
    underline: r.underline ?? over.underline
  }))
}

/** Column widths in mm from their shares of the total width. */
export function columnWidthsMm(columns: readonly TableColumn[], totalMm: number): number[] {
  const sum = columns.reduce((s, c) => s + c.width, 0)
  return columns.map((c) => (sum > 0 ? (totalMm * c.width) / sum : totalMm / columns.length))
}

/** Width of a cell spanning `span` columns starting at `index`. */
export function spanWidth(widths: readonly number[], index: number, span: number): number {
  let w = 0
  for (let i = index; i < index + span && i < widths.length; i++) w += widths[i] ?? 0
  return w
}

export function isListValue(v: FieldValue): v is ListValue {
  return typeof v === 'object' && !Array.isArray(v) && (v as ListValue).kind === 'list'
}
