import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { visible } from './browser'
import { openStep } from './steps'

/**
 * Pengaturan > Data contoh > "Coba data contoh": the office of the canonical scenario (TP PKK Provinsi
 * Sumatera Barat) opens as practice data, in its own database; the window reloads into practice mode.
 */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  await page.getByRole('region', { name: 'Data contoh' }).getByRole('button', { name: 'Coba data contoh' }).click()
  await visible(page.getByRole('region', { name: 'Mode latihan' }))
  // The app shows its screens only once the sample is in the practice database.
  await visible(page.getByRole('region', { name: 'Data contoh' }).getByRole('button', { name: 'Mulai ulang dari data contoh' }))
}

/**
 * The sample office as the office's own data (not practice data): Pengaturan > "Pulihkan dari berkas"
 * with the sample's data file, as an office moving its data from another computer would. For tests that
 * need the office's backups and restore with a full office in them.
 */
export async function restoreSampleAsOffice(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await visible(panel)
  await panel.getByTestId('restore-file').setInputFiles(join(import.meta.dirname, '../../../resources/sample/sumbar-2019.json'))
  const dialog = page.getByRole('dialog', { name: 'Pulihkan data' })
  await visible(dialog)
  await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
  await visible(panel.getByText(/Data dipulihkan\./))
}

/**
 * The app opened again (a new window starts on the office's data): Pengaturan > "Coba data contoh" >
 * "Lanjutkan latihan sebelumnya" opens the practice data as it was left.
 */
export async function continuePractice(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  await page.getByRole('region', { name: 'Data contoh' }).getByRole('button', { name: 'Coba data contoh' }).click()
  await page.getByRole('dialog', { name: 'Data latihan sebelumnya' }).getByRole('button', { name: 'Lanjutkan latihan sebelumnya' }).click()
  await visible(page.getByRole('region', { name: 'Mode latihan' }))
}

/** Rapat > Rapat baru, filled with the Rapat Konsultasi of 20 December 2019 (seed 002). */
export async function createRakon(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('button', { name: 'Rapat baru' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Nama rapat').fill('Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019')
  await form.getByLabel('Jenis rapat').selectOption('rapat-konsultasi')
  await form.getByLabel('Tanggal 1').fill('2019-12-20')
  await form.getByLabel('Jam mulai').fill('09:00')
  await form.getByLabel('Tempat').fill('Aula Kantor TP PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang')
  await form
    .getByLabel('Acara (satu baris satu acara)')
    .fill('Pembukaan\nSambutan Ketua TP PKK Provinsi Sumatera Barat\nPaparan program OPD terkait\nDiskusi dan tanya jawab\nKesimpulan dan penutup')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(page.getByRole('heading', { level: 1, name: /Rapat Konsultasi Tim Penggerak PKK/ }))
}

/** Invites every group of the address book: the 65 participants of the sample. */
export async function inviteAllGroups(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tambah undangan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah undangan' })
  await dialog.getByRole('tab', { name: 'Kelompok' }).click()
  for (const g of ['Pengurus TP PKK Provinsi', 'OPD Terkait', 'TP PKK Kabupaten/Kota']) await dialog.getByLabel(`Pilih ${g}`).check()
  await dialog.getByRole('button', { name: /^Undang/ }).click()
  await visible(dialog.getByText('65 undangan ditambahkan.'))
  await dialog.getByRole('button', { name: 'Selesai' }).click()
  await visible(page.getByRole('heading', { name: 'Diundang (65)' }))
}

/**
 * The Rakon's first letter: its 65 invited (every group), then the Undangan step's "Buat Surat Undangan"
 * dated 17 December 2019 (one letter to all, or one per recipient) with its number issued; returns the
 * invitation's card once it shows the number (the sample's next SKR, 296/SKR/PKK-PROP/XII/2019).
 */
export async function issueRakonInvitation(page: Page, number: string, options: { perRecipient?: boolean } = {}): Promise<Locator> {
  await inviteAllGroups(page)
  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await card.getByLabel('Tanggal surat').fill('2019-12-17')
  if (options.perRecipient) await card.getByLabel(/Satu surat untuk setiap penerima/).check()
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  await page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' }).getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByText(`Nomor ${number}`))
  return card
}
