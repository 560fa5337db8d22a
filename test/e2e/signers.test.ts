import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { docxParagraphs, docxPart, pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { addOfficeSigner } from './support/profile'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { openStep, type StepName } from './support/steps'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const PJ = 'Ny. Hj. Rahmi Yusuf, S.E'
// Typed with its prefix, as the measured bug had it: the letter must not say "Pj. Pj.".
const PJ_TITLE = 'Pj. Ketua TP PKK Provinsi Sumatera Barat'
const PLH = 'Ny. Hj. Yusnidar Nasrullah'

async function download(page: Page, card: Locator, button: string): Promise<Uint8Array> {
  return (await downloadFile(page, () => card.getByRole('button', { name: button, exact: true }).click())).bytes
}

async function openRakon(page: Page, step: StepName) {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('link', { name: /Rapat Konsultasi Tim Penggerak PKK/ }).click()
  await openStep(page, step)
}

test('a Pj. Ketua added in Pengaturan signs the invitation: her name, "Pj." once in the signature and once in the lampiran header', async () => {
  const { page } = h
  await loadSample(page)
  await addOfficeSigner(page, { kind: 'Pj. Ketua (penjabat)', name: PJ, title: PJ_TITLE, from: '2019-12-01', to: '2020-03-31' })
  const panel = page.getByRole('region', { name: 'Penandatangan' })
  await visible(panel.getByRole('cell', { name: 'Pj. Ketua TP PKK Provinsi Sumatera Barat', exact: true }))
  await visible(panel.getByRole('cell', { name: 'mulai 1 Desember 2019 sampai 31 Maret 2020' }))
  await screenshot(page, 'pengaturan-penandatangan')

  await createRakon(page)
  await inviteAllGroups(page)
  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  // Dated before her term, the letter is not issued under her name: a field error, no number.
  await card.getByLabel('Tanggal surat').fill('2019-11-20')
  await card.getByLabel('Ditandatangani oleh').selectOption({ label: `${PJ} — ${PJ_TITLE} (tidak menjabat pada tanggal ini)` })
  await card.getByRole('button', { name: 'Terbitkan nomor' }).click()
  await visible(card.getByText(`${PJ} menjabat Pj. Ketua mulai 1 Desember 2019 sampai 31 Maret 2020, tidak pada tanggal 20 November 2019. Pilih penandatangan lain atau ubah tanggal.`))
  expect(await card.getByText(/diterbitkan/).count()).toBe(0)
  expect(await card.getByRole('button', { name: 'Terbitkan nomor' }).count()).toBe(1)

  await card.getByLabel('Tanggal surat').fill('2019-12-17')
  // The picker says who serves on the letter's date, and offers her by name and title.
  await visible(card.getByText(`Menjabat pada 17 Desember 2019: ${PJ}, ${PJ_TITLE}.`))
  await card.getByLabel('Ditandatangani oleh').selectOption({ label: `${PJ} — ${PJ_TITLE}` })
  await card.getByRole('button', { name: 'Terbitkan nomor' }).click()
  await page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' }).getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByText(/^Nomor \d+\/SKR\/PKK-PROP\/XII\/2019 diterbitkan/))
  await screenshot(page, 'undangan-pj')

  const pdf = (await readPdf(await download(page, card, 'Simpan PDF'))).map(pageText).join(' ').replace(/\s+/g, ' ')
  const docx = docxParagraphs(await docxPart(await download(page, card, 'Simpan DOCX'))).join(' ').replace(/\s+/g, ' ')
  for (const text of [pdf, docx]) {
    expect(text).toContain(PJ)
    expect(text).not.toMatch(/pj\.\s*pj\./i)
    expect(text).toContain('Surat Pj. Ketua TP PKK Provinsi Sumatera Barat')
    // Signature block and lampiran header: "Pj." once in each, nowhere else.
    expect(text.match(/\bPj\./g)).toHaveLength(2)
  }
}, 240_000)

test('form controls have unique ids with the Undangan and the Keputusan open together', async () => {
  const { page } = h
  // Both steps opened: the Undangan's form stays in the page (hidden) while the Keputusan's is shown.
  await openRakon(page, 'Undangan')
  await visible(page.getByRole('form', { name: 'Surat Undangan' }))
  await openStep(page, 'Keputusan')
  await page.getByRole('button', { name: 'Buat Keputusan Ketua' }).click()
  await visible(page.getByRole('form', { name: 'Keputusan Ketua' }))
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('input[id], select[id], textarea[id]')].map((e) => e.id)
    return ids.filter((id, i) => ids.indexOf(id) !== i)
  })
  expect(duplicates).toEqual([])
}, 120_000)

test('a decree whose signer is no longer in Pengaturan is not issued: a field error, no number', async () => {
  const { page } = h
  await addOfficeSigner(page, { kind: 'Plh. Ketua (pelaksana harian)', name: PLH, title: 'Ketua TP PKK Provinsi Sumatera Barat', from: '2019-12-16', to: '2019-12-16' })
  await openRakon(page, 'Keputusan')
  const roles = page.getByRole('region', { name: 'Panitia, narasumber dan moderator' })
  const add = roles.getByRole('form', { name: 'Tambah peran' })
  await add.getByLabel('Sebagai').selectOption({ label: 'Moderator' })
  await add.getByLabel('Nama', { exact: true }).fill('Dra. Hj. Asmiati Rasyid, M.Pd')
  await add.getByLabel('Jabatan/Instansi').fill('Wakil Ketua II TP PKK Provinsi Sumatera Barat')
  await add.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(roles.getByText(/Dra\. Hj\. Asmiati Rasyid, M\.Pd ditambahkan sebagai/))

  const card = page.getByRole('form', { name: 'Keputusan Ketua' })
  await card.getByLabel('Tanggal penetapan').fill('2019-12-16')
  await card.getByLabel('Ditandatangani oleh').selectOption({ label: `${PLH} — Plh. Ketua TP PKK Provinsi Sumatera Barat` })
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await visible(card.getByText('Draf keputusan ketua disimpan.'))

  // The Plh. leaves the list before the decree is issued: nobody signs it now.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const panel = page.getByRole('region', { name: 'Penandatangan' })
  await panel.getByRole('button', { name: `Hapus ${PLH}` }).click()
  await visible(panel.getByText(`Penandatangan ${PLH} dihapus.`))

  await openRakon(page, 'Keputusan')
  const decree = page.getByRole('form', { name: 'Keputusan Ketua' })
  await decree.getByRole('button', { name: 'Terbitkan nomor' }).click()
  const error = decree.getByText('Penandatangan yang dipilih sudah tidak ada di Pengaturan. Pilih penandatangan lain.')
  await visible(error)
  expect(await decree.getByLabel('Ditandatangani oleh').getAttribute('aria-invalid')).toBe('true')
  await screenshot(page, 'keputusan-tanpa-penandatangan')
  // Nothing issued: the button is still there and the register of 2019 holds no KEP of 16 December.
  await page.waitForTimeout(500)
  expect(await decree.getByRole('button', { name: 'Terbitkan nomor' }).count()).toBe(1)
  expect(await decree.getByText(/KEP\/PKK-PROP\/XII\/2019 diterbitkan/).count()).toBe(0)
  await page.goto(`${h.baseUrl}#/agenda/2019`)
  await visible(page.getByRole('row', { name: /SKR\/PKK-PROP\/XII\/2019/ }))
  expect(await page.getByRole('row', { name: /22\/KEP\/PKK-PROP\/XII\/2019/ }).count()).toBe(0)
}, 180_000)
