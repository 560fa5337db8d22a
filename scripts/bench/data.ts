import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { tableNames, toDataFile } from '../../shared/datafile'
import { REGISTER_PAGE } from '../../shared/numbering'
import { BACKUP_MS, DATA_OP_MS, FIRST_SCREEN_MS, ISSUE_MS, REGISTER_PAGE_MS, RESTORE_EMPTY_MS, RESTORE_FULL_MS } from './budgets'
import { START_BASE_MARK } from '../../renderer/src/data/marks'
import { generateBigOffice, type BigOffice } from './big-office'
import { benchRegistration } from './registration'
import { collect, measure, measureHash, openBenchBrowser } from './browser'
import type { Condition, Measurement } from './probe'
import { quickRuns, summarise, type Summary } from './stats'

export interface DataOptions {
  rendererDir: string
  repeats: number
  log: (line: string) => void
}

/** One timed run: to the frame that shows the result, and to the DOM commit alone (before style, layout, paint). */
interface Sample {
  ms: number
  domMs: number
}

export interface DataOp {
  id: string
  label: string
  /** What "done" means for this number. */
  until: string
  /** Undefined for a row that only explains another (no budget of its own). */
  budgetMs?: number
  samplesMs: number[]
  summary: Summary
  /** The same runs to the DOM commit, without style, layout and paint. */
  domSummary: Summary
  /** Keystrokes that changed nothing on screen are left out of the search samples. */
  excluded?: number
}

export interface DataReport {
  chromiumVersion: string
  office: { counts: Record<string, number>; fileBytes: number; generateMs: number; writeFileMs: number }
  /** The first restore, into an empty database: how the bench loads the office. */
  initialLoad: { checkMs: number; writeMs: number }
  ops: DataOp[]
  /** JavaScript and fonts Chromium fetched for the first screen, and over the whole run. */
  requests: { firstScreen: string[]; duringRun: string[] }
}

const OFFICE_NAME = 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT'
const FIRST_SCREEN: Condition = {
  kind: 'all',
  of: [
    { kind: 'selector', selector: 'h1', text: OFFICE_NAME },
    { kind: 'selector', selector: '[data-testid="jumlah-orang"]' }
  ]
}
const RESTORE_DIALOG = 'dialog[aria-label="Pulihkan data"]'
/** Search terms as a secretary types them: a name, a clan name, an office, a phone prefix. */
const SEARCHES = ['nevi', 'chaniago', 'dinas nomor 12', '0812']

/** To the frame that shows the condition (the default), or the one that shows the last change. */
const painted = (m: Measurement, end: 'condition' | 'settled' = 'condition'): Sample =>
  end === 'condition'
    ? { ms: m.conditionPaintAt - m.startAt, domMs: m.conditionAt - m.startAt }
    : { ms: m.settledPaintAt - m.startAt, domMs: m.settledAt - m.startAt }

