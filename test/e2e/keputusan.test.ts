import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { docxPart, pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, loadSample } from './support/sample'
import { openStep } from './support/steps'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const NUMBER = '22/KEP/PKK-PROP/XII/2019'
const PERMENDAGRI_2013 =
  'Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 1 Tahun 2013 tentang Pemberdayaan Masyarakat melalui Gerakan Pemberdayaan dan Kesejahteraan Keluarga'
const SUBJECT = 'PANITIA PELAKSANA, NARASUMBER DAN MODERATOR RAPAT KONSULTASI TIM PENGGERAK PKK PROVINSI SUMATERA BARAT DENGAN OPD TERKAIT TAHUN 2019'

async function download(page: Page, card: Locator, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  return downloadFile(page, () => card.getByRole('button', { name: button, exact: true }).click())
}

/** Picks a person from the address book by typing in the search box, as the secretary does with the keyboard. */
async function fromAddressBook(roles: Locator, group: string, search: string, name: string, extra: (form: Locator) => Promise<void>, shot?: string) {
  const form = roles.getByRole('form', { name: 'Tambah peran' })
  await form.getByLabel('Sebagai').selectOption({ label: group })
  const box = form.getByLabel('Cari di buku alamat')
  await box.fill(search)
  await visible(form.getByRole('button', { name }))
  if (shot) await screenshot(form.page(), shot)
  await box.press('Enter')
  expect(await form.getByLabel('Nama', { exact: true }).inputValue()).toBe(name)
  await extra(form)
  await form.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(roles.getByText(`${name} ditambahkan sebagai`))
}

