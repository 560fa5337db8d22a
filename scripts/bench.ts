// npm run bench: the speed of every document and of the data at 10 years' scale (issue 9).
// Prints one table and writes it as JSON (out/bench/bench-<date>.json; a full run also latest.json) and
// as markdown for the README's Performance section (latest.md). Expects a renderer built by
// `electron-vite build` in out/ (or in $PKK_OUT).
//
//   --only=documents,clicks,data,size   parts to run (all by default; clicks: "Simpan PDF/DOCX" timed in Chromium)
//   --runs=20                    warm runs per document and format (and per click)
//   --lo-runs=2                  LibreOffice conversions per document (0: none)
//   --repeats=5                  runs per data operation in Chromium
//   --profile-runs=3             CPU-profiled runs per budgeted document (0: none)
//   --strict                     exit 1 when a budget is missed
//   --render=out/bench/latest.json   no measuring: print a saved run again (and write its .md beside it)
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { budgetChecks } from './bench/budget-checks'
import { benchClicks, type ClicksReport } from './bench/clicks'
import { benchData, type DataReport } from './bench/data'
import { benchDocuments, type DocumentsReport } from './bench/documents'
import { describeMachine, loadNow } from './bench/machine'
import { renderMarkdown, renderText, type BenchReport } from './bench/report'
import { measureSize, type SizeReport } from './bench/size'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PARTS = ['size', 'documents', 'clicks', 'data'] as const
type Part = (typeof PARTS)[number]

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      runs: { type: 'string', default: '20' },
      'lo-runs': { type: 'string', default: '2' },
      repeats: { type: 'string', default: '5' },
      'profile-runs': { type: 'string', default: '3' },
      strict: { type: 'boolean', default: false },
      render: { type: 'string' }
    }
  })
  const int = (name: string, v: string | undefined, min: number) => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} harus bilangan bulat ≥ ${min}`)
    return n
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...PARTS]
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p))
  if (unknown.length) throw new Error(`--only tidak dikenal: ${unknown.join(', ')} (pilih dari ${PARTS.join(', ')})`)
  return {
    parts: only as Part[],
    warmRuns: int('runs', values.runs, 20),
    libreOfficeRuns: int('lo-runs', values['lo-runs'], 0),
    repeats: int('repeats', values.repeats, 1),
    profileRuns: int('profile-runs', values['profile-runs'], 0),
    strict: values.strict ?? false,
    render: values.render
  }
}

/** A saved run printed again, its budgets judged by this code (their reasons may have been reworded). */
async function renderSaved(file: string) {
  const report = JSON.parse(await readFile(file, 'utf8')) as BenchReport
  const { checks, unmeasured } = budgetChecks(report.documents, report.data, report.size, report.clicks)
  const again: BenchReport = { ...report, budgets: checks, unmeasured }
  await writeFile(join(dirname(file), `${basename(file, '.json')}.md`), `${renderMarkdown(again)}\n`)
  console.log(renderText(again))
}

async function main() {
  const o = options()
  if (o.render) return renderSaved(o.render)
  const started = new Date()
  const outRoot = join(ROOT, process.env['PKK_OUT'] ?? 'out')
  const rendererDir = join(outRoot, 'renderer')
  const log = (line: string) => console.error(line)
  const machine = await describeMachine(ROOT)

  let size: SizeReport | undefined
  let documents: DocumentsReport | undefined
  let clicks: ClicksReport | undefined
  let data: DataReport | undefined
  const partMs: Record<string, number> = {}
  const timed = async <T,>(part: Part, work: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    const out = await work()
    partMs[part] = Math.round(performance.now() - t)
    log(`${part}: done in ${(partMs[part] / 1000).toFixed(0)} s`)
    return out
  }
  // One part at a time: on two cores, anything running beside a measurement would be in it.
  if (o.parts.includes('size')) {
    log('size: the built renderer')
    size = await timed('size', () => measureSize(rendererDir))
  }
  if (o.parts.includes('documents')) {
    log(`documents: ${o.warmRuns} warm runs each, LibreOffice ${o.libreOfficeRuns} run(s) each`)
    documents = await timed('documents', () => benchDocuments({ warmRuns: o.warmRuns, libreOfficeRuns: o.libreOfficeRuns, profileRuns: o.profileRuns, log }))
    if (!('skipped' in documents.libreOffice)) machine.libreOffice = documents.libreOffice.version
  }
  if (o.parts.includes('clicks')) {
    log(`clicks: "Simpan PDF/DOCX" in Chromium, cold and ${o.warmRuns} warm each`)
    clicks = await timed('clicks', () => benchClicks({ rendererDir, warmRuns: o.warmRuns, log }))
  }
  if (o.parts.includes('data')) {
    log(`data: 10-year office in Chromium, ${o.repeats} runs per operation`)
    data = await timed('data', () => benchData({ rendererDir, repeats: o.repeats, log }))
    machine.chromium = data.chromiumVersion
  }

  machine.load.end = loadNow()
  const { checks, unmeasured } = budgetChecks(documents, data, size, clicks)
  const report: BenchReport = {
    date: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    machine,
    options: { warmRuns: o.warmRuns, libreOfficeRuns: o.libreOfficeRuns, repeats: o.repeats, profileRuns: o.profileRuns, parts: o.parts },
    partMs,
    ...(documents ? { documents } : {}),
    ...(clicks ? { clicks } : {}),
    ...(data ? { data } : {}),
    ...(size ? { size } : {}),
    budgets: checks,
    unmeasured
  }
  const benchDir = join(outRoot, 'bench')
  await mkdir(benchDir, { recursive: true })
  const json = JSON.stringify(report, null, 1)
  const stamp = report.date.slice(0, 19).replace(/[:T]/g, '-')
  await writeFile(join(benchDir, `bench-${stamp}.json`), json)
  // Only a full run stands for "the latest table"; a partial one is kept under its date alone.
  if (PARTS.every((p) => o.parts.includes(p))) {
    await writeFile(join(benchDir, 'latest.json'), json)
    await writeFile(join(benchDir, 'latest.md'), `${renderMarkdown(report)}\n`)
  }
  console.log(renderText(report))
  console.log(`\n${join(benchDir, `bench-${stamp}.json`)}`)
  if (o.strict && checks.some((c) => !c.pass)) process.exitCode = 1
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
