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

test('the secretary creates the Rapat Konsultasi of 20 December 2019 and it is still there after a reload', async () => {
  const { page } = h
  await fillSumbarProfile(page)
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('button', { name: 'Rapat baru' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await visible(form)
  // A form sent empty says what is missing, in Indonesian, and keeps the user on the form.
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(form.getByText('Nama rapat wajib diisi'))
  await visible(form.getByText('Tempat wajib diisi'))

  await form.getByLabel('Nama rapat').fill('Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019')
  await form.getByLabel('Jenis rapat').selectOption('rapat-konsultasi')
  await form.getByLabel('Tanggal 1').fill('2019-12-20')
  await form.getByLabel('Jam mulai').fill('09:00')
  await form.getByLabel('Tempat').fill('Aula Kantor TP PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang')
  await form.getByLabel('Acara (satu baris satu acara)').fill('Pembukaan\nSambutan Ketua TP PKK Provinsi Sumatera Barat\nPaparan OPD terkait\nDiskusi\nPenutup')
  await screenshot(page, 'rapat-form')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()

  await visible(page.getByRole('heading', { level: 1, name: /Rapat Konsultasi Tim Penggerak PKK/ }))
  await visible(page.getByText('Jumat, 20 Desember 2019'))
  await visible(page.getByText('09.00 WIB s.d. selesai'))
  await screenshot(page, 'rapat-detail')

  await page.reload()
  await visible(page.getByText('Jumat, 20 Desember 2019'))
  await page.getByRole('link', { name: '← Semua rapat' }).click()
  await visible(page.getByRole('heading', { name: 'Sudah berlangsung' }))
  const row = page.getByRole('row', { name: /Rapat Konsultasi Tim Penggerak PKK/ })
  await visible(row)
  expect(await row.textContent()).toContain('Jumat, 20 Desember 2019')
  await screenshot(page, 'rapat-daftar')
})
