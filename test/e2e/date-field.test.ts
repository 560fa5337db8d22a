import { afterAll, beforeAll, expect, test } from 'vitest'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

test('the secretary types dates and times her way: 31/02 is refused on the field itself, "17 Des 2026" and "14.30" are read and spelled out', async () => {
  const { page } = h
  await fillSumbarProfile(page)
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('button', { name: 'Rapat baru' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Nama rapat').fill('Rapat Persiapan Hari Kesatuan Gerak PKK')
  await form.getByLabel('Tempat').fill('Aula Kantor TP PKK Provinsi Sumatera Barat')
  const day = form.getByLabel('Tanggal 1')
  const start = form.getByLabel('Jam mulai')

  // An impossible date: the field says so, and saving keeps her on that field.
  await day.fill('31/02/2026')
  await start.click()
  await visible(form.getByText('Tanggal 31 Februari 2026 tidak ada: Februari 2026 hanya sampai tanggal 28.'))
  expect(await day.getAttribute('aria-invalid')).toBe('true')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(form.getByText('Periksa isian yang ditandai merah.'))
  expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('hh/bb/tttt')
  expect(await form.getByText('Isi minimal satu tanggal').count()).toBe(0)

  // A date spelled out as she types, whatever the computer's language.
  await day.fill('17 Des 2026')
  await visible(form.getByText('Kamis, 17 Desember 2026'))
  expect(await form.getByText(/tidak ada: Februari/).count()).toBe(0)
  await start.fill('9:00 PM')
  await form.getByLabel('Tempat').click()
  await visible(form.getByText('Tanpa AM/PM: Tulis jam dalam 24 jam, seperti 09.00 atau 14.30.'))
  await start.fill('14.30')
  await visible(form.getByText('pukul 14.30 WIB'))
  await form.getByLabel('Tempat').click()
  expect(await day.inputValue()).toBe('17/12/2026')
  await screenshot(page, 'date-field-rapat')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()

  await visible(page.getByRole('heading', { level: 1, name: 'Rapat Persiapan Hari Kesatuan Gerak PKK' }))
  await visible(page.getByText('Kamis, 17 Desember 2026'))
  await visible(page.getByText('14.30 WIB s.d. selesai'))

  // Opened again, the stored ISO date and time show the office's way.
  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  const again = page.getByRole('form', { name: 'Data rapat' })
  expect(await again.getByLabel('Tanggal 1').inputValue()).toBe('17/12/2026')
  expect(await again.getByLabel('Jam mulai').inputValue()).toBe('14.30')
  await again.getByLabel('Tanggal 1').fill('17-12-2026')
  await visible(again.getByText('Kamis, 17 Desember 2026'))
})
