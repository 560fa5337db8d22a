import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { registerWorkbook } from '../../../renderer/src/data/letters-export'
import type { Letter } from '../../../shared/model'
import { registerRows } from '../../../shared/numbering'

const base: Letter = {
  id: 'a',
  code: 'SKR',
  counterKey: 'SKR',
  year: 2019,
  seq: 296,
  insert: 0,
  number: '296/SKR/PKK-PROP/XII/2019',
  date: '2019-12-17',
  kepada: 'Kepala OPD terkait',
  perihal: 'Undangan Rapat Konsultasi',
  lampiran: '1 (satu) lembar',
  tembusan: 'Gubernur Sumatera Barat',
  status: 'aktif',
  cancelReason: '',
  source: 'app',
  documentKind: 'undangan',
  createdAt: '2019-12-17T02:00:00.000Z',
  updatedAt: '2019-12-17T02:00:00.000Z'
}

describe('exporting the register to Excel', () => {
  test('the workbook holds the book columns, real dates and the cancelled number with its reason', async () => {
    const rows = registerRows([
      base,
      { ...base, id: 'b', seq: 297, number: '297/SKR/PKK-PROP/XII/2019', date: '2019-12-18', status: 'batal', cancelReason: 'Salah alamat' }
    ])
    const bytes = await registerWorkbook(rows, { officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT', year: 2019, code: 'SKR' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(ws?.name).toBe('Agenda 2019')
    expect(ws?.getCell('A1').value).toBe('BUKU AGENDA SURAT KELUAR')
    expect(ws?.getCell('A3').value).toBe('Tahun 2019 · Kode SKR')
    expect((ws?.getRow(5).values as unknown[]).slice(1)).toEqual([
      'No',
      'Nomor dan Kode Surat',
      'Tanggal',
      'Kepada',
      'Perihal',
      'Lampiran',
      'Tembusan',
      'Keterangan'
    ])
    expect(ws?.getCell('B6').value).toBe('296/SKR/PKK-PROP/XII/2019')
    expect((ws?.getCell('C6').value as Date).toISOString().slice(0, 10)).toBe('2019-12-17')
    expect(ws?.getCell('B7').value).toBe('297/SKR/PKK-PROP/XII/2019')
    expect(ws?.getCell('H7').value).toBe('Batal: Salah alamat')
  })
})