export async function benchData(options: DataOptions): Promise<DataReport> {
  const { log, repeats } = options
  const quick = quickRuns(repeats)
  const t0 = performance.now()
  const office = generateBigOffice()
  const generateMs = performance.now() - t0
  const dir = await mkdtemp(join(tmpdir(), 'pkk-bench-data-'))
  const file = join(dir, 'Cadangan kantor 10 tahun.json')
  const t1 = performance.now()
  await writeFile(file, JSON.stringify(toDataFile(office.snapshot, 'bench', new Date('2026-01-02T00:00:00Z'))))
  const writeFileMs = performance.now() - t1
  const counts = Object.fromEntries(tableNames.map((t) => [t, office.snapshot[t].length]).filter(([, n]) => Number(n) > 0))
  const fileBytes = (await stat(file)).size
  log(`  10-year office generated in ${generateMs.toFixed(0)} ms (${(fileBytes / 1e6).toFixed(1)} MB): ${JSON.stringify(counts)}`)

  const b = await openBenchBrowser(options.rendererDir, FIRST_SCREEN)
  const requests: string[] = []
  b.page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (/\.(js|ttf|css)$/.test(path)) requests.push(path.replace(/^.*\//, ''))
  })
  try {
    const page = b.page
    const ops: DataOp[] = []
    const add = (id: string, label: string, until: string, budgetMs: number | undefined, samples: Sample[], excluded?: number) => {
      const samplesMs = samples.map((s) => s.ms)
      const op: DataOp = {
        id,
        label,
        until,
        ...(budgetMs !== undefined ? { budgetMs } : {}),
        samplesMs,
        summary: summarise(samplesMs),
        domSummary: summarise(samples.map((s) => s.domMs)),
        ...(excluded ? { excluded } : {})
      }
      ops.push(op)
      log(`  ${label}: median ${op.summary.median.toFixed(1)} ms (DOM ${op.domSummary.median.toFixed(1)} ms; ${samplesMs.length} runs)`)
    }

    await page.goto(`${b.baseUrl}#/pengaturan`)
    await page.getByRole('region', { name: 'Cadangan data' }).waitFor()
    const first = await restoreOnce(page, file)
    const initialLoad = { checkMs: first.check.ms, writeMs: first.write.ms }
    log(`  loaded through Pengaturan > Pulihkan: check ${initialLoad.checkMs.toFixed(0)} ms, write ${initialLoad.writeMs.toFixed(0)} ms`)
    // Let the app's guard record catch up (written 800 ms after the last change).
    await page.waitForTimeout(1500)

    add('first-screen', 'First screen after reload', 'Beranda heading and counts drawn', FIRST_SCREEN_MS, await firstScreen(page, b.baseUrl, repeats))
    const firstScreenRequests = [...requests]
    // The journal's new base is written once the first screen is drawn and the window is idle: timed
    // (from the reload), and waited for, so it is not inside the operations measured next.
    add('journal-base-after-start', "Journal's new base after start (idle work; diagnostic)", 'the base written', undefined, [await journalBaseAfterStart(page)])
    const search = await contactSearch(page, repeats)
    add('contact-search', 'Contact search, per keystroke', 'the people list settled and drawn', DATA_OP_MS, search.samples, search.excluded)
    const rows2019 = office.lettersPerYear.get(2019) ?? 0
    add('register-year', 'Register of 2019 opened (#/agenda/2019)', `${rows2019} letters counted, newest ${Math.min(rows2019, REGISTER_PAGE)} rows drawn`, REGISTER_PAGE_MS, await registerByYear(page, office, quick))
    add('register-switch-year', 'Register: year filter 2019 → 2018', "the other year's rows drawn", DATA_OP_MS, await switchYear(page, office, quick))
    add('issue-number', `Issue a number, register of ${office.lastYear} open`, 'the number drawn', ISSUE_MS, await issueNumbers(page, office, office.lastYear, quick))
    add('issue-number-empty-year', 'Issue a number, an empty year open (diagnostic)', 'the number drawn', undefined, await issueNumbers(page, office, office.lastYear + 1, quick))
    add('open-meeting', `Open a meeting with ${office.meeting65.invitees} participants`, 'invitee table drawn', DATA_OP_MS, await openMeeting(page, office, quick))
    add('backup', 'Backup (Simpan cadangan ke berkas)', 'the download starts', BACKUP_MS, await backups(page, repeats))
    add('restore', 'Restore over a full office (file chosen → done)', 'check and write, with the automatic backup before it', RESTORE_FULL_MS, await restores(page, file, repeats))
    // The restore that matters most: after a loss the database is empty (no undo backup, nothing to clear). One run: the bench's own load.
    add('restore-empty', 'Restore into an empty database (after a loss; 1 run)', 'check and write', RESTORE_EMPTY_MS, [
      { ms: first.check.ms + first.write.ms, domMs: first.check.domMs + first.write.domMs }
    ])
    const desk = await benchRegistration(page, office, repeats)
    add('registration-open', 'Meja registrasi opened, 500 invitees (reload)', 'the search box drawn', FIRST_SCREEN_MS, desk.open)
    add('registration-search', 'Meja registrasi search, per keystroke (500 invitees)', 'the results settled and drawn', DATA_OP_MS, desk.keystrokes, desk.excluded)
    return {
      chromiumVersion: b.chromiumVersion,
      office: { counts, fileBytes, generateMs, writeFileMs },
      initialLoad,
      ops,
      requests: { firstScreen: unique(firstScreenRequests), duringRun: unique(requests) }
    }
  } finally {
    await b.close()
    await rm(dir, { recursive: true, force: true })
  }
}

