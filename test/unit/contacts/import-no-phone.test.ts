import { describe, expect, test } from 'vitest'
import { buildDirectory, contactChoices, guessColumnMapping, rejectedRowsSheet, repairPhone, validateImportRows } from '@shared/contacts'
import type { Organisation, Person } from '@shared/model'

const header = ['No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail']
const run = (rows: string[][]) => {
  const table = [header, ...rows]
  return { table, result: validateImportRows(table, guessColumnMapping(header), 0) }
}

describe('a phone cell that says there is no phone', () => {
  test.each(['tidak ada', 'Tidak Ada', '-', '—', 'belum ada', 'Tdk. ada', 'tdk ada', ' - ', 'kosong', 'N/A'])('“%s”: the person comes in without a phone, with a note', (cell) => {
    const r = repairPhone(cell)
    expect(r.phone).toBe('')
    expect(r.warning).toContain('diimpor tanpa nomor telepon')
  })

  test('a real number, or words that are not “no phone”, are not taken for one', () => {
    expect(repairPhone('0812-6600-1234')).toEqual({ phone: '0812-6600-1234' })
    expect(repairPhone('ada di kantor').phone).toBe('ada di kantor')
  })

  test('the row is accepted with its warning instead of being rejected whole', () => {
    const { result } = run([
      ['1', 'Ny. Sri Wahyuni', 'Sekretaris', 'TP PKK Kota Padang', 'tidak ada', ''],
      ['2', 'Ny. Rahmawati', 'Bendahara', 'TP PKK Kota Padang', 'telp kantor', '']
    ])
    expect(result.accepted.map((r) => [r.row, r.draft.name, r.draft.phone])).toEqual([[2, 'Ny. Sri Wahyuni', '']])
    expect(result.accepted[0]?.warnings).toEqual(['Nomor telepon "tidak ada" dibaca sebagai belum ada nomor; orangnya diimpor tanpa nomor telepon.'])
    // Other text in the phone column is still refused, with its reason.
    expect(result.rejected.map((r) => r.row)).toEqual([3])
  })
})

describe('rejected rows back to Excel', () => {
  test('the file’s header and cells as they were, then the original row number and every reason', () => {
    const { table, result } = run([
      ['1', 'Ny. Sri Wahyuni', 'Sekretaris', 'TP PKK Kota Padang', '0812-6600-1234', ''],
      ['2', '', 'Bendahara', 'TP PKK Kota Padang', '', ''],
      ['3', 'Rahmawati', '', '', 'x', 'rahma@']
    ])
    const sheet = rejectedRowsSheet(table, 0, result.rejected)
    expect(sheet[0]).toEqual([...header, 'Baris di berkas asal', 'Alasan ditolak'])
    expect(sheet.slice(1).map((r) => r.slice(0, 6))).toEqual([table[2], table[3]])
    expect(sheet.slice(1).map((r) => r[6])).toEqual(['3', '4'])
    expect(sheet[1]?.[7]).toBe('Nama: Nama wajib diisi')
    expect(sheet[2]?.[7]).toMatch(/^No\. HP \/ Telepon: Nomor telepon .+; E-mail: Alamat e-mail tidak valid \(isi: "rahma@"\)$/)
  })
})

describe('people pickers', () => {
  const stamp = '2019-12-10T02:00:00.000Z'
  const person = (id: string, name: string): Person => ({ id, name, position: '', phone: '', email: '', groupIds: [], notes: '', createdAt: stamp, updatedAt: stamp })
  const org = (id: string, name: string): Organisation => ({ id, name, kind: 'opd', headTitle: '', address: '', phone: '', email: '', groupIds: [], createdAt: stamp, updatedAt: stamp })
  const dir = buildDirectory(
    [person('p1', 'dr. H. Zulkifli'), person('p2', 'Drs. Ahmad Syafii'), person('p3', 'Ny. Hj. Nevi Irwan Prayitno'), person('p4', 'Budi Santoso, S.Pd')],
    [org('o2', 'Dinas Sosial'), org('o1', 'Biro Pemerintahan')],
    []
  )
  test('people by name without titles and degrees; organisations by name', () => {
    const c = contactChoices(dir, '')
    expect(c.people.map((p) => p.label)).toEqual(['Drs. Ahmad Syafii', 'Budi Santoso, S.Pd', 'Ny. Hj. Nevi Irwan Prayitno', 'dr. H. Zulkifli'])
    expect(c.organisations.map((o) => o.value)).toEqual(['o:o1', 'o:o2'])
  })
  test('searchable; the chosen one stays offered when the search leaves it out', () => {
    expect(contactChoices(dir, 'nevi').people.map((p) => p.value)).toEqual(['p:p3'])
    expect(contactChoices(dir, 'nevi', 'p:p1').people.map((p) => p.value)).toEqual(['p:p3', 'p:p1'])
    expect(contactChoices(dir, 'sosial').organisations.map((o) => o.value)).toEqual(['o:o2'])
  })
})
