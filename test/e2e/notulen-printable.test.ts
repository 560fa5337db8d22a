import { afterAll, beforeAll, expect, test } from 'vitest'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, loadSample } from './support/sample'
import { openStep } from './support/steps'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

test('the minutes editor says which typed character cannot be printed, keeps the text, and saves once it is gone', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await openStep(page, 'Notulen dan Kesimpulan')
  await page.getByRole('region', { name: 'Notulen dan kesimpulan' }).getByRole('link', { name: 'Tulis notulen' }).click()
  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  const penutup = page.getByRole('region', { name: 'Isi notulen' }).getByLabel('Penutup')
  const status = page.getByTestId('status-simpan')
  await penutup.fill('Rapat ditutup pukul 12.30 WIB 🌸, lalu 漢 foto bersama.')
  await visible(status.getByText('Belum tersimpan: Karakter 漢 (U+6F22) tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa'))
  expect(await penutup.inputValue()).toBe('Rapat ditutup pukul 12.30 WIB 🌸, lalu 漢 foto bersama.')
  await screenshot(page, 'notulen-karakter-ditolak')
  await penutup.fill('Rapat ditutup pukul 12.30 WIB 🌸, lalu foto bersama.')
  await visible(status.getByText(/^Tersimpan otomatis pukul/))
  await page.reload()
  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  expect(await page.getByRole('region', { name: 'Isi notulen' }).getByLabel('Penutup').inputValue()).toBe('Rapat ditutup pukul 12.30 WIB 🌸, lalu foto bersama.')
}, 180_000)
