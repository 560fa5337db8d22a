import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FontSet } from '../../shared/documents/fonts'
import type { DocumentLayout } from '../../shared/documents/layout'
import { buildDemoSnapshot } from '../lib/demo-office'
import { loadNodeFonts } from '../lib/node-fonts'
import { DOC_BUDGETS_MS } from './budgets'
import { bigSheetCase, isSkipped, meetingCases, mergedInvitationCase, theRakon, type DocCase, type SkippedCase } from './doc-cases'
import { benchLaporan } from './laporan'
import { findSoffice, LibreOffice } from './libreoffice'
import { describeBreakdown, profileRuns, type Breakdown } from './profile'
import { findSigner } from './signing'
import { median, summarise, type Summary } from './stats'

export interface DocumentsOptions {
  warmRuns: number
  libreOfficeRuns: number
  profileRuns: number
  log: (line: string) => void
}

export interface FormatResult {
  coldMs: number
  warm: Summary
  /** CPU time of the same warm runs (this process, every thread): steadier than the wall clock on a shared machine. */
  cpu?: Summary
  bytes: number
}

export interface DocumentResult {
  id: string
  label: string
  fileName: string
  pages: number
  pdf: FormatResult
  docx?: FormatResult
  /** The status quo: LibreOffice turning our DOCX of the same document into PDF. */
  libreOffice?: { runsMs: number[]; medianMs: number; oursOverLo: number }
  profile?: { pdf?: Breakdown; docx?: Breakdown }
  note?: string
}

export interface DocumentsReport {
  results: DocumentResult[]
  skipped: SkippedCase[]
  /** One-time costs before the first document: module load (tsx transpiles too) and reading the fonts. */
  setupMs: { pdfModule: number; docxModule: number; fonts: number; demoSnapshot: number }
  libreOffice: { version: string; startupMs: number } | { skipped: string }
}

type Renderers = {
  pdf: (layout: DocumentLayout, fonts: FontSet) => Promise<Uint8Array>
  docx: (layout: DocumentLayout) => Promise<Uint8Array>
}

interface Timed extends DocCase {
  /** Extra work after the PDF (signing); its time counts as part of the PDF. */
  afterPdf?: (pdf: Uint8Array) => Promise<Uint8Array>
  note?: string
}

const ORDER = ['undangan', 'undangan-65', 'keputusan', 'daftar-hadir-65', 'daftar-hadir-500', 'notulen', 'kesimpulan', 'kesimpulan-ttd']
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length)

/**
 * Pages of a pdfkit PDF: its "/Type /Page" objects (not the "/Pages" tree), each object counted once,
 * as a signature's incremental update writes a page object again.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  const objects = new Set([...text.matchAll(/(\d+) \d+ obj\s*<<\s*\/Type\s*\/Page(?![a-zA-Z])/g)].map((m) => m[1]))
  return objects.size || (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now()
  const value = await work()
  return { ms: performance.now() - t, value }
}

export async function timeFormat(work: () => Promise<Uint8Array>, warmRuns: number): Promise<FormatResult & { last: Uint8Array }> {
  const cold = await time(work)
  const warm: number[] = []
  const cpu: number[] = []
  let last = cold.value
  for (let i = 0; i < warmRuns; i++) {
    const before = process.cpuUsage()
    const r = await time(work)
    const used = process.cpuUsage(before)
    cpu.push((used.user + used.system) / 1000)
    warm.push(r.ms)
    last = r.value
  }
  return { coldMs: cold.ms, warm: summarise(warm), cpu: summarise(cpu), bytes: last.byteLength, last }
}

/** The cases: every document of the Rakon, the mail merge, the 500-participant sheet, the signed conclusions. */
async function collectCases(log: (l: string) => void): Promise<{ cases: Timed[]; skipped: SkippedCase[]; snapshotMs: number }> {
  const built = await time(buildDemoSnapshot)
  const snapshot = built.value
  const rakon = theRakon(snapshot)
  const cases: Timed[] = meetingCases(snapshot, rakon)
  const skipped: SkippedCase[] = []
  for (const extra of [mergedInvitationCase(snapshot, rakon), bigSheetCase(snapshot, rakon, 500)]) {
    if (isSkipped(extra)) skipped.push(extra)
    else cases.push(extra)
  }
  const conclusions = cases.find((c) => c.id === 'kesimpulan')
  const invitation = cases.find((c) => c.id === 'undangan')
  const toSign = conclusions ?? invitation
  if (toSign) {
    const signer = await findSigner()
    cases.push({
      ...toSign,
      id: 'kesimpulan-ttd',
      label: conclusions ? 'Kesimpulan Rapat, signed' : 'Surat Undangan, signed (stand-in)',
      docx: false,
      afterPdf: signer.sign,
      note: conclusions
        ? `PDF time includes signing with ${signer.source}`
        : `no Kesimpulan maker yet, so the invitation is signed instead to show the cost of signing (${signer.source})`
    })
  }
  for (const kind of ['keputusan', 'daftar-hadir-65', 'notulen', 'kesimpulan']) {
    const present = cases.some((c) => c.id === kind || (kind === 'daftar-hadir-65' && c.id.startsWith('daftar-hadir-') && c.id !== 'daftar-hadir-500'))
    if (!present) skipped.push({ id: kind, label: kind, reason: 'meetingDocuments does not make it yet' })
  }
  cases.sort((a, b) => rank(a.id) - rank(b.id))
  log(`  ${cases.length} documents: ${cases.map((c) => c.id).join(', ')}${skipped.length ? `; not yet: ${skipped.map((s) => s.id).join(', ')}` : ''}`)
  return { cases, skipped, snapshotMs: built.ms }
}

