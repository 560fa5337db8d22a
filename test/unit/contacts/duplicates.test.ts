import { describe, expect, test } from 'vitest'
import { describeDuplicate, findLikelyDuplicates, idsWithLikelyTwins, PersonDuplicateIndex } from '@shared/contacts'

const people = [
  { id: 'p1', name: 'Ny. Hj. Nevi Irwan Prayitno', phone: '0812-6600-1234', email: 'ketua@pkk-sumbar.go.id' },
  { id: 'p2', name: 'Dra. Hj. Sri Wahyuni, M.Si', phone: '', email: 'sri@example.id' },
  { id: 'p3', name: "Ni'mah Hasanah", phone: '0813 1111 2222', email: '' }
]

describe('likely duplicate people', () => {
  test('the same name without titles is flagged', () => {
    const found = findLikelyDuplicates('person', { name: 'Nevi Irwan Prayitno' }, people)
    expect(found.map((m) => [m.item.id, m.reasons])).toEqual([['p1', ['name']]])
  })

  test('the same phone written differently is flagged, even under another name', () => {
    const found = findLikelyDuplicates('person', { name: 'Ketua TP PKK', phone: '+62 812 6600 1234' }, people)
    expect(found.map((m) => [m.item.id, m.reasons])).toEqual([['p1', ['phone']]])
  })

  test('the same e-mail in capitals is flagged', () => {
    const found = findLikelyDuplicates('person', { name: 'Sri', email: 'SRI@example.id' }, people)
    expect(found.map((m) => m.item.id)).toEqual(['p2'])
  })

  test('every reason is listed when name, phone and e-mail all match', () => {
    const found = findLikelyDuplicates('person', { name: 'NEVI IRWAN PRAYITNO', phone: '081266001234', email: 'Ketua@PKK-Sumbar.go.id' }, people)
    expect(found).toHaveLength(1)
    expect(found[0]?.reasons).toEqual(['name', 'phone', 'email'])
    expect(describeDuplicate(found[0]!)).toBe('Ny. Hj. Nevi Irwan Prayitno (nama sama, nomor telepon sama, e-mail sama)')
  })

  test('the record being edited is not its own duplicate', () => {
    expect(findLikelyDuplicates('person', people[0]!, people, { excludeId: 'p1' })).toEqual([])
  })

  test('different people with empty phones and e-mails are not duplicates of each other', () => {
    expect(findLikelyDuplicates('person', { name: 'Rahmawati', phone: '', email: '' }, people)).toEqual([])
  })

  test('the list marks both twins', () => {
    const twins = idsWithLikelyTwins([...people, { id: 'p4', name: 'Nimah Hasanah', phone: '', email: '' }])
    expect([...twins].sort()).toEqual(['p3', 'p4'])
  })

  test('an index over 5,000 people answers 5,000 checks quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, name: `Peserta ${i}`, phone: `0812${String(i).padStart(8, '0')}`, email: `p${i}@x.id` }))
    const start = performance.now()
    const index = new PersonDuplicateIndex(many)
    let hits = 0
    for (const p of many) hits += index.match(p, p.id).length
    expect(hits).toBe(0)
    expect(index.match({ name: 'peserta 42' }).map((m) => m.item.id)).toEqual(['p42'])
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

describe('likely duplicate organisations', () => {
  const orgs = [
    { id: 'o1', name: 'Dinas Komunikasi dan Informatika' },
    { id: 'o2', name: 'Tim Penggerak PKK Kabupaten Agam' }
  ]
  test('the same name in other case and spacing is flagged', () => {
    expect(findLikelyDuplicates('organisation', { name: 'dinas  komunikasi DAN informatika' }, orgs).map((m) => m.item.id)).toEqual(['o1'])
    expect(findLikelyDuplicates('organisation', { name: 'TP-PKK Kabupaten Agam' }, orgs).map((m) => m.item.id)).toEqual(['o2'])
  })
  test('another organisation is not flagged', () => {
    expect(findLikelyDuplicates('organisation', { name: 'Dinas Kesehatan' }, orgs)).toEqual([])
  })
})
