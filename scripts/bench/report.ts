import { CLICK_BUDGETS_MS, DOC_BUDGETS_MS, formatOver, formatValue, KB, type BudgetCheck } from './budgets'
import type { ClicksReport } from './clicks'
import type { DataReport } from './data'
import { loRatio } from './document-checks'
import type { DocumentResult, DocumentsReport } from './documents'
import { machineLine, type Machine } from './machine'
import type { SizeReport } from './size'
import { formatMs, formatSummary, quickRuns } from './stats'

export interface BenchReport {
  /** ISO time the run started. */
  date: string
  durationMs: number
  machine: Machine
  options: { warmRuns: number; libreOfficeRuns: number; repeats: number; profileRuns: number; parts: string[] }
  /** How long each part of the bench took, in milliseconds. */
  partMs: Record<string, number>
  documents?: DocumentsReport
  clicks?: ClicksReport
  data?: DataReport
  size?: SizeReport
  budgets: BudgetCheck[]
  unmeasured: string[]
}

type Align = 'l' | 'r'

/** Plain-text table with aligned columns (markdown: a pipe table). */
export function table(headers: string[], rows: string[][], align: Align[], markdown = false): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
    return [line(headers), `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n')
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const pad = (cells: string[]) =>
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [pad(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(pad)].join('\n')
}

const mark = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? 'ok' : 'MISS')
/** "150 ms", "1.5 s": a budget as the issue says it. */
const budget = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`)

function docBudget(r: DocumentResult): string {
  const b = DOC_BUDGETS_MS[r.id]
  if (!b) return ''
  const parts: string[] = []
  if (b.pdf !== undefined) parts.push(`PDF < ${budget(b.pdf)} ${mark(r.pdf.warm.median <= b.pdf)}`)
  if (b.docx !== undefined && r.docx) parts.push(`DOCX < ${budget(b.docx)} ${mark(r.docx.warm.median <= b.docx)}`)
  return parts.join(', ')
}

