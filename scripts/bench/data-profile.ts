// Where the time of the data operations goes, in Chromium: the 10-year office restored into an empty
// database and over a full one, a backup, a reload to the first screen and a number issued with the
// register open, each under V8's sampling profiler (CDP), summed by self time per function and per file.
//
//   npx electron-vite build && npx tsx --tsconfig tsconfig.test.json scripts/bench/data-profile.ts [--top=25] [--only=restore,first,register,issue,backup]
//     [--no-cpu] [--restores=N]
//
// After each restore its phases are printed (performance measures `pulihkan:*`, renderer/src/data/marks.ts):
// the file's check, the current data's read, the undo backup, the IndexedDB write, the journal's new base.
// --no-cpu: the phases and wall times alone, without the sampling profiler's own cost; --restores=N: N
// restores over the full office (with --only=restore).
//
// A diagnostic for relative gains on a shared machine (README "Performance"); `npm run bench` gives the numbers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { CDPSession, Page } from 'playwright-core'
import { toDataFile } from '../../shared/datafile'
import { RESTORE_PHASE_PREFIX } from '../../renderer/src/data/marks'
import { generateBigOffice } from './big-office'
import { openBenchBrowser } from './browser'
import { printPageProfile } from './page-profile'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIRST_SCREEN = { kind: 'selector', selector: '[data-testid="jumlah-orang"]' } as const

let cpu = true

async function profiled(cdp: CDPSession, label: string, top: number, work: () => Promise<void>): Promise<void> {
  if (!cpu) {
    const t = performance.now()
    await work()
    console.log(`\n== ${label}: ${(performance.now() - t).toFixed(0)} ms wall`)
    return
  }
  await printPageProfile(cdp, label, top, work)
}

/** The restore's phases as the page measured them (performance measures `pulihkan:*`), in the order they started. */
async function printPhases(page: Page): Promise<void> {
  const phases = await page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => ({ name: m.name.slice(prefix.length), start: m.startTime, ms: m.duration })),
    RESTORE_PHASE_PREFIX
  )
  const t0 = phases[0]?.start ?? 0
  console.log('  phases (start after the first, duration):')
  for (const p of phases.sort((a, b) => a.start - b.start)) console.log(`  ${(p.start - t0).toFixed(0).padStart(7)} ms  ${p.ms.toFixed(0).padStart(6)} ms  ${p.name}`)
}

async function restoreFile(page: Page, file: string): Promise<void> {
  await page.evaluate(() => performance.clearMeasures())
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await panel.getByTestId('restore-file').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: 'Pulihkan data' })
  await dialog.waitFor({ timeout: 120_000 })
  await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
  // The dialog closes when the restore is done (a status of an earlier restore may still be shown).
  await dialog.waitFor({ state: 'detached', timeout: 180_000 })
  await page.getByRole('status').filter({ hasText: 'Data dipulihkan' }).waitFor({ timeout: 180_000 })
  await printPhases(page)
}

async function main() {
  const { values } = parseArgs({
    options: {
      top: { type: 'string', default: '25' },
      only: { type: 'string', default: 'restore,first,register,issue,backup' },
      'no-cpu': { type: 'boolean', default: false },
      restores: { type: 'string', default: '1' }
    }
  })
  const top = Number(values.top)
  cpu = !values['no-cpu']
  const only = new Set((values.only ?? '').split(','))
  const office = generateBigOffice()
  const dir = await mkdtemp(join(tmpdir(), 'pkk-data-profile-'))
  const file = join(dir, 'kantor-10-tahun.json')
  await writeFile(file, JSON.stringify(toDataFile(office.snapshot, 'bench', new Date('2026-01-02T00:00:00Z'))))
  const b = await openBenchBrowser(join(ROOT, process.env['PKK_OUT'] ?? 'out', 'renderer'), FIRST_SCREEN)
  try {
    const page = b.page
    page.on('console', (m) => {
      if (m.text().startsWith('[fase]')) console.log(`    ${m.text()}`)
    })
    const cdp = await b.context.newCDPSession(page)
    await page.goto(`${b.baseUrl}#/pengaturan`)
    await page.getByRole('region', { name: 'Cadangan data' }).waitFor()
    await profiled(cdp, 'Restore into an empty database', top, () => restoreFile(page, file))
    await page.waitForTimeout(1500)
    if (only.has('first')) {
      const again = await b.context.newCDPSession(page)
      await page.evaluate(() => (location.hash = '#/beranda'))
      await page.reload()
      await page.getByTestId('jumlah-orang').waitFor()
      await page.waitForTimeout(3000)
      await profiled(again, 'Reload to the first screen (and 3 s after)', top, async () => {
        await page.reload()
        await page.getByTestId('jumlah-orang').waitFor()
        await page.waitForTimeout(3000)
      })
    }
    const cdp2 = await b.context.newCDPSession(page)
    if (only.has('register')) {
      const rows = page.locator('table[aria-label="Buku Agenda Surat Keluar"] tbody tr')
      await profiled(cdp2, 'Register of 2019 opened from Beranda, 3 times', top, async () => {
        for (let i = 0; i < 3; i++) {
          await page.evaluate(() => (location.hash = '#/beranda'))
          await page.getByTestId('jumlah-orang').waitFor()
          await page.evaluate(() => (location.hash = '#/agenda/2019'))
          await rows.nth(49).waitFor()
        }
      })
    }
    if (only.has('issue')) {
      await page.evaluate((y) => (location.hash = `#/agenda/${y}`), office.lastYear)
      await page.locator('table[aria-label="Buku Agenda Surat Keluar"] tbody tr').first().waitFor()
      await page.getByRole('button', { name: 'Catat surat keluar' }).click()
      const form = page.getByRole('form', { name: 'Catat surat keluar' })
      await form.getByLabel('Tanggal surat').fill(`${office.lastYear}-12-31`)
      await profiled(cdp2, 'Issue 5 numbers, register of the last year open', top, async () => {
        for (let i = 0; i < 5; i++) {
          await form.getByLabel('Kepada').fill('Kepala OPD')
          await form.getByLabel('Perihal').fill(`Profil ${i}`)
          await form.getByRole('button', { name: 'Ambil nomor' }).click()
          await page.getByTestId('nomor-diberikan').waitFor()
          await page.getByRole('button', { name: 'Catat surat lain' }).click()
        }
      })
      await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click()
    }
    await page.evaluate(() => (location.hash = '#/pengaturan'))
    await page.getByRole('region', { name: 'Cadangan data' }).waitFor()
    if (only.has('backup')) {
      await profiled(cdp2, 'Backup to a download', top, async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 120_000 }),
          page.getByRole('region', { name: 'Cadangan data' }).getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click()
        ])
        await download.delete()
      })
    }
    if (only.has('restore')) {
      for (let i = 0; i < Number(values.restores); i++) {
        await page.waitForTimeout(1000)
        await profiled(cdp2, 'Restore over a full office', top, () => restoreFile(page, file))
      }
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
