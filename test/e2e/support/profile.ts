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

export interface OfficeSignerInput {
  /** The option's label under "Sebagai": "Pj. Ketua (penjabat)", "Plh. Ketua (pelaksana harian)", "a.n. Ketua (atas nama)". */
  kind: string
  name: string
  title: string
  from?: string
  to?: string
}

/** Pengaturan > Penandatangan: adds an acting chair or an a.n. signer as the secretary would. */
export async function addOfficeSigner(page: Page, s: OfficeSignerInput): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const panel = page.getByRole('region', { name: 'Penandatangan' })
  await panel.getByRole('button', { name: 'Tambah penandatangan' }).click()
  const form = panel.getByRole('form', { name: 'Penandatangan kantor' })
  await form.getByLabel('Sebagai').selectOption({ label: s.kind })
  await form.getByLabel('Nama penandatangan').fill(s.name)
  await form.getByLabel('Jabatan penandatangan').fill(s.title)
  if (s.from !== undefined) await form.getByLabel('Mulai menjabat').fill(s.from)
  if (s.to !== undefined) await form.getByLabel(/^Sampai/).fill(s.to)
  await form.getByRole('button', { name: 'Simpan penandatangan' }).click()
  await visible(panel.getByText(`Penandatangan ${s.name} tersimpan.`))
}
