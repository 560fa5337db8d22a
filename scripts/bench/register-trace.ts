// Where the register's opening and a number's issue spend their time, from a Chromium trace: the
// 10-year office restored into an empty database, then the register of 2019 opened from Beranda and
// numbers issued with the register of the last year open, each under CDP tracing. For each run the
// renderer's main thread is split, from the start (the hash change, the click) to the DOM that shows the
// result and on to its frame, into its tasks' CPU time (busy) and, inside them, script (React included),
// style, layout and paint; the wall time less busy is waiting (IndexedDB, the journal worker, a frame, a core).
//
//   npx electron-vite build && npx tsx --tsconfig tsconfig.test.json scripts/bench/register-trace.ts [--runs=5] [--only=register,issue]
//     [--renderer=out/renderer] [--idb] [--save=/tmp/trace]
//
// The split is the main thread's CPU time (a thread waiting for a core on a shared machine is not counted), so
// two builds compare (--renderer=) even on a busy machine; wall times are printed beside it. --idb adds
// IndexedDB's own events (one per cursor step: they slow IndexedDB down several times, so only for the order of
// its work); --save writes each trace (Chrome's JSON trace format) to PREFIX-<time>.json.
//
// A diagnostic (README "Performance"); `npm run bench` gives the numbers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { CDPSession, Page } from 'playwright-core'
import { toDataFile } from '../../shared/datafile'
import { REGISTER_PAGE } from '../../shared/numbering'
import { generateBigOffice } from './big-office'
import { measure, measureHash, openBenchBrowser } from './browser'
import type { Condition, Measurement } from './probe'
import { recordTrace, type TraceEvent } from './page-trace'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIRST_SCREEN: Condition = { kind: 'selector', selector: '[data-testid="jumlah-orang"]' }
// IndexedDB's own events (one per cursor step) and blink's (one per text run shaped) cost more than what
// they time: left out unless asked for (--idb).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel']


let withIdb = false

const traced = async (cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> =>
  (await recordTrace(cdp, [...CATEGORIES, ...(withIdb ? ['IndexedDB'] : [])], work)).events

const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint'
}
export const PARTS = ['busy', 'script', 'style', 'layout', 'paint'] as const

/**
 * The renderer's main thread between two instants (trace microseconds): its tasks' CPU time (busy) and,
 * inside them, script (React included), style, layout and paint (pre-paint, paint, layerize, commit), the
 * innermost kind winning (a layout forced from script is layout); an event cut by an end is counted in
 * proportion. CPU time (tdur), not wall time: on a shared machine the thread also waits for a core.
 */
