// npm run layout-check -- --runs N [--seed S] [--max-invitees M] [--workers W] [--no-docx] [--keep] [--out DIR] [--only KINDS]: the layout
// checker over the demo and N generated offices, in worker processes (as many as the cores unless told); then every DOCX laid out by
// LibreOffice and its page count and signature pages compared with the PDF's. Writes out/layout-check/summary.json and the
// PNG of every flagged page (out/layout-check/png/); --keep keeps every PDF and DOCX (out/layout-check/files/). --only checks only the
// documents whose file name holds one of the comma-separated words (case ignored, "-" as a space): `--only ekspedisi`,
// `--only "daftar hadir,undangan"`.
import { execFile, fork, type ChildProcess } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { countByKind, readPdfItems, type Finding } from '../test/layout/check'
import { convertDocxToPdf } from '../test/layout/libreoffice'
import { generatedOffice, officeShape, type OfficeShape } from '../test/layout/offices'
import { checkDocument, pagesOfNames, pagesOfNamesAnywhere, sampledLayout, signerNames, snapshotDocuments } from '../test/layout/run'
import { buildDemoSnapshot } from './lib/demo-office'
import { loadNodeFonts } from './lib/node-fonts'

const exec = promisify(execFile)

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(v) ? v : fallback
}

function textOption(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback
}

const OUT = resolve(textOption('out', 'out/layout-check'))
const FILES = join(OUT, 'files')
const safe = (s: string) => s.replace(/[^\p{L}\p{N} ._-]+/gu, '-').slice(0, 80)

interface Job {
  id: string
  shape?: OfficeShape
  docx: boolean
  keepAll: boolean
  /** Words of the file names to check (--only); empty: every document. */
  only: readonly string[]
}

const normalName = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, ' ').trim()

/** Whether a document is among those asked for by --only (every document when nothing was asked). */
function wanted(fileName: string, only: readonly string[]): boolean {
  const name = normalName(fileName)
  return only.length === 0 || only.some((w) => name.includes(normalName(w)))
}

interface DocResult {
  name: string
  pages: number
  findings: Finding[]
  signaturePages: number[]
  signaturePagesAnywhere: number[]
  signers: string[]
  pdfPath?: string
  docxPath?: string
  ms: number
}

interface JobResult {
  id: string
  docs: DocResult[]
  ms: number
}

// ---------- worker: renders and checks the documents of one office at a time ----------

async function worker() {
  const fonts = await loadNodeFonts()
  const base = await buildDemoSnapshot()
  process.on('message', (job: Job) => {
    void (async () => {
      const started = performance.now()
      const snapshot = job.shape ? generatedOffice(base, job.shape) : base
      const docs: DocResult[] = []
      for (const doc of snapshotDocuments(snapshot).filter((d) => wanted(d.fileName, job.only))) {
        const t = performance.now()
        const checked = await checkDocument(doc, fonts, { pdf: true, docx: job.docx })
        const dir = join(FILES, job.id)
        const file = safe(doc.fileName)
        let pdfPath: string | undefined
        let docxPath: string | undefined
        if (checked.pdf && (checked.findings.length > 0 || job.keepAll || job.docx)) {
          await mkdir(dir, { recursive: true })
          pdfPath = join(dir, `${file}.pdf`)
          await writeFile(pdfPath, checked.pdf)
        }
        if (checked.docx) {
          await mkdir(dir, { recursive: true })
          // LibreOffice writes every PDF of a call into one folder under the DOCX's name: the office's id keeps them apart.
          docxPath = join(dir, `${job.id} ${file}.docx`)
          await writeFile(docxPath, checked.docx)
        }
        docs.push({
          name: doc.fileName,
          pages: checked.pages,
          findings: checked.findings,
          signaturePages: checked.signaturePages,
          signaturePagesAnywhere: checked.signaturePagesAnywhere,
          signers: signerNames(sampledLayout(doc.layout)),
          pdfPath,
          docxPath,
          ms: Math.round(performance.now() - t)
        })
      }
      process.send?.({ id: job.id, docs, ms: Math.round(performance.now() - started) } satisfies JobResult)
    })().catch((err: unknown) => {
      console.error(err instanceof Error ? err.stack : err)
      process.exit(1)
    })
  })
  process.send?.('ready')
}

