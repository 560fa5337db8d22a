import { describe, expect, test } from 'vitest'
import { columnLetter, findHeaderRow, guessColumnMapping, peopleExportHeaders } from '@shared/contacts'

describe('guessing which column is which', () => {
  test('an attendance list: No, Nama, Jabatan, Instansi, No. HP, E-mail, Kelompok, Keterangan', () => {
    expect(guessColumnMapping(['No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail', 'Kelompok', 'Keterangan'])).toEqual({
      name: 1,
      position: 2,
      organisation: 3,
      phone: 4,
      email: 5,
      groups: 6,
      notes: 7
    })
  })

  test('case, spaces and punctuation do not matter: " NAMA LENGKAP ", "unit kerja", "No.Telp/WA", "EMAIL"', () => {
    const m = guessColumnMapping([' NAMA LENGKAP ', 'unit kerja', 'No.Telp/WA', 'EMAIL'])
    expect(m).toMatchObject({ name: 0, organisation: 1, phone: 2, email: 3 })
  })

  test('English headers: Full name, Position, Organization, Phone, Email, Group, Notes', () => {
    const m = guessColumnMapping(['Full name', 'Position', 'Organization', 'Phone', 'Email', 'Group', 'Notes'])
    expect(m).toEqual({ name: 0, position: 1, organisation: 2, phone: 3, email: 4, groups: 5, notes: 6 })
  })

  test('"Nama Instansi" is the organisation, not the name, and "Nama" still gets its own column', () => {
    expect(guessColumnMapping(['Nama Instansi', 'Nama'])).toMatchObject({ name: 1, organisation: 0 })
    expect(guessColumnMapping(['Nama OPD / Instansi', 'Nama Peserta'])).toMatchObject({ name: 1, organisation: 0 })
  })

  test('"OPD", "WA" and "Telepon" alone are recognised; the row-number column "No" is left alone', () => {
    expect(guessColumnMapping(['No', 'Nama', 'OPD', 'WA'])).toMatchObject({ name: 1, organisation: 2, phone: 3 })
    expect(guessColumnMapping(['No', 'Nama', 'Telepon'])).toMatchObject({ phone: 2 })
  })

  test('headers that mean nothing map to nothing', () => {
    expect(Object.values(guessColumnMapping(['Tanda Tangan', 'L/P', '']))).toEqual([null, null, null, null, null, null, null])
  })

  test('an exported file maps back column by column', () => {
    expect(guessColumnMapping([...peopleExportHeaders])).toEqual({ name: 0, position: 1, organisation: 2, phone: 3, email: 4, groups: 5, notes: 6 })
  })
})

describe('finding the header row', () => {
  test('a title above the header is skipped: the header is Excel row 3', () => {
    const rows = [['DAFTAR NAMA PESERTA RAPAT KONSULTASI', '', ''], ['', '', ''], ['No', 'Nama', 'Jabatan'], ['1', 'Ny. Hj. Nevi', 'Ketua']]
    expect(findHeaderRow(rows)).toBe(2)
  })
  test('a sheet without any recognisable header starts at its first filled row', () => {
    expect(findHeaderRow([['', ''], ['a', 'b']])).toBe(1)
  })
})

test('column letters as Excel shows them', () => {
  expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
})
