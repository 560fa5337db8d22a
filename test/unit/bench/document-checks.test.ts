import { describe, expect, test } from 'vitest'
import type { ClicksReport } from '../../../scripts/bench/clicks'
import { documentChecks } from '../../../scripts/bench/document-checks'
import type { DocumentResult, DocumentsReport } from '../../../scripts/bench/documents'
import { summarise } from '../../../scripts/bench/stats'

const doc = (id: string, pages: number, pdfMs: number, loMs: number): DocumentResult => ({
  id,
  label: id,
  fileName: `${id}.pdf`,
  pages,
  pdf: { coldMs: pdfMs * 2, warm: summarise([pdfMs]), bytes: 1000 },
  docx: { coldMs: 20, warm: summarise([20]), bytes: 1000 },
  libreOffice: { runsMs: [loMs], medianMs: loMs, oursOverLo: pdfMs / loMs }
})

const report = (results: DocumentResult[]): DocumentsReport => ({
  results,
  skipped: [],
  setupMs: { pdfModule: 0, docxModule: 0, fonts: 0, demoSnapshot: 0 },
  libreOffice: { version: 'LibreOffice 7.4', startupMs: 700 }
})

describe('document budgets against LibreOffice and where she clicks', () => {
  test('a document up to six pages must be at least 20 times quicker than LibreOffice in the same run', () => {
    const { checks } = documentChecks(report([doc('keputusan', 4, 40, 1000), doc('notulen', 3, 60, 1000), doc('daftar-hadir-500', 35, 300, 1300)]), undefined)
    const ratios = checks.filter((c) => c.unit === 'ratio')
    expect(ratios.map((c) => [c.what.split(',')[0], c.value, c.pass])).toEqual([
      ['keputusan', 25, true],
      ['notulen', 1000 / 60, false]
    ])
  })

  test('a budget of milliseconds is judged on the warm median; an unmeasured document is listed, not passed', () => {
    const { checks, unmeasured } = documentChecks(report([doc('undangan', 5, 46, 900)]), undefined)
    const undangan = checks.find((c) => c.what === 'undangan, PDF warm median')
    expect(undangan?.pass).toBe(false)
    expect(unmeasured.some((u) => u.startsWith('keputusan:'))).toBe(true)
  })

  test('a click is judged cold and warm, and a slow first click is put down to the worker still warming up', () => {
    const clicks: ClicksReport = {
      chromiumVersion: '156',
      idleMs: 5000,
      results: [{ id: 'undangan', label: 'Undangan', format: 'pdf', coldMs: 900, warm: summarise([80, 90, 100]), bytes: 50_000 }]
    }
    const { checks } = documentChecks(report([doc('undangan', 5, 40, 900)]), clicks)
    const cold = checks.find((c) => c.what.endsWith('cold'))
    const warm = checks.find((c) => c.what.includes('Simpan PDF') && c.what.endsWith('warm median'))
    expect(cold?.pass).toBe(false)
    expect(cold?.why).toContain('had not finished warming up')
    expect(warm?.pass).toBe(true)
    expect(warm?.value).toBe(90)
  })
})
