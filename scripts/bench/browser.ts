import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROME_FLAGS, chromePath } from '../../test/e2e/support/browser'
import { startStaticServer } from '../static-server.mjs'
import { installProbe, NAME_SHIM, type Condition, type Measurement, type ProbeWindow } from './probe'

/** The e2e flags, plus: a page in a headless browser is never "in the background", so timers run at full speed. */
export const BENCH_FLAGS = [...CHROME_FLAGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows']

export interface BenchBrowser {
  context: BrowserContext
  page: Page
  baseUrl: string
  chromiumVersion: string
  close(): Promise<void>
}

/**
 * The built renderer served as in the e2e tests, in Chromium with a profile on disk: a persistent
 * context, because an ordinary (incognito) context keeps IndexedDB in memory, not in LevelDB files.
 */
export async function openBenchBrowser(rendererDir: string, firstScreen: Condition): Promise<BenchBrowser> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`Renderer belum dibangun di ${rendererDir}: jalankan npx electron-vite build`)
  const server: Server = await startStaticServer(rendererDir, 0)
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}/`
  const profile = await mkdtemp(join(tmpdir(), 'pkk-bench-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    args: BENCH_FLAGS,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: 'id-ID'
  })
  await context.addInitScript({ content: NAME_SHIM })
  await context.addInitScript(installProbe, firstScreen)
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(baseUrl)
  // The user agent says 156.0.0.0 (reduced); the browser itself knows its build.
  const cdp = await context.newCDPSession(page)
  const { product } = await cdp.send('Browser.getVersion')
  await cdp.detach()
  return {
    context,
    page,
    baseUrl,
    chromiumVersion: product.replace(/^[^/]*\//, ''),
    async close() {
      await context.close()
      await new Promise((ok) => server.close(ok))
      await rm(profile, { recursive: true, force: true })
      if (errors.length) throw new Error(`Kesalahan di halaman: ${errors.join('\n')}`)
    }
  }
}

export interface MeasureOptions {
  quietMs?: number
  timeoutMs?: number
}

/** Arms the probe, lets Playwright act as the user, and reads when the page reached the condition. */
export async function measure(page: Page, condition: Condition, action: () => Promise<unknown>, options: MeasureOptions = {}): Promise<Measurement> {
  await page.evaluate((c) => (window as ProbeWindow).__pkkBench?.arm(c, false), condition)
  await action()
  return collect(page, options)
}

/** A navigation the app makes itself (a link, #/agenda/2019): timed from just before the hash changes. */
export async function measureHash(page: Page, hash: string, condition: Condition, options: MeasureOptions = {}): Promise<Measurement> {
  await page.evaluate(
    ([c, h]) => {
      ;(window as ProbeWindow).__pkkBench?.arm(c, true)
      location.hash = h
    },
    [condition, hash] as const
  )
  return collect(page, options)
}

export async function collect(page: Page, options: MeasureOptions = {}): Promise<Measurement> {
  const m = await page.evaluate(([q, t]) => (window as ProbeWindow).__pkkBench?.collect(q, t), [options.quietMs ?? 100, options.timeoutMs ?? 30_000] as const)
  if (!m) throw new Error('bench: the probe is not installed in the page')
  return m
}
