import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ConsoleMessage, Page } from 'playwright-core'
import { prng } from '../../test/fixtures/ten-year-office'
import { closeChromium, killChromium, startChromium, type Running } from './chromium'
import { ACK, BATAL, ERR, type CheckReport, type DrillApi } from './protocol'
import { DB_NAME } from '../../renderer/src/data/db'
import { verifyRegister, type Ack, type RegisterEntry } from './verify'
import { handleJournalAppend, handleJournalCheckpoint, handleJournalRead, mainJournal } from '../../electron/main/ipc/journal'
import { indexedDbFolders, tearLog } from './empty'

export interface KillOptions {
  runs: number
  baseUrl: string
  userDataDir: string
  seed: number
  /** The kill comes this many ms after the first acknowledged number: a random moment in [min, max]. */
  minDelayMs: number
  maxDelayMs: number
  /** The share of runs killed early, while the page loads and opens the database. */
  earlyShare: number
  /** Where to copy the profile folder, Chromium's log and the check when a check finds something wrong. */
  evidenceDir: string
  /** Move to the next year once the register of the current one holds this many letters. */
  perYear: number
  /** Every this many runs the kill is followed by a torn LevelDB log (the empty drill's method), which makes Chromium reset the store a start or two later. 0: never. */
  tearEvery: number
  log: (line: string) => void
}

export interface KillRun {
  run: number
  year: number
  /** Killed 0-400 ms after the page started loading, not after the first number. */
  early: boolean
  acknowledged: number
  cancellations: number
  delayMs: number
  /** Found by the check after the restart that followed this run's kill (distinct, first seen here). */
  lost: number
  cancelsLost: number
  duplicates: number
  gaps: number
  counterMismatches: number
  /**
   * Chromium reset the store: the database would not open (it deletes a store it finds corrupt and says so
   * once), or it was no longer there. Everything acknowledged before is gone; counted apart from `lost`.
   */
  storeReset: boolean
  /** Acknowledged numbers (and cancellations) that went with a store reset. */
  lostInReset: number
  /** The store reset was followed by the screens' recovery from the journal (what it said), or null. */
  recovered: string[] | null
  /** After that recovery: acknowledged numbers and cancellations still missing. Must be 0. */
  lostAfterRecovery: number
  /** A torn LevelDB log was appended after this run's kill. */
  torn: boolean
  /** The app would have said so: the guard fired, or the database would not open (StartupError). */
  detected: boolean
  guardAlarm: string[] | null
  /** Letters counted by the guard record, and the origin's databases, at the check after this run. */
  guardRecordLetters: number | null
  databases: string[]
  openError: string | null
  pageErrors: string[]
  /** The folder holding the evidence of a failed check. */
  evidence?: string
  /** Where the run's time went: Chromium started and connected, the register read and verified, the page loaded until its first number. */
  timing: { startMs: number; checkMs: number; firstAckMs: number }
  ms: number
}

export interface KillSummary {
  runs: number
  acknowledged: number
  cancellations: number
  /** Acknowledged numbers missing after a restart while the store itself survived: a lost commit. */
  lost: number
  cancelsLost: number
  duplicates: number
  gaps: number
  counterMismatches: number
  /** Restarts where Chromium had reset the store (see KillRun.storeReset). */
  storeResets: number
  /** Acknowledged numbers and cancellations that went with those resets. */
  lostInResets: number
  /** Resets after which the screens' recovery from the journal ran. */
  recoveries: number
  /** Acknowledged numbers and cancellations missing after a recovery from the journal. Must be 0. */
  lostAfterRecovery: number
  /** Duplicates (two entries for one slot or one number text) found in checks after a recovery. Must be 0. */
  issuedTwiceAfterRecovery: number
  /** Runs followed by a torn LevelDB log. */
  forcedTears: number
  /** Resets (and any other loss) the app would have shown: the guard screen or the StartupError screen. */
  lossesDetected: number
  /** Losses the app would have started through as if nothing happened. */
  silentLosses: number
  /** The guard fired while nothing was lost. */
  falseAlarms: number
  openErrors: number
  pageErrors: number
  /** Runs killed early, while the page loaded and opened the database. */
  earlyRuns: number
  /** Runs killed before their first number (the page did not issue within the time limit). */
  noAck: number
  registerSize: number
  examples: string[]
  msPerRun: number
  startMs: number
  /** Mean time per run of each step, and acknowledged numbers per second of issuing. */
  meanMs: { start: number; check: number; firstAck: number; delay: number }
  numbersPerSecond: number
  runsDetail: KillRun[]
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

async function drillReady(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => 'drill' in window, undefined, { timeout: 30_000 })
}

