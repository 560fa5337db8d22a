import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { prng, type OfficeSize } from '../../test/fixtures/ten-year-office'
import { closeChromium, startChromium } from './chromium'
import type { CheckReport, DrillApi } from './protocol'

/** How the IndexedDB folder is damaged while Chromium is closed. */
export const damageKinds = ['hapus', 'rusak-semua', 'hapus', 'rusak-manifest', 'hapus', 'rusak-acak', 'hapus', 'log-sobek'] as const
export type DamageKind = (typeof damageKinds)[number]

/** What the app showed when it started on the damaged folder. */
export type Outcome =
  /** The guard screen ("Data hilang"). */
  | 'penjaga'
  /** The explicit startup error ("Basis data tidak dapat dibuka"). */
  | 'galat-pembukaan'
  /** The app started and every record was still there (Chromium repaired the store): nothing to detect. */
  | 'pulih-utuh'
  /** The app started with less data and said nothing (also: after a startup error, "Muat ulang" led to a blank app): the failure this drill looks for. */
  | 'terlewat'
  | 'batas-waktu'

export interface EmptyRun {
  run: number
  damage: DamageKind
  files: number
  letters: number
  outcome: Outcome
  guardLines: string[]
  /** The StartupError's detail (the error Chromium gave), for galat-pembukaan. */
  errorDetail?: string
  /** After galat-pembukaan: what the app shows when the user presses "Muat ulang" (Chromium has reset the store by then). */
  afterReload?: 'penjaga' | 'galat-pembukaan' | 'aplikasi' | 'batas-waktu'
  ms: number
}

export interface EmptySummary {
  runs: number
  /** Runs where data was actually lost (everything but pulih-utuh). */
  lossRuns: number
  detections: number
  guard: number
  startupError: number
  recovered: number
  missed: number
  timeouts: number
  byDamage: Record<string, Partial<Record<Outcome, number>>>
  msPerRun: number
  runsDetail: EmptyRun[]
}

export interface EmptyOptions {
  runs: number
  baseUrl: string
  port: number
  workDir: string
  seed: number
  log: (line: string) => void
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/** The IndexedDB folders of the drill's origin in a Chromium user-data folder (the leveldb store and its blobs). */
export async function indexedDbFolders(userDataDir: string, port: number): Promise<string[]> {
  const origin = `http_127.0.0.1_${port}.indexeddb`
  const found: string[] = []
  const walk = async (dir: string, depth: number) => {
    if (depth > 5 || !existsSync(dir)) return
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue
      const p = join(dir, e.name)
      if (e.name.startsWith(origin)) found.push(p)
      else await walk(p, depth + 1)
    }
  }
  await walk(join(userDataDir, 'Default'), 0)
  return found
}

async function overwrite(file: string, at: number, length: number): Promise<void> {
  const h = await open(file, 'r+')
  try {
    await h.write(randomBytes(length), 0, length, at)
  } finally {
    await h.close()
  }
}

/**
 * What a kill between the two writes of a LevelDB log record leaves (a 7-byte record header, no payload):
 * appended to the log, after zero-filling the block's trailer as LevelDB's writer does when fewer than 7
 * bytes are left. google/leveldb#1287: the next open ignores it and, with reuse_logs, appends after it.
 */
export async function tearLog(file: string, size: number): Promise<void> {
  const BLOCK = 32_768
  const left = BLOCK - (size % BLOCK)
  const header = Buffer.from([0x5a, 0xa5, 0x3c, 0xc3, 840 & 0xff, 840 >> 8, 1])
  const h = await open(file, 'a')
  try {
    await h.write(left < 7 + 840 ? Buffer.concat([Buffer.alloc(left), header]) : header)
  } finally {
    await h.close()
  }
}

