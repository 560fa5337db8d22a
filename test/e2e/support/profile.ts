import type { Page } from 'playwright-core'
import { visible } from './browser'

/** Fills Pengaturan > Data Kantor as the secretary would, for TP PKK Provinsi Sumatera Barat. */
export async function fillSumbarProfile(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const form = page.getByRole('form', { name: 'Data kantor' })
  await visible(form)
  await form.getByLabel('Tingkat').selectOption('provinsi')
  await form.getByLabel('Nama wilayah').fill('Sumatera Barat')
  await form.getByLabel('Tempat penandatanganan').fill('Padang')
  await form.getByLabel('Nama kantor seperti tercetak pada kop').fill('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
  await form.getByLabel('Alamat').fill('Jalan Rasuna Said No. 76 Padang')
  await form.getByLabel('Telepon').fill('(0751) 7051234')
  await form.getByLabel('E-mail').fill('tppkk@sumbarprov.go.id')
  await form.getByLabel('Nama Ketua (seperti ditulis kantor)').fill('Ny. Hj. Nevi Irwan Prayitno')
  await form.getByRole('button', { name: 'Isi otomatis' }).click()
  await form.getByLabel('Nama Sekretaris').fill("Dra. Hj. Ni'mah Syafrida, M.Si")
  await form.getByLabel('Kode kantor pada nomor surat').fill('PKK-PROP')
  await form.getByRole('button', { name: 'Simpan data kantor' }).click()
  await visible(page.getByText('Data kantor tersimpan.'))
}