function documentsTable(d: DocumentsReport, markdown: boolean): string {
  const rows = d.results.map((r) => [
    r.label,
    String(r.pages),
    formatMs(r.pdf.coldMs),
    formatSummary(r.pdf.warm),
    r.docx ? formatMs(r.docx.coldMs) : '–',
    r.docx ? formatSummary(r.docx.warm) : '–',
    r.pdf.cpu ? formatMs(r.pdf.cpu.median) : '–',
    r.libreOffice ? formatMs(r.libreOffice.medianMs) : '–',
    ((ratio) => (ratio === undefined ? '–' : formatValue(ratio, 'ratio')))(loRatio(r)),
    docBudget(r)
  ])
  return table(
    ['document', 'pages', 'PDF cold', 'PDF warm', 'DOCX cold', 'DOCX warm', 'PDF CPU', 'LibreOffice', 'LO ÷ ours', 'budget'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    markdown
  )
}

/** "Simpan PDF"/"Simpan DOCX" in Chromium, from the click to the file: a heading line and the table. */
function clicksTable(c: ClicksReport, warmRuns: number, markdown: boolean): string[] {
  const rows = c.results.map((r) => {
    const b = CLICK_BUDGETS_MS[r.id]
    const judged = b
      ? [b.cold !== undefined ? `cold < ${budget(b.cold)} ${mark(r.coldMs <= b.cold)}` : '', `warm < ${budget(b.warm)} ${mark(r.warm.median <= b.warm)}`].filter(Boolean).join(', ')
      : ''
    return [r.label, r.format.toUpperCase(), formatMs(r.coldMs), formatSummary(r.warm), `${Math.round(r.bytes / KB)} KB`, judged]
  })
  return [
    `Where she clicks (Chromium ${c.chromiumVersion}, the built app with the demo office; ms from the mousedown on "Simpan PDF"/"Simpan DOCX" to the download; cold = the first document after a fresh start and ${(c.idleMs / 1000).toFixed(1)} s idle on the meeting page, warm = median (p10–p90) of ${warmRuns}):`,
    ...(markdown ? [''] : []),
    table(['document', 'format', 'cold', 'warm', 'file', 'budget'], rows, ['l', 'l', 'r', 'r', 'r', 'l'], markdown)
  ]
}

function dataTable(d: DataReport, markdown: boolean): string {
  const rows = d.ops.map((op) => [
    op.label,
    formatMs(op.summary.median),
    `${formatMs(op.summary.p10)}–${formatMs(op.summary.p90)}`,
    formatMs(op.domSummary.median),
    String(op.samplesMs.length),
    op.budgetMs === undefined ? '–' : `< ${budget(op.budgetMs)} ${mark(op.summary.median <= op.budgetMs)}`,
    op.until
  ])
  return table(['operation', 'median', 'p10–p90', 'DOM only', 'runs', 'budget', 'until'], rows, ['l', 'r', 'r', 'r', 'r', 'l', 'l'], markdown)
}

function sizeLines(s: SizeReport): string[] {
  const kb = (n: number) => `${Math.round(n / KB)} KB`
  const groups = new Map<string, { gzip: number; files: number }>()
  for (const a of s.lazy) {
    const g = groups.get(a.what) ?? { gzip: 0, files: 0 }
    g.gzip += a.gzip
    g.files++
    groups.set(a.what, g)
  }
  const later = [...groups]
    .sort((a, b) => b[1].gzip - a[1].gzip)
    .map(([what, g]) => `${what}${g.files > 1 ? ` (${g.files} files)` : ''} ${kb(g.gzip)}`)
    .join('; ')
  return [
    `initial JavaScript: ${kb(s.initial.jsGzip)} gzip (${kb(s.initial.jsBytes)} raw, ${s.initial.js.length} file${s.initial.js.length === 1 ? '' : 's'}${s.minified ? '' : ', not minified'}), CSS ${kb(s.initial.css.reduce((a, b) => a + b.gzip, 0))} gzip`,
    s.initialParts.length ? `  largest parts (gzip each): ${s.initialParts.map((p) => `${p.part} ${kb(p.gzip)}`).join(', ')}` : '',
    `loaded later (gzip): ${later}`,
    s.eagerLibraries.length ? `  in the initial JavaScript although meant to load later: ${s.eagerLibraries.join(', ')}` : '  docx, pdfmake, exceljs and the fonts are not in the initial JavaScript'
  ].filter(Boolean)
}

function budgetLines(checks: BudgetCheck[], unmeasured: string[]): string[] {
  const missed = checks.filter((c) => !c.pass)
  const lines = [`${checks.length - missed.length} of ${checks.length} budgets met.`]
  for (const c of missed) {
    lines.push(`MISS ${c.what}: ${formatValue(c.value, c.unit)} against ${formatValue(c.limit, c.unit)}, ${formatOver(c)}.${c.why ? ` Why: ${c.why}.` : ''}`)
  }
  for (const u of unmeasured) lines.push(`not measured: ${u}`)
  return lines
}

function documentNotes(d: DocumentsReport): string[] {
  const t = (ms: number) => formatValue(ms, 'ms')
  const lines: string[] = []
  const s = d.setupMs
  lines.push(
    `One-time setup before the first document (not in the table): loading the PDF module ${t(s.pdfModule)}, the DOCX module ${t(s.docxModule)}, reading the fonts ${t(s.fonts)}, building the demo data ${t(s.demoSnapshot)}.`
  )
  if ('skipped' in d.libreOffice) lines.push(`LibreOffice: ${d.libreOffice.skipped}.`)
  else lines.push(`LibreOffice (${d.libreOffice.version}): each run is one soffice --headless --convert-to pdf; start-up alone (a text file) takes ${t(d.libreOffice.startupMs)}.`)
  for (const r of d.results) if (r.note) lines.push(`${r.label}: ${r.note}.`)
  for (const sk of d.skipped) lines.push(`Not yet measured: ${sk.label} (${sk.reason}).`)
  return lines
}

export function renderText(r: BenchReport): string {
  const parts = Object.entries(r.partMs)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} s`)
    .join(', ')
  const out: string[] = [`Sekretariat PKK bench, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${(r.durationMs / 1000).toFixed(0)} s (${parts})`, machineLine(r.machine), '']
  if (r.documents) {
    out.push(`Documents (Node, ms unless s; warm = median (p10–p90) of ${r.options.warmRuns} runs; cold = first run; LibreOffice = median of ${r.options.libreOfficeRuns})`)
    out.push(documentsTable(r.documents, false), ...documentNotes(r.documents), '')
  }
  if (r.clicks) out.push(...clicksTable(r.clicks, r.options.warmRuns, false), '')
  if (r.data) {
    const c = r.data.office.counts
    out.push(
      `Data at 10-year scale (Chromium ${r.data.chromiumVersion}, IndexedDB on disk; ${c['letters'] ?? 0} letters, ${c['people'] ?? 0} people, ${c['meetings'] ?? 0} meetings, ${c['attendance'] ?? 0} attendance rows; backup file ${(r.data.office.fileBytes / 1e6).toFixed(1)} MB)`,
      `ms; median (p10–p90) of ${r.options.repeats} runs, ${quickRuns(r.options.repeats)} for the register, issuing and opening a meeting (search: every keystroke); "drawn" is the frame that shows it (waiting for the next frame adds up to 17 ms), "DOM only" is React's commit`
    )
    out.push(dataTable(r.data, false), '')
  }
  if (r.size) out.push('Size of the renderer', ...sizeLines(r.size), '')
  out.push('Budgets', ...budgetLines(r.budgets, r.unmeasured))
  return out.join('\n')
}

/** The README's Performance section body: the same tables in markdown. */
export function renderMarkdown(r: BenchReport): string {
  const out: string[] = [`Latest \`npm run bench\`: ${r.date.slice(0, 10)} on ${machineLine(r.machine)}.`, '']
  if (r.documents) {
    out.push(`Documents, in Node (ms; warm = median (p10–p90) of ${r.options.warmRuns} runs; cold = first run; LibreOffice = \`soffice --convert-to pdf\` of our DOCX):`, '')
    out.push(documentsTable(r.documents, true), '')
  }
  if (r.clicks) out.push(...clicksTable(r.clicks, r.options.warmRuns, true), '')
  if (r.data) {
    out.push(
      `Data at 10-year scale, in Chromium's IndexedDB through the UI (ms; median of ${r.options.repeats} runs, ${quickRuns(r.options.repeats)} for the register, issuing and opening a meeting, search: every keystroke; "drawn" is the frame that shows it, "DOM only" React's commit):`,
      ''
    )
    out.push(dataTable(r.data, true), '')
  }
  if (r.size) out.push(...sizeLines(r.size).map((l) => `- ${l.trim()}`), '')
  out.push(...budgetLines(r.budgets, r.unmeasured).map((l, i) => (i === 0 ? l : `- ${l}`)))
  return out.join('\n')
}
