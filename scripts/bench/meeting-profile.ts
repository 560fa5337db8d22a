// Where the time of the meeting page goes, in Chromium: "Simpan PDF"/"Simpan DOCX" of the demo's Daftar Hadir
// (65 signatures from the meja registrasi) clicked again and again, and the 10-year office's meeting with 65
// invitees opened from Beranda, each under V8's sampling profiler (CDP) on the page's main thread, summed by
// self time per function and per file, with the app's own performance measures (`pkk:` names) beside it.
//
//   PKK_MINIFY=0 npx electron-vite build && npx tsx --tsconfig tsconfig.test.json scripts/bench/meeting-profile.ts [--top=25] [--runs=5] [--only=clicks,open] [--timed=15] [--trace=5] [--parts=30]
//
// --parts=N: the page's read taken apart, each part N times in the page with IndexedDB's own requests and nothing else
// running (its first wave, the people's gets, the organisations' getAll, one person's get), medians in ms.
// --trace=N: N openings of the meeting under Chromium's timeline (page-trace.ts), each split into script, style,
// layout, paint and idle (IndexedDB's replies, frames) up to the frame that shows the table, with its tasks; --runs=0
// leaves out the CPU profile.
//
// A diagnostic for relative gains on a shared machine (README "Performance"); `npm run bench` gives the numbers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { CDPSession, Page } from 'playwright-core'
import { toDataFile } from '../../shared/datafile'
import { buildDemoSnapshot } from '../lib/demo-office'
import { generateBigOffice } from './big-office'
import { meetingOpened } from './data'
import { collect, measureHash, openBenchBrowser } from './browser'
import type { ProbeWindow } from './probe'
import { theRakon } from './doc-cases'
import { printPageProfile } from './page-profile'
import { printTraceSplits, traceSpan, type TraceSplit } from './page-trace'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

async function profiled(cdp: CDPSession, page: Page, label: string, top: number, work: () => Promise<void>): Promise<void> {
  await page.evaluate(() => performance.clearMeasures())
  await printPageProfile(cdp, label, top, work)
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => ({ name: m.name, ms: m.duration })))
  const byName = new Map<string, number[]>()
  for (const m of measures) byName.set(m.name, [...(byName.get(m.name) ?? []), m.ms])
  for (const [name, ms] of byName) {
    const sorted = [...ms].sort((a, b) => a - b)
    console.log(`  measure ${name}: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms of ${ms.length} (${ms.map((v) => v.toFixed(1)).join(', ')})`)
  }
}

async function restore(page: Page, file: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await panel.getByTestId('restore-file').setInputFiles(file)
  await page.getByRole('dialog', { name: 'Pulihkan data' }).getByRole('button', { name: 'Pulihkan', exact: true }).click()
  await panel.getByText(/Data dipulihkan\./).waitFor({ timeout: 180_000 })
}

async function clickAndSave(page: Page, format: 'pdf' | 'docx'): Promise<void> {
  const button = page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('button', { name: format === 'pdf' ? 'Simpan PDF' : 'Simpan DOCX', exact: true })
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()])
  await download.delete()
}

async function clicks(top: number, runs: number, rendererDir: string, dir: string): Promise<void> {
  const snapshot = await buildDemoSnapshot()
  const meeting = theRakon(snapshot)
  const file = join(dir, 'Data demo.json')
  await writeFile(file, JSON.stringify(toDataFile(snapshot, 'demo', new Date('2019-12-20T10:00:00Z'))))
  const b = await openBenchBrowser(rendererDir, { kind: 'selector', selector: 'h1' })
  try {
    const page = b.page
    await page.goto(`${b.baseUrl}#/pengaturan`)
    await restore(page, file)
    await page.goto('about:blank')
    await page.goto(`${b.baseUrl}#/rapat/${meeting.id}/langkah/daftar-hadir`)
    await page.getByRole('form', { name: 'Daftar Hadir' }).waitFor({ timeout: 60_000 })
    await page.waitForTimeout(5000)
    const cdp = await b.context.newCDPSession(page)
    for (const format of ['pdf', 'docx'] as const) {
      await clickAndSave(page, format)
      await page.waitForTimeout(300)
      await profiled(cdp, page, `Daftar Hadir 65 signed, "Simpan ${format.toUpperCase()}" ${runs} times (warm)`, top, async () => {
        for (let i = 0; i < runs; i++) {
          await clickAndSave(page, format)
          await page.waitForTimeout(150)
        }
      })
    }
  } finally {
    await b.close()
  }
}

