import { describe, expect, test } from 'vitest'
import { describeProblem, guessColumnMapping, validateImportRows } from '@shared/contacts'

/** The Excel import refuses what the documents cannot print, per row, as the contact form does; the other rows go in. */
const header = ['No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail', 'Kelompok', 'Keterangan']
const run = (rows: string[][]) => validateImportRows([header, ...rows], guessColumnMapping(header), 0)

describe('importing rows with characters no font prints', () => {
  test('a row holding an ideograph or a control character is rejected with the field and the character named; the others are accepted', () => {
    const { accepted, rejected } = run([
      ['1', 'Siti Aisyah 🌸', 'Ketua ✓', 'TP PKK Kota Padang', '', '', '', ''],
      ['2', 'Wang 漢', 'Anggota', '', '', '', '', ''],
      ['3', 'Rahmawati', 'Sekretaris', 'Dinas\u0007 Kesehatan', '', '', '', ''],
      ['4', 'Budi', 'Bendahara', '', '', '', 'Pengurus 漢', '']
    ])
    expect(accepted.map((r) => r.draft.name)).toEqual(['Siti Aisyah 🌸'])
    expect(rejected.map((r) => r.row)).toEqual([3, 4, 5])
    expect(describeProblem(3, rejected[0]!.problems[0]!)).toBe('Baris 3 · Nama: Karakter 漢 (U+6F22) tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa')
    expect(rejected[1]?.problems.map((p) => p.field)).toEqual(['organisation'])
    expect(rejected[1]?.problems[0]?.message).toContain('U+0007')
    expect(rejected[2]?.problems.map((p) => p.field)).toEqual(['groups'])
  })
})
