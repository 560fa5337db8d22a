import { check, INITIAL_JS_GZIP_BYTES, type BudgetCheck } from './budgets'
import type { ClicksReport } from './clicks'
import type { DataReport } from './data'
import { documentChecks } from './document-checks'
import type { DocumentsReport } from './documents'
import type { SizeReport } from './size'

/**
 * What each data operation does, said when its budget is missed. These are read from the code
 * (renderer/src), so they name the work, not a guess at the machine.
 */
const DATA_WHY: Readonly<Record<string, string>> = {
  'first-screen':
    'about 130 ms to load and run the initial JavaScript, then the empty-database guard counts every table (the 40,000-row attendance and invitee stores take some 30 ms each) before Beranda renders its own counts',
  'contact-search': 'each keystroke filters and sorts all 5,000 people of the directory in the page, then renders up to 100 rows',
  'register-year':
    "the year's 2,000 entries are all read from IndexedDB and sorted (the count, the cancelled count and the register's order need them) before the newest 50 rows are drawn; there is no index on the register's order to read only those",
  'register-switch-year':
    "the year's 2,000 entries are all read from IndexedDB and sorted before the newest 50 rows are drawn",
  'issue-number':
    "the register behind the dialog reloads (live query: the year's 2,000 entries read and sorted again) while the number is drawn, and the measurement waits until the screen is quiet; with an empty year open (the diagnostic row) the number itself takes about 33 ms",
  'open-meeting':
    'the page renders once its live queries (the meeting, the invitees with their people and organisations) have returned, together with the documents panels; waiting for the frame adds the rest (see "DOM only")',
  backup: 'every table is read (about 125,000 records) and turned into one JSON text before the download',
  restore:
    "Chromium's IndexedDB deletes the office's 125,000 records with their index entries one by one and then writes the file's 125,000 (about 75 µs a record with its indexes, in the browser process), after a backup of the current data is written first; into an empty database (the restore-empty row) nothing is deleted and no backup comes first",
  'restore-empty':
    "Chromium's IndexedDB writes each of the 125,000 records and its index entries one by one (about 75 µs a record, in the browser process); 80,000 of them are invitees and attendance rows, one record per person per meeting; a single run, which varied between 9.4 s and 14.8 s on the same machine during one afternoon"
}

/** Every budget of issue 9 that this run could measure, met or missed. */
export function budgetChecks(
  docs: DocumentsReport | undefined,
  data: DataReport | undefined,
  size: SizeReport | undefined,
  clicks?: ClicksReport
): { checks: BudgetCheck[]; unmeasured: string[] } {
  const checks: BudgetCheck[] = []
  const unmeasured: string[] = []
  const documents = documentChecks(docs, clicks)
  checks.push(...documents.checks)
  unmeasured.push(...documents.unmeasured)
  if (data) {
    for (const op of data.ops) {
      if (op.budgetMs !== undefined) checks.push(check(`${op.label}, median`, op.summary.median, op.budgetMs, 'ms', DATA_WHY[op.id]))
    }
  }
  if (size) {
    const parts = size.initialParts
      .slice(0, 4)
      .map((p) => `${p.part} ${Math.round(p.gzip / 1024)} KB`)
      .join(', ')
    checks.push(
      check('Initial JavaScript, gzip', size.initial.jsGzip, INITIAL_JS_GZIP_BYTES, 'bytes', `${size.minified ? '' : 'the build is not minified; '}largest parts: ${parts}`)
    )
    // What the build says, and what the window itself fetched for the first screen. The render worker (docx and
    // pdfmake inside) and the fonts load on purpose once the app is idle after start (documents/service.ts prewarm).
    const fetched = (data?.requests.firstScreen ?? []).filter((f) => /^(render-(pdf|docx)|exceljs)/.test(f))
    const eager = [...size.eagerLibraries, ...fetched]
    checks.push(
      check('docx, pdfmake, exceljs and fonts not in the first screen (the render worker and fonts load when idle)', eager.length, 0, 'count', `loaded with the first screen: ${eager.join(', ')}`)
    )
  }
  return { checks, unmeasured }
}
