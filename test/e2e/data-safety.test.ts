import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

test('backup to a file, the database lost, the guard stops a blank start, the backup brings everything back', async () => {
  const { page } = h
  await fillSumbarProfile(page)

  // Save a backup file (a download in the browser build).
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await visible(panel)
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click()])
  const file = join(await mkdtemp(join(tmpdir(), 'pkk-e2e-')), download.suggestedFilename())
  await download.saveAs(file)
  expect(download.suggestedFilename()).toMatch(/^Cadangan Sekretariat PKK \d{4}-\d{2}-\d{2}\.json$/)
  await visible(panel.getByText('Berkas cadangan disimpan.'))

  // Let the guard record catch up, then lose the database as Chromium might after a crash.
  await page.waitForTimeout(1500)
  await page.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.deleteDatabase('sekretariat-pkk')
        req.onsuccess = () => ok()
        req.onerror = () => fail(req.error)
      })
  )
  await page.reload()

  const guard = page.getByRole('alert', { name: 'Data hilang' })
  await visible(guard)
  expect(await guard.getByTestId('guard-lines').textContent()).toMatch(/Tercatat \d+ data, basis data sekarang kosong|sekarang/)
  await screenshot(page, 'penjaga-data-hilang')

  await guard.locator('input[type=file]').setInputFiles(file)
  await visible(page.getByRole('navigation', { name: 'Navigasi utama' }))
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const form = page.getByRole('form', { name: 'Data kantor' })
  await visible(form)
  expect(await form.getByLabel('Nama Ketua (seperti ditulis kantor)').inputValue()).toBe('Ny. Hj. Nevi Irwan Prayitno')
  expect(await form.getByLabel('Nama Sekretaris').inputValue()).toBe("Dra. Hj. Ni'mah Syafrida, M.Si")
})

test('a restore file that is not ours is refused and nothing changes', async () => {
  const { page } = h
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await panel.getByTestId('restore-file').setInputFiles({ name: 'peserta.json', mimeType: 'application/json', buffer: Buffer.from('{"nama":"bukan cadangan"}') })
  const dialog = page.getByRole('dialog', { name: 'Pulihkan data' })
  await visible(dialog)
  expect(await dialog.getByTestId('restore-problems').textContent()).toContain('bukan berkas data Sekretariat PKK')
  await screenshot(page, 'pulihkan-ditolak')
  await dialog.getByRole('button', { name: 'Tutup', exact: true }).last().click()
  expect(await page.getByRole('form', { name: 'Data kantor' }).getByLabel('Kode kantor pada nomor surat').inputValue()).toBe('PKK-PROP')
})

test('reloading in the middle of an edit keeps what was saved, whole', async () => {
  const { page } = h
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const form = page.getByRole('form', { name: 'Data kantor' })
  await form.getByLabel('Alamat').fill('Jalan Rasuna Said No. 76 Padang, Sumatera Barat')
  await form.getByRole('button', { name: 'Simpan data kantor' }).click()
  await visible(page.getByText('Data kantor tersimpan.'))
  // Half-typed, not saved, then the page goes away.
  await form.getByLabel('Alamat').fill('Jalan Rasuna Sa')
  await form.getByLabel('Nama Ketua (seperti ditulis kantor)').fill('Ny. Hj. Nev')
  await page.reload()
  const again = page.getByRole('form', { name: 'Data kantor' })
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  await visible(again)
  expect(await again.getByLabel('Alamat').inputValue()).toBe('Jalan Rasuna Said No. 76 Padang, Sumatera Barat')
  expect(await again.getByLabel('Nama Ketua (seperti ditulis kantor)').inputValue()).toBe('Ny. Hj. Nevi Irwan Prayitno')
})
