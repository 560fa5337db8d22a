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
    'the initial JavaScript is loaded and run, then the empty-database guard counts every table (the 40,000-row attendance and invitee stores take some 30 ms each) before Beranda renders its own counts; the journal\'s new base waits until after the first screen',
  'contact-search': 'each keystroke filters and sorts all 5,000 people of the directory in the page, then renders up to 100 rows',
  'register-year':
    "the year's first page is read from the hash change that opens it (readRegisterAhead, once the agenda's code is loaded; a reload starts it while the page renders), one wave of IndexedDB requests (the year's 2,000 keys from its index, which Chromium walks entry by entry: about 10 ms on an idle machine, a count() about 7; the date index's newest 100 records, about 2; the cancelled entries' keys, about 3), so React renders the page while IndexedDB reads and commits it once, with its rows (no empty page drawn and laid out first); the year list and the counter line are read only once the rows' frame is drawn (their replies and the counter line's render held that frame back: 53 ms drawn at 9 ms DOM before, 40 at 7 after); the live query starts only at a write. What is left (scripts/bench/register-trace.ts, the main thread's CPU): React's render and commit of the page and its 50 rows (about 5 ms of script, 8 to the frame), then style (about 3.5 ms), layout (about 7) and paint (about 6.5) of the table; clamping by max-height instead of -webkit-line-clamp and a fixed table layout measured no less layout; on a busy machine the renderer and the IndexedDB thread waiting for a core",
  'register-switch-year': "the other year's keys and its newest 50 entries are read from the indexes and 50 rows drawn",
  'issue-number':
    "the issuing transaction is two waves (context, counters, codes and both candidate counters' top entries read together; then the same-text check's lookups with the letter and the counter written) committed with strict durability; the number is shown after its journal entry is durable (the journal worker's append and flush, handed to the worker in the transaction's first completion listener, before Dexie's own wakes the live queries); the register page, the year list and the counter line hold their live reads while the number is taken and read once after its frame (holdRegisterReads), and the record kept outside the database is written after that frame too. What is left (scripts/bench/register-trace.ts --only=issue --idb, medians of 7 on a busy machine): the click's events to the form's submit about 9 ms, the form's check to the first wave about 3, the first wave and the frame that shows the button disabled about 14, the second wave and the strict commit about 12, the journal's append and flush about 4, the number's render about 1.5 and its frame about 10; on a busy machine the worker and the browser's IndexedDB thread wait for a core",
  'open-meeting':
    "the page's read starts at the hash change that opens it, before the route renders (readMeetingAhead in renderer/src/data/meetings-hooks.ts; meetingPageDirect in renderer/src/data/meetings-repo.ts: one transaction in two waves of IndexedDB's own requests: the meeting, its invitee list, the profile and all the office's organisations in one request; then the people invited, one get each, 62 of the page's 66 requests), and its live query is subscribed only once that is drawn; the step states (documents, letters, roles, attendance, minutes) are read after the table, and a step's documents panel only when that step is opened; what is left (Chromium's timeline: scripts/bench/meeting-profile.ts --only=open --trace=10) is the frame that draws the table, about half the page's main-thread CPU (layout, paint and style; the 260 row buttons about two fifths of it; all 65 rows are drawn, those outside the scroll box too: content-visibility would skip them but leaves them out of Chromium's accessibility tree, and a fixed table layout or rows as grids measured no less layout), React's render of the header and the 65 sortable rows (dnd-kit about a fifth of it), the IndexedDB replies, the wait for the next frame once the DOM is ready (compare \"DOM only\"), and on a busy machine the IndexedDB thread and the renderer waiting for a core",

  backup: 'every table is read (about 46,000 records since invitees and attendance are stored per meeting, in one read transaction, the tables asked for together; the 80,000 rows unpacked and put in id order) and written as one 28 MB JSON text with its two checksums (dataFileText: one serialisation, two CRC passes) before the download',
  restore:
    "the restore's phases (performance measures pulihkan:*, printed by scripts/bench/data-profile.ts) are, in order: the check when the file is chosen (JSON parse, the checksum over the text, zod over 125,000 records, the register's rules: about a seventh of the total), the current data read once (for the numbers already given out and for the undo backup), then one IndexedDB transaction that clears the office's records and writes the file's, which is most of the time: Chromium's IndexedDB takes each record as its own request (about 27,800 records since database version 9 packs the 80,000 invitee and attendance rows per meeting; the 20,000 letters with 7 indexes the most: the indexes are about two fifths of the browser's CPU for the write, the letters' five non-unique ones about a seventh, year and status alone nothing measurable), after clearing the office's records; the undo backup (28 MB of JSON) is serialised and written to the browser's backup database while the transaction runs, which commits only once the backup is written (its write queues behind the restore's in the same IndexedDB backend, so only its serialisation overlaps), and the journal's new base (the file's own text) is written to OPFS by the journal worker meanwhile, made current by one byte after the commit",
  'restore-empty':
    "the check when the file is chosen (about a fifth), then one IndexedDB transaction writing the file's records one request at a time (about 27,800 since database version 9 packs the 80,000 invitee and attendance rows per meeting; the 20,000 letters with 7 indexes the most: the indexes are about two fifths of the browser's CPU for the write) is the rest; the journal's new base is written to OPFS by the journal worker while the transaction runs and made current by one byte after the commit, and the undo backup is the journal's base text as it is (phases: scripts/bench/data-profile.ts); a single run",
  'registration-open':
    "the reload loads and runs the initial JavaScript, opens the database and checks the guard record (every table counted) before anything is drawn; the desk's meeting and day (500 invitees with their people, the day's records and signatures) are read meanwhile (readDeskEarly) and drawn with the desk's first render; the browser's backup list no longer reads the kept backups' texts (an entries table)"
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
