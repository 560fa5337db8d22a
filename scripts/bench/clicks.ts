import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { toDataFile } from '../../shared/datafile'
import { buildDemoSnapshot } from '../lib/demo-office'
import { measure, openBenchBrowser } from './browser'
import { theRakon } from './doc-cases'
import { summarise, type Summary } from './stats'

/** Where she clicks: "Simpan PDF" / "Simpan DOCX" in the built app in Chromium, to the file handed over. */
export interface ClickResult {
  id: string
  label: string
  format: 'pdf' | 'docx'
  /** The first document after the app started (and sat idle for `idleMs`, the render worker warming up). */
  coldMs: number
  warm: Summary
  bytes: number
  /** The bench's Node row of the same document (the demo's Daftar Hadir is signed at the meja registrasi: its "-ttd" row). */
  nodeId?: string
}

export interface ClicksReport {
  chromiumVersion: string
  /** How long the app sat on the meeting page after start before the cold click. */
  idleMs: number
  results: ClickResult[]
}

export interface ClicksOptions {
  rendererDir: string
  warmRuns: number
  log: (line: string) => void
}

/** Cold: the app just started and idle this long on the meeting page (the render worker warms in idle time). */
const IDLE_AFTER_START_MS = 5000

interface Case {
  id: string
  label: string
  card: string
  /** The meeting page's step that holds the card (#/rapat/<id>/langkah/<step>). */
  step: string
}

const CASES: readonly Case[] = [
  { id: 'undangan', label: 'Surat Undangan + daftar 65 undangan', card: 'Surat Undangan', step: 'undangan' },
  { id: 'daftar-hadir-65', label: 'Daftar Hadir 65 peserta', card: 'Daftar Hadir', step: 'daftar-hadir' }
]
const MERGE: Case = { id: 'undangan-65', label: '65 undangan (mail merge)', card: 'Surat Undangan', step: 'undangan' }

/** One click on the card's button, timed from her mousedown to the download's click (the file handed over). */
async function click(page: Page, card: string, format: 'pdf' | 'docx'): Promise<{ ms: number; bytes: number }> {
  const button = page.getByRole('form', { name: card }).getByRole('button', { name: format === 'pdf' ? 'Simpan PDF' : 'Simpan DOCX', exact: true })
  const [download, m] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    measure(page, { kind: 'download' }, () => button.click(), { timeoutMs: 120_000, quietMs: 50 })
  ])
  const { size } = await stat(await download.path())
  await download.delete()
  return { ms: m.conditionAt - m.startAt, bytes: size }
}

async function startApp(page: Page, url: string, c: Case): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${url}/langkah/${c.step}`)
  await page.getByRole('form', { name: c.card }).waitFor({ timeout: 60_000 })
  await page.waitForTimeout(IDLE_AFTER_START_MS)
}

async function timeCase(page: Page, url: string, c: Case, format: 'pdf' | 'docx', warmRuns: number): Promise<ClickResult> {
  await startApp(page, url, c)
  const cold = await click(page, c.card, format)
  const warm: number[] = []
  let bytes = cold.bytes
  for (let i = 0; i < warmRuns; i++) {
    await page.waitForTimeout(150)
    const r = await click(page, c.card, format)
    warm.push(r.ms)
    bytes = r.bytes
  }
  return { id: c.id, label: c.label, format, coldMs: cold.ms, warm: summarise(warm), bytes }
}

/** The invitation switched to one letter per invitee, kept under its number ("Koreksi, nomor tetap"). */
async function switchToMerge(page: Page): Promise<void> {
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await card.getByLabel(/Satu surat untuk setiap penerima/).check()
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Surat Undangan sudah bernomor' })
  if (await dialog.isVisible({ timeout: 5000 }).catch(() => false)) await dialog.getByRole('button', { name: 'Koreksi, nomor tetap' }).click()
  await card.getByText('Koreksi disimpan', { exact: false }).or(card.getByText('tersimpan', { exact: false })).first().waitFor({ timeout: 30_000 })
}

/**
 * The demo office (its Rapat Konsultasi with 65 invitees) restored into the built app in Chromium;
 * each document and format timed from the click: cold right after a fresh start, then warm.
 */
export async function benchClicks(options: ClicksOptions): Promise<ClicksReport> {
  const { log } = options
  const snapshot = await buildDemoSnapshot()
  const meeting = theRakon(snapshot)
  const dir = await mkdtemp(join(tmpdir(), 'pkk-bench-clicks-'))
  const file = join(dir, 'Data demo.json')
  await writeFile(file, JSON.stringify(toDataFile(snapshot, 'demo', new Date('2019-12-20T10:00:00Z'))))
  const b = await openBenchBrowser(options.rendererDir, { kind: 'selector', selector: 'h1' })
  try {
    const page = b.page
    await page.goto(`${b.baseUrl}#/pengaturan`)
    const panel = page.getByRole('region', { name: 'Cadangan data' })
    await panel.getByTestId('restore-file').setInputFiles(file)
    await page.getByRole('dialog', { name: 'Pulihkan data' }).getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await panel.getByText(/Data dipulihkan\./).waitFor({ timeout: 120_000 })
    const url = `${b.baseUrl}#/rapat/${meeting.id}`
    const results: ClickResult[] = []
    const signed = snapshot.signatures.some((g) => g.meetingId === meeting.id)
    const run = async (c: Case) => {
      for (const format of ['pdf', 'docx'] as const) {
        const r = await timeCase(page, url, c, format, options.warmRuns)
        results.push(c.id.startsWith('daftar-hadir') && signed ? { ...r, nodeId: `${c.id}-ttd` } : r)
        log(`  click ${c.id} ${format.toUpperCase()}: cold ${r.coldMs.toFixed(0)} ms, warm ${r.warm.median.toFixed(0)} ms`)
      }
    }
    for (const c of CASES) await run(c)
    await startApp(page, url, MERGE)
    await switchToMerge(page)
    await run(MERGE)
    return { chromiumVersion: b.chromiumVersion, idleMs: IDLE_AFTER_START_MS, results }
  } finally {
    await b.close()
    await rm(dir, { recursive: true, force: true })
  }
}
