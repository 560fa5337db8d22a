import type { Worksheet } from 'exceljs'
import type { ContactsExport } from '@shared/contacts'
import { loadExcel } from './excel'

function fill(ws: Worksheet, rows: string[][], widths: number[]): void {
  ws.addRows(rows)
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F2EC' } }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1)
    col.width = w
    col.alignment = { vertical: 'top', wrapText: true }
    // Text format keeps the leading 0 of phone numbers when the file is edited and saved again.
    col.numFmt = '@'
  })
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } }
}

/** The address book as an .xlsx workbook: sheet "Orang" (re-importable as it is) and sheet "Organisasi". */
export async function contactsWorkbook(data: ContactsExport): Promise<Uint8Array> {
  const { Workbook } = await loadExcel()
  const wb = new Workbook()
  wb.creator = 'Sekretariat PKK'
  wb.created = new Date()
  fill(wb.addWorksheet('Orang'), data.people, [36, 28, 40, 18, 28, 28, 30])
  fill(wb.addWorksheet('Organisasi'), data.organisations, [48, 24, 40, 40, 18, 28, 28])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** The rows an import refused, with the reason per row (shared/contacts/rejected-export.ts), to correct in Excel and import again. */
export async function rejectedRowsWorkbook(sheet: string[][]): Promise<Uint8Array> {
  const { Workbook } = await loadExcel()
  const wb = new Workbook()
  wb.creator = 'Sekretariat PKK'
  wb.created = new Date()
  const width = sheet[0]?.length ?? 0
  fill(wb.addWorksheet('Baris ditolak'), sheet, Array.from({ length: width }, (_, i) => (i === width - 1 ? 60 : i === width - 2 ? 12 : 28)))
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
