import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import {
  cancelLetter,
  issueLetter,
  NumberingError,
  registerManualLetter,
  renumberLetter,
  updateLetterDetails
} from '../../../renderer/src/data/letters-repo'
import { saveNumberingSettings, setCounterLast } from '../../../renderer/src/data/letters-settings-repo'
import { defaultNumberingSettings, type Letter } from '../../../shared/model'
import { dateBounds, fitsBounds, numberingYear } from '../../../shared/numbering'
import { freshName, letterInput, seedOffice } from './letters-support'

/** December 2019 and the first days of January 2020: back-dating and the year boundary both happen. */
const dates = [
  ...Array.from({ length: 31 }, (_, i) => `2019-12-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 5 }, (_, i) => `2020-01-0${i + 1}`)
]
const codes = ['KEP', 'SKR'] as const

type Op =
  | { kind: 'issue'; conn: 0 | 1; code: (typeof codes)[number]; day: number; wait: number }
  | { kind: 'cancel'; conn: 0 | 1; pick: number; wait: number }
  | { kind: 'manual'; conn: 0 | 1; code: (typeof codes)[number]; ahead: number; day: number; wait: number }
  | { kind: 'redate'; conn: 0 | 1; pick: number; day: number; wait: number }

const conn = fc.constantFrom(0 as const, 1 as const)
const wait = fc.nat(6)
const day = fc.nat(dates.length - 1)
const code = fc.constantFrom(...codes)
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('issue' as const), conn, code, day, wait }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), conn, pick: fc.nat(), wait }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('manual' as const), conn, code, ahead: fc.integer({ min: 1, max: 3 }), day, wait }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redate' as const), conn, pick: fc.nat(), day, wait }) }
)

/** Lets the other connection's work run in between: a few turns of the event loop. */
const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((ok) => setImmediate(ok))
}

async function pickLetter(db: PkkDatabase, pick: number): Promise<Letter | undefined> {
  const all = await db.letters.orderBy('id').toArray()
  return all.length ? all[pick % all.length] : undefined
}

/** Performs one step; returns the letters it created. Refusals (NumberingError) are part of the game. */
async function run(db: PkkDatabase, o: Op): Promise<Letter[]> {
  const date = dates[o.kind === 'cancel' ? 0 : o.day] ?? '2019-12-01'
  switch (o.kind) {
    case 'issue':
      return [await issueLetter(db, letterInput(o.code, date))]
    case 'cancel': {
      const l = await pickLetter(db, o.pick)
      if (l) await cancelLetter(db, l.id, 'Dibatalkan dalam uji')
      return []
    }
    case 'manual': {
      const year = numberingYear(date)
      const counter = await db.counters.where('[key+year]').equals([o.code, year]).first()
      const shared = await db.counters.where('[key+year]').equals(['*', year]).first()
      const last = Math.max(counter?.last ?? 0, shared?.last ?? 0)
      return [await registerManualLetter(db, { ...letterInput(o.code, date, 'Surat dari luar aplikasi'), seq: last + o.ahead, confirmGap: true })]
    }
    case 'redate': {
      const l = await pickLetter(db, o.pick)
      if (!l) return []
      const details = { date, kepada: l.kepada, perihal: l.perihal, lampiran: l.lampiran, tembusan: l.tembusan }
      try {
        await updateLetterDetails(db, l.id, details)
        return []
      } catch (err) {
        if (!(err instanceof NumberingError) || !err.problem.canRenumber) throw err
        return [(await renumberLetter(db, l.id, details)).issued]
      }
    }
  }
}

/** What the runs actually exercised, so a generator that stops reaching a path fails the test. */
const seen = { main: 0, insert: 0, gap: 0, batal: 0, renumbered: 0, refused: 0, yearBoundary: 0 }

async function checkRegister(db: PkkDatabase, start: Map<string, number>, created: Letter[]) {
  const all = await db.letters.toArray()
  const counters = await db.counters.toArray()

  // Never the same number twice: neither the same slot of a counter, nor the same text.
  expect(new Set(all.map((l) => `${l.counterKey}|${l.year}|${l.seq}|${l.insert}`)).size).toBe(all.length)
  expect(new Set(all.map((l) => l.number)).size).toBe(all.length)
  // Nothing a caller was told about is lost.
  const byId = new Map(all.map((l) => [l.id, l]))
  for (const c of created) expect(byId.get(c.id)?.number).toBe(c.number)
  expect(all.filter((l) => l.source !== 'gap').length).toBe(created.length)

  seen.main += all.filter((l) => l.insert === 0 && l.source === 'app').length
  seen.insert += all.filter((l) => l.insert > 0).length
  seen.gap += all.filter((l) => l.source === 'gap').length
  seen.batal += all.filter((l) => l.status === 'batal' && l.source !== 'gap').length
  seen.renumbered += all.filter((l) => l.cancelReason.startsWith('Diganti dengan nomor')).length
  seen.yearBoundary += all.filter((l) => l.year === 2020).length

  const groups = new Map<string, Letter[]>()
  for (const l of all) groups.set(`${l.counterKey}|${l.year}`, [...(groups.get(`${l.counterKey}|${l.year}`) ?? []), l])
  for (const [k, entries] of groups) {
    const [key, yearText] = k.split('|')
    const year = Number(yearText)
    for (const e of entries) expect(e.year).toBe(numberingYear(e.date))
    const first = start.get(k) ?? 0
    const mains = entries.filter((e) => e.insert === 0).map((e) => e.seq).sort((a, b) => a - b)
    const counter = counters.find((c) => c.key === key && c.year === year)
    // The main sequence is whole: start+1, start+2, ... up to the counter, with no gap and nothing beyond.
    expect(mains).toEqual(Array.from({ length: mains.length }, (_, i) => first + 1 + i))
    expect(counter?.last ?? 0).toBe(mains.length ? first + mains.length : first)
    // Inserted numbers hang after a main number of the register.
    for (const e of entries) if (e.insert > 0) expect(mains).toContain(e.seq)
    // And the dates run with the numbers.
    for (const e of entries) expect(fitsBounds(dateBounds(entries, e), e.date), `${e.number} ${e.date}`).toBe(true)
  }
}

async function setUp(mode: 'per-code' | 'shared'): Promise<{ a: PkkDatabase; b: PkkDatabase; start: Map<string, number> }> {
  const name = freshName('dua-jendela')
  // Two connections to one database, as two windows of the app.
  const a = new PkkDatabase(name)
  const b = new PkkDatabase(name)
  await seedOffice(a)
  await setCounterLast(a, { key: 'SKR', year: 2019, last: 295 })
  await setCounterLast(a, { key: 'KEP', year: 2019, last: 21 })
  if (mode === 'shared') await saveNumberingSettings(a, { ...defaultNumberingSettings, counterMode: 'shared' })
  const start = new Map((await a.counters.toArray()).map((c) => [`${c.key}|${c.year}`, c.last]))
  return { a, b, start }
}

describe('two windows issuing at once', () => {
  test('random interleavings of issue, cancel, back-date, hand registration and re-dating keep every number unique and the sequence whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('per-code' as const, 'shared' as const), fc.array(op, { minLength: 1, maxLength: 30 }), async (mode, ops) => {
        const { a, b, start } = await setUp(mode)
        const conns = [a, b] as const
        const outcomes = await Promise.allSettled(
          ops.map(async (o) => {
            await ticks(o.wait)
            return run(conns[o.conn], o)
          })
        )
        const unexpected = outcomes.filter((r) => r.status === 'rejected' && !(r.reason instanceof NumberingError))
        // The transaction prevents duplicates; the unique index (a ConstraintError) must never be what stops one.
        expect(unexpected.map((r) => (r.status === 'rejected' ? String(r.reason) : ''))).toEqual([])
        seen.refused += outcomes.filter((r) => r.status === 'rejected').length
        const created = outcomes.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
        await checkRegister(a, start, created)
        a.close()
        b.close()
      }),
      { numRuns: 100 }
    )
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0)
  }, 180_000)

  test('a burst of same-day invitations from both windows gets 296, 297, ... with none missing and none twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(conn, wait), { minLength: 2, maxLength: 40 }), async (burst) => {
        const { a, b } = await setUp('per-code')
        const conns = [a, b] as const
        const issued = await Promise.all(
          burst.map(async ([c, w]) => {
            await ticks(w)
            return issueLetter(conns[c], letterInput('SKR', '2019-12-17'))
          })
        )
        expect(issued.map((l) => l.seq).sort((x, y) => x - y)).toEqual(burst.map((_, i) => 296 + i))
        expect(issued.map((l) => l.number)).toContain('296/SKR/PKK-PROP/XII/2019')
        a.close()
        b.close()
      }),
      { numRuns: 30 }
    )
  }, 120_000)
})