async function checkRegister(page: Page, baseUrl: string): Promise<CheckReport> {
  await drillReady(page, `${baseUrl}drill/?mode=check`)
  return page.evaluate(() => (window as unknown as { drill: DrillApi }).drill.check())
}

const parseAck = (text: string, prefix: string): Ack | null => {
  try {
    return JSON.parse(text.slice(prefix.length)) as Ack
  } catch {
    return null
  }
}

/**
 * The kill drill: a page issues numbers as fast as it can and logs each once its transaction completed;
 * Chromium is killed (SIGKILL, whole process group) at a random moment; started again on the same folder,
 * the register must hold every logged number, with no duplicate and no gap.
 */
export async function runKillDrill(o: KillOptions): Promise<KillSummary> {
  const rnd = prng(o.seed)
  const acks: Ack[] = []
  const cancels: Ack[] = []
  const lost = new Set<string>()
  const cancelsLost = new Set<string>()
  const duplicates = new Set<string>()
  const gaps = new Set<string>()
  const mismatches = new Set<string>()
  const runs: KillRun[] = []
  let year = 2030
  let acknowledged = 0
  let cancellations = 0
  let storeResets = 0
  let lostInResets = 0
  let lossesDetected = 0
  let silentLosses = 0
  let falseAlarms = 0
  let openErrors = 0
  // The guard record as Electron's main process keeps it: outside Chromium, so a kill does not touch it.
  let guardJson = 'null'
  const afterKill = join(dirname(o.userDataDir), `${basename(o.userDataDir)}-indexeddb-setelah-bunuh`)
  let pageErrorCount = 0
  let noAck = 0
  let registerSize = 0
  let startTotal = 0
  const t0 = Date.now()

  // The change journal as Electron's main process keeps it: main's own handlers, a folder outside Chromium.
  const journalDir = `${o.userDataDir}-jurnal`
  await rm(journalDir, { recursive: true, force: true })
  await mkdir(journalDir, { recursive: true })
  const journal = mainJournal(journalDir)
  const port = new URL(o.baseUrl).port
  let recoveries = 0
  let lostAfterRecovery = 0
  let forcedTears = 0
  let afterRecovery = false
  const twiceAfterRecovery = new Set<string>()
  let pending: Omit<
    KillRun,
    'lost' | 'cancelsLost' | 'duplicates' | 'gaps' | 'counterMismatches' | 'guardAlarm' | 'guardRecordLetters' | 'databases' | 'openError' | 'ms' | 'timing' | 'storeReset' | 'lostInReset' | 'detected' | 'recovered' | 'lostAfterRecovery'
  > | null = null
  let pendingTiming = { startMs: 0, checkMs: 0, firstAckMs: 0 }
  let runStart = Date.now()
  for (let run = 0; run <= o.runs; run++) {
    const r: Running = await startChromium(o.userDataDir)
    startTotal += r.startMs
    await r.page.context().exposeFunction('__drillGuard', (op: 'read' | 'write', json: string) => {
      if (op === 'write') guardJson = json
      return guardJson
    })
    await r.page.context().exposeFunction('__drillJournal', async (op: 'append' | 'read' | 'checkpoint', arg: string) => {
      if (op === 'append') return JSON.stringify(await handleJournalAppend(journal, { payload: arg }))
      if (op === 'read') return JSON.stringify(await handleJournalRead(journal))
      await handleJournalCheckpoint(journal, JSON.parse(arg))
      return 'null'
    })
    const tCheck = Date.now()
    const report = await checkRegister(r.page, o.baseUrl)
    const checkMs = Date.now() - tCheck
    const letters: RegisterEntry[] = report.letters.map(([counterKey, y, seq, insert, number, status, placeholder]) => ({ counterKey, year: y, seq, insert, number, status, placeholder }))
    const counters = report.counters.map(([key, y, last]) => ({ key, year: y, last }))
    const v = verifyRegister(letters, counters, acks, cancels)
    registerSize = letters.length
    const loss = v.lost.length + v.cancelsLost.length > 0
    const recovered = report.recovered
    // With a recovery the register is checked as the screens left it: a reset is what made the guard (or the open) fire.
    const storeReset = (loss || recovered !== null) && (report.openError !== null || recovered !== null || !report.databases.some((d) => d.startsWith(`${DB_NAME} `)))
    const detected = report.guard !== null || report.openError !== null
    const missingAfterRecovery = recovered ? v.lost.length + v.cancelsLost.length : 0
    if (recovered) {
      recoveries++
      lostAfterRecovery += missingAfterRecovery
      afterRecovery = true
    }
    if (afterRecovery) for (const d of v.duplicates) twiceAfterRecovery.add(d)
    if (loss || storeReset) {
      if (detected) lossesDetected++
      else silentLosses++
    } else if (report.guard) falseAlarms++
    if (report.openError) openErrors++
    // Everything acknowledged since the last reset was in the store that went.
    const inStore = acks.length + cancels.length
    if (storeReset) {
      storeResets++
      lostInResets += recovered ? inStore : v.lost.length + v.cancelsLost.length
    }
    const fresh = (list: string[], seen: Set<string>) => (storeReset && !recovered ? 0 : list.filter((x) => !seen.has(x) && seen.add(x)).length)
    const verdict = {
      lost: fresh(v.lost, lost),
      cancelsLost: fresh(v.cancelsLost, cancelsLost),
      duplicates: fresh(v.duplicates, duplicates),
      gaps: fresh(v.gaps, gaps),
      counterMismatches: fresh(v.counterMismatches, mismatches),
      storeReset,
      lostInReset: storeReset ? (recovered ? inStore : v.lost.length + v.cancelsLost.length) : 0,
      recovered,
      lostAfterRecovery: missingAfterRecovery,
      detected,
      guardAlarm: report.guard,
      guardRecordLetters: report.guardRecordLetters,
      databases: report.databases,
      openError: report.openError
    }
    const failedCheck = loss || v.duplicates.length + v.gaps.length + v.counterMismatches.length > 0 || report.guard !== null || report.openError !== null
    let evidence: string | undefined
    if (failedCheck && pending) {
      evidence = join(o.evidenceDir, `bunuh-${pending.run}`)
      await mkdir(evidence, { recursive: true })
      await cp(o.userDataDir, join(evidence, 'profil'), { recursive: true }).catch(() => undefined)
      await cp(afterKill, join(evidence, 'indexeddb-sebelum-dibuka'), { recursive: true }).catch(() => undefined)
      await writeFile(join(evidence, 'chromium-stderr.txt'), r.stderrTail())
      await writeFile(join(evidence, 'check.json'), JSON.stringify({ verdict: v, report: { ...report, letters: report.letters.length } }, null, 2))
    }
    if (pending) {
      const done: KillRun = { ...pending, ...verdict, timing: pendingTiming, ms: Date.now() - runStart, ...(evidence ? { evidence } : {}) }
      runs.push(done)
      const bad = done.lost + done.cancelsLost + done.duplicates + done.gaps + done.counterMismatches
      o.log(
        `  bunuh ${String(done.run + 1).padStart(4)}/${o.runs}: ${String(done.acknowledged).padStart(4)} nomor diakui, dibunuh ${done.delayMs} ms setelah ${done.early ? 'halaman dibuka' : 'nomor pertama'}` +
          (done.storeReset
            ? `  CHROMIUM MENGOSONGKAN BASIS DATA: ${done.lostInReset} nomor diakui ikut hilang; ${done.detected ? `terdeteksi (${done.openError ? 'galat pembukaan' : 'penjaga'})` : 'TIDAK TERDETEKSI'}` +
              (done.recovered ? `; dipulihkan dari jurnal (${done.recovered.join(', ')}), masih hilang ${done.lostAfterRecovery}` : '; TIDAK DIPULIHKAN')
            : '') +
          (done.torn ? '  [log LevelDB dirobek]' : '') +
          (bad || (done.guardAlarm && !done.storeReset) ? `  MASALAH: ${JSON.stringify({ ...verdict, databases: undefined })}` : '')
      )
    }
    if (run === o.runs) {
      await closeChromium(r)
      break
    }

    runStart = Date.now()
    if (recovered) {
      // Recovered from the journal: the office goes on with everything it had; acknowledgements stay to be checked.
    } else if (loss || report.openError) {
      // Counted; now go on as an office would after "Lanjutkan tanpa memulihkan": a fresh guard record, a
      // fresh year (numbers of the lost years would repeat), acknowledgements counted from here.
      acks.length = 0
      cancels.length = 0
      guardJson = 'null'
      year = Math.max(year, ...letters.map((l) => l.year)) + 1
    } else if (letters.filter((l) => l.year === year).length >= o.perYear) year++
    const runAcks: Ack[] = []
    const runCancels: Ack[] = []
    const pageErrors: string[] = []
    let firstAck: () => void = () => undefined
    const gotFirst = new Promise<void>((ok) => (firstAck = ok))
    r.page.on('console', (m: ConsoleMessage) => {
      const text = m.text()
      if (text.startsWith(ACK)) {
        const a = parseAck(text, ACK)
        if (a) runAcks.push(a)
        firstAck()
      } else if (text.startsWith(BATAL)) {
        const a = parseAck(text, BATAL)
        if (a) runCancels.push(a)
      } else if (text.startsWith(ERR)) pageErrors.push(text.slice(ERR.length))
    })
    r.page.on('pageerror', (e) => pageErrors.push(e.message))
    const url = `${o.baseUrl}drill/?mode=kill&year=${year}&seed=${o.seed * 100_000 + run}`
    // Now and then the kill comes early, while the page loads and opens the database.
    const early = rnd() < o.earlyShare
    let firstAckMs = 0
    const delayMs = early ? Math.round(rnd() * 400) : Math.round(o.minDelayMs + rnd() * (o.maxDelayMs - o.minDelayMs))
    if (early) {
      void r.page.goto(url).catch(() => undefined)
      await sleep(delayMs)
    } else {
      const tGoto = Date.now()
      await r.page.goto(url)
      const started = await Promise.race([gotFirst.then(() => true), sleep(30_000).then(() => false)])
      firstAckMs = Date.now() - tGoto
      if (!started) noAck++
      else await sleep(delayMs)
    }
    await killChromium(r)
    // The store as the kill left it, before Chromium opens (and perhaps deletes) it: evidence if the check fails.
    await rm(afterKill, { recursive: true, force: true })
    await cp(join(o.userDataDir, 'Default', 'IndexedDB'), afterKill, { recursive: true }).catch(() => undefined)
    // A forced reset: the torn log a kill between a record's header and payload leaves (empty drill).
    const torn = o.tearEvery > 0 && run % o.tearEvery === o.tearEvery - 1 && (await tearNewestLog(o.userDataDir, Number(port)))
    if (torn) forcedTears++
    acks.push(...runAcks)
    cancels.push(...runCancels)
    acknowledged += runAcks.length
    cancellations += runCancels.length
    pageErrorCount += pageErrors.length
    pendingTiming = { startMs: r.startMs, checkMs, firstAckMs }
    pending = { run, year, early, acknowledged: runAcks.length, cancellations: runCancels.length, delayMs, pageErrors: pageErrors.slice(0, 5), torn: Boolean(torn) }
  }

  const mean = (f: (r: KillRun) => number, rows = runs) => (rows.length ? Math.round(rows.reduce((a, r) => a + f(r), 0) / rows.length) : 0)
  const late = runs.filter((r) => !r.early)
  const issuingMs = late.reduce((a, r) => a + r.delayMs, 0)
  return {
    runs: runs.length,
    acknowledged,
    cancellations,
    lost: lost.size,
    cancelsLost: cancelsLost.size,
    duplicates: duplicates.size,
    gaps: gaps.size,
    counterMismatches: mismatches.size,
    storeResets,
    lostInResets,
    recoveries,
    lostAfterRecovery,
    issuedTwiceAfterRecovery: twiceAfterRecovery.size,
    forcedTears,
    lossesDetected,
    silentLosses,
    falseAlarms,
    openErrors,
    pageErrors: pageErrorCount,
    earlyRuns: runs.filter((r) => r.early).length,
    noAck,
    registerSize,
    examples: [...lost, ...cancelsLost, ...duplicates, ...gaps, ...mismatches].slice(0, 20),
    msPerRun: runs.length ? Math.round((Date.now() - t0) / runs.length) : 0,
    startMs: Math.round(startTotal / Math.max(1, o.runs + 1)),
    meanMs: { start: mean((r) => r.timing.startMs), check: mean((r) => r.timing.checkMs), firstAck: mean((r) => r.timing.firstAckMs, late), delay: mean((r) => r.delayMs) },
    numbersPerSecond: issuingMs ? Math.round((late.reduce((a, r) => a + r.acknowledged, 0) / issuingMs) * 1000) : 0,
    runsDetail: runs
  }
}

/** Appends a torn record header to the newest LevelDB log of the origin's store; false when there is none. */
async function tearNewestLog(userDataDir: string, port: number): Promise<boolean> {
  const folders = await indexedDbFolders(userDataDir, port).catch(() => [] as string[])
  for (const folder of folders.filter((f) => f.endsWith('.leveldb'))) {
    const logs = (await readdir(folder)).filter((f) => /^\d+\.log$/.test(f)).sort()
    const newest = logs.at(-1)
    if (!newest) continue
    const file = join(folder, newest)
    await tearLog(file, (await stat(file)).size)
    return true
  }
  return false
}
