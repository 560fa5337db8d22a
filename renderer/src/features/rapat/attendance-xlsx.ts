import type { Worksheet } from 'exceljs'
import { attendanceListRows, LIST_COLUMNS, RECAP_COLUMNS, recapRows, recapTitle, type DayRecap, type RosterEntry } from '@shared/meetings'
import { loadExcel } from '../kontak/excel'

const thin = { style: 'thin' } as const

/** Title lines, a bordered table with a bold shaded header (repeated when printed), columns sized. */
function fill(ws: Worksheet, title: string[], head: readonly string[], rows: (string | number)[][], widths: number[]): void {
  ws.columns = widths.map((width) => ({ width }))
  title.forEach((t, i) => {
    const r = ws.addRow([t])
    r.font = { bold: i < 2, size: i === 0 ? 14 : 12 }
    ws.mergeCells(r.number, 1, r.number, head.length)
  })
  ws.addRow([])
  const headRow = ws.addRow([...head])
  headRow.font = { bold: true }
  headRow.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  for (const r of rows) ws.addRow(r).alignment = { vertical: 'top', wrapText: true }
  for (let r = headRow.number; r <= ws.rowCount; r++) {
    for (let c = 1; c <= head.length; c++) {
      const cell = ws.getCell(r, c)
      cell.border = { top: thin, left: thin, bottom: thin, right: thin }
      if (r === headRow.number) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
    }
  }
  ws.views = [{ state: 'frozen', ySplit: headRow.number }]
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headRow.number}:${headRow.number}` }
}

/** The day's recap per organisation with a Jumlah row, and the list of who came, as one workbook. */
export async function attendanceWorkbook(meetingTitle: string, day: string, recap: DayRecap, roster: readonly RosterEntry[]): Promise<Uint8Array> {
  const { Workbook } = await loadExcel()
  const wb = new Workbook()
  wb.creator = 'Sekretariat PKK'
  wb.created = new Date()
  const title = recapTitle(meetingTitle, day)
  const rekap = wb.addWorksheet('Rekap')
  fill(rekap, title, RECAP_COLUMNS, recapRows(recap), [5, 48, 10, 9, 10, 8, 11, 13, 14, 13, 12, 12, 12])
  rekap.getRow(rekap.rowCount).font = { bold: true }
  fill(wb.addWorksheet('Daftar Hadir'), ['DAFTAR HADIR', meetingTitle, title[2] ?? day], LIST_COLUMNS, attendanceListRows(roster), [5, 34, 30, 40, 13, 30, 28, 12, 30])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
