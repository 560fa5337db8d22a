import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { tableNames, type Snapshot } from '../../../shared/datafile'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { readSnapshot, replaceAll, snapshotWrites } from '../../../renderer/src/data/snapshot-repo'
import { generateOffice } from '../../fixtures/ten-year-office'

// A restore writes over what is stored (replaceAll): kept keys put in place, gone keys deleted first,
// a store of mostly other records cleared. Whatever the way, the database then holds the snapshot exactly.

let n = 0
const freshDb = () => new PkkDatabase(`uji-pulih-di-tempat-${++n}`)
const key = (r: unknown) => String((r as { id?: string; code?: string; meetingId?: string }).id ?? (r as { code?: string }).code ?? (r as { meetingId?: string }).meetingId)
const byKey = (rows: readonly unknown[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))

async function expectHolds(db: PkkDatabase, s: Snapshot) {
  const read = await readSnapshot(db)
  for (const t of tableNames) expect(byKey(read[t]), t).toEqual(byKey(s[t]))
}

/** Counts the read-write transactions replaceAll opens over the database's stores (1: written in place at the first attempt). */
function countWrites(db: PkkDatabase): () => number {
  const idb = db.backendDB()
  const open = idb.transaction.bind(idb)
  let writes = 0
  idb.transaction = ((stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
    if (mode === 'readwrite') writes++
    return open(stores, mode, options)
  }) as typeof idb.transaction
  return () => writes
}

const office = (seed: number) => generateOffice({ years: 2, letters: 80, people: 40, organisations: 6 }, seed)

describe('replaceAll over stored data', () => {
  test('records the snapshot no longer holds are gone, changed ones read back changed, also through their indexes', async () => {
    const db = freshDb()
    const before = office(31)
    await replaceAll(db, before)
    const [first, second, ...rest] = before.letters
    if (!first || !second) throw new Error('fixture too small')
    // One letter fewer (the file is older), one letter cancelled since (its status index changes).
    const after: Snapshot = { ...before, letters: [{ ...second, status: 'batal' }, ...rest], people: before.people.slice(3) }
    await replaceAll(db, after)
    await expectHolds(db, after)
    expect(await db.letters.get(first.id)).toBeUndefined()
    expect((await db.letters.where('status').equals('batal').primaryKeys()).includes(second.id)).toBe(true)
    expect((await db.letters.where('status').equals(second.status).primaryKeys()).includes(second.id)).toBe(second.status === 'batal')
    expect(await db.people.count()).toBe(before.people.length - 3)
  })

  test("a letter that takes the register place of one that goes (another id) is written, the other gone", async () => {
    const db = freshDb()
    const before = office(32)
    await replaceAll(db, before)
    const [first, ...rest] = before.letters
    if (!first) throw new Error('fixture too small')
    const after: Snapshot = { ...before, letters: [{ ...first, id: 'surat-baru-di-tempat-yang-sama' }, ...rest] }
    const writes = countWrites(db)
    await replaceAll(db, after)
    await expectHolds(db, after)
    // The letter that goes is deleted before the new one is put: no collision, no second attempt.
    expect(writes()).toBe(1)
  })

  test('two kept letters that swap their register places are written (the plain way, after the first attempt aborted)', async () => {
    const db = freshDb()
    const before = office(33)
    await replaceAll(db, before)
    const [a, b, ...rest] = before.letters
    if (!a || !b) throw new Error('fixture too small')
    const place = (l: typeof a) => ({ counterKey: l.counterKey, year: l.year, seq: l.seq, insert: l.insert, number: l.number, code: l.code, date: l.date })
    const after: Snapshot = { ...before, letters: [{ ...a, ...place(b) }, { ...b, ...place(a) }, ...rest] }
    const writes = countWrites(db)
    await replaceAll(db, after)
    await expectHolds(db, after)
    expect(writes()).toBe(2)
  })

  test('a key twice in the snapshot is refused and nothing changes (add() refused it; put() would keep the last)', async () => {
    const db = freshDb()
    const before = office(34)
    await replaceAll(db, before)
    const other = office(35)
    const [p] = other.people
    if (!p) throw new Error('fixture too small')
    const twice: Snapshot = { ...other, people: [...other.people, { ...p, name: 'Orang yang sama, nama lain' }] }
    await expect(replaceAll(db, twice)).rejects.toThrow(/Data ganda/)
    await expectHolds(db, before)
  })

  test('another office over the stored one (the generator gives its letters the same ids in other places)', async () => {
    const db = freshDb()
    await replaceAll(db, office(36))
    const other = office(37)
    await replaceAll(db, other)
    await expectHolds(db, other)
  })
})

describe('snapshotWrites', () => {
  const rows = (ids: string[]) => ids.map((id) => ({ id }))
  test('kept keys are put in place, gone keys deleted first', () => {
    expect(snapshotWrites('id', rows(['a', 'b', 'c', 'd']), ['a', 'b', 'c', 'd', 'x'])).toEqual({ clear: false, remove: ['x'] })
    expect(snapshotWrites('id', rows(['a']), [])).toEqual({ clear: false, remove: [] })
  })
  test('a store of mostly other records is cleared', () => {
    expect(snapshotWrites('id', rows(['a', 'b']), ['x', 'y', 'a'])).toEqual({ clear: true, remove: [] })
  })
  test('a key twice is refused', () => {
    expect(() => snapshotWrites('id', rows(['a', 'b', 'a']), [])).toThrow(/Data ganda dengan kunci a/)
  })
})
