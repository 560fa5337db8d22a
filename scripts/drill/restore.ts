import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Page } from 'playwright-core'
import { closeChromium, startChromium } from './chromium'
import { emptyRestoreResult, type DrillApi, type RestoreCaseResult, type RestoreParams, type TextEdit } from './protocol'

/** Names as offices write them, and what breaks careless code: apostrophes, diacritics, emoji, RTL, quotes, control characters. */
const tricky = [
  "Ni'mah",
  'Élise Çağlar',
  'Ḥusna binti Abdul Ḳadir',
  'Ny. Hj. Rahmi 🌺',
  'Ketua 👩🏽‍💼 Pokja',
  'Dra. Hj. "Upik" Syafrida, M.Si',
  'Ŋgurah Ñoman',
  'محمد',
  'Dinas P3AP2KB & Dukcapil <Sumbar>',
  'Zürich\\Padang',
  'Tab\there',
  'Baris\nkedua',
  '\u00a0spasi\u00a0tak\u00a0putus',
  'I\u0307stanbul e\u0301',
  '𝔓𝔎𝔎 𝟚𝟘𝟙𝟡',
  // Half a surrogate pair, as a bad copy-paste leaves; and a NUL.
  'Rusak \ud83c setengah',
  'Nol\u0000di tengah'
]

const textValue = fc.oneof(
  fc.constantFrom(...tricky),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.tuple(fc.constantFrom(...tricky), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([a, b]) => `${a} ${b}`),
  fc.string({ unit: 'grapheme-ascii', minLength: 150, maxLength: 2100 })
)

// A fraction in [0, 1), uniform: fc.double picks uniformly among representable doubles, which crowds near 0
// (every cut and changed byte would fall in the first bytes of the file).
const unit = fc.noBias(fc.integer({ min: 0, max: 999_999_999 })).map((n) => n / 1e9)

const edit: fc.Arbitrary<TextEdit> = fc.record({
  table: fc.constantFrom('people', 'organisations', 'letters', 'groups', 'profile'),
  at: unit,
  field: unit,
  value: textValue
})

/** Offices of random size (mostly small, some of a few thousand records) with random text, and the damage to try. */
export const restoreParams: fc.Arbitrary<RestoreParams> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  size: fc.record({
    years: fc.integer({ min: 1, max: 6 }),
    letters: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 600, max: 3000 })),
    people: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 })),
    organisations: fc.integer({ min: 1, max: 80 })
  }),
  edits: fc.array(edit, { maxLength: 25 }),
  meetings: fc.array(fc.record({ title: textValue, invitees: fc.integer({ min: 0, max: 60 }) }), { maxLength: 3 }),
  cuts: fc.array(unit, { minLength: 3, maxLength: 3 }),
  bytes: fc.array(fc.record({ at: unit, value: fc.integer({ min: 0, max: 255 }) }), { minLength: 6, maxLength: 6 }),
  wrongTypes: fc.array(fc.array(unit, { minLength: 6, maxLength: 6 }), { minLength: 3, maxLength: 3 })
})

export interface RestoreOptions {
  runs: number
  baseUrl: string
  userDataDir: string
  seed: number
  log: (line: string) => void
}

export interface RestoreSummary {
  runs: number
  seed: number
  records: number
  largestBackupBytes: number
  roundTripsEqual: number
  loadsEqual: number
  generatorRefused: number
  truncated: { tried: number; refused: number }
  wrongTypes: { tried: number; refused: number }
  /** The hand-made hostile files (test/fixtures/hostile/), through the whole restore path in the first case. */
  hostile: { tried: number; refused: number; accepted: string[] }
  bytes: { tried: number; refused: number; acceptedEdits: number; droppedFields: number; acceptedApplied: number; undoEqual: number; acceptedStructural: number }
  /** Files that must be refused (truncated, wrong type, byte changes that break the structure) and were. */
  badFiles: number
  badFilesRefused: number
  /** Byte changes that renamed an optional key: read with that field dropped (see protocol.ts). */
  droppedFieldExamples: string[]
  changedByRefusedFile: number
  crashes: number
  examples: string[]
  msPerRun: number
  failures: { index: number; params: RestoreParams; result: RestoreCaseResult }[]
}

/** The committed hostile files (scripts/make-hostile.ts); the big kinds are tried by the unit test only. */
export function hostileFiles(dir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'hostile')): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), text: readFileSync(join(dir, f), 'utf8') }))
}

async function runCase(page: Page, params: RestoreParams): Promise<RestoreCaseResult> {
  return page.evaluate((p) => (window as unknown as { drill: DrillApi }).drill.restoreCase(p), params)
}

/**
 * The restore drill: random offices (fast-check) loaded into real Chromium IndexedDB through the app's restore,
 * backed up, wiped, restored and compared record by record; then the backup cut short, changed byte by byte and
 * given fields of the wrong type: every such file refused with nothing changed, or (a byte change that still
 * reads as valid data) restored exactly, with a working undo.
 */
