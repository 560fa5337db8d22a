import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, test } from 'vitest'
import { createJournalStore, memoryJournalFiles, type JournalStore } from '../../../shared/journal'
import { signature, type Signature } from '../../../shared/model'
import { markInvitees, attendanceOfDay, meetingParticipants } from '../../../renderer/src/data/attendance-repo'
import { backupJson, planRestore, restore } from '../../../renderer/src/data/backup'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { attachJournal, checkpointJournal, readJournalRecovery } from '../../../renderer/src/data/journal-keeper'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { addInvitees, createMeeting } from '../../../renderer/src/data/meetings-repo'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { PAD, penStrokes } from '../../../scripts/lib/pen-strokes'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { sealed } from '../support/data-file'
import { installFakeWindow } from '../support/fake-window'
import { allAttendance } from './rows-support'

/*
 * Signatures are data like every other record: a backup carries them, a restore brings them back
 * stroke for stroke (and refuses a file whose strokes are out of their box or beyond the limits,
 * naming the record), and the change journal holds every signature written or deleted, so the office
 * comes back with them after the database is lost.
 */

const DAY = '2019-12-20'
let n = 0
const sinkOf = (store: JournalStore): JournalSink => ({
  append: (payload) => store.append(payload),
  read: () => store.read(),
  checkpoint: ({ base, upToSeq }) => store.checkpoint(base, upToSeq)
})
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))

let fake: ReturnType<typeof installFakeWindow>
beforeEach(() => {
  fake = installFakeWindow()
})

/** The Rapat Konsultasi with ten invitees present, six of whom signed at the meja registrasi. */
async function signedMeeting(db: PkkDatabase): Promise<Signature[]> {
  const snapshot = sampleSnapshot()
  await replaceAll(db, snapshot)
  const meeting = await createMeeting(db, RAKON)
  await addInvitees(db, meeting.id, snapshot.people.slice(0, 10).map((p) => `p:${p.id}`))
  await markInvitees(db, meeting.id, DAY, (await meetingParticipants(db, meeting.id)).map((p) => p.inviteeId), 'hadir')
  const rows = (await attendanceOfDay(db, meeting.id, DAY)).slice(0, 6)
  const signatures = rows.map((r, i) =>
    signature.parse({ id: `ttd-${i + 1}`, attendanceId: r.id, meetingId: meeting.id, day: DAY, ...PAD, strokes: penStrokes(r.name), createdAt: `2019-12-20T01:5${i}:00.000Z` })
  )
  await db.signatures.bulkPut(signatures)
  return signatures
}

describe('signatures in backups and restore', () => {
  test('back up, wipe, restore: every signature comes back stroke for stroke, linked to its record', async () => {
    const db = new PkkDatabase(`ttd-cadangan-${++n}`)
    const signed = await signedMeeting(db)
    const json = await backupJson(db)
    expect((JSON.parse(json) as { tables: { signatures: unknown[] } }).tables.signatures).toHaveLength(6)
    await db.signatures.clear()
    await db.attendanceLists.clear()
    const plan = await planRestore(db, json)
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)))
    expect(plan.counts.signatures).toBe(6)
    await restore(db, plan)
    const back = byId(await db.signatures.toArray())
    expect(back).toEqual(byId(signed))
    const rowIds = new Set((await allAttendance(db)).map((r) => r.id))
    expect(back.every((g) => rowIds.has(g.attendanceId))).toBe(true)
    db.close()
  })

  test('a backup whose signature leaves its box, or draws too many points, is refused naming the record, and nothing changes', async () => {
    const db = new PkkDatabase(`ttd-rusak-${++n}`)
    await signedMeeting(db)
    const good = JSON.parse(await backupJson(db)) as { tables: { signatures: { strokes: number[][]; width: number }[] } }
    const before = await readSnapshot(db)
    const outside = structuredClone(good)
    const victim = outside.tables.signatures[2]
    if (!victim) throw new Error('tanda tangan contoh tidak ada')
    victim.strokes[0]?.splice(0, 2, victim.width + 50, 10)
    const outsidePlan = await planRestore(db, sealed(outside))
    expect(outsidePlan.ok).toBe(false)
    if (!outsidePlan.ok) expect(outsidePlan.problems.map((p) => `${p.path} ${p.message}`).join('\n')).toMatch(/signatures\[2\].*keluar dari kotaknya/)
    const huge = structuredClone(good)
    const big = huge.tables.signatures[4]
    if (!big) throw new Error('tanda tangan contoh tidak ada')
    big.strokes = Array.from({ length: 10 }, () => Array.from({ length: 1800 }, (_, k) => k % 200))
    const hugePlan = await planRestore(db, sealed(huge))
    expect(hugePlan.ok).toBe(false)
    if (!hugePlan.ok) expect(hugePlan.problems.map((p) => `${p.path} ${p.message}`).join('\n')).toMatch(/signatures\[4\].*paling banyak 8000 titik/)
    expect(byId((await readSnapshot(db)).signatures)).toEqual(byId(before.signatures))
    expect(fake.backups).toHaveLength(0)
    db.close()
  })
})

describe('signatures in the change journal', () => {
  test('every signature written, and one deleted, is in the journal: replayed, the office has the same signatures', async () => {
    const db = new PkkDatabase(`ttd-jurnal-${++n}`)
    const files = memoryJournalFiles()
    const sink = sinkOf(createJournalStore(files))
    attachJournal(db, sink)
    await db.open()
    const signed = await signedMeeting(db)
    await db.signatures.delete('ttd-6')
    const recovered = await readJournalRecovery(sink)
    if (!recovered) throw new Error('jurnal kosong')
    expect(byId(recovered.snapshot.signatures)).toEqual(byId(signed.slice(0, 5)))
    expect(recovered.fromJournal.deleted).toMatchObject({ signatures: 1 })
    // After a checkpoint the base carries them, and a signature written later comes from the entries.
    await checkpointJournal(db)
    const late = signature.parse({ ...signed[5], id: 'ttd-7', createdAt: '2019-12-20T03:00:00.000Z' })
    await db.signatures.put(late)
    const again = await readJournalRecovery(sink)
    expect(again?.fromBase).toMatchObject({ signatures: 5 })
    expect(byId(again?.snapshot.signatures ?? [])).toEqual(byId([...signed.slice(0, 5), late]))
    db.close()
  })
})