/** Deletes or corrupts the origin's IndexedDB store; returns how many files were touched. */
export async function damage(userDataDir: string, port: number, kind: DamageKind, rnd: () => number): Promise<number> {
  const folders = await indexedDbFolders(userDataDir, port)
  if (folders.length === 0) throw new Error(`Tidak ada folder IndexedDB untuk port ${port} di ${userDataDir}`)
  let touched = 0
  for (const folder of folders) {
    if (kind === 'hapus') {
      await rm(folder, { recursive: true, force: true })
      touched++
      continue
    }
    if (!folder.endsWith('.leveldb')) continue
    for (const name of await readdir(folder)) {
      const file = join(folder, name)
      const size = (await stat(file)).size
      if (name === 'LOCK' || size === 0) continue
      if (kind === 'rusak-semua') {
        await overwrite(file, 0, size)
        touched++
      } else if (kind === 'rusak-manifest' && (name.startsWith('MANIFEST') || name === 'CURRENT')) {
        await overwrite(file, 0, size)
        touched++
      } else if (kind === 'log-sobek' && name.endsWith('.log')) {
        await tearLog(file, size)
        touched++
      } else if (kind === 'rusak-acak' && (name.endsWith('.ldb') || name.endsWith('.log'))) {
        // A few blocks of garbage at random places, as a failing disk or a torn write leaves.
        const blocks = 1 + Math.floor(rnd() * 3)
        for (let b = 0; b < blocks; b++) {
          const length = Math.min(size, 512 + Math.floor(rnd() * 4096))
          await overwrite(file, Math.floor(rnd() * Math.max(1, size - length)), length)
        }
        touched++
      }
    }
  }
  return touched
}

async function guardLetters(page: Page): Promise<number> {
  return page.evaluate(() => {
    try {
      const r = JSON.parse(localStorage.getItem('pkk.penjaga') ?? 'null') as { counts?: Record<string, number> } | null
      return r?.counts?.['letters'] ?? -1
    } catch {
      return -1
    }
  })
}

