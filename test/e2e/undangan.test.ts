import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { docxPart, pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { openStep } from './support/steps'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  return downloadFile(page, () => card.getByRole('button', { name: button, exact: true }).click())
}

test('the invitation 296/SKR/PKK-PROP/XII/2019 to 65 participants, numbered from the register, saved as PDF and DOCX', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await inviteAllGroups(page)
  // Who is invited, as the Data rapat step lists them (the attached list must name every one).
  const invitees = await page.getByRole('region', { name: 'Diundang' }).locator('tbody tr td:nth-child(3)').allTextContents()
  expect(invitees).toHaveLength(65)

  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  await card.getByLabel('Tanggal surat').fill('2019-12-17')
  expect(await card.getByLabel(/Satu surat kepada/).isChecked()).toBe(true)
  // The code shown from the first frame is the one issued (it showed KEP and issued SKR).
  expect(await card.getByLabel('Kode surat').inputValue()).toBe('SKR')
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  // Nothing is issued before the confirmation: number, date and what it covers, with Batal.
  const confirm = page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' })
  await visible(confirm)
  const summary = await confirm.getByTestId('konfirmasi-terbit').textContent()
  expect(summary).toContain('296/SKR/PKK-PROP/XII/2019')
  expect(summary).toContain('17 Desember 2019')
  expect(summary).toContain('65 undangan (daftar terlampir)')
  await screenshot(page, 'undangan-konfirmasi')
  await confirm.getByRole('button', { name: 'Batal' }).click()
  await confirm.waitFor({ state: 'detached' })
  // Batal issued nothing: the card is still unnumbered and the step is still a draft.
  await visible(card.getByText('Belum bernomor'))
  await expect.poll(() => page.getByTestId('status-undangan').textContent()).toBe('draf')
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  await confirm.getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByText('Nomor 296/SKR/PKK-PROP/XII/2019'))
  await visible(page.getByTestId('status-undangan').getByText('terbit nomor 296/SKR/PKK-PROP/XII/2019'))
  await screenshot(page, 'undangan-terbit')

  const pdf = await download(page, 'Simpan PDF')
  expect(pdf.name).toBe('Undangan 296-SKR-PKK-PROP-XII-2019.pdf')
  const pages = await readPdf(pdf.bytes)
  const first = pageText(pages[0] ?? { items: [] } as never)
  expect(first).toContain('296/SKR/PKK-PROP/XII/2019')
  expect(first).toContain('Padang, 17 Desember 2019')
  expect(first).toContain('(daftar terlampir)')
  expect(first).toContain('Jumat, 20 Desember 2019')
  expect(first).toContain('Ny. Hj. Nevi Irwan Prayitno')
  const all = pages.map(pageText).join('\n')
  // The attached list names every invitee.
  for (const name of invitees) expect(all.replace(/\s+/g, ' '), name).toContain(name.replace(/\s+/g, ' '))

  const docx = await download(page, 'Simpan DOCX')
  expect(docx.name).toBe('Undangan 296-SKR-PKK-PROP-XII-2019.docx')
  expect(await docxPart(docx.bytes)).toContain('296/SKR/PKK-PROP/XII/2019')

  // The register holds the number, linked to the meeting.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Agenda Surat' }).click()
  await page.goto(`${h.baseUrl}#/agenda/2019`)
  const row = page.getByRole('row', { name: /296\/SKR\/PKK-PROP\/XII\/2019/ })
  await visible(row)
  expect(await row.textContent()).toContain('65 undangan (daftar terlampir)')
  await screenshot(page, 'agenda-296')
}, 180_000)

test('one letter per invitee: 65 letters in one PDF, every one with the same number', async () => {
  const { page } = h
  await page.goBack()
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('link', { name: /Rapat Konsultasi Tim Penggerak PKK/ }).click()
  await openStep(page, 'Undangan')
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await card.getByLabel(/Satu surat untuk setiap penerima/).check()
  // Each letter then carries the invitee's kode registrasi, unless the secretary unticks it.
  const codeBox = card.getByLabel(/Cetak kode registrasi pribadi/)
  expect(await codeBox.isChecked()).toBe(true)
  await codeBox.scrollIntoViewIfNeeded()
  await screenshot(page, 'undangan-kode-registrasi')
  await card.getByLabel('Lampiran').fill('-')
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await page.getByRole('dialog', { name: 'Surat Undangan sudah bernomor' }).getByRole('button', { name: 'Koreksi, nomor tetap' }).click()
  await visible(card.getByText('Koreksi disimpan; nomor 296/SKR/PKK-PROP/XII/2019 tetap.', { exact: false }))
  const pdf = await download(page, 'Simpan PDF')
  const pages = await readPdf(pdf.bytes)
  const letters = pages.filter((p) => pageText(p).includes('Kepada Yth.'))
  expect(letters).toHaveLength(65)
  for (const p of letters) expect(pageText(p)).toContain('296/SKR/PKK-PROP/XII/2019')
  // Every letter its own code under the address.
  const codes = letters.map((p) => /Kode registrasi:\s+([0-9A-Z]{3}-[0-9A-Z]{3})/.exec(pageText(p))?.[1])
  expect(codes.every((c) => c !== undefined)).toBe(true)
  expect(new Set(codes).size).toBe(65)
  await screenshot(page, 'undangan-per-penerima')
}, 180_000)