// ---------- main: hands out the offices, then compares with LibreOffice ----------

function runJobs(jobs: readonly Job[], workers: number, onResult: (r: JobResult) => void): Promise<void> {
  const queue = [...jobs]
  return new Promise((done, fail) => {
    let running = 0
    const start = () => {
      const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--worker', '--out', OUT], { stdio: 'inherit' })
      running++
      const next = () => {
        const job = queue.shift()
        if (job) child.send(job)
        else child.kill()
      }
      child.on('message', (m: JobResult | 'ready') => {
        if (m !== 'ready') onResult(m)
        next()
      })
      child.on('exit', (code) => {
        running--
        if (code !== 0 && code !== null) fail(new Error(`Proses pemeriksa berhenti dengan kode ${code}`))
        else if (running === 0) done()
      })
    }
    for (let i = 0; i < Math.min(workers, jobs.length); i++) start()
  })
}

interface Comparison {
  office: string
  document: string
  pdfPages: number
  libreOfficePages: number
  pdfSignaturePages: number[]
  libreOfficeSignaturePages: number[]
  /** Whether the signer names differ in page by the older measure (the name anywhere in the text). */
  anywhereDiffers: boolean
}

async function compareWithLibreOffice(results: readonly JobResult[], parallel: number): Promise<Comparison[]> {
  const items = results.flatMap((r) => r.docs.filter((d) => d.docxPath).map((d) => ({ office: r.id, doc: d })))
  const batches: (typeof items)[] = []
  for (let i = 0; i < items.length; i += 12) batches.push(items.slice(i, i + 12))
  const out: Comparison[] = []
  let next = 0
  const lane = async (n: number) => {
    for (let b = next++; b < batches.length; b = next++) {
      const batch = batches[b] ?? []
      const pdfs = await convertDocxToPdf(
        batch.map((i) => i.doc.docxPath ?? ''),
        join(FILES, 'libreoffice', String(b)),
        `/tmp/layout-check-lo-${process.pid}-${n}`
      )
      for (const [k, item] of batch.entries()) {
        const path = pdfs[k]
        const pages = path ? await readPdfItems(new Uint8Array(await readFile(path))).catch(() => []) : []
        out.push({
          office: item.office,
          document: item.doc.name,
          pdfPages: item.doc.pages,
          libreOfficePages: pages.length,
          pdfSignaturePages: item.doc.signaturePages,
          libreOfficeSignaturePages: pagesOfNames(pages, item.doc.signers),
          anywhereDiffers: item.doc.signaturePagesAnywhere.join() !== pagesOfNamesAnywhere(pages, item.doc.signers).join()
        })
      }
      console.log(`LibreOffice: ${Math.min(out.length, items.length)}/${items.length} dokumen`)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, (_, n) => lane(n)))
  return out
}

/** The PNG of every flagged page, at 60 dpi, named after the office, the document and the page. */
async function flaggedPngs(results: readonly JobResult[]): Promise<string[]> {
  const dir = join(OUT, 'png')
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const r of results)
    for (const d of r.docs) {
      if (!d.pdfPath) continue
      for (const page of [...new Set(d.findings.map((f) => f.page))]) {
        const prefix = join(dir, `${r.id}-${safe(d.name)}-hal${page}`)
        await exec('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', d.pdfPath, prefix])
        written.push(`${prefix}.png`)
      }
    }
  return written
}