async function open(top: number, runs: number, timed: number, traced: number, parts: number, rendererDir: string, dir: string): Promise<void> {
  const office = generateBigOffice()
  const file = join(dir, 'kantor-10-tahun.json')
  await writeFile(file, JSON.stringify(toDataFile(office.snapshot, 'bench', new Date('2026-01-02T00:00:00Z'))))
  const b = await openBenchBrowser(rendererDir, { kind: 'selector', selector: '[data-testid="jumlah-orang"]' })
  try {
    const page = b.page
    await page.goto(`${b.baseUrl}#/pengaturan`)
    await page.getByRole('region', { name: 'Cadangan data' }).waitFor()
    await restore(page, file)
    const n = office.meeting65.invitees
    const rows = page.locator('section[aria-label="Diundang"] tbody tr')
    const once = async () => {
      await page.evaluate(() => (location.hash = '#/beranda'))
      await page.getByTestId('jumlah-orang').waitFor()
      await page.waitForTimeout(300)
      await page.evaluate((id) => (location.hash = `#/rapat/${encodeURIComponent(id)}`), office.meeting65.id)
      await rows.nth(n - 1).waitFor()
      await page.waitForTimeout(300)
    }
    await once()
    if (parts > 0) await readParts(page, office.meeting65.id, parts)
    // Timed as the bench's "Open a meeting" row (scripts/bench/data.ts), more often: from the hash change to the table drawn.
    const drawn: number[] = []
    const dom: number[] = []
    for (let i = 0; i < timed; i++) {
      await page.evaluate(() => (location.hash = '#/beranda'))
      await page.getByTestId('jumlah-orang').waitFor()
      await page.waitForTimeout(200)
      const m = await measureHash(page, `#/rapat/${encodeURIComponent(office.meeting65.id)}`, meetingOpened(n))
      drawn.push(m.conditionPaintAt - m.startAt)
      dom.push(m.conditionAt - m.startAt)
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    console.log(`\n== Meeting opened ${timed} times: drawn median ${med(drawn).toFixed(1)} ms, DOM median ${med(dom).toFixed(1)} ms`)
    console.log(`  drawn: ${drawn.map((v) => v.toFixed(0)).join(' ')}`)
    console.log(`  DOM:   ${dom.map((v) => v.toFixed(0)).join(' ')}`)
    const cdp = await b.context.newCDPSession(page)
    if (traced > 0) {
      const opened = meetingOpened(n)
      const splits: TraceSplit[] = []
      for (let i = 0; i < traced; i++) {
        await page.evaluate(() => (location.hash = '#/beranda'))
        await page.getByTestId('jumlah-orang').waitFor()
        await page.waitForTimeout(300)
        splits.push(
          await traceSpan(page, cdp, 'pkk-trace:open', async () => {
            await page.evaluate(
              ([c, id]) => {
                ;(window as ProbeWindow).__pkkBench?.arm(c, true)
                performance.mark('pkk-trace:open')
                location.hash = `#/rapat/${encodeURIComponent(id)}`
              },
              [opened, office.meeting65.id] as const
            )
            const m = await collect(page)
            return m.conditionPaintAt
          })
        )
      }
      printTraceSplits(`Meeting with ${n} invitees opened from Beranda`, splits)
      // The page's own measure of its first read (meetingPage, IndexedDB), from its start (the hash change, or the page's
      // render) to its data; and where it began and ended after each traced hash change (the mark before it).
      const reads = await page.evaluate(() => {
        const opens = performance.getEntriesByName('pkk-trace:open', 'mark').map((m) => m.startTime)
        return performance.getEntriesByName('pkk:rapat-baca', 'measure').map((m) => {
          const open = opens.filter((t) => t <= m.startTime).at(-1)
          return { ms: m.duration, after: open === undefined || m.startTime - open > 1000 ? null : { start: m.startTime - open, end: m.startTime + m.duration - open } }
        })
      })
      console.log(`  the page's read (pkk:rapat-baca): median ${med(reads.map((r) => r.ms)).toFixed(1)} ms of ${reads.length} (${reads.map((r) => r.ms.toFixed(1)).join(', ')})`)
      const spans = reads.flatMap((r) => (r.after ? [r.after] : []))
      if (spans.length > 0)
        console.log(
          `  in the traced openings, the read began ${med(spans.map((t) => t.start)).toFixed(1)} ms after the hash change (median; ${spans.map((t) => t.start.toFixed(1)).join(', ')}) and its data was in at ${med(spans.map((t) => t.end)).toFixed(1)} ms (${spans.map((t) => t.end.toFixed(1)).join(', ')})`
        )
    }
    if (runs > 0)
      await profiled(cdp, page, `Meeting with ${n} invitees opened from Beranda, ${runs} times`, top, async () => {
        for (let i = 0; i < runs; i++) await once()
      })
  } finally {
    await b.close()
  }
}

/** The meeting page's read taken apart (--parts): each part `times` times in its own transaction, IndexedDB's own requests. */
async function readParts(page: Page, meetingId: string, times: number): Promise<void> {
  const out = await page.evaluate(
    async ([id, n]) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('sekretariat-pkk')
        r.onsuccess = () => ok(r.result)
        r.onerror = () => no(r.error)
      })
      const req = <T>(r: IDBRequest<T>) =>
        new Promise<T>((ok, no) => {
          r.onsuccess = () => ok(r.result)
          r.onerror = () => no(r.error)
        })
      const stores = ['meetings', 'inviteeLists', 'people', 'organisations', 'profile']
      const list = (await req(db.transaction('inviteeLists').objectStore('inviteeLists').get(id))) as { rows: { personId?: string }[] }
      const ids = list.rows.flatMap((r) => (r.personId ? [r.personId] : []))
      const person: unknown = await req(db.transaction('people').objectStore('people').get(ids[0] ?? ''))
      const orgs: unknown = await req(db.transaction('organisations').objectStore('organisations').getAll())
      const parts: [string, (tx: IDBTransaction) => Promise<unknown>][] = [
        ['first wave (meeting, invitee list, profile, every organisation)', (tx) => Promise.all([req(tx.objectStore('meetings').get(id)), req(tx.objectStore('inviteeLists').get(id)), req(tx.objectStore('profile').get('office')), req(tx.objectStore('organisations').getAll(null, 1001))])],
        ['the invitee list alone', (tx) => req(tx.objectStore('inviteeLists').get(id))],
        [`the ${ids.length} people invited (a get each, asked together)`, (tx) => Promise.all(ids.map((p) => req(tx.objectStore('people').get(p))))],
        ['one person', (tx) => req(tx.objectStore('people').get(ids[0] ?? ''))],
        ["every organisation (getAll)", (tx) => req(tx.objectStore('organisations').getAll())]
      ]
      const ms: Record<string, number[]> = {}
      for (let i = 0; i < n; i++)
        for (const [name, part] of parts) {
          const tx = db.transaction(stores, 'readonly')
          const start = performance.now()
          await part(tx)
          ;(ms[name] ??= []).push(performance.now() - start)
          await new Promise((ok) => setTimeout(ok, 20))
        }
      db.close()
      return { ms, personBytes: JSON.stringify(person).length, orgsBytes: JSON.stringify(orgs).length, listBytes: JSON.stringify(list).length }
    },
    [meetingId, times] as const
  )
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  console.log(`\n== The meeting page's read taken apart, ${times} times each (median ms, IndexedDB's own requests, nothing else running)`)
  for (const [name, ms] of Object.entries(out.ms)) console.log(`  ${name}: ${med(ms).toFixed(1)} (fastest ${Math.min(...ms).toFixed(1)})`)
  console.log(`  as JSON: a person ${out.personBytes} bytes, the invitee list ${out.listBytes}, every organisation ${out.orgsBytes}`)
}

async function main() {
  const { values } = parseArgs({ options: { top: { type: 'string', default: '25' }, runs: { type: 'string', default: '5' }, only: { type: 'string', default: 'clicks,open' }, timed: { type: 'string', default: '15' }, trace: { type: 'string', default: '0' }, parts: { type: 'string', default: '0' } } })
  const top = Number(values.top)
  const runs = Number(values.runs)
  const only = new Set((values.only ?? '').split(','))
  const rendererDir = join(ROOT, process.env['PKK_OUT'] ?? 'out', 'renderer')
  const dir = await mkdtemp(join(tmpdir(), 'pkk-meeting-profile-'))
  try {
    if (only.has('clicks')) await clicks(top, runs, rendererDir, dir)
    if (only.has('open')) await open(top, runs, Number(values.timed), Number(values.trace), Number(values.parts), rendererDir, dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