export async function benchDocuments(options: DocumentsOptions): Promise<DocumentsReport> {
  const { log } = options
  const pdfModule = await time(() => import('../../shared/documents/render-pdf'))
  const docxModule = await time(() => import('../../shared/documents/render-docx'))
  const fonts = await time(() => loadNodeFonts())
  const render: Renderers = { pdf: pdfModule.value.renderPdf, docx: docxModule.value.renderDocx }
  const { cases, skipped, snapshotMs } = await collectCases(log)
  const results: DocumentResult[] = []
  const docxBytes = new Map<string, Uint8Array>()

  for (const c of cases) {
    const makePdf = async () => {
      const pdf = await render.pdf(c.layout, fonts.value)
      return c.afterPdf ? c.afterPdf(pdf) : pdf
    }
    const pdf = await timeFormat(makePdf, options.warmRuns)
    const docx = c.docx ? await timeFormat(() => render.docx(c.layout), options.warmRuns) : undefined
    if (docx) docxBytes.set(c.id, docx.last)
    const strip = ({ last: _last, ...rest }: FormatResult & { last: Uint8Array }): FormatResult => rest
    results.push({
      id: c.id,
      label: c.label,
      fileName: c.fileName,
      pages: pdfPageCount(pdf.last),
      pdf: strip(pdf),
      ...(docx ? { docx: strip(docx) } : {}),
      ...(c.note ? { note: c.note } : {})
    })
    log(`  ${c.id}: PDF ${pdf.warm.median.toFixed(0)} ms${docx ? `, DOCX ${docx.warm.median.toFixed(0)} ms` : ''}`)
  }

  const laporan = await benchLaporan(render, fonts.value, timeFormat, options.warmRuns)
  results.push(laporan)
  log(`  ${laporan.id}: PDF ${laporan.pdf.warm.median.toFixed(0)} ms, DOCX ${laporan.docx?.warm.median.toFixed(0) ?? '-'} ms, ${laporan.pages} pages`)

  // Where the time goes (layout, fonts, serialisation), for every document with a budget.
  if (options.profileRuns > 0) {
    for (const c of cases) {
      const r = results.find((x) => x.id === c.id)
      const budget = DOC_BUDGETS_MS[c.id]
      if (!r || !budget) continue
      const profile: NonNullable<DocumentResult['profile']> = {}
      profile.pdf = await profileRuns(() => render.pdf(c.layout, fonts.value), options.profileRuns)
      if (c.docx && budget.docx !== undefined) profile.docx = await profileRuns(() => render.docx(c.layout), options.profileRuns)
      r.profile = profile
      log(`  profile ${c.id}: PDF ${describeBreakdown(profile.pdf)}${profile.docx ? ` | DOCX ${describeBreakdown(profile.docx)}` : ''}`)
    }
  }

  const libreOffice = await benchLibreOffice(results, docxBytes, options)
  return {
    results,
    skipped,
    setupMs: { pdfModule: pdfModule.ms, docxModule: docxModule.ms, fonts: fonts.ms, demoSnapshot: snapshotMs },
    libreOffice
  }
}

async function benchLibreOffice(results: DocumentResult[], docx: Map<string, Uint8Array>, options: DocumentsOptions): Promise<DocumentsReport['libreOffice']> {
  if (options.libreOfficeRuns <= 0) return { skipped: 'turned off (--lo-runs=0)' }
  const bin = findSoffice()
  if (!bin) return { skipped: 'soffice not found (install LibreOffice or set SOFFICE)' }
  const dir = await mkdtemp(join(tmpdir(), 'pkk-bench-lo-'))
  try {
    const lo = new LibreOffice(bin, dir)
    const version = await lo.version()
    const startupMs = await lo.warmUp()
    options.log(`  LibreOffice ${version}: start-up alone ${startupMs.toFixed(0)} ms`)
    for (const r of results) {
      const bytes = docx.get(r.id)
      if (!bytes) continue
      const runsMs: number[] = []
      for (let i = 0; i < options.libreOfficeRuns; i++) runsMs.push(await lo.convert(`${r.id}.docx`, bytes))
      const medianMs = median(runsMs)
      r.libreOffice = { runsMs, medianMs, oursOverLo: r.pdf.warm.median / medianMs }
      options.log(`  LibreOffice ${r.id}: ${medianMs.toFixed(0)} ms`)
    }
    return { version, startupMs }
  } catch (err) {
    return { skipped: `LibreOffice failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