const unique = (xs: string[]) => [...new Set(xs)]

/** Pengaturan > Pulihkan dari berkas: the check (file chosen → dialog) and the write (Pulihkan → done). */
async function restoreOnce(page: Page, file: string): Promise<{ check: Sample; write: Sample }> {
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  const check = await measure(page, { kind: 'selector', selector: `${RESTORE_DIALOG}[open]` }, () => panel.getByTestId('restore-file').setInputFiles(file), {
    timeoutMs: 120_000
  })
  if ((await page.getByTestId('restore-problems').count()) > 0) {
    throw new Error(`Berkas kantor 10 tahun ditolak: ${(await page.getByTestId('restore-problems').innerText()).slice(0, 500)}`)
  }
  const done: Condition = {
    kind: 'all',
    of: [
      { kind: 'absent', selector: RESTORE_DIALOG },
      { kind: 'selector', selector: '[role="status"]', text: 'Data dipulihkan' }
    ]
  }
  const write = await measure(page, done, () => page.getByRole('dialog', { name: 'Pulihkan data' }).getByRole('button', { name: 'Pulihkan', exact: true }).click(), {
    timeoutMs: 180_000,
    quietMs: 300
  })
  return { check: painted(check), write: painted(write) }
}

async function firstScreen(page: Page, baseUrl: string, repeats: number): Promise<Sample[]> {
  await page.goto(`${baseUrl}#/beranda`)
  await collect(page, { timeoutMs: 30_000 })
  const out: Sample[] = []
  for (let i = 0; i < repeats; i++) {
    await page.reload()
    // The init script armed the probe with the first-screen condition at navigation start (0).
    out.push(painted(await collect(page, { timeoutMs: 30_000 })))
    await page.waitForTimeout(300)
  }
  return out
}

async function journalBaseAfterStart(page: Page): Promise<Sample> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false, START_BASE_MARK, { timeout: 120_000, polling: 100 })
  const at = Number(await handle.jsonValue())
  return { ms: at, domMs: at }
}

async function contactSearch(page: Page, repeats: number): Promise<{ samples: Sample[]; excluded: number }> {
  await measureHash(page, '#/kontak/orang', { kind: 'selector', selector: 'section[aria-label="Daftar orang"] tbody tr' }, { quietMs: 300 })
  const box = page.getByRole('searchbox', { name: 'Cari orang' })
  const samples: Sample[] = []
  let excluded = 0
  for (let r = 0; r < Math.max(1, Math.ceil(repeats / 2)); r++) {
    for (const term of SEARCHES) {
      await box.fill('')
      await page.waitForTimeout(200)
      await box.focus()
      for (const ch of term) {
        const m = await measure(page, { kind: 'mutation' }, () => page.keyboard.type(ch), { quietMs: 150 })
        if (m.noChange) excluded++
        else samples.push(painted(m, 'settled'))
      }
    }
  }
  await box.fill('')
  return { samples, excluded }
}

const registerRows = (count: number): Condition => ({
  kind: 'selector',
  selector: 'table[aria-label="Buku Agenda Surat Keluar"] tbody tr',
  count: Math.min(count, REGISTER_PAGE)
})

async function toBeranda(page: Page) {
  await measureHash(page, '#/beranda', FIRST_SCREEN)
}

async function registerByYear(page: Page, office: BigOffice, repeats: number): Promise<Sample[]> {
  const rows = office.lettersPerYear.get(2019) ?? 0
  const out: Sample[] = []
  for (let i = 0; i < repeats; i++) {
    await toBeranda(page)
    out.push(painted(await measureHash(page, '#/agenda/2019', registerRows(rows))))
  }
  return out
}

