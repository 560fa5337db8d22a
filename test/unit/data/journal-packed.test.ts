import 'fake-indexeddb/auto'
import { liveQuery } from 'dexie'
import { beforeEach, describe, expect, test } from 'vitest'
import { tableNames, type Snapshot } from '../../../shared/datafile'
import { emptyPerson } from '../../../shared/model'
import { createJournalStore, journalEntry, memoryJournalFiles, type JournalOp } from '../../../shared/journal'
import { addWalkIn, deleteAttendanceRow, markInvitees, recordAttendance, updateWalkIn } from '../../../renderer/src/data/attendance-repo'
import { savePerson } from '../../../renderer/src/data/contacts-repo'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { sortInviteesByProtocol } from '../../../renderer/src/data/invitee-order-repo'
import { attachJournal, checkpointJournal, readJournalRecovery } from '../../../renderer/src/data/journal-keeper'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { meetingAttendance, meetingInvitees } from '../../../renderer/src/data/meeting-rows'
import { addInvitees, createMeeting, deleteMeeting, moveInvitee, removeInvitee, updateMeeting } from '../../../renderer/src/data/meetings-repo'
import { readSnapshot } from '../../../renderer/src/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { installFakeWindow } from '../support/fake-window'
import { freshName, seedOffice } from './letters-support'

/**
 * Invitees and attendance are stored packed per meeting (database version 9), but the change journal
 * keeps them in the data file's terms: one put per row changed, one delete per row gone. A journal
 * replayed after a lost database must give back exactly the rows the database held.
 */

let db: PkkDatabase
let files: ReturnType<typeof memoryJournalFiles>
let sink: JournalSink

beforeEach(async () => {
  installFakeWindow()
  db = new PkkDatabase(freshName('jurnal-baris'))
  files = memoryJournalFiles()
  const store = createJournalStore(files)
  sink = { append: (p) => store.append(p), read: () => store.read(), checkpoint: ({ base, upToSeq }) => store.checkpoint(base, upToSeq) }
  attachJournal(db, sink)
  await db.open()
})

const D1 = '2019-12-20'
const D2 = '2019-12-21'