test('roles from the address book and one typed on the spot, decree 22/KEP/PKK-PROP/XII/2019 of 16 December 2019 saved as PDF and DOCX', async () => {
  const { page } = h
  await loadSample(page)
  // The office's own legal basis, next to the defaults in the library.
  const library = page.getByRole('region', { name: 'Dasar hukum keputusan' })
  // The screen only reads: an empty library says so, and the office's first own basis comes after the defaults.
  await visible(library.getByText('Pustaka masih kosong.'))
  await library.getByLabel('Tambah dasar hukum kantor').fill(PERMENDAGRI_2013)
  await library.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(library.getByText('Dasar hukum ditambahkan.'))
  await visible(library.getByText(/^Peraturan Presiden Republik Indonesia Nomor 99 Tahun 2017/))
  await library.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await screenshot(page, 'keputusan-dasar-hukum')
  await createRakon(page)

  // The Keputusan step: who the decree appoints, then the decree.
  await openStep(page, 'Keputusan')
  const roles = page.getByRole('region', { name: 'Panitia, narasumber dan moderator' })
  await visible(roles)
  const form = roles.getByRole('form', { name: 'Tambah peran' })
  await fromAddressBook(roles, 'Panitia Pelaksana', 'nevi', 'Ny. Hj. Nevi Irwan Prayitno', async (f) => {
    await f.getByLabel('Jabatan dalam panitia').selectOption('Penanggung Jawab')
  })
  await fromAddressBook(roles, 'Panitia Pelaksana', 'yusnidar', 'Ny. Hj. Yusnidar Nasrullah', async (f) => {
    await f.getByLabel('Jabatan dalam panitia').selectOption('Ketua')
  })
  await fromAddressBook(roles, 'Panitia Pelaksana', 'darmawati', 'Ny. Hj. Darmawati Syahrial, S.H, M.M', async (f) => {
    await f.getByLabel('Jabatan dalam panitia').selectOption('Sekretaris')
  })
  // Typed on the spot, with a title the office adds.
  await form.getByLabel('Sebagai').selectOption({ label: 'Panitia Pelaksana' })
  await form.getByLabel('Nama', { exact: true }).fill('Rahmat Hidayat, S.Kom')
  await form.getByLabel('Jabatan/Instansi').fill('Staf Sekretariat Tim Penggerak PKK Provinsi Sumatera Barat')
  await form.getByLabel('Jabatan dalam panitia').selectOption({ label: 'Lainnya (ketik sendiri)…' })
  await form.getByLabel('Jabatan lain').fill('Seksi Dokumentasi')
  await form.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(roles.getByText('Rahmat Hidayat, S.Kom ditambahkan sebagai Seksi Dokumentasi.'))

  await fromAddressBook(
    roles,
    'Narasumber',
    'kepala dinas kesehatan',
    'dr. Hj. Elvi Suryani, M.Kes',
    async (f) => {
      expect(await f.getByLabel('Jabatan/Instansi').inputValue()).toBe('Kepala Dinas Kesehatan Provinsi Sumatera Barat')
      await f.getByLabel('Materi').fill('Sinergi Program Kesehatan Keluarga dengan Kegiatan Pokja IV PKK')
    },
    'keputusan-cari'
  )
  await fromAddressBook(roles, 'Moderator', 'asmiati', 'Dra. Hj. Asmiati Rasyid, M.Pd', async () => {})

  // Order is editable: the Sekretaris moves above the Ketua, then back.
  const committee = roles.getByRole('group', { name: 'Panitia Pelaksana' })
  await committee.getByRole('button', { name: 'Naikkan Ny. Hj. Darmawati Syahrial, S.H, M.M' }).click()
  await visible(committee.locator('tbody tr').nth(1).getByText('Ny. Hj. Darmawati Syahrial, S.H, M.M'))
  await committee.getByRole('button', { name: 'Turunkan Ny. Hj. Darmawati Syahrial, S.H, M.M' }).click()
  await visible(committee.locator('tbody tr').nth(2).getByText('Ny. Hj. Darmawati Syahrial, S.H, M.M'))
  expect(await committee.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual([
    'Ny. Hj. Nevi Irwan Prayitno',
    'Ny. Hj. Yusnidar Nasrullah',
    'Ny. Hj. Darmawati Syahrial, S.H, M.M',
    'Rahmat Hidayat, S.Kom (diketik langsung)'
  ])
  await roles.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await screenshot(page, 'keputusan-peran')

  // The decree from its defaults, dated 16 December 2019.
  const start = page.getByRole('region', { name: 'Keputusan Ketua' })
  await start.getByLabel('Tanggal penetapan').fill('2019-12-16')
  await start.getByRole('button', { name: 'Buat Keputusan Ketua' }).click()
  const card = page.getByRole('form', { name: 'Keputusan Ketua' })
  await visible(card)
  expect(await card.getByLabel('Tentang (dicetak dengan huruf kapital)').inputValue()).toBe(SUBJECT)
  expect(await card.getByLabel('Ditetapkan di').inputValue()).toBe('Padang')
  expect(await card.getByLabel('Diktum KESATU', { exact: true }).inputValue()).toMatch(/^Membentuk Panitia Pelaksana serta menunjuk Narasumber dan Moderator Rapat Konsultasi/)
  expect(await card.getByLabel('Tanggal penetapan').inputValue()).toBe('16/12/2019')
  // Permendagri 36/2020 is in the library but younger than the decree: it is not cited.
  expect(await card.getByLabel(/^Peraturan Presiden Republik Indonesia Nomor 99 Tahun 2017/).isChecked()).toBe(true)
  expect(await card.getByLabel(/Nomor 36 Tahun 2020/).isChecked()).toBe(false)
  expect(await card.getByLabel(PERMENDAGRI_2013).isChecked()).toBe(true)
  // A work programme is no regulation: it is cited under Memperhatikan (docs/formats.md "Mengingat and Memperhatikan").
  await card.getByRole('button', { name: 'Tambah dokumen lain' }).click()
  await card.getByRole('group', { name: 'Memperhatikan' }).getByLabel('dasar tambahan +', { exact: true }).fill('Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019')
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await screenshot(page, 'keputusan-draf')
  expect(await card.getByLabel('Kode surat').inputValue()).toBe('KEP')
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Terbitkan nomor Keputusan Ketua' })
  expect(await confirm.getByTestId('konfirmasi-terbit').textContent()).toContain(NUMBER)
  await confirm.getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByText(`Nomor ${NUMBER}`))
  await card.scrollIntoViewIfNeeded()
  await screenshot(page, 'keputusan-terbit')

  const pdf = await download(page, card, 'Simpan PDF')
  expect(pdf.name).toBe('Keputusan 22-KEP-PKK-PROP-XII-2019.pdf')
  const pages = (await readPdf(pdf.bytes)).map(pageText)
  const all = pages.join(' ').replace(/\s+/g, ' ')
  expect(pages[0]).toContain(`NOMOR : ${NUMBER}`)
  expect(all).toContain(`TENTANG ${SUBJECT}`)
  expect(all).toContain('pada tanggal : 16 Desember 2019')
  expect(all).toContain(
    `Mengingat : 1. Peraturan Presiden Republik Indonesia Nomor 99 Tahun 2017 tentang Gerakan Pemberdayaan dan Kesejahteraan Keluarga; 2. ${PERMENDAGRI_2013}; Memperhatikan : 1. Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019; MEMUTUSKAN`
  )
  expect(all).toContain(`LAMPIRAN : KEPUTUSAN KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT NOMOR : ${NUMBER} TANGGAL : 16 Desember 2019`)
  const lampiran = all.slice(all.indexOf('LAMPIRAN :'))
  for (const name of [
    'Ny. Hj. Nevi Irwan Prayitno',
    'Ny. Hj. Yusnidar Nasrullah',
    'Ny. Hj. Darmawati Syahrial, S.H, M.M',
    'Rahmat Hidayat, S.Kom',
    'dr. Hj. Elvi Suryani, M.Kes',
    'Dra. Hj. Asmiati Rasyid, M.Pd'
  ]) {
    expect(lampiran, name).toContain(name)
  }
  expect(lampiran).toContain('Seksi Dokumentasi')

  const docx = await download(page, card, 'Simpan DOCX')
  expect(docx.name).toBe('Keputusan 22-KEP-PKK-PROP-XII-2019.docx')
  expect(await docxPart(docx.bytes)).toContain(NUMBER)

  // On the meeting page (its Data rapat step lists the meeting's numbered letters) and in the register.
  await openStep(page, 'Data rapat')
  const numbered = page.getByRole('row', { name: new RegExp(NUMBER) })
  await visible(numbered)
  expect(await numbered.textContent()).toContain('Keputusan Ketua')
  await page.goto(`${h.baseUrl}#/agenda/2019`)
  const row = page.getByRole('row', { name: new RegExp(NUMBER) })
  await visible(row)
  expect(await row.textContent()).toContain('Keputusan tentang Panitia Pelaksana, Narasumber dan Moderator Rapat Konsultasi')
}, 180_000)

