import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { duplicateIds, focusWithoutOutline, seriousViolations, type AxeFinding } from './support/axe'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { openStep } from './support/steps'
import { drawSignature, kioskSearch, startRegistration } from './support/registrasi'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click()

/** Every screen checked, with what axe-core and the id check found there. */
const findings: { screen: string; axe: AxeFinding[]; duplicateIds: string[] }[] = []
async function check(page: Page, screen: string): Promise<void> {
  findings.push({ screen, axe: await seriousViolations(page), duplicateIds: await duplicateIds(page) })
}

test('every main screen and dialog has no serious or critical accessibility violation and no id used twice', async () => {
  const { page } = h
  // The office's own Pengaturan (backups and restore are there, not in practice mode).
  await nav(page, 'Pengaturan')
  await visible(page.getByRole('region', { name: 'Cadangan data' }))
  await check(page, 'Pengaturan (data kantor)')
  // The keyboard focus is visible on every control, "Pulihkan dari berkas…" included.
  expect(await focusWithoutOutline(page, 600)).toEqual([])
  await page.getByRole('region', { name: 'Cadangan data' }).getByTestId('restore-file').setInputFiles(join(import.meta.dirname, '../../resources/sample/sumbar-2019.json'))
  await visible(page.getByRole('dialog', { name: 'Pulihkan data' }))
  await check(page, 'Dialog Pulihkan data')
  await page.keyboard.press('Escape')
  await loadSample(page)
  await check(page, 'Pengaturan (latihan)')
  await nav(page, 'Beranda')
  await visible(page.getByTestId('jumlah-orang'))
  await check(page, 'Beranda')

  await createRakon(page)
  await inviteAllGroups(page)
  // Every step of the meeting's page; the steps opened before stay in the page (hidden), so ids are checked with them.
  await check(page, 'Halaman rapat: Data rapat')
  expect(await focusWithoutOutline(page, 600)).toEqual([])
  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  await visible(page.getByRole('form', { name: 'Surat Undangan' }))
  await check(page, 'Halaman rapat: Undangan')
  await openStep(page, 'Keputusan')
  await visible(page.getByRole('region', { name: 'Panitia, narasumber dan moderator' }))
  await page.getByRole('region', { name: 'Keputusan Ketua' }).getByRole('button', { name: 'Buat Keputusan Ketua' }).click()
  await visible(page.getByRole('form', { name: 'Keputusan Ketua' }))
  await check(page, 'Halaman rapat: Keputusan')
  await openStep(page, 'Daftar hadir')
  await visible(page.getByRole('form', { name: 'Daftar Hadir' }))
  await check(page, 'Halaman rapat: Daftar hadir')
  expect(await focusWithoutOutline(page, 600)).toEqual([])
  // The meja registrasi: its start dialog, each of its screens, and leaving with the PIN.
  await page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('button', { name: 'Buka meja registrasi' }).click()
  await visible(page.getByRole('dialog', { name: 'Buka meja registrasi' }))
  await check(page, 'Dialog Buka meja registrasi')
  await page.getByRole('dialog', { name: 'Buka meja registrasi' }).getByRole('button', { name: 'Batal' }).click()
  await startRegistration(page, '2468')
  await kioskSearch(page).fill('pkk')
  await visible(page.locator('.kiosk-result'))
  await check(page, 'Meja registrasi: cari nama')
  expect(await focusWithoutOutline(page, 100)).toEqual([])
  await page.locator('.kiosk-result').first().click()
  await visible(page.getByRole('heading', { name: 'Apakah ini Anda?' }))
  await check(page, 'Meja registrasi: konfirmasi')
  await page.getByRole('button', { name: 'Ya, ini saya' }).click()
  await visible(page.getByTestId('pad'))
  await check(page, 'Meja registrasi: tanda tangan')
  await drawSignature(page, 1)
  await page.getByRole('button', { name: 'Simpan tanda tangan' }).click()
  await visible(page.getByRole('heading', { name: 'Terima kasih' }))
  await check(page, 'Meja registrasi: terima kasih')
  await page.getByRole('button', { name: 'Selesai' }).click()
  await page.getByRole('button', { name: 'Tidak ada di daftar' }).click()
  await visible(page.getByLabel('Instansi'))
  await check(page, 'Meja registrasi: tidak ada di daftar')
  await page.getByRole('button', { name: 'Kembali' }).click()
  await page.getByRole('button', { name: 'Sekretaris: keluar' }).click()
  await visible(page.getByRole('dialog', { name: 'Keluar dari meja registrasi' }))
  await check(page, 'Dialog Keluar dari meja registrasi')
  await page.getByRole('dialog', { name: 'Keluar dari meja registrasi' }).getByLabel('PIN', { exact: true }).fill('2468')
  await page.getByRole('dialog', { name: 'Keluar dari meja registrasi' }).getByRole('button', { name: 'Keluar', exact: true }).click()
  await visible(page.getByRole('form', { name: 'Daftar Hadir' }))
  await openStep(page, 'Notulen dan Kesimpulan')
  await visible(page.getByRole('region', { name: 'Notulen dan kesimpulan' }))
  await check(page, 'Halaman rapat: Notulen dan Kesimpulan')
  await openStep(page, 'Data rapat')
  await page.getByRole('button', { name: 'Tambah undangan' }).click()
  await visible(page.getByRole('dialog', { name: 'Tambah undangan' }))
  await check(page, 'Dialog Tambah undangan')
  await screenshot(page, 'a11y-tambah-undangan')
  await page.getByRole('dialog', { name: 'Tambah undangan' }).getByRole('button', { name: 'Selesai' }).click()
  await page.getByRole('button', { name: 'Hapus', exact: true }).click()
  await check(page, 'Dialog Hapus rapat')
  await screenshot(page, 'a11y-hapus-rapat')
  await page.keyboard.press('Escape')
  await openStep(page, 'Daftar hadir')
  await page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('link', { name: 'Catat kehadiran' }).click()
  await visible(page.getByRole('table', { name: 'Pencatatan kehadiran' }))
  // One of each status pressed, so that every pressed colour is checked for contrast.
  const first = page.getByRole('table', { name: 'Pencatatan kehadiran' }).locator('tbody tr').first()
  await first.locator('button.izin').click()
  await visible(first.locator('button.izin[aria-pressed="true"]'))
  await check(page, 'Daftar hadir: pencatatan')
  expect(await focusWithoutOutline(page, 600)).toEqual([])
  await screenshot(page, 'a11y-daftar-hadir')
  await page.getByRole('link', { name: /← Rapat Konsultasi/ }).click()
  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  await visible(page.getByRole('form', { name: 'Data rapat' }))
  await check(page, 'Ubah rapat')

  await nav(page, 'Rapat')
  await visible(page.getByRole('button', { name: 'Rapat baru' }))
  await check(page, 'Daftar rapat')

  await nav(page, 'Agenda Surat')
  await visible(page.getByRole('button', { name: 'Catat surat keluar' }))
  await check(page, 'Agenda Surat')
  await page.getByRole('button', { name: 'Catat surat keluar' }).click()
  await visible(page.getByRole('dialog', { name: 'Catat surat keluar' }))
  await check(page, 'Dialog Catat surat keluar')
  await page.keyboard.press('Escape')
  await page.getByRole('search').getByLabel('Tahun').selectOption('2019')
  await visible(page.getByRole('cell', { name: '295/SKR/PKK-PROP/XII/2019' }))
  await check(page, 'Agenda Surat 2019')
  expect(await focusWithoutOutline(page, 600)).toEqual([])
  await page.getByRole('button', { name: /^Ubah surat / }).first().click()
  await visible(page.getByRole('dialog', { name: 'Ubah data surat' }))
  await check(page, 'Dialog Ubah data surat')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /^Batalkan nomor / }).first().click()
  await visible(page.getByRole('dialog', { name: 'Batalkan nomor surat' }))
  await check(page, 'Dialog Batalkan nomor surat')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Daftarkan nomor manual' }).click()
  await visible(page.getByRole('dialog', { name: 'Daftarkan nomor manual' }))
  await check(page, 'Dialog Daftarkan nomor manual')
  await page.keyboard.press('Escape')

  await nav(page, 'Kontak')
  for (const tab of [/Orang/, /Organisasi/, /Kelompok/]) {
    await page.getByRole('tab', { name: tab }).click()
    await check(page, `Kontak: ${tab.source}`)
    expect(await focusWithoutOutline(page, 600)).toEqual([])
  }
  await page.getByRole('tab', { name: /Orang/ }).click()
  await page.getByRole('button', { name: 'Tambah orang' }).click()
  await visible(page.getByRole('dialog', { name: 'Tambah orang' }))
  await check(page, 'Dialog Tambah orang')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Impor dari Excel/CSV' }).click()
  await visible(page.getByRole('dialog', { name: 'Impor kontak dari Excel atau CSV' }))
  await check(page, 'Dialog Impor kontak')
  await page.keyboard.press('Escape')

  await nav(page, 'Pengaturan')
  await visible(page.getByRole('region', { name: 'Data contoh' }))
  await page.getByRole('region', { name: 'Penandatangan' }).getByRole('button', { name: 'Tambah penandatangan' }).click()
  await visible(page.getByRole('form', { name: 'Penandatangan kantor' }))
  await check(page, 'Pengaturan (latihan, lagi)')

  const summary = findings.map((f) => `${f.screen}: ${f.axe.length} pelanggaran${f.axe.map((v) => `\n  ${v.impact} ${v.id} (${v.help}): ${v.targets.slice(0, 4).join(' | ')}`).join('')}${f.duplicateIds.length ? `\n  id ganda: ${f.duplicateIds.join(', ')}` : ''}`)
  console.log(summary.join('\n'))
  expect(findings.filter((f) => f.axe.length > 0 || f.duplicateIds.length > 0).map((f) => f.screen)).toEqual([])
})
