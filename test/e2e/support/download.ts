import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'

/** The file a click makes the page download: its suggested name and its bytes. */
export async function downloadFile(page: Page, click: () => Promise<void>, timeoutMs = 60_000): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), click()])
  return { name: d.suggestedFilename(), bytes: new Uint8Array(await readFile(await d.path())) }
}