async function switchYear(page: Page, office: BigOffice, repeats: number): Promise<Sample[]> {
  const out: Sample[] = []
  await measureHash(page, '#/agenda/2019', registerRows(office.lettersPerYear.get(2019) ?? 0))
  const select = page.getByRole('search').getByLabel('Tahun')
  for (let i = 0; i < repeats; i++) {
    const year = i % 2 === 0 ? 2018 : 2019
    out.push(painted(await measure(page, registerRows(office.lettersPerYear.get(year) ?? 0), () => select.selectOption(String(year)))))
  }
  return out
}

/**
 * Catat surat keluar with the register of `year` open behind the dialog, dated the year's last day
 * (the year's next SKR number). A year without letters (dated 2 January) shows what the number itself costs.
 */
async function issueNumbers(page: Page, office: BigOffice, year: number, repeats: number): Promise<Sample[]> {
  const rows = office.lettersPerYear.get(year) ?? 0
  await measureHash(page, `#/agenda/${year}`, rows ? registerRows(rows) : { kind: 'selector', selector: '.empty-register' }, { quietMs: 300 })
  await page.getByRole('button', { name: 'Catat surat keluar' }).click()
  const form = page.getByRole('form', { name: 'Catat surat keluar' })
  await form.getByLabel('Tanggal surat').fill(rows ? `${year}-12-31` : `${year}-01-02`)
  const out: Sample[] = []
  for (let i = 0; i < repeats; i++) {
    await form.getByLabel('Kepada').fill('Kepala OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat')
    await form.getByLabel('Perihal').fill(`Undangan Rapat Pembahasan ${i + 1}`)
    const m = await measure(page, { kind: 'selector', selector: '[data-testid="nomor-diberikan"]' }, () => form.getByRole('button', { name: 'Ambil nomor' }).click(), {
      quietMs: 300
    })
    out.push(painted(m))
    await page.getByRole('button', { name: 'Catat surat lain' }).click()
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click()
  return out
}

/** A meeting's page is open: its invitee list's heading says `n` and its table shows `n` rows. */
export const meetingOpened = (n: number): Condition => ({
  kind: 'all',
  of: [
    { kind: 'selector', selector: 'h2', text: `Diundang (${n})` },
    { kind: 'selector', selector: 'section[aria-label="Diundang"] tbody tr', count: n }
  ]
})

async function openMeeting(page: Page, office: BigOffice, repeats: number): Promise<Sample[]> {
  const opened = meetingOpened(office.meeting65.invitees)
  const out: Sample[] = []
  for (let i = 0; i < repeats; i++) {
    await toBeranda(page)
    out.push(painted(await measureHash(page, `#/rapat/${encodeURIComponent(office.meeting65.id)}`, opened)))
  }
  return out
}

async function backups(page: Page, repeats: number): Promise<Sample[]> {
  await measureHash(page, '#/pengaturan', { kind: 'selector', selector: 'section[aria-label="Cadangan data"]' })
  const button = page.getByRole('region', { name: 'Cadangan data' }).getByRole('button', { name: 'Simpan cadangan ke berkas…' })
  const out: Sample[] = []
  for (let i = 0; i < repeats; i++) {
    const [download, m] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      measure(page, { kind: 'download' }, () => button.click(), { timeoutMs: 120_000, quietMs: 200 })
    ])
    // The file is handed over at the download's click; nothing is drawn for it.
    out.push({ ms: m.conditionAt - m.startAt, domMs: m.conditionAt - m.startAt })
    await download.delete()
    // The button is enabled again once the save finished.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('button')).some((el) => (el.textContent ?? '').includes('Simpan cadangan ke berkas') && !el.disabled)
    )
  }
  return out
}

async function restores(page: Page, file: string, repeats: number): Promise<Sample[]> {
  const out: Sample[] = []
  for (let i = 0; i < repeats; i++) {
    const r = await restoreOnce(page, file)
    out.push({ ms: r.check.ms + r.write.ms, domMs: r.check.domMs + r.write.domMs })
    await page.waitForTimeout(1000)
  }
  return out
}