/** How many letters the database holds now (read by the drill page). */
async function lettersNow(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}drill/`)
  await page.waitForFunction(() => 'drill' in window)
  const report: CheckReport = await page.evaluate(() => (window as unknown as { drill: DrillApi }).drill.check())
  return report.letters.length
}

/** What the real app shows at start: the guard, the startup error, or the app itself. */
async function startOutcome(page: Page, baseUrl: string): Promise<'penjaga' | 'galat-pembukaan' | 'aplikasi' | 'batas-waktu'> {
  await page.goto(baseUrl)
  const guard = page.getByRole('alert', { name: 'Data hilang' })
  const error = page.getByRole('heading', { name: 'Basis data tidak dapat dibuka' })
  const app = page.getByRole('navigation', { name: 'Navigasi utama' })
  const seen = (l: typeof guard, v: 'penjaga' | 'galat-pembukaan' | 'aplikasi') =>
    l
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 })
      .then(() => v)
  return Promise.race([seen(guard, 'penjaga'), seen(error, 'galat-pembukaan'), seen(app, 'aplikasi')]).catch(() => 'batas-waktu' as const)
}

/**
 * The empty drill: an office loaded into the real app (which keeps its guard record in localStorage), Chromium
 * closed, the origin's IndexedDB folder deleted or corrupted, Chromium started again: the app must not start
 * blank. It shows the guard, or the explicit startup error.
 */
export async function runEmptyDrill(o: EmptyOptions): Promise<EmptySummary> {
  const rnd = prng(o.seed)
  const runs: EmptyRun[] = []
  const t0 = Date.now()
  for (let run = 0; run < o.runs; run++) {
    const started = Date.now()
    const dir = join(o.workDir, `leer-${run}`)
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    const kind = damageKinds[run % damageKinds.length] ?? 'hapus'
    const size: OfficeSize = {
      years: 1 + Math.floor(rnd() * 3),
      letters: 20 + Math.floor(rnd() * 400),
      people: 5 + Math.floor(rnd() * 200),
      organisations: 2 + Math.floor(rnd() * 30)
    }
    // 1. The office, loaded through the real restore; then the real app starts and writes its guard record.
    let r = await startChromium(dir)
    await r.page.goto(`${o.baseUrl}drill/`)
    await r.page.waitForFunction(() => 'drill' in window)
    const seeded = await r.page.evaluate(
      ([s, z]) => (window as unknown as { drill: DrillApi }).drill.seed(s, z),
      [o.seed * 1000 + run, size] as const
    )
    const app = await startOutcome(r.page, o.baseUrl)
    if (app !== 'aplikasi') throw new Error(`Aplikasi tidak mulai dengan data yang baru dimuat (${app})`)
    const end = Date.now() + 15_000
    while ((await guardLetters(r.page)) !== seeded.letters) {
      if (Date.now() > end) throw new Error(`Catatan penjaga tidak ditulis (surat ${await guardLetters(r.page)}, seharusnya ${seeded.letters})`)
      await sleep(100)
    }
    await closeChromium(r)

    // 2. The store damaged while the browser is closed.
    const files = await damage(dir, o.port, kind, rnd)

    // A torn log does its harm one session later: a short session that writes, closed normally.
    if (kind === 'log-sobek') {
      const session = await startChromium(dir)
      await session.page.goto(`${o.baseUrl}drill/`)
      await session.page.waitForFunction(() => 'drill' in window)
      await session.page.evaluate(() => (window as unknown as { drill: DrillApi }).drill.touch())
      await closeChromium(session)
    }

    // 3. Started again: what does the app show?
    r = await startChromium(dir)
    let outcome: Outcome
    let guardLines: string[] = []
    let errorDetail: string | undefined
    let afterReload: EmptyRun['afterReload']
    const seen = await startOutcome(r.page, o.baseUrl)
    if (seen === 'penjaga') {
      outcome = 'penjaga'
      guardLines = await r.page.getByTestId('guard-lines').locator('li').allTextContents()
    } else if (seen === 'galat-pembukaan') {
      outcome = 'galat-pembukaan'
      errorDetail = (await r.page.locator('.error-detail').first().textContent()) ?? ''
      // The screen's own way out: "Muat ulang". The app must not then start blank.
      afterReload = await startOutcome(r.page, o.baseUrl)
      if (afterReload === 'batas-waktu') outcome = 'batas-waktu'
      else if (afterReload === 'aplikasi' && (await lettersNow(r.page, o.baseUrl)) !== seeded.letters) outcome = 'terlewat'
    }
    else if (seen === 'batas-waktu') outcome = 'batas-waktu'
    else {
      // The app started: fine only when every record is there.
      outcome = (await lettersNow(r.page, o.baseUrl)) === seeded.letters ? 'pulih-utuh' : 'terlewat'
    }
    await closeChromium(r)
    await rm(dir, { recursive: true, force: true })
    const done: EmptyRun = { run, damage: kind, files, letters: seeded.letters, outcome, guardLines, ...(errorDetail === undefined ? {} : { errorDetail }), ...(afterReload ? { afterReload } : {}), ms: Date.now() - started }
    runs.push(done)
    o.log(`  kosong ${String(run + 1).padStart(3)}/${o.runs}: ${kind.padEnd(14)} ${String(seeded.letters).padStart(4)} surat -> ${outcome}${errorDetail ? ` (${errorDetail}; muat ulang -> ${afterReload})` : ''}`)
  }
  const count = (x: Outcome) => runs.filter((r) => r.outcome === x).length
  const byDamage: EmptySummary['byDamage'] = {}
  for (const r of runs) {
    const d = (byDamage[r.damage] ??= {})
    d[r.outcome] = (d[r.outcome] ?? 0) + 1
  }
  return {
    runs: runs.length,
    lossRuns: runs.length - count('pulih-utuh'),
    detections: count('penjaga') + count('galat-pembukaan'),
    guard: count('penjaga'),
    startupError: count('galat-pembukaan'),
    recovered: count('pulih-utuh'),
    missed: count('terlewat'),
    timeouts: count('batas-waktu'),
    byDamage,
    msPerRun: runs.length ? Math.round((Date.now() - t0) / runs.length) : 0,
    runsDetail: runs
  }
}
