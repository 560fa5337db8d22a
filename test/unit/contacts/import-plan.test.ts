import { expect, test } from 'vitest'
import { describeImportDuplicate, guessColumnMapping, planImport, validateImportRows } from '@shared/contacts'

const header = ['Nama', 'Instansi', 'No. HP', 'Kelompok']
const table = [
  header,
  ['Ny. Hj. Nevi Irwan Prayitno', 'TP PKK Provinsi Sumatera Barat', '', 'Pengurus TP PKK'],
  ['Budi Santoso', 'dinas komunikasi  dan informatika', '0812 1', 'OPD Terkait'],
  ['Rahmawati', 'Dinas Kesehatan', '081299990000', 'opd terkait'],
  ['Rahma Wati', 'DINAS KESEHATAN', '+62 812-9999-0000', '']
]
const existing = {
  people: [{ id: 'p1', name: 'Nevi Irwan Prayitno', phone: '', email: '' }],
  organisations: [{ id: 'o1', name: 'Dinas Komunikasi dan Informatika' }],
  groups: [{ id: 'g1', name: 'Pengurus TP PKK' }]
}

test('the preview knows who is likely already there, what repeats in the file, and what is new', () => {
  const plan = planImport(validateImportRows(table, guessColumnMapping(header), 0), existing)
  expect(plan.rows.map((r) => r.row)).toEqual([2, 3, 4, 5])
  expect(plan.rows[0]?.duplicates).toEqual([{ existing: { id: 'p1', name: 'Nevi Irwan Prayitno' }, reasons: ['name'] }])
  expect(plan.rows[1]?.duplicates).toEqual([])
  expect(plan.rows[3]?.duplicates).toEqual([{ fileRow: 4, reasons: ['phone'] }])
  expect(plan.newOrganisations).toEqual(['TP PKK Provinsi Sumatera Barat', 'Dinas Kesehatan'])
  expect(plan.newGroups).toEqual(['OPD Terkait'])
  expect(describeImportDuplicate(plan.rows[0]!.duplicates[0]!)).toBe('mirip kontak "Nevi Irwan Prayitno" yang sudah ada (nama sama)')
  expect(describeImportDuplicate(plan.rows[3]!.duplicates[0]!)).toBe('mirip baris 4 di berkas ini (nomor telepon sama)')
})