async function main() {
  const runs = option('runs', 10)
  const seed = option('seed', Date.now() % 1_000_000)
  const maxInvitees = option('max-invitees', 500)
  const workers = option('workers', availableParallelism())
  const docx = !process.argv.includes('--no-docx')
  const keepAll = process.argv.includes('--keep')
  const only = textOption('only', '')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
  await rm(OUT, { recursive: true, force: true })
  await mkdir(OUT, { recursive: true })
  const started = performance.now()
  const shapes = fc.sample(officeShape({ maxInvitees }), { numRuns: runs, seed })
  const jobs: Job[] = [{ id: 'demo', docx, keepAll, only }, ...shapes.map((shape, run) => ({ id: `kantor-${run}`, shape, docx, keepAll, only }))]
  const results: JobResult[] = []
  await runJobs(jobs, workers, (r) => {
    results.push(r)
    const found = r.docs.reduce((n, d) => n + d.findings.length, 0)
    const shape = jobs.find((j) => j.id === r.id)?.shape
    const about = shape ? JSON.stringify({ ...shape, ketuaName: shape.ketuaName.length, inviteeNames: shape.inviteeNames.length, roles: shape.roles.length }) : ''
    console.log(`${r.id} (${(r.ms / 1000).toFixed(1)} s): ${found} temuan ${about}`)
  })
  const checkedMs = performance.now() - started
  const comparisons = docx ? await compareWithLibreOffice(results, workers) : []
  const pngs = await flaggedPngs(results)
  const findings = results.flatMap((r) => r.docs.flatMap((d) => d.findings.map((f) => ({ office: r.id, ...f }))))
  const pageDiffers = comparisons.filter((c) => c.pdfPages !== c.libreOfficePages)
  const signatureDiffers = comparisons.filter((c) => c.pdfSignaturePages.join() !== c.libreOfficeSignaturePages.join())
  const percent = (n: number) => (comparisons.length ? Math.round((1000 * n) / comparisons.length) / 10 : 0)
  const byOffice = (id: string) => results.find((r) => r.id === id)
  const summary = {
    seed,
    runs,
    only,
    maxInvitees,
    documents: results.reduce((n, r) => n + r.docs.length, 0),
    seconds: { check: Math.round(checkedMs / 1000), total: Math.round((performance.now() - started) / 1000) },
    counts: countByKind(findings),
    libreOffice: docx
      ? {
          compared: comparisons.length,
          pageCountDiffers: pageDiffers.length,
          pageCountDiffersPercent: percent(pageDiffers.length),
          signaturePageDiffers: signatureDiffers.length,
          signaturePageDiffersPercent: percent(signatureDiffers.length),
          // The measure of summaries before the name had to stand on a line of its own (a short name matched any word).
          signerNameAnywhereDiffers: comparisons.filter((c) => c.anywhereDiffers).length,
          demoDiffers: [...new Set([...pageDiffers, ...signatureDiffers])].filter((c) => c.office === 'demo'),
          differing: [...new Set([...pageDiffers, ...signatureDiffers])]
        }
      : 'tidak dibandingkan (--no-docx)',
    findings,
    shapes: Object.fromEntries(jobs.filter((j) => j.shape && (byOffice(j.id)?.docs.some((d) => d.findings.length > 0) ?? false)).map((j) => [j.id, j.shape])),
    pngs
  }
  await writeFile(join(OUT, 'summary.json'), JSON.stringify(summary, null, 1))
  if (!keepAll && !docx) await rm(FILES, { recursive: true, force: true }).catch(() => undefined)
  console.log(JSON.stringify(summary.counts))
  if (typeof summary.libreOffice === 'object')
    console.log(
      `LibreOffice: jumlah halaman berbeda ${pageDiffers.length}/${comparisons.length} (${percent(pageDiffers.length)}%), halaman tanda tangan berbeda ${signatureDiffers.length}/${comparisons.length} (${percent(signatureDiffers.length)}%); demo: ${summary.libreOffice.demoDiffers.length} berbeda`
    )
  console.log(`Ringkasan: ${join(OUT, 'summary.json')} (${summary.seconds.total} s)`)
}

const entry = process.argv.includes('--worker') ? worker : main
entry().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
