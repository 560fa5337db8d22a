import type { Download } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { openStep } from './support/steps'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

test('a mail merge of 65 letters shows its progress with Batal; cancelled, no file is saved and she is told so; the next document still renders', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await inviteAllGroups(page)
  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  await card.getByLabel(/Satu surat untuk setiap penerima/).check()

  // Chromium at a sixth of this machine's speed, so that the merge always outlasts the 300 ms before the bar shows.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  const downloads: Download[] = []
  page.on('download', (d) => downloads.push(d))
  // She presses Batal as soon as the bar shows (from inside the page: a round trip from the test could miss it).
  const seen = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const look = () => {
          const bar = document.querySelector('[data-testid="kemajuan-dokumen"]')
          const button = bar?.querySelector('button')
          if (!bar || !button) return false
          const text = bar.textContent ?? ''
          button.click()
          resolve(text)
          return true
        }
        if (look()) return
        const watch = new MutationObserver(() => {
          if (look()) watch.disconnect()
        })
        watch.observe(document.body, { subtree: true, childList: true })
      })
  )
  await card.getByRole('button', { name: 'Simpan PDF', exact: true }).click()
  expect(await seen).toContain('Membuat PDF…Batal')
  const bar = card.getByTestId('kemajuan-dokumen')
  await visible(card.getByText('Pembuatan dokumen dibatalkan. Tidak ada berkas yang disimpan.'))
  await bar.waitFor({ state: 'detached' })
  await screenshot(page, 'dokumen-dibatalkan')
  // The buttons are free again at once, and no file arrives later from the cancelled merge.
  expect(await card.getByRole('button', { name: 'Simpan PDF', exact: true }).isEnabled()).toBe(true)
  await page.waitForTimeout(3000)
  expect(downloads).toHaveLength(0)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await cdp.detach()

  // The next document renders: the same merge, saved whole this time.
  const pages = await readPdf((await downloadFile(page, () => card.getByRole('button', { name: 'Simpan PDF', exact: true }).click())).bytes)
  expect(pages.filter((p) => pageText(p).includes('Kepada Yth.'))).toHaveLength(65)
  expect(await card.getByText('Pembuatan dokumen dibatalkan', { exact: false }).count()).toBe(0)
}, 240_000)
