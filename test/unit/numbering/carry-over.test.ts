import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { defaultLetterCodes, defaultNumberingSettings, type Counter, type Letter } from '../../../shared/model'
import { CarryOverRefusal, carryOverRegister, describeCarryOver, mergeKnown, parseCounterId, type RestoredRegister } from '../../../shared/numbering'

const now = new Date('2019-12-23T02:00:00.000Z')

function letter(code: string, seq: number, date: string, extra: Partial<Letter> = {}): Letter {
  const month = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][Number(date.slice(5, 7)) - 1]
  const insert = extra.insert ?? 0
  return {
    id: `${code}-${seq}-${insert}`,
    code,
    counterKey: code,
    year: Number(date.slice(0, 4)),
    seq,
    insert,
    number: `${seq}${insert ? String.fromCharCode(96 + insert) : ''}/${code}/PKK-PROP/${month}/${date.slice(0, 4)}`,
    date,
    kepada: 'Kepala OPD',
    perihal: `Surat ${seq}`,
    lampiran: '',
    tembusan: '',
    status: 'aktif',
    cancelReason: '',
    source: 'app',
    documentKind: '',
    createdAt: `${date}T01:00:00.000Z`,
    updatedAt: `${date}T01:00:00.000Z`,
    ...extra
  }
}
const counter = (key: string, last: number, year = 2019): Counter => ({ id: `${year}:${key}`, key, year, last })

/** The backup of 13 December 2019: SKR up to 295, KEP up to 21 (the sample's starting point). */
function backup(letters: Letter[] = [letter('SKR', 295, '2019-12-13'), letter('KEP', 21, '2019-12-10')]): RestoredRegister {
  return {
    letters,
    counters: [counter('SKR', 295), counter('KEP', 21)],
    meetingIds: new Set(['rakon']),
    officeCode: 'PKK-PROP',
    settings: defaultNumberingSettings,
    codes: defaultLetterCodes
  }
}

