import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

/** The file a click makes the page download: its suggested name and its bytes. */
export async function downloadFile(page: Page, click: () => Promise<void>, timeoutMs = 60_000): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), click()])
  return { name: d.suggestedFilename(), bytes: new Uint8Array(await readFile(await d.path())) }
}

/** The file a click makes the page download, saved under its suggested name in a new temporary folder: its name and path. */
export async function downloadToDisk(page: Page, click: () => Promise<void>, timeoutMs = 60_000): Promise<{ name: string; file: string }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), click()])
  const file = join(await mkdtemp(join(tmpdir(), 'pkk-e2e-')), d.suggestedFilename())
  await d.saveAs(file)
  return { name: d.suggestedFilename(), file }
}
