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
  return { writer: new JournalWriter(sink), release: () => held.splice(0).forEach((f) => f()), waiting: () => held.length }
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

  test("a number's record waits for the frame that shows the number (two frames after its journal entry), then is written", async () => {
    const db = new PkkDatabase(freshName('penjaga-bingkai'))
    await seedOffice(db)
    const journal = heldJournal()
    db.journalWriter = journal.writer
    // Frames drawn only when the test says so.
    const frames: FrameRequestCallback[] = []
    const g = globalThis as unknown as { requestAnimationFrame?: unknown; cancelAnimationFrame?: unknown }
    g.requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(cb)
    g.cancelAnimationFrame = () => undefined
    const drawFrame = () => frames.splice(0).forEach((cb) => cb(performance.now()))
    try {
      stop = keepGuard(db, 800, 3_000)
      await sleep(50)
      const before = fake.guard.record?.updatedAt
      const issuing = issueLetter(db, letterInput('SKR', '2019-12-17'))
      while (journal.waiting() === 0) await sleep(5)
      journal.release()
      const letter = await issuing
      // (Short waits: with no frame at all the record is written after 100 ms, as in a hidden window.)
      await sleep(5)
      // On disk in the journal, the number's frame not drawn yet: the record waits.
      expect(fake.guard.record?.updatedAt).toBe(before)
      drawFrame()
      await sleep(5)
      expect(fake.guard.record?.updatedAt).toBe(before)
      drawFrame()
      await sleep(50)
      expect(fake.guard.record?.letters.map((l) => l.number)).toEqual([letter.number])
    } finally {
      delete g.requestAnimationFrame
      delete g.cancelAnimationFrame
    }
  })

  test('a window closed before a number reached the record loses nothing: the next start writes the record first, with the number', async () => {
    const db = new PkkDatabase(freshName('penjaga-tutup'))
    await seedOffice(db)
    stop = keepGuard(db, 800, 3_000)
    await sleep(50)
    // The window goes away before the record is written: nothing it writes from now on lands outside.
    const store = (globalThis as unknown as { window: { pkk: { guard: { write(r: unknown): Promise<void> } } } }).window.pkk.guard
    const write = store.write.bind(store)
    store.write = () => new Promise<void>(() => undefined)
    const letter = await issueLetter(db, letterInput('SKR', '2019-12-17'))
    stop()
    await sleep(150)
    expect(fake.guard.record?.letters.map((l) => l.number) ?? []).not.toContain(letter.number)
    // The next start (the database holds the number, strict durability; the journal too).
    store.write = write
    stop = keepGuard(db, 800, 3_000)
    await sleep(50)
    expect(fake.guard.record?.letters.map((l) => l.number)).toEqual([letter.number])
    expect(Object.values(fake.guard.record?.counters ?? {})).toContain(1)
  })
})
