import { formatDateLong, toIsoDate } from '../calendar'

/**
 * Turns a cell value as exceljs gives it into the text the secretary sees in Excel.
 * Accepts unknown so a file's surprises (new cell types, odd formulas) degrade to text, never throw.
 */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n')
  if (typeof value === 'number') return numberToText(value)
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak'
  if (value instanceof Date) return dateToText(value)
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>
    // Rich text: runs of differently formatted text.
    if (Array.isArray(v['richText'])) return v['richText'].map((run: unknown) => cellToText((run as { text?: unknown }).text)).join('')
    // A formula: what Excel last calculated is what the user saw.
    if ('formula' in v || 'sharedFormula' in v) return cellToText(v['result'])
    // A hyperlink (e-mail addresses typed in Excel often become mailto: links): its text.
    if ('hyperlink' in v) return cellToText(v['text'] ?? String(v['hyperlink']).replace(/^mailto:/i, ''))
    // #N/A, #REF! and friends hold nothing worth importing.
    if ('error' in v) return ''
    if ('text' in v) return cellToText(v['text'])
  }
  return ''
}

function numberToText(n: number): string {
  if (!Number.isFinite(n)) return ''
  // 0.1 + 0.2 style noise from Excel's binary floats, without scientific notation for long phone numbers.
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n)
  return String(Number(n.toPrecision(15)))
}

/** Excel keeps dates as days; exceljs hands them over as UTC dates. Times alone sit on 30 Dec 1899. */
function dateToText(d: Date): string {
  if (Number.isNaN(d.getTime())) return ''
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  if (d.getUTCFullYear() < 1900) return `${hh}.${mm}`
  const date = formatDateLong(toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }))
  return hh === '00' && mm === '00' ? date : `${date} ${hh}.${mm}`
}

/**
 * A sheet as rows of text; index 0 is Excel row 1 and column A. Holes (exceljs leaves
 * sparse arrays for empty cells and rows) become empty strings; rows are padded to one width.
 */
export function sheetValuesToTable(values: readonly (readonly unknown[] | undefined | null)[]): string[][] {
  let width = 0
  const rows: string[][] = []
  for (let r = 0; r < values.length; r++) {
    const src = values[r] ?? []
    const row: string[] = []
    for (let c = 0; c < src.length; c++) row.push(cellToText(src[c]))
    while (row.length > 0 && row[row.length - 1]?.trim() === '') row.pop()
    width = Math.max(width, row.length)
    rows.push(row)
  }
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop()
  for (const row of rows) while (row.length < width) row.push('')
  return rows
}

/** The part of an exceljs worksheet the import reads; structural, so shared/ needs no exceljs import. */
export interface WorksheetLike {
  name: string
  eachRow(options: { includeEmpty: boolean }, callback: (row: { values: unknown }, rowNumber: number) => void): void
}

/** A worksheet's raw cell values, index 0 = Excel row 1 and column A (exceljs counts from 1). */
export function worksheetValues(sheet: WorksheetLike): unknown[][] {
  const out: unknown[][] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : []
    const cells: unknown[] = []
    for (let c = 1; c < values.length; c++) cells.push(values[c])
    out[rowNumber - 1] = cells
  })
  for (let i = 0; i < out.length; i++) out[i] ??= []
  return out
}
