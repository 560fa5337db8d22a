import { afterAll, beforeAll, expect, test } from 'vitest'
import { openApp, screenshot, visible, type Harness } from './support/browser'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

test('the app opens on Beranda with the navigation in Indonesian', async () => {
  const nav = h.page.getByRole('navigation', { name: 'Navigasi utama' })
  for (const label of ['Beranda', 'Rapat', 'Agenda Surat', 'Kontak', 'Pengaturan']) {
    await visible(nav.getByRole('link', { name: label }))
  }
  await nav.getByRole('link', { name: 'Pengaturan' }).click()
  await visible(h.page.getByRole('heading', { name: 'Pengaturan', level: 1 }))
  expect(await h.page.title()).toBe('Pengaturan · Sekretariat PKK')
  await screenshot(h.page, 'pengaturan-kosong')
})
