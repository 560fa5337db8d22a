import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { packAttendance, packInvitees, rowChanges, unpackRows } from '../../../shared/datafile'
import type { Attendance, Invitee } from '../../../shared/model'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { meetingInvitees, writeInvitees } from '../../../renderer/src/data/meeting-rows'

const inv = (id: string, meetingId: string, key: string, order: number): Invitee => ({
  id,
  meetingId,
  key,
  kind: key.startsWith('p:') ? 'person' : 'organisation',
  ...(key.startsWith('p:') ? { personId: key.slice(2) } : { organisationId: key.slice(2) }),
  order,
  createdAt: '2019-12-10T02:00:00.000Z'
})
const row = (id: string, meetingId: string, day: string): Attendance => ({
  id,
  meetingId,
  day,
  name: `Peserta ${id}`,
  position: '',
  organisation: '',
  status: 'hadir',
  delegateName: '',
  delegatePosition: '',
  note: '',
  order: 1,
  updatedAt: '2019-12-20T02:00:00.000Z'
})

describe('invitees and attendance packed per meeting (database version 9)', () => {
  test('one record per meeting, rows in the row tables\' index order, the contacts it invites once each; unpacked in id order', () => {
    const rows = [inv('i3', 'm2', 'p:a', 1), inv('i1', 'm1', 'p:b', 2), inv('i2', 'm1', 'o:x', 1), inv('i4', 'm2', 'o:x', 2)]
    const lists = packInvitees(rows)
    expect(lists.map((l) => l.meetingId)).toEqual(['m2', 'm1'])
    expect(lists[1]).toEqual({ meetingId: 'm1', rows: [rows[2], rows[1]], personIds: ['b'], organisationIds: ['x'] })
    expect(unpackRows(lists).map((r) => r.id)).toEqual(['i1', 'i2', 'i3', 'i4'])
    const days = packAttendance([row('b', 'm1', '2019-12-21'), row('c', 'm1', '2019-12-20'), row('a', 'm1', '2019-12-21')])
    expect(days[0]?.rows.map((r) => r.id)).toEqual(['c', 'a', 'b'])
  })

  test('what a write changed, in rows: the new and the different are put, the gone deleted, the same left out', () => {
    const before = [row('a', 'm1', '2019-12-20'), row('b', 'm1', '2019-12-20'), row('c', 'm1', '2019-12-20')]
    const after = [before[0]!, { ...before[1]!, status: 'izin' as const }, row('d', 'm1', '2019-12-20')]
    expect(rowChanges(before, after)).toEqual({ put: [after[1], after[2]], deleted: ['c'] })
    expect(rowChanges(before, before)).toEqual({ put: [], deleted: [] })
  })

  test('a meeting does not invite the same contact twice, as the unique index of version 8 refused; nothing is written', async () => {
    const db = new PkkDatabase('uji-paket-kunci')
    await writeInvitees(db, 'm1', { put: [inv('i1', 'm1', 'p:a', 1)] })
    await expect(writeInvitees(db, 'm1', { put: [inv('i2', 'm1', 'p:a', 2)] })).rejects.toThrow('sudah ada di daftar undangan')
    await expect(writeInvitees(db, 'm1', { put: [inv('i3', 'm2', 'p:b', 1)] })).rejects.toThrow('milik rapat lain')
    expect((await meetingInvitees(db, 'm1')).map((i) => i.id)).toEqual(['i1'])
    // A row that would not come back from a backup is refused by its schema.
    await expect(writeInvitees(db, 'm1', { put: [{ ...inv('i4', 'm1', 'p:c', 3), order: 1.5 }] })).rejects.toThrow()
    expect(await meetingInvitees(db, 'm1')).toHaveLength(1)
    db.close()
  })
})