export async function runRestoreDrill(o: RestoreOptions): Promise<RestoreSummary> {
  const cases = fc.sample(restoreParams, { numRuns: o.runs, seed: o.seed })
  const hostile = hostileFiles()
  if (cases[0]) cases[0] = { ...cases[0], hostile }
  const s: RestoreSummary = {
    runs: 0,
    seed: o.seed,
    records: 0,
    largestBackupBytes: 0,
    roundTripsEqual: 0,
    loadsEqual: 0,
    generatorRefused: 0,
    truncated: { tried: 0, refused: 0 },
    wrongTypes: { tried: 0, refused: 0 },
    hostile: { tried: 0, refused: 0, accepted: [] },
    bytes: { tried: 0, refused: 0, acceptedEdits: 0, droppedFields: 0, acceptedApplied: 0, undoEqual: 0, acceptedStructural: 0 },
    droppedFieldExamples: [],
    badFiles: 0,
    badFilesRefused: 0,
    changedByRefusedFile: 0,
    crashes: 0,
    examples: [],
    msPerRun: 0,
    failures: []
  }
  const t0 = Date.now()
  let r = await startChromium(o.userDataDir)
  const ready = async () => {
    await r.page.goto(`${o.baseUrl}drill/?mode=restore`)
    await r.page.waitForFunction(() => 'drill' in window)
  }
  await ready()
  for (const [index, params] of cases.entries()) {
    let res: RestoreCaseResult
    try {
      res = await runCase(r.page, params)
    } catch (err) {
      // The page itself died or hung: a crash; start again for the next case.
      const what = err instanceof Error ? err.message.split('\n')[0] : String(err)
      res = emptyRestoreResult([`halaman: ${what}`])
      await closeChromium(r).catch(() => undefined)
      r = await startChromium(o.userDataDir)
      await ready()
    }
    s.runs++
    s.records += res.records
    s.largestBackupBytes = Math.max(s.largestBackupBytes, res.backupBytes)
    if (res.generatorRefused) s.generatorRefused++
    if (res.loadEqual) s.loadsEqual++
    if (res.roundTripEqual) s.roundTripsEqual++
    s.truncated.tried += res.truncated.tried
    s.truncated.refused += res.truncated.refused
    s.wrongTypes.tried += res.wrongTypes.tried
    s.wrongTypes.refused += res.wrongTypes.refused
    s.hostile.tried += res.hostile.tried
    s.hostile.refused += res.hostile.refused
    s.hostile.accepted.push(...res.hostile.accepted)
    s.bytes.tried += res.bytes.tried
    s.bytes.refused += res.bytes.refused
    s.bytes.acceptedEdits += res.bytes.acceptedEdits
    s.bytes.droppedFields += res.bytes.droppedFields.length
    s.droppedFieldExamples.push(...res.bytes.droppedFields)
    s.bytes.acceptedApplied += res.bytes.acceptedApplied
    s.bytes.undoEqual += res.bytes.undoEqual
    s.bytes.acceptedStructural += res.bytes.acceptedStructural.length
    s.changedByRefusedFile += res.changedByRefusedFile
    s.crashes += res.crashes.length
    const accepted = res.bytes.acceptedEdits + res.bytes.droppedFields.length
    const failed =
      !res.roundTripEqual ||
      !res.loadEqual ||
      res.generatorRefused !== null ||
      res.truncated.refused < res.truncated.tried ||
      res.wrongTypes.refused < res.wrongTypes.tried ||
      res.hostile.refused < res.hostile.tried ||
      res.bytes.acceptedStructural.length > 0 ||
      res.bytes.acceptedApplied < accepted ||
      res.bytes.undoEqual < accepted ||
      res.changedByRefusedFile > 0 ||
      res.crashes.length > 0
    if (failed) {
      s.failures.push({ index, params, result: res })
      s.examples.push(
        ...[
          ...(res.generatorRefused ?? []).map((x) => `kantor buatan ditolak: ${x}`),
          ...res.differences,
          ...res.crashes,
          ...res.bytes.acceptedStructural.map((x) => `diterima: ${x}`),
          ...res.wrongTypes.accepted.map((x) => `jenis salah diterima: ${x}`),
          ...res.hostile.accepted.map((x) => `berkas jahat diterima: ${x}`)
        ].slice(0, 5)
      )
    }
    o.log(
      `  pulihkan ${String(index + 1).padStart(3)}/${o.runs}: ${String(res.records).padStart(5)} rekaman, ${(res.backupBytes / 1024).toFixed(0).padStart(5)} KB, ` +
        `${res.roundTripEqual ? 'sama' : 'BEDA'}, ditolak ${res.truncated.refused + res.wrongTypes.refused + res.bytes.refused}/${res.truncated.tried + res.wrongTypes.tried + res.bytes.tried}` +
        (res.hostile.tried ? `, berkas jahat ditolak ${res.hostile.refused}/${res.hostile.tried}` : '') +
        (accepted ? `, ${accepted} ubahan bita terbaca sah` : '') +
        (res.bytes.droppedFields.length ? ` (kolom hilang: ${res.bytes.droppedFields.join(', ')})` : '') +
        ` (${(res.ms / 1000).toFixed(1)} s)${failed ? '  MASALAH' : ''}`
    )
  }
  await closeChromium(r)
  s.badFiles = s.truncated.tried + s.wrongTypes.tried + s.hostile.tried + (s.bytes.tried - s.bytes.acceptedEdits - s.bytes.droppedFields)
  s.droppedFieldExamples = s.droppedFieldExamples.slice(0, 20)
  s.badFilesRefused = s.truncated.refused + s.wrongTypes.refused + s.hostile.refused + s.bytes.refused
  s.examples = s.examples.slice(0, 20)
  s.msPerRun = s.runs ? Math.round((Date.now() - t0) / s.runs) : 0
  return s
}
