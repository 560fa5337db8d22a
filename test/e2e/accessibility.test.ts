import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { duplicateIds, focusWithoutOutline, seriousViolations, type AxeFinding } from './support/axe'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { openStep } from './support/steps'

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
  await openStep(page, 'Notulen dan Kesimpulan')
  await visible(page.getByRole('region', { name: 'Notulen dan kesimpulan' }))
  await check(page, 'Halaman rapat: Notulen dan Kesimpulan')
  await openStep(page, 'Data rapat')
  await page.getByRole('button', { name: 'Tambah undangan' }).click()
  await visible(page.getByRole('dialog', { name: 'Tambah undangan' }))
  await check(page, 'Dialog Tambah undangan')
  await screenshot(page, 'a11y-tambah-undangan')
  await page.getByRole('dialog', { name: 'Tambah undangan' }).getByRole('button', { name: 'Selesai' }).click()
  // The dialogs that move and sort the invitees: the protocol sort's question, and "Pindah ke nomor" with its field's message showing.
  await page.getByRole('button', { name: 'Urutkan menurut protokoler' }).click()
  await visible(page.getByRole('dialog', { name: 'Urutkan menurut protokoler?' }))
  await check(page, 'Dialog Urutkan menurut protokoler')
  await page.keyboard.press('Escape')
  await page.getByRole('region', { name: 'Diundang' }).getByRole('button', { name: /^Pindah ke nomor… / }).first().click()
  const move = page.getByRole('dialog', { name: 'Pindah ke nomor' })
  await visible(move)
  await check(page, 'Dialog Pindah ke nomor')
  await move.getByLabel('Pindah ke nomor').fill('99')
  await move.getByRole('button', { name: 'Pindahkan' }).click()
  await visible(move.getByText('Nomor harus 1 sampai 65.'))
  await check(page, 'Dialog Pindah ke nomor (nomor salah)')
  await screenshot(page, 'a11y-pindah-nomor')
  await page.keyboard.press('Escape')
  await move.getByRole('alertdialog').getByRole('button', { name: 'Buang' }).click()
  await move.waitFor({ state: 'detached' })
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
