import { describe, expect, test } from 'vitest'
import { decodeText, parseCsv } from '@shared/contacts'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('CSV files as Excel and other tools save them', () => {
  test('Indonesian Excel: ";" as delimiter, with a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Nama;Jabatan\r\nNy. Hj. Nevi Irwan Prayitno;Ketua\r\n')])
    const { rows, delimiter } = parseCsv(decodeText(bytes))
    expect(delimiter).toBe(';')
    expect(rows).toEqual([
      ['Nama', 'Jabatan'],
      ['Ny. Hj. Nevi Irwan Prayitno', 'Ketua']
    ])
  })

  test('"," as delimiter, quoted fields holding commas, quotes and line breaks', () => {
    const text = 'Nama,Instansi,Keterangan\n"Budi Santoso, S.H.","Dinas ""Kominfo""","baris 1\nbaris 2"\n'
    const { rows, delimiter } = parseCsv(text)
    expect(delimiter).toBe(',')
    expect(rows[1]).toEqual(['Budi Santoso, S.H.', 'Dinas "Kominfo"', 'baris 1\nbaris 2'])
  })

  test('apostrophes, diacritics and emoji come through unchanged', () => {
    const { rows } = parseCsv("Nama;Catatan\nNi'mah Rénata 🌸;ok\n")
    expect(rows[1]?.[0]).toBe("Ni'mah Rénata 🌸")
  })

  test('short rows are padded to the widest row; trailing blank lines are dropped', () => {
    const { rows } = parseCsv('Nama;Jabatan;HP\nSiti\n\n\n')
    expect(rows).toEqual([
      ['Nama', 'Jabatan', 'HP'],
      ['Siti', '', '']
    ])
  })

  test('a file saved as plain "CSV" in the Windows code page still reads é', () => {
    const bytes = new Uint8Array([...utf8('Nama\nR'), 0xe9, ...utf8('nata\n')])
    expect(parseCsv(decodeText(bytes)).rows[1]).toEqual(['Rénata'])
  })

  test('"Unicode text" (UTF-16 with BOM) is read too', () => {
    const s = 'Nama\tJabatan\nSiti\tBendahara\n'
    const bytes = new Uint8Array(2 + s.length * 2)
    bytes[0] = 0xff
    bytes[1] = 0xfe
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i)
    const { rows, delimiter } = parseCsv(decodeText(bytes))
    expect(delimiter).toBe('\t')
    expect(rows[1]).toEqual(['Siti', 'Bendahara'])
  })
})
