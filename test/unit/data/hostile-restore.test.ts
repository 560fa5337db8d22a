import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import { readDataFile } from '../../../shared/datafile'
import { CarryOverRefusal } from '../../../shared/numbering'
import { planRestore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { baseJson, hostileKinds, seal, type HostileKind } from '../../fixtures/hostile-corpus'
import { installFakeWindow } from '../support/fake-window'
import { freshName } from './letters-support'

/**
 * Every hostile file goes the whole way the restore screens send a file: planRestore, then (had it
 * passed) restoreKeepingNumbers. Each must be refused with a message, never an exception, and leave
 * the database exactly as it was.
 */

let fake: ReturnType<typeof installFakeWindow>
let db: PkkDatabase
let before: string

const committed = (k: HostileKind) => readFileSync(new URL(`../../fixtures/hostile/${k.name}.json`, import.meta.url), 'utf8')
const fingerprint = async () => JSON.stringify(await readSnapshot(db), (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v))

async function putBase(): Promise<void> {
  const base = readDataFile(seal(baseJson()))
  if (!base.ok) throw new Error(JSON.stringify(base.problems))
  await replaceAll(db, base.snapshot)
}

beforeAll(async () => {
  fake = installFakeWindow()
  db = new PkkDatabase(freshName('berkas-jahat'))
  await putBase()
  before = await fingerprint()
})

/** Refused for its own reason, and the database as it was (put back when not, so one failure does not hide the others). */
async function expectRefused(k: HostileKind, outcome: Outcome): Promise<void> {
  const after = await fingerprint()
  if (after !== before) await putBase()
  expect(outcome.refused, `${k.name} (${k.what}) was accepted`).toBe(true)
  if (outcome.refused) expect(outcome.messages.some((m) => k.reason.test(m)), `${k.name}: ${outcome.messages.slice(0, 3).join(' | ')}`).toBe(true)
  expect(after === before, `${k.name} changed the database`).toBe(true)
}

type Outcome = { refused: true; messages: string[] } | { refused: false }

/** The restore screens' path; an exception out of planRestore fails the test (malformed input gives a message). */
async function throughRestore(text: string): Promise<Outcome> {
  const plan = await planRestore(db, text)
  if (!plan.ok) {
    expect(plan.problems.length).toBeGreaterThan(0)
    for (const p of plan.problems) {
      expect(typeof p.path).toBe('string')
      expect(p.message.length).toBeGreaterThan(10)
      // A reason of its own, not the reader's last-resort "cannot be read (RangeError)".
      expect(p.message).not.toMatch(/tidak dapat dibaca \(/)
    }
    return { refused: true, messages: plan.problems.map((p) => `${p.path}: ${p.message}`) }
  }
  try {
    await restoreKeepingNumbers(db, plan)
  } catch (err) {
    return { refused: true, messages: [err instanceof Error ? err.message : String(err)] }
  }
  return { refused: false }
}

describe('hostile data files: every one refused with a message, nothing changed', () => {
  test('the base office itself restores (each refusal is due to its one change)', () => {
    const read = readDataFile(seal(baseJson()))
    expect(read.ok ? [] : read.problems).toEqual([])
    expect(read.ok && read.snapshot.legalBases).toHaveLength(1)
  })

  test('the committed small files are what the generator makes (npx tsx scripts/make-hostile.ts)', () => {
    for (const k of hostileKinds.filter((x) => !x.big)) expect(committed(k), k.name).toBe(`${k.text()}\n`)
  })

  test('at least 36 kinds, the big ones made here', () => {
    expect(hostileKinds.length).toBeGreaterThanOrEqual(36)
    expect(new Set(hostileKinds.map((k) => k.name)).size).toBe(hostileKinds.length)
  })

  test.each(hostileKinds.filter((k) => !k.big).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const backups = fake.backups.length
    await expectRefused(k, await throughRestore(committed(k)))
    // Not even the undo backup a restore writes first.
    expect(fake.backups.length).toBe(backups)
  })

  test.each(hostileKinds.filter((k) => k.big).map((k) => [k.name, k] as const))('%s (made at test time)', async (_name, k) => {
    const text = k.text()
    const started = performance.now()
    const outcome = await throughRestore(text)
    const took = performance.now() - started
    await expectRefused(k, outcome)
    // Refused before the content is walked record by record: no window frozen for seconds.
    expect(took, `${k.name} took ${Math.round(took)} ms`).toBeLessThan(5_000)
  }, 60_000)

  test('a 100 MB file is refused by its size, before it is parsed', async () => {
    const big = hostileKinds.find((k) => k.name === 'file-100mb')
    if (!big) throw new Error('no file-100mb')
    const text = big.text()
    const started = performance.now()
    const plan = await planRestore(db, text)
    expect(performance.now() - started).toBeLessThan(200)
    expect(plan.ok ? '' : plan.problems[0]?.message).toMatch(/terlalu besar/)
  }, 60_000)

  test('a number far beyond the register known in the database (20,000 beside 295) refuses the restore instead of filling 19,704 numbers', async () => {
    const raw = { id: '2019:SKR', key: 'SKR', year: 2019, last: 20_000 }
    await db.counters.put(raw)
    const withFar = await fingerprint()
    const plan = await planRestore(db, seal(baseJson()))
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems))
    const started = performance.now()
    await expect(restoreKeepingNumbers(db, plan)).rejects.toBeInstanceOf(CarryOverRefusal)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(await fingerprint()).toBe(withFar)
    await db.counters.put({ ...raw, last: 295 })
    expect(await fingerprint()).toBe(before)
  })
})
