import { afterAll, beforeAll, expect, test } from 'vitest'
import { START_BASE_MARK } from '../../renderer/src/data/marks'
import { loseOfficeDatabase, openApp, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'
import { downloadToDisk } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

test("a restore right after the start's journal base (no change between them) is what the journal recovers after a loss", async () => {
  const { page } = h
  await fillSumbarProfile(page)
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await visible(panel)
  const { file } = await downloadToDisk(page, () => panel.getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click())

  // A person added after the backup, then a new start: its journal base holds her.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kontak', exact: true }).click()
  await page.getByRole('button', { name: 'Tambah orang' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah orang' })
  await dialog.getByLabel('Nama (seperti ditulis pada surat)').fill('Ny. Sesudah Cadangan')
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click()
  await visible(page.getByRole('button', { name: 'Ny. Sesudah Cadangan' }))
  await page.goto(page.url().replace(/#.*$/, '#/pengaturan'))
  await page.reload()
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, START_BASE_MARK, { timeout: 60_000 })

  // The backup restored with no change in between: its base has the same sequence number as the start's.
  await panel.getByTestId('restore-file').setInputFiles(file)
  const restoreDialog = page.getByRole('dialog', { name: 'Pulihkan data' })
  await restoreDialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
  await visible(page.getByRole('status').filter({ hasText: 'Data dipulihkan' }))
  await page.waitForTimeout(1_500)
  await loseOfficeDatabase(page)

  const guard = page.getByRole('alert', { name: 'Data hilang' })
  await visible(guard)
  await guard.getByRole('button', { name: 'Pulihkan dari jurnal' }).click()
  const result = page.getByRole('status', { name: 'Hasil pemulihan' })
  await visible(result)
  // The restored backup (no person), not the start's base (her): the newer of two bases with the same number.
  const lines = (await result.getByTestId('recovery-lines').textContent()) ?? ''
  expect(lines).toMatch(/Dari dasar jurnal/)
  expect(lines).not.toMatch(/Orang [1-9]/)
  await result.getByRole('button', { name: 'Buka aplikasi' }).click()
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kontak', exact: true }).click()
  await visible(page.getByRole('button', { name: 'Tambah orang' }))
  await page.waitForTimeout(1_000)
  expect(await page.getByRole('button', { name: 'Ny. Sesudah Cadangan' }).count()).toBe(0)
})
