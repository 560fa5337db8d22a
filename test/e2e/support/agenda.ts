import type { Page } from 'playwright-core'
import { visible } from './browser'

/** The secretary takes a number through "Catat surat keluar" and reads it off the dialog. */
export async function issueThroughUi(page: Page, perihal: string): Promise<string> {
  await page.getByRole('button', { name: 'Catat surat keluar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Catat surat keluar' })
  await visible(dialog)
  await dialog.getByLabel('Jenis surat').selectOption('SKR')
  await dialog.getByLabel('Kepada').fill('Kepala OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat')
  await dialog.getByLabel('Perihal').fill(perihal)
  await dialog.getByLabel('Lampiran').fill('1 (satu) lembar')
  await dialog.getByRole('button', { name: 'Ambil nomor' }).click()
  const issued = page.getByTestId('nomor-diberikan')
  await visible(issued)
  const number = (await issued.textContent()) ?? ''
  await page.getByRole('dialog', { name: 'Nomor surat diberikan' }).getByRole('button', { name: 'Selesai' }).click()
  return number
}
