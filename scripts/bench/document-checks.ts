import { check, CLICK_BUDGETS_MS, DOC_BUDGETS_MS, LO_RATIO_MIN, LO_RATIO_PAGES, type BudgetCheck } from './budgets'
import type { ClicksReport } from './clicks'
import type { DocumentResult, DocumentsReport } from './documents'
import { describeBreakdown } from './profile'

/** "CPU profile layout 40%, …; CPU 38 ms a run" when the document was profiled. */
function profileWhy(r: DocumentResult, format: 'pdf' | 'docx'): string | undefined {
  const p = r.profile?.[format]
  const cpu = format === 'pdf' ? r.pdf.cpu : r.docx?.cpu
  const parts = [p ? `CPU profile ${describeBreakdown(p)}` : '', cpu ? `${cpu.median.toFixed(0)} ms of CPU a run (the rest of the wall time is waiting for a core)` : '']
  const why = parts.filter(Boolean).join('; ')
  return why || undefined
}

/** LibreOffice's time over ours: 31 means ours is 31 times quicker. */
export const loRatio = (r: DocumentResult): number | undefined => (r.libreOffice ? r.libreOffice.medianMs / r.pdf.warm.median : undefined)

/** Budgets of the documents in Node (time and the ratio to LibreOffice) and of the clicks in Chromium. */
export function documentChecks(docs: DocumentsReport | undefined, clicks: ClicksReport | undefined): { checks: BudgetCheck[]; unmeasured: string[] } {
  const checks: BudgetCheck[] = []
  const unmeasured: string[] = []
  if (docs) {
    for (const [id, budget] of Object.entries(DOC_BUDGETS_MS)) {
      const r = docs.results.find((x) => x.id === id)
      if (!r) {
        unmeasured.push(`${id}: ${docs.skipped.find((s) => s.id === id)?.reason ?? 'not made by this build'}`)
        continue
      }
      if (budget.pdf !== undefined) checks.push(check(`${r.label}, PDF warm median`, r.pdf.warm.median, budget.pdf, 'ms', profileWhy(r, 'pdf')))
      if (budget.docx !== undefined && r.docx) checks.push(check(`${r.label}, DOCX warm median`, r.docx.warm.median, budget.docx, 'ms', profileWhy(r, 'docx')))
    }
    for (const r of docs.results) {
      const ratio = loRatio(r)
      if (r.pages > LO_RATIO_PAGES || ratio === undefined) continue
      const pass = ratio >= LO_RATIO_MIN
      const why = profileWhy(r, 'pdf')
      checks.push({ what: `${r.label}, LibreOffice ÷ ours (PDF warm)`, limit: LO_RATIO_MIN, value: ratio, unit: 'ratio', pass, over: LO_RATIO_MIN - ratio, ...(!pass && why ? { why } : {}) })
    }
  }
  if (clicks) {
    for (const r of clicks.results) {
      const budget = CLICK_BUDGETS_MS[r.id]
      if (!budget) continue
      // The same document in Node: the demo's Daftar Hadir is the sheet signed at the meja registrasi (its own row).
      const node = docs?.results.find((x) => x.id === (r.nodeId ?? r.id)) ?? docs?.results.find((x) => x.id === r.id)
      const inNode = node ? (r.format === 'pdf' ? node.pdf.warm.median : node.docx?.warm.median) : undefined
      const why =
        inNode === undefined
          ? undefined
          : inNode >= r.warm.median
            ? `the render alone took ${inNode.toFixed(0)} ms warm in Node in this run: the machine's cores were shared (see the load)`
            : `the render alone takes ${inNode.toFixed(0)} ms warm in Node (${node?.label ?? r.label}); the rest is the layout's structured copy to the render worker (kept between clicks while nothing it prints changes, signatures' pictures made once per drawing), the file's bytes transferred back, the Blob and the download, and React drawing the buttons' busy state`
      const what = `${r.label}, "Simpan ${r.format.toUpperCase()}" to the file`
      const coldWhy =
        r.coldMs > 1.5 * r.warm.median
          ? `the render worker had not finished warming up in the ${(clicks.idleMs / 1000).toFixed(1)} s the app sat idle after start (warm: ${r.warm.median.toFixed(0)} ms)`
          : why
      if (budget.cold !== undefined) checks.push(check(`${what}, cold`, r.coldMs, budget.cold, 'ms', coldWhy))
      checks.push(check(`${what}, warm median`, r.warm.median, budget.warm, 'ms', why))
    }
  }
  return { checks, unmeasured }
}
