import { describe, expect, test } from 'vitest'
import { buildContactsExport, comparePersonNames, guessColumnMapping, queryMatcher, searchKey, sortRows, validateImportRows } from '@shared/contacts'
import type { Group, Organisation, Person } from '@shared/model'

const t = '2024-01-01T00:00:00.000Z'
const orgs: Organisation[] = [
  { id: 'o1', name: 'Dinas Komunikasi dan Informatika', kind: 'opd', headTitle: 'Kepala Dinas Komunikasi dan Informatika', address: '', phone: '', email: '', groupIds: ['g2'], createdAt: t, updatedAt: t }
]
const groups: Group[] = [
  { id: 'g1', name: 'Pengurus TP PKK', description: '', createdAt: t },
  { id: 'g2', name: 'OPD Terkait', description: '', createdAt: t }
]
const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id, name, position: '', phone: '', email: '', groupIds: [], notes: '', createdAt: t, updatedAt: t, ...extra
})
const people = [
  person('p1', 'Ny. Hj. Nevi Irwan Prayitno', { position: 'Ketua', phone: '081266001234', groupIds: ['g1', 'g2'] }),
  person('p2', "Ni'mah Hasanah", { organisationId: 'o1', position: 'Kepala Bidang', email: 'nimah@kominfo.go.id' }),
  person('p3', 'Andi Rénata')
]

describe('export to a spreadsheet', () => {
  test('people sorted by name without titles, organisation and groups by name', () => {
    const { people: rows, organisations } = buildContactsExport(people, orgs, groups)
    expect(rows[0]).toEqual(['Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail', 'Kelompok', 'Keterangan'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Andi Rénata', 'Ny. Hj. Nevi Irwan Prayitno', "Ni'mah Hasanah"])
    expect(rows[2]).toEqual(['Ny. Hj. Nevi Irwan Prayitno', 'Ketua', '', '081266001234', '', 'Pengurus TP PKK; OPD Terkait', ''])
    expect(rows[3]?.[2]).toBe('Dinas Komunikasi dan Informatika')
    expect(organisations[1]).toEqual(['Dinas Komunikasi dan Informatika', 'OPD / Instansi Pemerintah', 'Kepala Dinas Komunikasi dan Informatika', '', '', '', 'OPD Terkait'])
  })

  test('an exported list imports back to the same contacts', () => {
    const { people: rows } = buildContactsExport(people, orgs, groups)
    const back = validateImportRows(rows, guessColumnMapping(rows[0]!), 0)
    expect(back.rejected).toEqual([])
    expect(back.accepted.find((r) => r.draft.name === 'Ny. Hj. Nevi Irwan Prayitno')?.draft.groupNames).toEqual(['Pengurus TP PKK', 'OPD Terkait'])
    expect(back.accepted.find((r) => r.draft.name === "Ni'mah Hasanah")?.draft.organisationName).toBe('Dinas Komunikasi dan Informatika')
  })
})

describe('search as you type', () => {
  const key = searchKey(['Ny. Hj. Nevi Irwan Prayitno', 'Ketua', 'TP PKK Provinsi Sumatera Barat', 'ketua@pkk.id'], '0812-6600-1234')
  test('words in any order, any case, part of a word', () => {
    expect(queryMatcher('nevi ketua')(key)).toBe(true)
    expect(queryMatcher('SUMATERA prayit')(key)).toBe(true)
    expect(queryMatcher('nevi bendahara')(key)).toBe(false)
  })
  test('phone digits without separators, apostrophes and diacritics optional', () => {
    expect(queryMatcher('08126600')(key)).toBe(true)
    expect(queryMatcher('nimah')(searchKey(["Ni'mah"]))).toBe(true)
    expect(queryMatcher("ni'mah")(searchKey(['Ni’mah']))).toBe(true)
    expect(queryMatcher('renata')(searchKey(['Rénata']))).toBe(true)
  })
  test('an empty query matches everything', () => {
    expect(queryMatcher('   ')(key)).toBe(true)
  })
})

test('sorting by name ignores titles, ascending and descending', () => {
  const names = ['Ny. Hj. Nevi', 'Budi', 'Dra. Ani', 'ayu']
  const asc = sortRows(names, comparePersonNames, 'asc')
  expect(asc).toEqual(['Dra. Ani', 'ayu', 'Budi', 'Ny. Hj. Nevi'])
  expect(sortRows(names, comparePersonNames, 'desc')).toEqual([...asc].reverse())
})
