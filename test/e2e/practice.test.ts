import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { issueThroughUi } from './support/agenda'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'
import { loadSample } from './support/sample'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click()
const banner = (page: Page) => page.getByRole('region', { name: 'Mode latihan' })
const registerRows = (page: Page) => page.locator('table.register tbody tr')
/** The guard record of the browser build (renderer/src/bridge/browser-api.ts). */
const guardRecord = (page: Page) => page.evaluate(() => localStorage.getItem('pkk.penjaga'))
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort())

test('trying the sample never touches the office data: no number is given twice, the guard record is not fed', async () => {
  const { page } = h
  await fillSumbarProfile(page)
  await nav(page, 'Agenda Surat')
  const first = await issueThroughUi(page, 'Surat kantor sendiri')
  expect(first).toMatch(/^1\/SKR\/PKK-PROP\//)
  // The guard record catches up 0.8 s after the last write; then nothing of the office changes any more.
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('pkk.penjaga') ?? 'null') as { letters?: unknown[] } | null)?.letters?.length === 1, undefined, {
    timeout: 20_000
  })
  await page.waitForTimeout(1500)
  const guardBefore = await guardRecord(page)
  expect(guardBefore).toContain(first)

  await loadSample(page)
  await screenshot(page, 'latihan-pengaturan')
  // Every screen says it is practice data; the sample's own register is there.
  await nav(page, 'Beranda')
  await visible(banner(page))
  expect(await page.getByTestId('jumlah-orang').textContent()).toBe('65')
  await nav(page, 'Kontak')
  await visible(banner(page))
  await nav(page, 'Agenda Surat')
  await visible(banner(page))
  await page.getByRole('search').getByLabel('Tahun').selectOption('2019')
  await visible(page.getByRole('cell', { name: '295/SKR/PKK-PROP/XII/2019' }))
  expect(await page.locator('table.register td.nomor').allTextContents()).not.toContain(first)
  await page.getByRole('search').getByLabel('Tahun').selectOption(first.split('/').at(-1) ?? '')
  // A number of the practice data: the office's 1/SKR is not known here, so it is given again, harmlessly.
  const practiceNumber = await issueThroughUi(page, 'Surat latihan')
  expect(practiceNumber).toBe(first)
  await screenshot(page, 'latihan-agenda')

  // A reload stays in practice mode.
  await page.reload()
  await visible(banner(page))
  await visible(page.getByRole('cell', { name: 'Surat latihan' }))
  expect(await databases(page)).toContain('sekretariat-pkk-latihan')
  await page.waitForTimeout(1500)
  expect(await guardRecord(page)).toBe(guardBefore)

  await banner(page).getByRole('button', { name: 'Kembali ke data kantor' }).click()
  const leave = page.getByRole('dialog', { name: 'Kembali ke data kantor' })
  await visible(leave)
  await screenshot(page, 'latihan-kembali')
  await leave.getByRole('button', { name: 'Hapus data latihan' }).click()

  // The office's data again: its own letter only, and its next number.
  await visible(page.getByRole('button', { name: 'Catat surat keluar' }))
  await visible(page.getByRole('cell', { name: 'Surat kantor sendiri' }))
  expect(await banner(page).count()).toBe(0)
  expect(await page.locator('table.register td.nomor').allTextContents()).toEqual([first])
  expect(await registerRows(page).count()).toBe(1)
  expect(await databases(page)).toContain('sekretariat-pkk')
  expect(await databases(page)).not.toContain('sekretariat-pkk-latihan')
  // The office's start rewrites its record with the same content (only the time changes).
  const withoutTime = (text: string | null) => {
    const { updatedAt, ...content } = JSON.parse(text ?? '{}') as Record<string, unknown>
    return { updatedAt, content }
  }
  const before = withoutTime(guardBefore)
  await page.waitForFunction((at) => (JSON.parse(localStorage.getItem('pkk.penjaga') ?? '{}') as { updatedAt?: string }).updatedAt !== at, before.updatedAt)
  expect(withoutTime(await guardRecord(page)).content).toEqual(before.content)

  const next = await issueThroughUi(page, 'Surat kantor sesudah latihan')
  expect(next).toMatch(/^2\/SKR\/PKK-PROP\//)
  expect([...(await page.locator('table.register td.nomor').allTextContents())].sort()).toEqual([first, next].sort())
})
