import { parseIsoDate } from '@shared/calendar'
import { registerColumns, type RegisterRow } from '@shared/numbering'

export interface RegisterExportMeta {
  officeName: string
  year: number
  /** The code filter in force, or undefined for every code. */
  code?: string | undefined
  search?: string | undefined
}

type ExcelModule = typeof import('exceljs')

/** exceljs is loaded only when the secretary exports: it is large and not needed to open the app. */
async function loadExcel(): Promise<ExcelModule> {
  const mod = await import('exceljs')
  // The browser build of exceljs is a UMD bundle: its API may arrive as the default export.
  return (mod as ExcelModule & { default?: ExcelModule }).default ?? mod
}

const widths = [6, 34, 13, 36, 44, 16, 32, 30]

/** The Buku Agenda Surat Keluar as an .xlsx workbook: title rows, the book's columns, cancelled numbers marked. */
export async function registerWorkbook(rows: readonly RegisterRow[], meta: RegisterExportMeta): Promise<Uint8Array> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sekretariat PKK'
  wb.created = new Date()
  const ws = wb.addWorksheet(`Agenda ${meta.year}`, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' },
    views: [{ state: 'frozen', ySplit: 5 }]
  })
  ws.columns = widths.map((width) => ({ width }))

  const title = ws.addRow(['BUKU AGENDA SURAT KELUAR'])
  title.font = { bold: true, size: 14 }
  ws.addRow([meta.officeName]).font = { bold: true }
  const scope = [`Tahun ${meta.year}`, meta.code ? `Kode ${meta.code}` : '', meta.search ? `Pencarian "${meta.search}"` : ''].filter(Boolean).join(' · ')
  ws.addRow([scope])
  ws.addRow([])
  for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, registerColumns.length)

  const head = ws.addRow([...registerColumns])
  head.font = { bold: true }
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F2EC' } }
  })

  for (const r of rows) {
    const { year, month, day } = parseIsoDate(r.date)
    const row = ws.addRow([r.no, r.number, new Date(Date.UTC(year, month - 1, day)), r.kepada, r.perihal, r.lampiran, r.tembusan, r.keterangan])
    row.alignment = { vertical: 'top', wrapText: true }
    row.getCell(3).numFmt = 'dd-mm-yyyy'
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'right' }
    if (r.cancelled) {
      row.getCell(2).font = { strike: true }
      row.getCell(8).font = { color: { argb: 'FFB3261E' }, bold: true }
    }
  }
  const last = ws.rowCount
  for (let r = 5; r <= last; r++) {
    for (let c = 1; c <= registerColumns.length; c++) {
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }
    }
  }
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
