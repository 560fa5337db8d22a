import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import ExcelJS from 'exceljs'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { openStep } from './support/steps'

let h: Harness
let meetingUrl = ''
beforeAll(async () => {
  h = await openApp()
  await loadSample(h.page)
  await createRakon(h.page)
  await inviteAllGroups(h.page)
  meetingUrl = h.page.url()
})
afterAll(async () => {
  await h.close()
})

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click()

/**
 * The field carries its own message: aria-invalid, and aria-describedby naming the element that says it,
 * in Indonesian, beside the field (not in a notice at the end of the form).
 */
async function fieldSays(field: Locator, message: string | RegExp): Promise<void> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean)
  expect(ids).not.toEqual([])
  // A date field describes itself by the day spelled out beside it and by its message.
  const said = await Promise.all(ids.map(async (id) => ((await field.page().locator(`[id="${id}"]`).textContent()) ?? '').trim()))
  if (typeof message === 'string') expect(said).toContain(message)
  else expect(said.some((t) => message.test(t))).toBe(true)
}

/** The dialog's footer: its buttons left to right, the primary one last. */
async function footerButtons(dialog: Locator): Promise<{ labels: string[]; lastIsPrimary: boolean }> {
  const footer = dialog.getByTestId('dialog-footer').last()
  await visible(footer)
  const buttons = footer.locator(':scope > button')
  const labels = (await buttons.allTextContents()).map((t) => t.trim())
  const lastIsPrimary = ((await buttons.last().getAttribute('class')) ?? '').split(' ').includes('primary')
  return { labels, lastIsPrimary }
}

test('Pengaturan: signer, legal basis and certificate forms put each message on its own field', async () => {
  const { page } = h
  await nav(page, 'Pengaturan')
  // Penandatangan: nothing typed, then a term that ends before it starts.
  const signers = page.getByRole('region', { name: 'Penandatangan' })
  await signers.getByRole('button', { name: 'Tambah penandatangan' }).click()
  const signer = signers.getByRole('form', { name: 'Penandatangan kantor' })
  await signer.getByLabel('Nama penandatangan').fill('')
  await signer.getByRole('button', { name: 'Simpan penandatangan' }).click()
  await fieldSays(signer.getByLabel('Nama penandatangan'), 'Nama penandatangan wajib diisi')
  await signer.getByLabel('Nama penandatangan').fill('Ny. Hj. Rahmi Yusuf, S.E')
  await signer.getByLabel('Mulai menjabat').fill('01/12/2019')
  await signer.getByLabel(/^Sampai/).fill('30/11/2019')
  await signer.getByRole('button', { name: 'Simpan penandatangan' }).click()
  await fieldSays(signer.getByLabel(/^Sampai/), 'Tanggal selesai menjabat harus setelah tanggal mulai')
  expect(await signer.getByLabel('Nama penandatangan').getAttribute('aria-invalid')).toBe('false')
  await screenshot(page, 'forms-penandatangan-salah')
  await signer.getByRole('button', { name: 'Batal' }).click()

  // Dasar hukum: the one already in the library is refused on the field, with what was typed kept.
  const library = page.getByRole('region', { name: 'Dasar hukum keputusan' })
  const bawaan = library.getByRole('button', { name: 'Isi dasar hukum bawaan' })
  if (await bawaan.count()) await bawaan.click()
  await visible(library.getByRole('table'))
  const first = ((await library.locator('tbody tr td:nth-child(2)').first().textContent()) ?? '').trim()
  const add = library.getByLabel('Tambah dasar hukum kantor')
  await add.fill(first)
  await library.getByRole('button', { name: 'Tambahkan' }).click()
  await fieldSays(add, 'Dasar hukum ini sudah ada di pustaka.')
  expect(await add.inputValue()).toBe(first)
  await add.fill('')
  await library.getByRole('button', { name: 'Tambahkan' }).click()
  await fieldSays(add, 'Dasar hukum wajib diisi')

  // Buat sertifikat sendiri: two passwords that differ are said on the second.
  const create = page.getByRole('region', { name: 'Sertifikat tanda tangan digital' }).getByRole('form', { name: 'Buat sertifikat sendiri' })
  await create.getByLabel(/Kata sandi baru/).fill('sandi-ketua-2019')
  await create.getByLabel('Ulangi kata sandi').fill('sandi-ketua-2018')
  await create.getByRole('button', { name: 'Buat sertifikat' }).click()
  await fieldSays(create.getByLabel('Ulangi kata sandi'), 'Kedua kata sandi tidak sama; ketik ulang yang kedua')
  await create.getByLabel('Ulangi kata sandi').scrollIntoViewIfNeeded()
  await screenshot(page, 'forms-sertifikat-salah')
})

