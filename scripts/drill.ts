/**
 * `npm run drill`: reliability drills in real Chromium, on the app's own data layer. Prints one table and writes
 * JSON under out/drill/ (or $PKK_OUT/drill/); the exit code is 1 when a figure that must be zero is not.
 *
 *   tsx --tsconfig tsconfig.test.json scripts/drill.ts [--kill N] [--empty N] [--restore N] [--seed S] [--port P] [--keep]
 *
 * See docs/drills.md.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { buildDrillPage } from './drill/build-page'
import { chromePath, killAllStarted } from './drill/chromium'
import { runEmptyDrill, type EmptySummary } from './drill/empty'
import { runKillDrill, type KillSummary } from './drill/kill'
import { emptyRow, formatTable, killRow, restoreRow, verdict, type Row } from './drill/report'
import { runRestoreDrill, type RestoreSummary } from './drill/restore'
import { startDrillServer } from './drill/server'
import { parseArgs, USAGE } from './drill/args'

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2))
  if (o.help) {
    console.log(USAGE)
    return 0
  }
  const root = resolve(import.meta.dirname, '..')
  const out = resolve(root, process.env['PKK_OUT'] ?? 'out')
  const appDir = join(out, 'renderer')
  const drillDir = join(out, 'drill')
  const pageDir = join(drillDir, 'page')
  const work = join(drillDir, 'profiles')
  const log = (s: string) => {
    if (!o.quiet) console.log(s)
  }
  if (!existsSync(join(appDir, 'index.html'))) throw new Error(`Aplikasi belum dibangun di ${appDir}: jalankan electron-vite build`)
  const chromium = chromePath()
  const version = execFileSync(chromium, ['--version']).toString().trim()
  log(`Latihan keandalan: benih ${o.seed}, port ${o.port}, ${version}, ${cpus().length} inti`)

  const tBuild = Date.now()
  await buildDrillPage(pageDir)
  log(`Halaman latihan dibangun (${((Date.now() - tBuild) / 1000).toFixed(1)} s)`)
  await rm(work, { recursive: true, force: true })
  await rm(join(drillDir, 'bukti'), { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const server: Server = await startDrillServer(appDir, pageDir, o.port)
  const baseUrl = `http://127.0.0.1:${o.port}/`
  const started = new Date()
  const rows: Row[] = []
  const timings: Record<string, number> = {}
  let kill: KillSummary | null = null
  let empty: EmptySummary | null = null
  let restore: RestoreSummary | null = null
  try {
    if (o.kill > 0) {
      log(`\n== kill: ${o.kill} putaran`)
      const t = Date.now()
      kill = await runKillDrill({
        runs: o.kill,
        baseUrl,
        userDataDir: join(work, 'bunuh'),
        seed: o.seed,
        minDelayMs: o.minDelayMs,
        maxDelayMs: o.maxDelayMs,
        earlyShare: o.early,
        evidenceDir: join(drillDir, 'bukti'),
        perYear: 500,
        // 20 forced resets in a full drill of 200 runs.
        tearEvery: 10,
        log
      })
      timings['kill'] = Date.now() - t
      rows.push(killRow(kill))
    }
    if (o.empty > 0) {
      log(`\n== empty: ${o.empty} putaran`)
      const t = Date.now()
      empty = await runEmptyDrill({ runs: o.empty, baseUrl, port: o.port, workDir: work, seed: o.seed, log })
      timings['empty'] = Date.now() - t
      rows.push(emptyRow(empty))
    }
    if (o.restore > 0) {
      log(`\n== restore: ${o.restore} kantor`)
      const t = Date.now()
      restore = await runRestoreDrill({ runs: o.restore, baseUrl, userDataDir: join(work, 'pulihkan'), seed: o.seed, log })
      timings['restore'] = Date.now() - t
      rows.push(restoreRow(restore))
    }
  } finally {
    // After an error a Chromium may still run: none outlives the drill.
    killAllStarted()
    await new Promise((ok) => server.close(ok))
    if (!o.keep) await rm(work, { recursive: true, force: true })
  }

  const finished = new Date()
  const table = formatTable(rows)
  console.log(`\n${table}`)
  const ok = rows.every((r) => verdict(r) !== 'GAGAL')
  const attention = rows.some((r) => verdict(r) === 'PERHATIAN')
  const result = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    ok,
    options: o,
    environment: { chromium: version, node: process.version, cpus: cpus().length, platform: process.platform },
    timingsMs: timings,
    table: rows.map((r) => ({ ...r, verdict: verdict(r) })),
    kill,
    empty,
    restore
  }
  const stamp = started.toISOString().replace(/[:.]/g, '-')
  const json = JSON.stringify(result, null, 2)
  await mkdir(drillDir, { recursive: true })
  await writeFile(join(drillDir, `drill-${stamp}.json`), json)
  await writeFile(join(drillDir, 'latest.json'), json)
  const summary = !ok
    ? 'ADA angka yang seharusnya nol.'
    : attention
      ? 'Semua angka yang harus nol adalah nol; ada temuan yang perlu diperhatikan (PERHATIAN, lihat docs/drills.md).'
      : 'Semua angka yang harus nol adalah nol.'
  console.log(`\n${summary} Rincian: ${join(drillDir, `drill-${stamp}.json`)}`)
  return ok ? 0 : 1
}

process.on('SIGINT', () => {
  killAllStarted()
  process.exit(130)
})

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    killAllStarted()
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
    process.exit(2)
  }
)
