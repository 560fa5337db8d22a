import { describe, expect, test } from 'vitest'
import { checkImportFile } from '@shared/contacts'

const bytes = (...b: number[]) => new Uint8Array(b)
const text = (s: string) => new TextEncoder().encode(s)

describe('telling what kind of file was chosen, by its content', () => {
  test('a ZIP named .xlsx is a workbook; a text file is CSV', () => {
    expect(checkImportFile('peserta.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toEqual({ ok: true, kind: 'xlsx' })
    expect(checkImportFile('peserta.csv', text('Nama;Jabatan\n'))).toEqual({ ok: true, kind: 'csv' })
  })

  test('an empty file gets a clear message', () => {
    const r = checkImportFile('kosong.xlsx', new Uint8Array())
    expect(r).toEqual({ ok: false, message: 'Berkas "kosong.xlsx" kosong (0 byte). Pilih berkas lain.' })
  })

  test('an old .xls file is explained, with how to save it as .xlsx', () => {
    const r = checkImportFile('lama.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('Simpan Sebagai')
  })

  test('a file named .xlsx that is not a workbook is called damaged', () => {
    const r = checkImportFile('rusak.xlsx', text('ini bukan excel'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('rusak')
  })

  test('a picture or a PDF is refused', () => {
    expect(checkImportFile('foto.png', bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0)).ok).toBe(false)
    const pdf = checkImportFile('surat.pdf', text('%PDF-1.7'))
    expect(pdf.ok).toBe(false)
    if (!pdf.ok) expect(pdf.message).toContain('PDF')
  })

  test('a Word document is refused even though it is a ZIP too', () => {
    expect(checkImportFile('undangan.docx', bytes(0x50, 0x4b, 0x03, 0x04)).ok).toBe(false)
  })
})