test('Pengaturan › Penomoran: a letter code without its name is refused on the name field, in the one dialog footer', async () => {
  const { page } = h
  const numbering = page.getByRole('region', { name: 'Penomoran surat' })
  await numbering.getByRole('button', { name: 'Tambah kode' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah kode surat' })
  await dialog.getByLabel('Kode', { exact: true }).fill('PKJ-3')
  await dialog.getByRole('button', { name: 'Tambah', exact: true }).click()
  await fieldSays(dialog.getByLabel('Nama jenis surat'), 'Nama jenis surat wajib diisi')
  expect(await footerButtons(dialog)).toEqual({ labels: ['Batal', 'Tambah'], lastIsPrimary: true })
  // Something is typed: "Batal" asks before throwing it away, as Escape does.
  await dialog.getByRole('button', { name: 'Batal' }).click()
  const ask = dialog.getByRole('alertdialog', { name: /Buang yang sudah diketik\?/ })
  await visible(ask)
  await screenshot(page, 'forms-kode-batal-bertanya')
  await ask.getByRole('button', { name: 'Buang' }).click()
  await dialog.waitFor({ state: 'detached' })
})

test('Keputusan step: a role without a name is refused on the Nama field; “Ubah data rapat” comes back to the Keputusan step', async () => {
  const { page } = h
  await page.goto(meetingUrl)
  await openStep(page, 'Keputusan')
  const add = page.getByRole('form', { name: 'Tambah peran' })
  await add.getByRole('button', { name: 'Tambahkan' }).click()
  await fieldSays(add.getByLabel('Nama', { exact: true }), 'Nama wajib diisi')
  await add.getByLabel('Jabatan dalam panitia').selectOption({ label: 'Lainnya (ketik sendiri)…' })
  await add.getByLabel('Nama', { exact: true }).fill('Dra. Hj. Asmiati Rasyid, M.Pd')
  await add.getByRole('button', { name: 'Tambahkan' }).click()
  await fieldSays(add.getByLabel('Jabatan lain'), 'Jabatan dalam panitia wajib diisi')
  await add.getByLabel('Jabatan lain').fill('Seksi Acara')
  await add.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(page.getByText('Dra. Hj. Asmiati Rasyid, M.Pd ditambahkan sebagai Seksi Acara.'))

  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Tempat').fill('Aula Kantor TP PKK Provinsi Sumatera Barat, Padang')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(page.getByRole('tabpanel', { name: /^Keputusan/ }))
  expect(page.url()).toMatch(/\/langkah\/keputusan$/)
  // Batal comes back there too.
  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  await form.getByRole('button', { name: 'Batal' }).click()
  await visible(page.getByRole('tabpanel', { name: /^Keputusan/ }))
  expect(page.url()).toMatch(/\/langkah\/keputusan$/)
})

test('the document forms show their messages on the field: Hal of the Undangan, the diktum list of the Keputusan', async () => {
  const { page } = h
  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  await card.getByLabel('Hal').fill('')
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await fieldSays(card.getByLabel('Hal'), 'Hal wajib diisi')
  await card.getByLabel('Tembusan (satu baris satu tembusan)').fill('x'.repeat(501))
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await fieldSays(card.getByLabel('Tembusan (satu baris satu tembusan)'), 'Paling banyak 500 karakter')
  await card.getByLabel('Hal').scrollIntoViewIfNeeded()
  await screenshot(page, 'forms-undangan-hal')
  await card.getByLabel('Hal').fill('Undangan Rapat Konsultasi')
  await card.getByLabel('Tembusan (satu baris satu tembusan)').fill('Gubernur Sumatera Barat')
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await visible(card.getByText(/tersimpan|disimpan/i))

  await openStep(page, 'Keputusan')
  await page.getByRole('region', { name: 'Keputusan Ketua' }).getByRole('button', { name: 'Buat Keputusan Ketua' }).click()
  const decree = page.getByRole('form', { name: 'Keputusan Ketua' })
  await visible(decree)
  // Every diktum emptied: the message stands under the list.
  for (const box of await decree.getByLabel(/^Diktum /).all()) await box.fill('')
  await decree.getByRole('button', { name: 'Simpan perubahan' }).click()
  await visible(decree.getByRole('alert').filter({ hasText: 'Isi minimal satu diktum' }))
  // A Menimbang with a character no font prints: the message on that row.
  const second = decree.getByLabel('Menimbang a.', { exact: true })
  await second.fill('bahwa \u0007 salah ketik')
  await decree.getByRole('button', { name: 'Simpan perubahan' }).click()
  await fieldSays(second, /dicetak/)
})

test('Agenda: “Buka rapat” of the Undangan’s number opens the meeting at its Undangan step', async () => {
  const { page } = h
  await page.goto(meetingUrl)
  await openStep(page, 'Undangan')
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' })
  expect(await footerButtons(confirm)).toEqual({ labels: ['Batal', 'Terbitkan'], lastIsPrimary: true })
  await confirm.getByRole('button', { name: 'Terbitkan', exact: true }).click()
  const issued = card.getByText(/^Nomor (\d+\/SKR\/PKK-PROP\/[IVX]+\/\d{4}) diterbitkan/)
  await visible(issued)
  const number = /Nomor (\S+)/.exec((await issued.first().textContent()) ?? '')?.[1] ?? ''
  expect(number).not.toBe('')

  await nav(page, 'Agenda Surat')
  const year = number.split('/').at(-1) ?? ''
  await page.getByRole('search').getByLabel('Tahun').selectOption(year)
  const row = page.locator(`tr[data-nomor="${number}"]`)
  await visible(row)
  await row.getByRole('link', { name: 'Buka rapat' }).click()
  await visible(page.getByRole('tabpanel', { name: /^Undangan/ }))
  expect(page.url()).toMatch(/\/langkah\/undangan$/)
})

test('the move dialog and the signing dialog refuse on the field; the Excel import asks before closing once a file is chosen', async () => {
  const { page } = h
  await openStep(page, 'Data rapat')
  const list = page.getByRole('region', { name: 'Diundang' })
  await list.getByRole('button', { name: /^Pindah ke nomor… / }).first().click()
  const move = page.getByRole('dialog', { name: 'Pindah ke nomor' })
  await move.getByLabel('Pindah ke nomor').fill('99')
  await move.getByRole('button', { name: 'Pindahkan' }).click()
  await fieldSays(move.getByLabel('Pindah ke nomor'), 'Nomor harus 1 sampai 65.')
  expect(await footerButtons(move)).toEqual({ labels: ['Batal', 'Pindahkan'], lastIsPrimary: true })
  await screenshot(page, 'forms-pindah-nomor')
  await page.keyboard.press('Escape')
  await move.getByRole('alertdialog').getByRole('button', { name: 'Buang' }).click()
  await move.waitFor({ state: 'detached' })

  // The Excel import: a file chosen, then Escape asks; "Kembali mengisi" keeps the file's preview.
  await nav(page, 'Kontak')
  await page.getByRole('button', { name: 'Impor dari Excel/CSV' }).click()
  const dialog = page.getByRole('dialog', { name: 'Impor kontak dari Excel atau CSV' })
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('Peserta').addRows([
    ['Nama', 'Jabatan'],
    ['Ny. Hj. Desmawati Zainal', 'Anggota Pokja II']
  ])
  await dialog.locator('#import-file').setInputFiles({ name: 'peserta.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) })
  await visible(dialog.getByRole('button', { name: 'Impor 1 kontak' }))
  expect(await footerButtons(dialog)).toEqual({ labels: ['Batal', 'Impor 1 kontak'], lastIsPrimary: true })
  await page.keyboard.press('Escape')
  const ask = dialog.getByRole('alertdialog', { name: /Buang yang sudah diketik\?/ })
  await visible(ask)
  await ask.getByRole('button', { name: 'Kembali mengisi' }).click()
  await visible(dialog.getByRole('button', { name: 'Impor 1 kontak' }))
  await dialog.getByRole('button', { name: 'Batal' }).click()
  await visible(ask)
  await ask.getByRole('button', { name: 'Buang' }).click()
  await dialog.waitFor({ state: 'detached' })
  // Nothing chosen: Escape closes at once.
  await page.getByRole('button', { name: 'Impor dari Excel/CSV' }).click()
  await visible(dialog)
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
})

test('the signing dialog says on the field that the password is missing', async () => {
  const { page } = h
  await nav(page, 'Pengaturan')
  const create = page.getByRole('region', { name: 'Sertifikat tanda tangan digital' }).getByRole('form', { name: 'Buat sertifikat sendiri' })
  await create.getByLabel(/Kata sandi baru/).fill('sandi-ketua-2019')
  await create.getByLabel('Ulangi kata sandi').fill('sandi-ketua-2019')
  await create.getByRole('button', { name: 'Buat sertifikat' }).click()
  await visible(page.getByText(/Sertifikat untuk .* dibuat/), 60_000)
  await page.goto(meetingUrl)
  await openStep(page, 'Undangan')
  await page.getByRole('form', { name: 'Surat Undangan' }).getByRole('button', { name: 'Simpan PDF bertanda tangan digital' }).click()
  const sign = page.getByRole('dialog', { name: 'Tanda tangan digital' })
  // The dialog's form is its own, not part of the Undangan's form it was opened from: its button runs its check.
  await sign.getByRole('button', { name: 'Tandatangani dan simpan' }).click()
  await fieldSays(sign.getByLabel('Kata sandi sertifikat'), 'Isi kata sandi sertifikat')
  expect(await footerButtons(sign)).toEqual({ labels: ['Batal', 'Tandatangani dan simpan'], lastIsPrimary: true })
  await screenshot(page, 'forms-tanda-tangan-sandi')
  await sign.getByRole('button', { name: 'Batal' }).click()
  await sign.waitFor({ state: 'detached' })
})