describe('restoring an older backup keeps every number already given out', () => {
  test('letters issued after the backup come along whole and the next number follows them', () => {
    const after = [
      letter('SKR', 296, '2019-12-16', { meetingId: 'rakon', perihal: 'Undangan Rapat Konsultasi' }),
      letter('KEP', 22, '2019-12-16', { meetingId: 'rakon' }),
      letter('SKR', 297, '2019-12-18', { meetingId: 'hilang' })
    ]
    const r = carryOverRegister(backup(), { letters: after, counters: [{ key: 'SKR', year: 2019, last: 297 }, { key: 'KEP', year: 2019, last: 22 }] }, now)
    expect(r.report).toEqual({ kept: 3, lost: [], raised: 2, conflicts: [] })
    expect(r.counters).toEqual([counter('SKR', 297), counter('KEP', 22)])
    const kept = r.letters.find((l) => l.number === '296/SKR/PKK-PROP/XII/2019')
    expect(kept).toEqual(after[0])
    // A meeting the backup does not hold is unlinked; the entry itself stays.
    expect(r.letters.find((l) => l.seq === 297)?.meetingId).toBeUndefined()
  })

  test('numbers the counter passed whose entries are gone are recorded as batal "Nomor hilang"', () => {
    const r = carryOverRegister(backup(), { letters: [letter('SKR', 296, '2019-12-16')], counters: [{ key: 'SKR', year: 2019, last: 299 }] }, now)
    expect(r.report.kept).toBe(1)
    expect(r.report.lost).toEqual(['297/SKR/PKK-PROP/XII/2019', '298/SKR/PKK-PROP/XII/2019', '299/SKR/PKK-PROP/XII/2019'])
    const lost = r.letters.filter((l) => l.perihal === 'Nomor hilang')
    expect(lost.map((l) => [l.seq, l.status, l.source, l.date])).toEqual([
      [297, 'batal', 'gap', '2019-12-16'],
      [298, 'batal', 'gap', '2019-12-16'],
      [299, 'batal', 'gap', '2019-12-16']
    ])
    expect(lost[0]?.cancelReason).toMatch(/tidak dipakai dua kali/)
    expect(r.counters.find((c) => c.key === 'SKR')?.last).toBe(299)
    expect(describeCarryOver(r.report)).toEqual([
      '1 surat yang dicatat setelah cadangan dibuat tetap ada di Buku Agenda.',
      '3 nomor sudah pernah dikeluarkan tetapi catatannya hilang; dicatat batal ("Nomor hilang") agar tidak dipakai lagi: 297/SKR/PKK-PROP/XII/2019, 298/SKR/PKK-PROP/XII/2019, 299/SKR/PKK-PROP/XII/2019.'
    ])
  })

  test('a counter of a year the backup never had is created', () => {
    const r = carryOverRegister(backup(), { letters: [], counters: [{ key: 'SKR', year: 2020, last: 2 }] }, now)
    expect(r.counters).toContainEqual(counter('SKR', 2, 2020))
    expect(r.report.lost).toEqual(['1/SKR/PKK-PROP/I/2020', '2/SKR/PKK-PROP/I/2020'])
  })

  test('nothing changes when the backup already holds everything, and counters never go down', () => {
    const b = backup()
    const r = carryOverRegister(b, { letters: [...b.letters], counters: [{ key: 'SKR', year: 2019, last: 290 }] }, now)
    expect(r.report).toEqual({ kept: 0, lost: [], raised: 0, conflicts: [] })
    expect(r.letters).toEqual(b.letters)
    expect(r.counters).toEqual(b.counters)
    expect(describeCarryOver(r.report)).toEqual([])
  })

  test('an entry whose number another letter holds in the backup is reported, not doubled', () => {
    const other = letter('SKR', 296, '2019-12-16', { id: 'other-296' })
    const r = carryOverRegister(backup([letter('SKR', 295, '2019-12-13'), other]), { letters: [letter('SKR', 296, '2019-12-17')], counters: [] }, now)
    expect(r.report.conflicts).toEqual(['296/SKR/PKK-PROP/XII/2019'])
    expect(r.letters.filter((l) => l.seq === 296)).toEqual([other])
  })

  test('the same letter known twice (database and guard record) counts once, the newest edit kept', () => {
    const issued = letter('SKR', 296, '2019-12-16')
    const cancelled = { ...issued, status: 'batal' as const, cancelReason: 'Salah alamat', updatedAt: '2019-12-17T01:00:00.000Z' }
    const known = mergeKnown({ letters: [issued], counters: [] }, { letters: [cancelled], counters: [{ key: 'SKR', year: 2019, last: 296 }] })
    const r = carryOverRegister(backup(), known, now)
    expect(r.letters.filter((l) => l.seq === 296)).toEqual([cancelled])
  })

  test('counter ids are read back from the guard record', () => {
    expect(parseCounterId('2019:SKR')).toEqual({ year: 2019, key: 'SKR' })
    expect(parseCounterId('2019:POKJA I')).toEqual({ year: 2019, key: 'POKJA I' })
    expect(parseCounterId('2019:*')).toEqual({ year: 2019, key: '*' })
    expect(parseCounterId('x')).toBeNull()
  })

  test('any backup, any later history: no number twice, every known number present or counted', () => {
    const codes = ['SKR', 'KEP']
    fc.assert(
      fc.property(
        fc.record({ SKR: fc.integer({ min: 0, max: 12 }), KEP: fc.integer({ min: 0, max: 12 }) }),
        fc.record({ SKR: fc.integer({ min: 0, max: 12 }), KEP: fc.integer({ min: 0, max: 12 }) }),
        fc.record({ SKR: fc.integer({ min: 0, max: 6 }), KEP: fc.integer({ min: 0, max: 6 }) }),
        fc.func(fc.boolean()),
        (inBackup, issued, extraCounted, keepEntry) => {
          const restored: Letter[] = []
          const known: Letter[] = []
          for (const code of codes) {
            const c = code as 'SKR' | 'KEP'
            for (let s = 1; s <= inBackup[c]; s++) restored.push(letter(code, s, '2019-12-02'))
            for (let s = 1; s <= Math.max(issued[c], inBackup[c]); s++) if (s > inBackup[c] ? keepEntry(code, s) : true) known.push(letter(code, s, '2019-12-09'))
          }
          const b = { ...backup(restored), counters: codes.map((c) => counter(c, inBackup[c as 'SKR' | 'KEP'])) }
          const lastKnown = (c: 'SKR' | 'KEP') => Math.max(issued[c], inBackup[c]) + extraCounted[c]
          const r = carryOverRegister(b, { letters: known, counters: codes.map((c) => ({ key: c, year: 2019, last: lastKnown(c as 'SKR' | 'KEP') })) }, now)
          const numbers = r.letters.map((l) => l.number)
          expect(new Set(numbers).size).toBe(numbers.length)
          for (const l of restored) expect(r.letters).toContainEqual(l)
          for (const code of codes) {
            const c = code as 'SKR' | 'KEP'
            const seqs = r.letters.filter((l) => l.code === code).map((l) => l.seq).sort((x, y) => x - y)
            // Whole from 1 to the highest number known, and the counter stands on it.
            expect(seqs).toEqual(Array.from({ length: lastKnown(c) }, (_, i) => i + 1))
            expect(r.counters.find((x) => x.key === code)?.last ?? 0).toBe(lastKnown(c))
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('the carry-over is bounded', () => {
  test('up to 1,000 lost numbers are filled in one pass, each dated like the entry before it', () => {
    const known = { letters: [letter('SKR', 800, '2019-12-20', { id: 'sesudah-800' })], counters: [{ key: 'SKR', year: 2019, last: 1_296 }] }
    const started = performance.now()
    const r = carryOverRegister(backup(), known, now)
    expect(performance.now() - started).toBeLessThan(1_000)
    // 296..1296 minus 800 (kept): 1,000 numbers without an entry.
    expect(r.report.lost).toHaveLength(1_000)
    expect(r.letters.find((l) => l.seq === 799)?.date).toBe('2019-12-13')
    expect(r.letters.find((l) => l.seq === 801)?.date).toBe('2019-12-20')
    expect(r.counters.find((c) => c.key === 'SKR')?.last).toBe(1_296)
  })

  test('more than 1,000 lost numbers, or a counter past 99,999, refuse the restore instead of filling', () => {
    const far = (last: number) => () => carryOverRegister(backup(), { letters: [], counters: [{ key: 'SKR', year: 2019, last }] }, now)
    expect(far(1_295)().report.lost).toHaveLength(1_000)
    expect(far(1_296)).toThrow(CarryOverRefusal)
    expect(far(1_296)).toThrow(/1001 nomor tidak punya catatan/)
    expect(far(20_000)).toThrow(CarryOverRefusal)
    const started = performance.now()
    expect(far(1e15)).toThrow(/di atas 99999/)
    // Refused before any filling: a loop towards 1e15 would not end at all (the bound is wide for a busy machine).
    expect(performance.now() - started).toBeLessThan(1_000)
    // A letter far beyond the counter, from the guard record, counts the same.
    expect(() => carryOverRegister(backup(), { letters: [letter('SKR', 20_000, '2019-12-20')], counters: [] }, now)).toThrow(CarryOverRefusal)
  })
})
