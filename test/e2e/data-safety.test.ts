import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { issueThroughUi } from './support/agenda'
import { loseOfficeDatabase, openApp, screenshot, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'
import { downloadToDisk } from './support/download'

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
  const { name, file } = await downloadToDisk(page, () => panel.getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click())
  expect(name).toMatch(/^Cadangan Sekretariat PKK \d{4}-\d{2}-\d{2}\.json$/)
  await visible(panel.getByText('Berkas cadangan disimpan.'))

  // Two letters are numbered after the backup was made; those numbers are on paper now.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Agenda Surat' }).click()
  const after = [await issueThroughUi(page, 'Undangan sesudah cadangan'), await issueThroughUi(page, 'Surat kedua sesudah cadangan')]
  expect(after[0]).toMatch(/^1\/SKR\/PKK-PROP\//)
  expect(after[1]).toMatch(/^2\/SKR\/PKK-PROP\//)

  // Let the guard record catch up (written 0.8 s after the last change; in the browser build it lives in
  // localStorage), then lose the database as Chromium might after a crash.
  await page.waitForFunction(
    () => {
      const record = JSON.parse(localStorage.getItem('pkk.penjaga') ?? 'null') as { version?: number; letters?: unknown[] } | null
      return record?.version === 2 && (record.letters?.length ?? 0) >= 2
    },
    undefined,
    { timeout: 20_000 }
  )
  await loseOfficeDatabase(page)

  const guard = page.getByRole('alert', { name: 'Data hilang' })
  await visible(guard)
  expect(await guard.getByTestId('guard-lines').textContent()).toMatch(/Tercatat \d+ data, basis data sekarang kosong|sekarang/)
  await screenshot(page, 'penjaga-data-hilang')

  await guard.locator('input[type=file]').setInputFiles(file)
  // The backup did not hold the two letters; the record kept outside the database did, and they come back.
  const result = page.getByRole('status', { name: 'Hasil pemulihan' })
  await visible(result)
  expect(await result.getByTestId('carry-lines').textContent()).toContain('2 surat yang dicatat setelah cadangan dibuat tetap ada di Buku Agenda.')
  await screenshot(page, 'penjaga-hasil-pulih')
  await result.getByRole('button', { name: 'Buka aplikasi' }).click()
  await visible(page.getByRole('navigation', { name: 'Navigasi utama' }))
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Agenda Surat' }).click()
  await visible(page.getByRole('cell', { name: after[1] }))
  expect(await page.locator('table.register td.nomor').allTextContents()).toEqual(expect.arrayContaining(after))
  // The next number follows the last one given out, never repeats it.
  expect(await issueThroughUi(page, 'Surat sesudah pemulihan')).toMatch(/^3\/SKR\/PKK-PROP\//)

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

test('a backup with one damaged byte is refused by its checksum; without another backup it can still be restored on purpose', async () => {
  const { page } = h
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click()])
  const good = await readFile((await download.path()) ?? '', 'utf8')
  // One letter of the Ketua's name changed on the disk; the file still reads as valid data.
  expect(good).toContain('Nevi Irwan Prayitno')
  const damaged = good.replace('Nevi Irwan Prayitno', 'Nevi Irwan Prayitmo')

  await panel.getByTestId('restore-file').setInputFiles({ name: 'cadangan-rusak.json', mimeType: 'application/json', buffer: Buffer.from(damaged) })
  const dialog = page.getByRole('dialog', { name: 'Pulihkan data' })
  await visible(dialog)
  expect(await dialog.getByTestId('restore-problems').textContent()).toContain('kode pemeriksaan tidak cocok')
  await screenshot(page, 'pulihkan-checksum')
  await dialog.getByRole('button', { name: 'Periksa dan pulihkan tetap' }).click()
  await visible(dialog.getByText('Berkas ini rusak (kode pemeriksaan tidak cocok).'))
  await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
  await visible(panel.getByText(/Data dipulihkan\./))
  await page.reload()
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const form = page.getByRole('form', { name: 'Data kantor' })
  await visible(form)
  expect(await form.getByLabel('Nama Ketua (seperti ditulis kantor)').inputValue()).toBe('Ny. Hj. Nevi Irwan Prayitmo')
  // The office puts it right by hand, as the warning said.
  await form.getByLabel('Nama Ketua (seperti ditulis kantor)').fill('Ny. Hj. Nevi Irwan Prayitno')
  await form.getByRole('button', { name: 'Simpan data kantor' }).click()
  await visible(page.getByText('Data kantor tersimpan.'))
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