test('an issued invitation never changes behind her back: new dates and a removed invitee are noticed, the frozen copy prints until she corrects', async () => {
  const { page } = h
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  // Back to one letter with the attached list (a correction under 296), then the meeting's data changes.
  await card.getByLabel(/Satu surat kepada/).check()
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await page.getByRole('dialog', { name: 'Surat Undangan sudah bernomor' }).getByRole('button', { name: 'Koreksi, nomor tetap' }).click()
  await visible(card.getByText('Koreksi disimpan', { exact: false }))
  expect(await card.getByTestId('berubah-setelah-terbit').count()).toBe(0)

  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Tanggal 1').fill('2019-12-23')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(page.getByRole('heading', { level: 1, name: /Rapat Konsultasi Tim Penggerak PKK/ }))
  // Saved, she is back at the step she came from.
  await visible(page.getByRole('tabpanel', { name: /^Undangan/ }))
  expect(page.url()).toMatch(/\/langkah\/undangan$/)
  await openStep(page, 'Data rapat')
  const first = page.getByRole('region', { name: 'Diundang' }).locator('tbody tr').last()
  const removed = (await first.locator('td:nth-child(3)').textContent())?.trim() ?? ''
  await first.getByRole('button', { name: /dari undangan$/ }).click()
  await visible(page.getByRole('heading', { name: 'Diundang (64)' }))
  // The step bar says so before the step is opened.
  await visible(page.getByTestId('status-undangan').getByText('perlu koreksi (nomor 296/SKR/PKK-PROP/XII/2019)'))

  await openStep(page, 'Undangan')
  const notice = card.getByTestId('berubah-setelah-terbit')
  await visible(notice)
  expect(await notice.textContent()).toContain('296/SKR/PKK-PROP/XII/2019')
  await notice.scrollIntoViewIfNeeded()
  await screenshot(page, 'undangan-berubah-setelah-terbit')
  // Until she chooses, 296 prints as issued: the old day and all 65 names.
  const before = (await readPdf((await download(page, 'Simpan PDF')).bytes)).map(pageText).join(' ').replace(/\s+/g, ' ')
  expect(before).toContain('Jumat, 20 Desember 2019')
  expect(before).not.toContain('23 Desember 2019')
  expect(before).toContain(removed.replace(/\s+/g, ' '))

  // "Koreksi, nomor tetap": a new frozen copy under 296, and the register follows (64 undangan) with its history.
  await card.getByRole('button', { name: 'Koreksi, nomor tetap' }).click()
  await notice.waitFor({ state: 'detached', timeout: 10_000 })
  const after = (await readPdf((await download(page, 'Simpan PDF')).bytes)).map(pageText).join(' ').replace(/\s+/g, ' ')
  expect(after).toContain('296/SKR/PKK-PROP/XII/2019')
  expect(after).toContain('Senin, 23 Desember 2019')
  expect(after).not.toContain(removed.replace(/\s+/g, ' '))
  await page.goto(`${h.baseUrl}#/agenda/2019`)
  const row = page.getByRole('row', { name: /296\/SKR\/PKK-PROP\/XII\/2019/ })
  await visible(row)
  expect(await row.textContent()).toContain('64 undangan (daftar terlampir)')
  await row.getByRole('button', { name: /Riwayat/ }).click()
  const history = page.getByRole('dialog', { name: /Riwayat 296\/SKR/ })
  await visible(history)
  const text = (await history.textContent()) ?? ''
  expect(text).toContain('65 undangan (daftar terlampir)')
  expect(text).toContain('64 undangan (daftar terlampir)')
  await history.getByRole('button', { name: 'Tutup' }).first().click()
  await page.goBack()
}, 180_000)

test('the Buku Agenda Surat Keluar of 2019 as a printable PDF holds 296', async () => {
  const { page } = h
  await page.goto(`${h.baseUrl}#/agenda/2019`)
  const d = await downloadFile(page, () => page.getByRole('button', { name: 'Cetak PDF' }).click())
  expect(d.name).toBe('Buku Agenda Surat Keluar 2019.pdf')
  const pages = await readPdf(d.bytes)
  const text = pages.map(pageText).join('\n')
  expect(text).toContain('BUKU AGENDA SURAT KELUAR')
  for (const n of ['293', '294', '295', '296']) expect(text).toContain(`${n}/SKR/PKK-PROP/XII/2019`)
  expect(text).toContain('21/KEP/PKK-PROP/XII/2019')
})
