import { describe, expect, test } from 'vitest'
import { describeProblem, guessColumnMapping, repairPhone, splitGroupNames, validateImportRows } from '@shared/contacts'

const header = ['No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail', 'Kelompok', 'Keterangan']
const longOpd = `Dinas ${'Pemberdayaan Masyarakat dan Desa '.repeat(9)}`.slice(0, 300)

function run(rows: string[][], withHeader = header) {
  const table = [withHeader, ...rows]
  return validateImportRows(table, guessColumnMapping(withHeader), 0)
}

describe('reading participant rows into contacts', () => {
  test('names are kept exactly as written: titles, apostrophes, diacritics, emoji', () => {
    const names = ['Ny. Hj. Nevi Irwan Prayitno', "Ni'mah Hasanah, S.Pd", 'Rénata Siregar', 'Siti Aisyah 🌸']
    const { accepted, rejected } = run(names.map((n, i) => [String(i + 1), n, '', '', '', '', '', '']))
    expect(rejected).toEqual([])
    expect(accepted.map((r) => r.draft.name)).toEqual(names)
  })

  test('a 300-character OPD name is kept whole', () => {
    expect(longOpd).toHaveLength(300)
    const { accepted } = run([['1', 'Budi', 'Kepala Dinas', longOpd, '', '', '', '']])
    expect(accepted[0]?.draft.organisationName).toBe(longOpd)
  })

  test('row numbers are the ones Excel shows: header is row 1, the first participant row 2', () => {
    const { accepted, rejected } = run([
      ['1', 'Sri Wahyuni', 'Sekretaris', '', '', '', '', ''],
      ['2', '', 'Bendahara', 'TP PKK Kota Padang', '', '', '', ''],
      ['3', 'Rahmawati', '', '', '', 'rahma@', '', '']
    ])
    expect(accepted.map((r) => r.row)).toEqual([2])
    expect(rejected).toEqual([
      { row: 3, name: '', problems: [{ field: 'name', message: 'Nama wajib diisi' }] },
      { row: 4, name: 'Rahmawati', problems: [{ field: 'email', message: 'Alamat e-mail tidak valid (isi: "rahma@")' }] }
    ])
    expect(describeProblem(4, rejected[1]!.problems[0]!)).toBe('Baris 4 · E-mail: Alamat e-mail tidak valid (isi: "rahma@")')
  })

  test('every bad field of a row is listed, each once', () => {
    const { rejected } = run([['1', '', '', '', 'nomor saya', 'x@y', '', '']])
    expect(rejected[0]?.problems.map((p) => p.field)).toEqual(['name', 'phone', 'email'])
  })

  test('blank rows and rows with only a row number (left for walk-ins) are skipped, not rejected', () => {
    const { accepted, rejected, emptyRows } = run([
      ['1', 'Sri', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['3', '', '', '', '', '', '', '']
    ])
    expect(accepted).toHaveLength(1)
    expect(rejected).toEqual([])
    expect(emptyRows).toBe(2)
  })

  test('a header below a title: row numbers still match Excel', () => {
    const table = [['DAFTAR HADIR'], header, ['1', 'Sri', '', '', '', '', '', '']]
    const { accepted } = validateImportRows(table, guessColumnMapping(header), 1)
    expect(accepted[0]?.row).toBe(3)
  })

  test('a phone number Excel stored as a number gets its 0 back, with a warning', () => {
    const { accepted } = run([['1', 'Sri', '', '', '81266001234', '', '', '']])
    expect(accepted[0]?.draft.phone).toBe('081266001234')
    expect(accepted[0]?.warnings).toEqual(['Angka 0 di depan nomor telepon ditambahkan kembali (81266001234 → 081266001234); Excel menyimpannya sebagai angka.'])
  })

  test('groups are split on ";" or "," and e-mails lose a "mailto:"', () => {
    const { accepted } = run([['1', 'Sri', '', '', '', 'mailto:sri@pkk.id', 'Pengurus TP PKK; OPD Terkait, pengurus tp pkk', '']])
    expect(accepted[0]?.draft.groupNames).toEqual(['Pengurus TP PKK', 'OPD Terkait'])
    expect(accepted[0]?.draft.email).toBe('sri@pkk.id')
  })

  test('extra spaces around a value are trimmed, spaces inside are kept', () => {
    const { accepted } = run([['1', '  Ny.  Hj. Nevi  ', '', '', '', '', '', '']])
    expect(accepted[0]?.draft.name).toBe('Ny.  Hj. Nevi')
  })

  test('a name over 200 characters is rejected with its limit', () => {
    const { rejected } = run([['1', 'A'.repeat(201), '', '', '', '', '', '']])
    expect(rejected[0]?.problems).toEqual([{ field: 'name', message: 'Nama paling banyak 200 karakter' }])
  })
})

describe('small rules', () => {
  test('repairPhone leaves proper numbers alone', () => {
    expect(repairPhone('0812-6600-1234')).toEqual({ phone: '0812-6600-1234' })
    expect(repairPhone('6281266001234')).toEqual({ phone: '6281266001234' })
    expect(repairPhone('7051234')).toEqual({ phone: '7051234' })
  })
  test('splitGroupNames keeps "TP PKK Kabupaten/Kota" whole', () => {
    expect(splitGroupNames('TP PKK Kabupaten/Kota\nOPD Terkait')).toEqual(['TP PKK Kabupaten/Kota', 'OPD Terkait'])
  })
})
