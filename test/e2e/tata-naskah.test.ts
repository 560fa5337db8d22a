import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readPdf, type PdfPage } from '../unit/documents/support'
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

const TITLE = 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'

async function sheetPdf(page: Page): Promise<PdfPage[]> {
  await openStep(page, 'Daftar hadir')
  const card = page.getByRole('form', { name: 'Daftar Hadir' })
  await visible(card)
  return readPdf((await downloadFile(page, () => card.getByRole('button', { name: 'Simpan PDF' }).click())).bytes)
}

test('Pengaturan › Tata naskah: the attendance sheet numbers "- 2 -" at the top like the letters, then "2" at the bottom right once the office chooses it', async () => {
  const { page } = h
  await loadSample(page)
  const panel = page.getByRole('region', { name: 'Tata naskah' })
  await visible(panel)
  expect(await panel.getByLabel(/di tengah atas/).isChecked()).toBe(true)
  expect(await panel.getByLabel(/Garis bawahi/).isChecked()).toBe(false)

  await createRakon(page)
  await inviteAllGroups(page)
  const before = await sheetPdf(page)
  expect(before.length).toBeGreaterThan(1)
  const top = before[1]?.items.find((i) => i.str === '- 2 -')
  expect(top, 'page 2 numbered "- 2 -"').toBeDefined()
  expect(top?.y ?? Infinity).toBeLessThan(60)

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  await panel.getByLabel(/“2” di kanan bawah/).check()
  await visible(panel.getByText(/Tata naskah disimpan/))
  await panel.getByLabel(/Garis bawahi/).check()
  expect(await panel.getByLabel(/“2” di kanan bawah/).isChecked()).toBe(true)
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await screenshot(page, 'tata-naskah')

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('link', { name: TITLE }).click()
  const after = await sheetPdf(page)
  const second = after[1] as PdfPage
  expect(second.items.some((i) => i.str === '- 2 -')).toBe(false)
  const bottom = second.items.find((i) => i.str === '2' && i.y > second.height - 80)
  expect(bottom, 'page 2 numbered "2" at the foot').toBeDefined()
  expect(bottom?.x ?? 0).toBeGreaterThan(second.width - 120)

  // Kept on the profile: the choice is there after a reload.
  await page.reload()
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  expect(await page.getByRole('region', { name: 'Tata naskah' }).getByLabel(/“2” di kanan bawah/).isChecked()).toBe(true)
  expect(await page.getByRole('region', { name: 'Tata naskah' }).getByLabel(/Garis bawahi/).isChecked()).toBe(true)
})
