import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { cellToText, sheetValuesToTable, worksheetValues } from '@shared/contacts'

describe('cell values as the secretary sees them in Excel', () => {
  test('text, numbers and booleans', () => {
    expect(cellToText("Ni'mah")).toBe("Ni'mah")
    expect(cellToText(81234567890)).toBe('81234567890')
    expect(cellToText(6281234567890)).toBe('6281234567890')
    expect(cellToText(0.1 + 0.2)).toBe('0.3')
    expect(cellToText(true)).toBe('Ya')
    expect(cellToText(null)).toBe('')
  })

  test('dates in Indonesian, times alone as 09.00', () => {
    expect(cellToText(new Date(Date.UTC(2019, 11, 20)))).toBe('20 Desember 2019')
    expect(cellToText(new Date(Date.UTC(1899, 11, 30, 9, 0)))).toBe('09.00')
  })

  test('rich text, formulas, hyperlinks and errors', () => {
    expect(cellToText({ richText: [{ text: 'Ny. ' }, { font: { bold: true }, text: 'Hj. Nevi' }] })).toBe('Ny. Hj. Nevi')
    expect(cellToText({ formula: 'A1&" "&B1', result: 'Sri Wahyuni' })).toBe('Sri Wahyuni')
    expect(cellToText({ sharedFormula: 'C2', result: 812345678 })).toBe('812345678')
    expect(cellToText({ text: 'ketua@pkk.id', hyperlink: 'mailto:ketua@pkk.id' })).toBe('ketua@pkk.id')
    expect(cellToText({ hyperlink: 'mailto:sek@pkk.id' })).toBe('sek@pkk.id')
    expect(cellToText({ error: '#N/A' })).toBe('')
  })

  test('sparse rows become a rectangle of text without trailing empty rows', () => {
    const rows: unknown[][] = []
    rows[0] = ['Nama', 'Jabatan']
    rows[2] = ['Siti']
    rows[3] = []
    expect(sheetValuesToTable(rows)).toEqual([
      ['Nama', 'Jabatan'],
      ['', ''],
      ['Siti', '']
    ])
  })
})

test('a real workbook written and read by exceljs keeps every kind of cell and its row numbers', async () => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Peserta')
  ws.getCell('A1').value = 'DAFTAR PESERTA'
  ws.addRow([])
  ws.getRow(3).values = ['No', 'Nama', 'No. HP', 'E-mail', 'Tanggal']
  ws.getRow(4).values = [1, { richText: [{ text: 'Ny. Hj. ' }, { text: 'Nevi', font: { bold: true } }] }, 81266001234, { text: 'k@pkk.id', hyperlink: 'mailto:k@pkk.id' }, new Date(Date.UTC(2019, 11, 20))]
  ws.getRow(6).values = [2, { formula: 'UPPER("siti")', result: 'SITI' }, '0813 1111 2222']
  const buffer = await wb.xlsx.writeBuffer()

  const back = new ExcelJS.Workbook()
  await back.xlsx.load(buffer)
  const sheet = back.getWorksheet('Peserta')
  if (!sheet) throw new Error('lembar hilang')
  const table = sheetValuesToTable(worksheetValues(sheet))
  expect(table[0]?.[0]).toBe('DAFTAR PESERTA')
  expect(table[2]).toEqual(['No', 'Nama', 'No. HP', 'E-mail', 'Tanggal'])
  expect(table[3]).toEqual(['1', 'Ny. Hj. Nevi', '81266001234', 'k@pkk.id', '20 Desember 2019'])
  expect(table[4]).toEqual(['', '', '', '', ''])
  expect(table[5]).toEqual(['2', 'SITI', '0813 1111 2222', '', ''])
})
