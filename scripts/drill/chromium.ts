import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROME_FLAGS, chromePath } from '../lib/chromium-flags'

export { chromePath }

/** The flags of the end-to-end tests (scripts/lib/chromium-flags.ts), and no throttling of a busy page. */
export const DRILL_FLAGS = [
  ...CHROME_FLAGS,
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-breakpad',
  '--password-store=basic',
  '--no-default-browser-check'
]

export interface Running {
  child: ChildProcess
  browser: Browser
  page: Page
  /** Started until the first page was usable, in ms. */
  startMs: number
  /** The last 64 KB Chromium wrote to stderr: evidence when something goes wrong. */
  stderrTail(): string
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/**
 * Is any process of the group still running? Zombies do not count: they hold no files, and the container's
 * init may take a second or more to reap the ones a killed browser leaves behind.
 */
function groupAlive(pgid: number): boolean {
  if (process.platform !== 'linux') {
    try {
      process.kill(-pgid, 0)
      return true
    } catch {
      return false
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true
  }
  return false
}

async function waitGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (!groupAlive(pgid)) return true
    await sleep(10)
  }
  return !groupAlive(pgid)
}

/** Process groups of the Chromiums this process started and has not yet seen end. */
const started = new Set<number>()

/** Kills every Chromium the drill started and left running (after an error): none outlives the drill. */
export function killAllStarted(): void {
  for (const pgid of started) {
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  started.clear()
}

/**
 * Starts Chromium on a user-data folder, in its own process group (so a kill takes every process with it),
 * and connects over the DevTools protocol.
 */
export async function startChromium(userDataDir: string): Promise<Running> {
  const t0 = Date.now()
  const child = spawn(chromePath(), [...DRILL_FLAGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  const pgid = child.pid
  if (pgid !== undefined) {
    started.add(pgid)
    child.once('exit', () => {
      // The leader is gone; the rest of the group is killed with it or follows it (its IPC is gone).
      if (!groupAlive(pgid)) started.delete(pgid)
    })
  }
  const endpoint = await new Promise<string>((ok, fail) => {
    let buf = ''
    const timer = setTimeout(() => fail(new Error(`Chromium tidak siap dalam 30 detik:\n${buf.slice(-2000)}`)), 30_000)
    child.stderr?.on('data', (d: Buffer) => {
      buf += d.toString()
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf)
      if (m?.[1]) {
        clearTimeout(timer)
        ok(m[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`Chromium berhenti (kode ${code}) sebelum siap:\n${buf.slice(-2000)}`))
    })
  })
  // Keep draining stderr so Chromium never blocks on a full pipe; keep its tail.
  let tail = ''
  child.stderr?.on('data', (d: Buffer) => {
    tail = (tail + d.toString()).slice(-65_536)
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]
  if (!context) throw new Error('Chromium tanpa konteks bawaan')
  const page = context.pages()[0] ?? (await context.newPage())
  return { child, browser, page, startMs: Date.now() - t0, stderrTail: () => tail }
}

/** SIGKILL to the whole process group: no shutdown, no flush, as a crash or a killed task leaves it. */
export async function killChromium(r: Running): Promise<void> {
  const pgid = r.child.pid
  if (pgid === undefined) return
  try {
    process.kill(-pgid, 'SIGKILL')
  } catch {
    // already gone
  }
  if (!(await waitGroupGone(pgid, 10_000))) throw new Error(`Proses Chromium ${pgid} tidak berhenti setelah SIGKILL`)
  started.delete(pgid)
  await r.browser.close().catch(() => undefined)
}

/** An orderly shutdown (Browser.close), as when the user closes the window; SIGKILL if it hangs. */
export async function closeChromium(r: Running): Promise<void> {
  const pgid = r.child.pid
  if (pgid === undefined) return
  const exited = new Promise<void>((ok) => {
    if (r.child.exitCode !== null || r.child.signalCode !== null) ok()
    else r.child.once('exit', () => ok())
  })
  try {
    const session = await r.browser.newBrowserCDPSession()
    await session.send('Browser.close').catch(() => undefined)
  } catch {
    // the connection may already be gone
  }
  const timeout = sleep(15_000).then(() => 'timeout' as const)
  if ((await Promise.race([exited, timeout])) === 'timeout') await killChromium(r)
  else if (!(await waitGroupGone(pgid, 10_000))) await killChromium(r)
  started.delete(pgid)
  await r.browser.close().catch(() => undefined)
}