test('an edit after issuing asks: a correction keeps 22/KEP, a new number cancels it', async () => {
  const { page } = h
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('link', { name: /Rapat Konsultasi Tim Penggerak PKK/ }).click()
  await openStep(page, 'Keputusan')
  const card = page.getByRole('form', { name: 'Keputusan Ketua' })
  await visible(card)
  // Several Anggota at once from the address book; the issued decree's lampiran prints them under the same number.
  const roles = page.getByRole('region', { name: 'Panitia, narasumber dan moderator' })
  await visible(roles.getByText(`Keputusan sudah bernomor ${NUMBER}`))
  await roles.getByRole('button', { name: 'Tambah beberapa anggota panitia dari buku alamat…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah anggota panitia' })
  await dialog.getByLabel('Cari kontak').fill('ketua pokja')
  for (const name of ['Dra. Hj. Asmiati Rasyid, M.Pd', 'Ny. Hj. Syafrida Anwar, S.Ag', 'Ir. Hj. Lismawarni Yunus, M.Si']) await dialog.getByLabel(`Pilih ${name}`).check()
  await dialog.getByRole('button', { name: /^Tambahkan/ }).click()
  await visible(dialog.getByText('3 ditambahkan sebagai Anggota.'))
  await dialog.getByRole('button', { name: 'Selesai' }).click()
  await visible(roles.getByRole('heading', { name: 'Panitia Pelaksana (7)' }))
  // The lampiran of 22/KEP would change under the same number: the card says so, and until she chooses the
  // decree prints as it was issued (six members, not seven).
  const changed = card.getByTestId('berubah-setelah-terbit')
  await visible(changed)
  await changed.scrollIntoViewIfNeeded()
  await screenshot(page, 'keputusan-peran-berubah')
  const frozen = (await readPdf((await download(page, card, 'Simpan PDF')).bytes)).map(pageText).join(' ')
  expect(frozen).toContain(NUMBER)
  expect(frozen).not.toContain('Lismawarni')

  await card.getByRole('radio', { name: /PERTAMA/ }).check()
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  const ask = page.getByRole('dialog', { name: 'Keputusan Ketua sudah bernomor' })
  await visible(ask)
  await screenshot(page, 'keputusan-koreksi')
  await ask.getByRole('button', { name: 'Koreksi, nomor tetap' }).click()
  await visible(card.getByText(`Koreksi disimpan; nomor ${NUMBER} tetap.`, { exact: false }))
  // The stored draft (with the roles it now prints) reaches the card through a live query, a moment after the message.
  await card.getByTestId('berubah-setelah-terbit').waitFor({ state: 'detached', timeout: 10_000 })
  const pages = (await readPdf((await download(page, card, 'Simpan PDF')).bytes)).map(pageText)
  expect(pages.join(' ')).toContain('PERTAMA')
  expect(pages[0]).toContain(NUMBER)
  expect(pages.join(' ')).toMatch(/7\. Ir\. Hj\. Lismawarni Yunus, M\.Si Anggota/)

  await card.getByLabel('Ditetapkan di').fill('Kota Padang')
  await card.getByRole('button', { name: 'Simpan perubahan' }).click()
  await ask.getByRole('button', { name: 'Terbitkan nomor baru' }).click()
  await visible(card.getByText('Nomor 23/KEP/PKK-PROP/XII/2019'))
  await openStep(page, 'Data rapat')
  const cancelled = page.getByRole('row', { name: new RegExp(NUMBER) })
  await visible(cancelled.getByText('Batal'))
}, 120_000)
