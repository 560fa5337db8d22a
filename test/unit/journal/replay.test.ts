import { expect, test } from 'vitest'
import { emptySnapshot, type Snapshot } from '@shared/datafile'
import { encodeEntry, replayJournal, type JournalEntry } from '@shared/journal'

const group = (id: string, name: string) => ({ id, name, description: '', createdAt: '2026-12-01T00:00:00.000Z' })
const entry = (ops: JournalEntry['ops']): string => encodeEntry({ v: 1, at: '2026-12-04T08:00:00.000Z', ops })

function base(): Snapshot {
  return { ...emptySnapshot(), groups: [group('g1', 'OPD Terkait'), group('g2', 'Pengurus')] }
}

test('puts and deletes are applied per table in sequence order, onto a copy of the base', () => {
  const b = base()
  const records = [
    { seq: 3, payload: entry([{ op: 'delete', table: 'groups', keys: ['g3'] }]) },
    { seq: 1, payload: entry([{ op: 'put', table: 'groups', values: [group('g3', 'Baru')] }]) },
    { seq: 2, payload: entry([{ op: 'put', table: 'groups', values: [group('g1', 'OPD Terkait (ubah)')] }]) },
    { seq: 4, payload: entry([{ op: 'put', table: 'groups', values: [group('g3', 'Lagi')] }, { op: 'delete', table: 'groups', keys: ['g2'] }]) }
  ]
  const { snapshot, report } = replayJournal(b, records)
  expect(snapshot.groups).toEqual([group('g1', 'OPD Terkait (ubah)'), group('g3', 'Lagi')])
  expect(b.groups).toEqual(base().groups)
  expect(report).toMatchObject({ entries: 4, lastSeq: 4, written: { groups: 3 }, deleted: { groups: 2 }, skipped: [] })
})

test('entries already in the base are passed over; a clear (whole-range delete) empties the table', () => {
  const records = [
    { seq: 1, payload: entry([{ op: 'put', table: 'groups', values: [group('g9', 'lama')] }]) },
    { seq: 2, payload: entry([{ op: 'deleteRange', table: 'groups', lowerOpen: false, upperOpen: false }]) },
    { seq: 3, payload: entry([{ op: 'put', table: 'groups', values: [group('g4', 'sesudah')] }]) }
  ]
  expect(replayJournal(base(), records, 1).snapshot.groups).toEqual([group('g4', 'sesudah')])
  expect(replayJournal(base(), records, 2).snapshot.groups).toEqual([...base().groups, group('g4', 'sesudah')])
})

test('a record that would not come back from a backup is skipped and named; the rest is applied', () => {
  const records = [
    { seq: 1, payload: entry([{ op: 'put', table: 'groups', values: [{ id: 'g5' }, group('g6', 'baik')] }]) },
    { seq: 2, payload: '{"v":1' }
  ]
  const { snapshot, report } = replayJournal(emptySnapshot(), records)
  expect(snapshot.groups).toEqual([group('g6', 'baik')])
  expect(report.skipped).toHaveLength(2)
  expect(report.entries).toBe(1)
})