function split(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const names = new Map<string, number>()
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, 0)
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`
    if (names.has(k)) names.set(k, (names.get(k) ?? 0) + 1)
  }
  const main = [...names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const on = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined && e.ts + (e.dur ?? 0) > from && e.ts < to)
  const cpu = (e: TraceEvent) => {
    const dur = e.dur ?? 0
    if (dur <= 0) return 0
    const inside = Math.max(0, Math.min(e.ts + dur, to) - Math.max(e.ts, from))
    return ((e.tdur ?? dur) * inside) / dur
  }
  const out: Record<string, number> = { wall: (to - from) / 1000 }
  out['busy'] = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask').reduce((a, e) => a + cpu(e), 0) / 1000
  // Each event's own time: its CPU less that of the categorised events directly inside it.
  const typed = on.filter((e) => KINDS[e.name]).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const stack: TraceEvent[] = []
  const self = new Map<TraceEvent, number>()
  for (const e of typed) {
    while (stack.length && (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0) <= e.ts) stack.pop()
    const parent = stack.at(-1)
    self.set(e, (self.get(e) ?? 0) + cpu(e))
    if (parent) self.set(parent, (self.get(parent) ?? 0) - cpu(e))
    stack.push(e)
  }
  for (const [e, v] of self) {
    const k = KINDS[e.name] ?? 'other'
    out[k] = (out[k] ?? 0) + v / 1000
  }
  return out
}

/** Trace microseconds of a performance mark made in the page. */
function markTs(events: TraceEvent[], name: string): number {
  const e = events.find((x) => x.name === name && x.cat.includes('blink.user_timing'))
  if (!e) throw new Error(`mark ${name} not in the trace`)
  return e.ts
}

async function markPage(page: Page, m: Measurement): Promise<{ startMs: number; domMs: number; paintMs: number }> {
  await page.evaluate((x) => {
    // The probe's clock is the page's performance.now(): marks at its times line the trace up with it.
    performance.mark('trace:start', { startTime: x.startAt })
    performance.mark('trace:dom', { startTime: x.conditionAt })
    performance.mark('trace:paint', { startTime: x.conditionPaintAt })
  }, m)
  return { startMs: m.startAt, domMs: m.conditionAt - m.startAt, paintMs: m.conditionPaintAt - m.startAt }
}

const fmt = (r: Record<string, number>) => ['wall', ...PARTS].map((k) => `${k} ${(r[k] ?? 0).toFixed(1)}`).join(' | ')

function report(label: string, rows: { dom: number; paint: number; toDom: Record<string, number>; toPaint: Record<string, number>; all: Record<string, number> }[]) {
  console.log(`\n== ${label}`)
  for (const r of rows) console.log(`  drawn ${r.paint.toFixed(1)} ms (DOM ${r.dom.toFixed(1)}):  to DOM: ${fmt(r.toDom)}\n${' '.repeat(36)}DOM→drawn: ${fmt(r.toPaint)}`)
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  const keys = ['wall', ...PARTS]
  const m = (f: (r: (typeof rows)[number]) => Record<string, number>) => Object.fromEntries(keys.map((k) => [k, med(rows.map((r) => f(r)[k] ?? 0))]))
  console.log(`  median drawn ${med(rows.map((r) => r.paint)).toFixed(1)} ms, DOM ${med(rows.map((r) => r.dom)).toFixed(1)} ms`)
  console.log(`  median to DOM:    ${fmt(m((r) => r.toDom))}`)
  console.log(`  median DOM→drawn: ${fmt(m((r) => r.toPaint))}`)
  console.log(`  median start→drawn (main thread CPU): ${fmt(m((r) => r.all))}`)
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string', default: 'register,issue' },
      renderer: { type: 'string', default: join(ROOT, 'out', 'renderer') },
      save: { type: 'string' },
      idb: { type: 'boolean', default: false },
      // Wall times alone (no tracing), and no pause on Beranda before each opening: as `npm run bench` opens it.
      'no-trace': { type: 'boolean', default: false }
    }
  })
  const runs = Number(values.runs)
  withIdb = values.idb ?? false
  const only = new Set((values.only ?? '').split(','))
  const office = generateBigOffice()
  const dir = await mkdtemp(join(tmpdir(), 'pkk-register-trace-'))
  const file = join(dir, 'kantor-10-tahun.json')
  await writeFile(file, JSON.stringify(toDataFile(office.snapshot, 'bench', new Date('2026-01-02T00:00:00Z'))))
  const b = await openBenchBrowser(values.renderer ?? '', FIRST_SCREEN)
  try {
    const page = b.page
    const cdp = await b.context.newCDPSession(page)
    await page.goto(`${b.baseUrl}#/pengaturan`)
    const panel = page.getByRole('region', { name: 'Cadangan data' })
    await panel.getByTestId('restore-file').setInputFiles(file)
    const dialog = page.getByRole('dialog', { name: 'Pulihkan data' })
    await dialog.waitFor({ timeout: 120_000 })
    await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await dialog.waitFor({ state: 'detached', timeout: 180_000 })
    await page.waitForTimeout(2000)
    const rowsOf = (n: number): Condition => ({ kind: 'selector', selector: 'table[aria-label="Buku Agenda Surat Keluar"] tbody tr', count: Math.min(n, REGISTER_PAGE) })
    const rows2019 = office.lettersPerYear.get(2019) ?? 0
    const untraced = values['no-trace'] ?? false
    const one = async (act: () => Promise<Measurement>) => {
      if (untraced) {
        const m = await act()
        return { dom: m.conditionAt - m.startAt, paint: m.conditionPaintAt - m.startAt, toDom: {}, toPaint: {}, all: {} }
      }
      let m: Measurement | null = null
      const events = await traced(cdp, async () => {
        m = await act()
        if (m) await markPage(page, m)
      })
      if (!m) throw new Error('no measurement')
      const mm: Measurement = m
      const s = markTs(events, 'trace:start')
      const d = markTs(events, 'trace:dom')
      const p = markTs(events, 'trace:paint')
      if (values.save) await writeFile(`${values.save}-${Date.now()}.json`, JSON.stringify({ traceEvents: events }))
      return { dom: mm.conditionAt - mm.startAt, paint: mm.conditionPaintAt - mm.startAt, toDom: split(events, s, d), toPaint: split(events, d, p), all: split(events, s, p) }
    }
    if (only.has('register')) {
      const out = []
      // One opening first, untimed (the chunk loaded, the code warm), as the bench's first run is not.
      for (let i = 0; i < runs + 1; i++) {
        await measureHash(page, '#/beranda', FIRST_SCREEN)
        if (!untraced) await page.waitForTimeout(300)
        const r = await one(() => measureHash(page, '#/agenda/2019', rowsOf(rows2019)))
        if (i > 0) out.push(r)
      }
      report('Register of 2019 opened from Beranda', out)
    }
    if (only.has('issue')) {
      const year = office.lastYear
      await measureHash(page, `#/agenda/${year}`, rowsOf(office.lettersPerYear.get(year) ?? 0), { quietMs: 300 })
      await page.getByRole('button', { name: 'Catat surat keluar' }).click()
      const form = page.getByRole('form', { name: 'Catat surat keluar' })
      await form.getByLabel('Tanggal surat').fill(`${year}-12-31`)
      const out = []
      for (let i = 0; i < runs + 1; i++) {
        await form.getByLabel('Kepada').fill('Kepala OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat')
        await form.getByLabel('Perihal').fill(`Undangan Rapat Pembahasan ${i + 1}`)
        await page.waitForTimeout(300)
        const r = await one(() =>
          measure(page, { kind: 'selector', selector: '[data-testid="nomor-diberikan"]' }, () => form.getByRole('button', { name: 'Ambil nomor' }).click(), { quietMs: 300 })
        )
        if (i > 0) out.push(r)
        await page.getByRole('button', { name: 'Catat surat lain' }).click()
      }
      report(`Issue a number, register of ${year} open`, out)
    }
  } finally {
    await b.close()
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
