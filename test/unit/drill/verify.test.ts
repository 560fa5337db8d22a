import { describe, expect, test } from 'vitest'
import { compareSnapshots, firstDifference, verifyRegister, type Ack, type RegisterEntry } from '../../../scripts/drill/verify'

const entry = (seq: number, insert = 0, status: 'aktif' | 'batal' = 'aktif', counterKey = 'SKR', year = 2030): RegisterEntry => ({
  counterKey,
  year,
  seq,
  insert,
  number: `${seq}${insert ? String.fromCharCode(96 + insert) : ''}/${counterKey}/PKK-PROP/I/${year}`,
  status
})
const ack = (e: RegisterEntry): Ack => ({ number: e.number, counterKey: e.counterKey, year: e.year, seq: e.seq, insert: e.insert })

describe('the register after a crash', () => {
  const letters = [entry(1), entry(2), entry(2, 1), entry(3, 0, 'batal'), entry(4), entry(1, 0, 'aktif', 'KEP')]
  const counters = [
    { key: 'SKR', year: 2030, last: 4 },
    { key: 'KEP', year: 2030, last: 1 }
  ]

  test('a whole register with every acknowledged number passes; a batal number is not a gap', () => {
    const v = verifyRegister(letters, counters, letters.map(ack), [ack(entry(3, 0, 'batal'))])
    expect(v).toEqual({ lost: [], cancelsLost: [], duplicates: [], gaps: [], counterMismatches: [] })
  })

  test('numbers committed but never acknowledged are fine; an acknowledged number missing is lost', () => {
    const v = verifyRegister(letters, counters, [ack(entry(4)), ack(entry(5))])
    expect(v.lost).toEqual(['5/SKR/PKK-PROP/I/2030'])
  })

  test('after a recovery, an acknowledged number held only by a "Nomor hilang" placeholder is lost: the number is there, the letter is not', () => {
    const placeholder = { ...entry(4, 0, 'batal'), placeholder: true }
    const v = verifyRegister([...letters.filter((l) => !(l.seq === 4 && l.counterKey === 'SKR')), placeholder], counters, [ack(entry(4))])
    expect(v.lost).toEqual(['4/SKR/PKK-PROP/I/2030'])
  })

  test('an acknowledged number found in another place (other seq) is lost too', () => {
    const moved = { ...ack(entry(4)), seq: 9 }
    expect(verifyRegister(letters, counters, [moved]).lost).toEqual([moved.number])
  })

  test('an acknowledged cancellation still aktif is a lost cancellation', () => {
    expect(verifyRegister(letters, counters, [], [ack(entry(4))]).cancelsLost).toEqual(['4/SKR/PKK-PROP/I/2030'])
  })

  test('duplicates by place and by number text', () => {
    const twice = [...letters, entry(2)]
    const v = verifyRegister(twice, counters, [])
    expect(v.duplicates).toHaveLength(2)
    const sameText = [...letters, { ...entry(7), number: entry(2).number }]
    expect(verifyRegister(sameText, [...counters.slice(1), { key: 'SKR', year: 2030, last: 7 }], []).duplicates).toEqual([
      '2/SKR/PKK-PROP/I/2030 (2x nomor yang sama)'
    ])
  })

  test('gaps in the main sequence and in inserted numbers, and an insert without its main number', () => {
    const holes = [entry(1), entry(3), entry(3, 2), entry(5, 1)]
    const v = verifyRegister(holes, [{ key: 'SKR', year: 2030, last: 3 }], [])
    expect(v.gaps).toEqual(['SKR|2030|2', 'SKR|2030|3.1', 'SKR|2030|5 (nomor sisipan tanpa nomor induk)'])
  })

  test('a counter behind or ahead of the register, or missing', () => {
    expect(verifyRegister(letters, [{ key: 'SKR', year: 2030, last: 3 }], []).counterMismatches).toEqual([
      'SKR|2030: penghitung 3, nomor tertinggi 4',
      'KEP|2030: penghitung tidak ada, nomor tertinggi 1'
    ])
    expect(verifyRegister([], [{ key: 'SKR', year: 2031, last: 2 }], []).counterMismatches).toEqual(['SKR|2031: penghitung 2, tidak ada nomor'])
  })
})

describe('two copies of an office, record by record', () => {
  const bytes = (...xs: number[]) => new Uint8Array(xs)
  test('equal values: bytes, nested lists, undefined as missing, any order of records', () => {
    const a = { profile: [{ id: 'office', logo: { data: bytes(1, 2, 3) }, stamp: undefined }], people: [{ id: 'a', groupIds: ['g'] }, { id: 'b', groupIds: [] }] }
    const b = { profile: [{ id: 'office', logo: { data: bytes(1, 2, 3) } }], people: [{ id: 'b', groupIds: [] }, { id: 'a', groupIds: ['g'] }] }
    expect(compareSnapshots(a, b)).toEqual({ equal: true, records: 3, differences: [] })
  })
  test('a changed byte, a changed field, a missing and an extra record, a repeated key', () => {
    const a = { profile: [{ id: 'office', logo: { data: bytes(1, 2, 3) } }], people: [{ id: 'a', name: "Ni'mah" }, { id: 'b', name: 'B' }], letterCodes: [{ code: 'SKR' }] }
    const b = {
      profile: [{ id: 'office', logo: { data: bytes(1, 2, 4) } }],
      people: [{ id: 'a', name: 'Nimah' }, { id: 'c', name: 'C' }],
      letterCodes: [{ code: 'SKR' }, { code: 'SKR' }]
    }
    const r = compareSnapshots(a, b)
    expect(r.equal).toBe(false)
    expect(r.differences).toEqual([
      { table: 'letterCodes', key: 'SKR', kind: 'duplicate-key' },
      { table: 'people', key: 'a', kind: 'different', field: 'name' },
      { table: 'people', key: 'b', kind: 'missing' },
      { table: 'people', key: 'c', kind: 'extra' },
      { table: 'profile', key: 'office', kind: 'different', field: 'logo.data[2]' }
    ])
  })
  test('types are not confused: "1" is not 1, bytes are not a list, null is not missing', () => {
    expect(firstDifference({ a: '1' }, { a: 1 })).toBe('a')
    expect(firstDifference({ a: bytes(1) }, { a: [1] })).toBe('a')
    expect(firstDifference({ a: null }, {})).toBe('a')
    expect(firstDifference({ a: [1, 2] }, { a: [1, 2, 3] })).toBe('a')
    expect(firstDifference('🌺', '🌺')).toBeNull()
  })
})
