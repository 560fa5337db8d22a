import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { keepGuard, writeGuard } from '../../../renderer/src/data/guard'
import { JournalWriter, type JournalSink } from '../../../renderer/src/data/journal'
import { issueLetter } from '../../../renderer/src/data/letters-repo'
import { officeSession, setSession } from '../../../renderer/src/data/session'
import type { AppendResult } from '../../../shared/journal'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
let fake: ReturnType<typeof installFakeWindow>
let stop: (() => void) | undefined
let reads = 0

beforeEach(() => {
  fake = installFakeWindow()
  setSession(officeSession)
  // Count what is read back from outside the database (a 10-year office's record holds 1,000 letters).
  reads = 0
  const guard = (globalThis as unknown as { window: { pkk: { guard: { read(): Promise<unknown> } } } }).window.pkk.guard
  const read = guard.read.bind(guard)
  guard.read = () => {
    reads++
    return read()
  }
})
afterEach(() => stop?.())

/** A journal whose appends finish only when the test lets them. */
function heldJournal() {
  const held: (() => void)[] = []
  let seq = 0
  const sink: JournalSink = {
    append: () => new Promise<AppendResult>((ok) => held.push(() => ok({ seq: ++seq, journalBytes: 1 }))),
    read: async () => ({ base: null, entries: [] }) as never,
    checkpoint: async () => undefined
  }
  return { writer: new JournalWriter(sink), release: () => held.splice(0).forEach((f) => f()) }
}

describe('the guard keeper', () => {
  test('reads the record outside once, at start; a new number is written from what this window wrote, with the number in it', async () => {
    const db = new PkkDatabase(freshName('penjaga-ingat'))
    await seedOffice(db)
    await writeGuard(db)
    expect(reads).toBe(1)
    stop = keepGuard(db, 800, 3_000)
    await sleep(50)
    expect(reads).toBe(2)
    const a = await issueLetter(db, letterInput('SKR', '2019-12-17'))
    await sleep(100)
    const b = await issueLetter(db, letterInput('SKR', '2019-12-18'))
    await sleep(100)
    expect(fake.guard.record?.letters.map((l) => l.number)).toEqual([b.number, a.number])
    expect(fake.guard.record?.lastBackupAt).toBeNull()
    // No backup yet: the last backup's time came from the record this window wrote, not from reading it back.
    expect(reads).toBe(2)
  })

  test("a number's record waits for the journal's entry, and is written once it is on disk", async () => {
    const db = new PkkDatabase(freshName('penjaga-jurnal'))
    await seedOffice(db)
    const journal = heldJournal()
    db.journalWriter = journal.writer
    stop = keepGuard(db, 800, 3_000)
    await sleep(50)
    const before = fake.guard.record?.updatedAt
    const issuing = issueLetter(db, letterInput('SKR', '2019-12-17'))
    await sleep(100)
    // The letter is committed, its journal entry not yet on disk: the record is not written yet.
    expect(fake.guard.record?.updatedAt).toBe(before)
    expect(fake.guard.record?.letters).toEqual([])
    journal.release()
    const letter = await issuing
    await sleep(50)
    expect(fake.guard.record?.letters.map((l) => l.number)).toEqual([letter.number])
  })
})
