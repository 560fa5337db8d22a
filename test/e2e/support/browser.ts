import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROME_FLAGS, chromePath } from '../../../scripts/lib/chromium-flags'
import { startStaticServer } from '../../../scripts/static-server.mjs'

// The bench imports these from here.
export { CHROME_FLAGS, chromePath }

export interface Harness {
  browser: Browser
  context: BrowserContext
  page: Page
  baseUrl: string
  close(): Promise<void>
}

const rendererDir = join(import.meta.dirname, '../../..', process.env['PKK_OUT'] ?? 'out', 'renderer')

/** Serves the built renderer and opens it in Debian's Chromium, with a fresh profile per harness. */
export async function openApp(): Promise<Harness> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Renderer belum dibangun: jalankan npx electron-vite build')
  const server: Server = await startStaticServer(rendererDir, 0)
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}/`
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS })
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'id-ID' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(baseUrl)
  return {
    browser,
    context,
    page,
    baseUrl,
    async close() {
      await browser.close()
      await new Promise((ok) => server.close(ok))
      if (errors.length) throw new Error(`Kesalahan di halaman: ${errors.join('\n')}`)
    }
  }
}

/** Saves a screenshot under out/screens for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(import.meta.dirname, '../../..', process.env['PKK_OUT'] ?? 'out', 'screens', `${name}.png`), fullPage: false })
}

/** playwright-core has no expect(); wait for the element instead (fails the test on timeout). */
export async function visible(locator: import('playwright-core').Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout })
}

/** The office's database deleted, as Chromium drops a store it finds corrupt; the page is reloaded after it. */
export async function loseOfficeDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.deleteDatabase('sekretariat-pkk')
        req.onsuccess = () => ok()
        req.onerror = () => fail(req.error)
      })
  )
  await page.reload()
}