const sorted = (s: Snapshot) => Object.fromEntries(tableNames.map((t) => [t, [...s[t]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]))

/** The operations of every journal entry written so far. */
async function journalOps(): Promise<JournalOp[][]> {
  return (await sink.read()).records.map((r) => journalEntry.parse(JSON.parse(r.payload)).ops)
}

/** Two meetings, their invitees moved and sorted, attendance marked, a walk-in added, changed and deleted, an invitee removed, a day moved, one meeting deleted. */
async function meetingWork(): Promise<{ meetingId: string }> {
  await seedOffice(db)
  const people = []
  for (const name of ['Ny. Hj. Rahmi', 'Dra. Yusnimar', 'Ir. Syafrizal', 'Hj. Nurhayati']) people.push(await savePerson(db, { ...emptyPerson, name }))
  const m = await createMeeting(db, { ...RAKON, dates: [D1, D2] })
  const other = await createMeeting(db, { ...RAKON, title: 'Rapat yang dihapus', dates: [D1] })
  await addInvitees(db, m.id, people.map((p) => `p:${p.id}`))
  await addInvitees(db, other.id, [`p:${people[0]?.id ?? ''}`])
  const ids = (await meetingInvitees(db, m.id)).sort((a, b) => a.order - b.order).map((i) => i.id)
  await moveInvitee(db, m.id, ids[3] ?? '', -1)
  await sortInviteesByProtocol(db, m.id)
  await markInvitees(db, m.id, D1, ids.slice(0, 3), 'hadir')
  await recordAttendance(db, m.id, D2, { inviteeId: ids[1] ?? '' }, { mark: { status: 'izin' }, note: 'Dinas luar' })
  const walkIn = await addWalkIn(db, m.id, D1, { name: 'Tamu', position: 'Staf', organisation: 'Dinas Kesehatan', note: '' })
  await updateWalkIn(db, m.id, walkIn.id, { name: 'Tamu Undangan', position: 'Staf', organisation: 'Dinas Kesehatan', note: '' })
  const second = await addWalkIn(db, m.id, D1, { name: 'Salah catat', position: '', organisation: '', note: '' })
  await deleteAttendanceRow(db, m.id, second.id)
  await removeInvitee(db, m.id, ids[2] ?? '')
  // D2 moves to the 22nd: its rows follow.
  await updateMeeting(db, m.id, { ...RAKON, dates: [D1, '2019-12-22'] })
  await markInvitees(db, other.id, D1, (await meetingInvitees(db, other.id)).map((i) => i.id), 'hadir')
  await deleteMeeting(db, other.id)
  return { meetingId: m.id }
}

describe('the journal of packed invitees and attendance', () => {
  test('replayed from nothing, it is the database row for row; its entries name only the data file tables', async () => {
    const { meetingId } = await meetingWork()
    const now = await readSnapshot(db)
    expect(now.invitees).toHaveLength(3)
    expect(now.attendance.map((a) => a.day).sort()).toEqual([D1, D1, D1, D1, '2019-12-22'])
    expect(now.attendance.every((a) => a.meetingId === meetingId)).toBe(true)
    const recovered = await readJournalRecovery(sink)
    expect(recovered?.fromJournal.skipped).toEqual([])
    expect(sorted(recovered!.snapshot)).toEqual(sorted(now))
    const tables = new Set((await journalOps()).flat().map((op) => op.table))
    expect(tables.has('invitees') && tables.has('attendance')).toBe(true)
    expect([...tables].every((t) => (tableNames as readonly string[]).includes(t))).toBe(true)
  })

  test('one change writes one row, not the meeting list: recording one invitee journals her row alone', async () => {
    const { meetingId } = await meetingWork()
    const before = (await journalOps()).length
    const invitee = (await meetingInvitees(db, meetingId))[0]
    await recordAttendance(db, meetingId, D1, { inviteeId: invitee?.id ?? '' }, { note: 'Terlambat' })
    const ops = (await journalOps()).slice(before).flat()
    const rowOps = ops.filter((op) => op.table === 'attendance')
    expect(rowOps).toHaveLength(1)
    expect(rowOps[0]).toMatchObject({ op: 'put', values: [{ inviteeId: invitee?.id, note: 'Terlambat' }] })
    expect(rowOps[0]?.op === 'put' && rowOps[0].values).toHaveLength(1)
  })

  test('after a checkpoint, the base plus the packed tables\' later entries is the database', async () => {
    await seedOffice(db)
    const p = await savePerson(db, { ...emptyPerson, name: 'Ny. Hj. Rahmi' })
    const m = await createMeeting(db, RAKON)
    await addInvitees(db, m.id, [`p:${p.id}`])
    await markInvitees(db, m.id, RAKON.dates[0]!, (await meetingInvitees(db, m.id)).map((i) => i.id), 'hadir')
    await checkpointJournal(db)
    await meetingWork()
    await removeInvitee(db, m.id, (await meetingInvitees(db, m.id))[0]?.id ?? '')
    const recovered = await readJournalRecovery(sink)
    expect(recovered?.fromBase).toMatchObject({ invitees: 1, attendance: 1 })
    expect(sorted(recovered!.snapshot)).toEqual(sorted(await readSnapshot(db)))
  })

  test('a live query of a meeting\'s attendance sees each new row (Dexie observes the packed record)', async () => {
    await seedOffice(db)
    const m = await createMeeting(db, RAKON)
    const seen: number[] = []
    const sub = liveQuery(() => meetingAttendance(db, m.id)).subscribe((rows) => seen.push(rows.length))
    const until = async (n: number) => {
      for (let i = 0; i < 100 && !seen.includes(n); i++) await new Promise((r) => setTimeout(r, 10))
    }
    await until(0)
    await addWalkIn(db, m.id, RAKON.dates[0]!, { name: 'Tamu', position: '', organisation: '', note: '' })
    await until(1)
    await addWalkIn(db, m.id, RAKON.dates[0]!, { name: 'Tamu kedua', position: '', organisation: '', note: '' })
    await until(2)
    sub.unsubscribe()
    expect(seen).toEqual([0, 1, 2])
  })
})
