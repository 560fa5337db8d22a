import { checkImportFile, decodeText, findHeaderRow, guessColumnMapping, parseCsv, sheetValuesToTable, worksheetValues } from '@shared/contacts'
import { loadExcel } from './excel'

export interface ImportSheet {
  name: string
  rows: string[][]
}

export interface ImportFile {
  fileName: string
  kind: 'xlsx' | 'csv'
  /** Only sheets that hold something. */
  sheets: ImportSheet[]
  /** The sheet to start with: the first whose header has a name column. */
  suggestedSheet: number
}

export class ImportFileError extends Error {}

/** Reads a chosen file into sheets of text, or throws an ImportFileError with a message for the user. */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<ImportFile> {
  const check = checkImportFile(name, bytes)
  if (!check.ok) throw new ImportFileError(check.message)
  let sheets: ImportSheet[]
  if (check.kind === 'csv') {
    sheets = [{ name: 'CSV', rows: parseCsv(decodeText(bytes)).rows }]
  } else {
    const { Workbook } = await loadExcel()
    const wb = new Workbook()
    try {
      await wb.xlsx.load(bytes.slice().buffer)
    } catch {
      throw new ImportFileError(`Berkas "${name}" tidak bisa dibaca sebagai buku kerja Excel; mungkin rusak. Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.`)
    }
    sheets = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => ({ name: ws.name, rows: sheetValuesToTable(worksheetValues(ws)) }))
  }
  sheets = sheets.filter((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')))
  if (sheets.length === 0) throw new ImportFileError(`Berkas "${name}" tidak berisi data: semua lembarnya kosong.`)
  const withName = sheets.findIndex((s) => guessColumnMapping(s.rows[findHeaderRow(s.rows)] ?? []).name !== null)
  return { fileName: name, kind: check.kind, sheets, suggestedSheet: Math.max(0, withName) }
}
