import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { verifyPdf } from '../../shared/signing'
import { pageText, readPdf } from '../unit/documents/support'
import { hasTool, pdfsig } from '../unit/signing/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { continuePractice, createRakon, loadSample } from './support/sample'
import { openStep } from './support/steps'

let h: Harness
let meetingUrl = ''
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const SEED_CONCLUSION =
  'Untuk meningkatkan koordinasi dan kerja sama antara Tim Penggerak PKK Provinsi Sumatera Barat dengan Mitra Kerja/OPD terkait, perlu dilakukan rapat konsultasi ini secara berkala di awal dan di akhir tahun anggaran.'

const editor = (page: Page) => page.getByRole('region', { name: 'Isi notulen' })

test('minutes typed during the meeting survive a reload in the middle of typing', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await openStep(page, 'Notulen dan Kesimpulan')
  // The address keeps the step: coming back to it opens the Notulen dan Kesimpulan step.
  meetingUrl = page.url()
  const panel = page.getByRole('region', { name: 'Notulen dan kesimpulan' })
  await panel.getByRole('link', { name: 'Tulis notulen' }).click()
  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  // The header comes from the meeting; the Ketua leads and the Sekretaris takes notes by default.
  await visible(page.getByTestId('notulen-peserta').getByText('Diundang 0 orang; kehadiran belum dicatat.'))
  expect(await page.getByLabel('Pimpinan rapat', { exact: true }).inputValue()).toBe('Ny. Hj. Nevi Irwan Prayitno')

  const e = editor(page)
  await e.getByLabel('Pembukaan').fill('Rapat dibuka pukul 09.00 WIB oleh pembawa acara.\n\n1. Program Kerja Tahun 2019;\n2. Keputusan Nomor 22/KEP/PKK-PROP/XII/2019.')
  await e.getByRole('button', { name: 'Tambah sambutan' }).click()
  await e.getByLabel('Sambutan 1: oleh').fill('Ny. Hj. Nevi Irwan Prayitno, Ketua TP PKK Provinsi Sumatera Barat')
  await e.getByLabel('Sambutan 1: ringkasan').fill('Ketua mengucapkan **terima kasih** atas kerja sama selama Tahun 2019.')
  await e.getByLabel('Kesimpulan (satu baris satu kesimpulan)').fill(`1. ${SEED_CONCLUSION}\n2. `)
  // Typing goes on, and the window is reloaded while the last words are still being typed.
  await e.getByLabel('Kesimpulan (satu baris satu kesimpulan)').press('End')
  await e.getByLabel('Kesimpulan (satu baris satu kesimpulan)').pressSequentially('Persiapan Lomba Gerakan PKK 2020', { delay: 5 })
  await page.reload()

  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  expect(await editor(page).getByLabel('Kesimpulan (satu baris satu kesimpulan)').inputValue()).toBe(`1. ${SEED_CONCLUSION}\n2. Persiapan Lomba Gerakan PKK 2020`)
  expect(await editor(page).getByLabel('Pembukaan').inputValue()).toContain('2. Keputusan Nomor 22/KEP/PKK-PROP/XII/2019.')
  expect(await editor(page).getByLabel('Sambutan 1: ringkasan').inputValue()).toBe('Ketua mengucapkan **terima kasih** atas kerja sama selama Tahun 2019.')
  // Once the database holds it, the journal is cleared, and a second reload reads it from the database.
  // (The sample is practice data: its journal has keys of its own, apart from the office's.)
  await page.waitForFunction(() => Object.keys(localStorage).every((k) => !k.startsWith('pkk.latihan.notulen.')), undefined, { timeout: 10_000 })
  await page.reload()
  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  expect(await editor(page).getByLabel('Kesimpulan (satu baris satu kesimpulan)').inputValue()).toContain('Persiapan Lomba Gerakan PKK 2020')
  await editor(page).getByLabel('Penutup').fill('Rapat ditutup pukul 12.30 WIB.')
  await visible(page.getByTestId('status-simpan').getByText(/Tersimpan otomatis/))
  await screenshot(page, 'notulen-editor')

  // The window closed abruptly (no beforeunload) while typing, before the save's pause ended.
  const url = page.url()
  await editor(page).getByLabel('Diskusi / tanya jawab').pressSequentially('Peserta menanyakan dukungan OPD', { delay: 5 })
  await page.close({ runBeforeUnload: false })
  const again = await h.context.newPage()
  h.page = again
  // The app opened again starts on the office's data; the practice data (the sample) is taken up where it was left.
  await again.goto(h.baseUrl)
  await continuePractice(again)
  // The typing went to the practice data's own journal key, never to the office's; whether the entry is still there
  // depends on whether the autosave landed before the close (it clears the entry), so the text is checked below.
  const keys = await again.evaluate(() => Object.keys(localStorage))
  expect(keys.filter((k) => k.startsWith('pkk.notulen.'))).toEqual([])
  expect(keys.filter((k) => k.startsWith('pkk.latihan.notulen.')).length).toBeLessThanOrEqual(1)
  await again.goto(url)
  await visible(again.getByRole('heading', { name: 'Notulen rapat' }))
  expect(await editor(again).getByLabel('Diskusi / tanya jawab').inputValue()).toBe('Peserta menanyakan dukungan OPD')
  expect(await editor(again).getByLabel('Penutup').inputValue()).toBe('Rapat ditutup pukul 12.30 WIB.')
}, 180_000)

test('follow-ups per OPD appear in the cross-meeting view and are carried into the next meeting', async () => {
  const { page } = h
  const list = page.getByRole('region', { name: 'Daftar tindak lanjut' })
  const add = async (what: string, owner: string, due: string) => {
    await list.getByLabel('Uraian tindak lanjut').fill(what)
    await list.getByLabel('Penanggung jawab (OPD atau orang)').selectOption({ label: owner })
    await list.getByLabel('Batas waktu').fill(due)
    await list.getByRole('button', { name: 'Tambah tindak lanjut' }).click()
    await visible(list.getByRole('cell', { name: what }))
  }
  await add('Menyampaikan program 2020 yang dapat disinergikan', 'Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat', '2020-01-31')
  // A deadline typed her way; one the calendar does not have is refused and nothing is added.
  await list.getByLabel('Uraian tindak lanjut').fill('Mengirim laporan Hari Kesatuan Gerak PKK')
  await list.getByLabel('Batas waktu').fill('30/02/2020')
  await list.getByRole('button', { name: 'Tambah tindak lanjut' }).click()
  await visible(list.getByText('Tanggal 30 Februari 2020 tidak ada: Februari 2020 hanya sampai tanggal 29.'))
  await visible(list.getByText('Batas waktu belum terbaca sebagai tanggal. Tulis seperti 17/12/2026, atau kosongkan.'))
  expect(await list.getByRole('cell', { name: 'Mengirim laporan Hari Kesatuan Gerak PKK' }).count()).toBe(0)
  await add('Menyiapkan data kesehatan keluarga untuk Lomba 2020', 'Dinas Kesehatan Provinsi Sumatera Barat', '31 Mar 2020')

  // A later meeting to carry the open items into.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('button', { name: 'Rapat baru' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Nama rapat').fill('Rapat Konsultasi Awal Tahun Anggaran 2020')
  await form.getByLabel('Tanggal 1').fill('2020-02-14')
  await form.getByLabel('Jam mulai').fill('09:00')
  await form.getByLabel('Tempat').fill('Aula Kantor TP PKK Provinsi Sumatera Barat')
  await form.getByLabel('Acara (satu baris satu acara)').fill('Pembukaan')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(page.getByRole('heading', { level: 1, name: 'Rapat Konsultasi Awal Tahun Anggaran 2020' }))

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('link', { name: 'Tindak lanjut semua rapat' }).click()
  const dinkes = page.getByRole('region', { name: 'Tindak lanjut Dinas Kesehatan Provinsi Sumatera Barat' })
  await visible(dinkes.getByText('Menyiapkan data kesehatan keluarga untuk Lomba 2020'))
  const bappeda = page.getByRole('region', { name: 'Tindak lanjut Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat' })
  await visible(bappeda.getByText('Menyampaikan program 2020 yang dapat disinergikan'))
  await screenshot(page, 'tindak-lanjut')

  await bappeda.getByLabel('Pilih Menyampaikan program 2020 yang dapat disinergikan').check()
  // The next meeting after the Rapat Konsultasi is offered first.
  expect(await page.getByLabel('Rapat tujuan').locator('option:checked').textContent()).toContain('Rapat Konsultasi Awal Tahun Anggaran 2020')
  await page.getByRole('button', { name: 'Tambahkan ke susunan acara' }).click()
  await visible(page.getByText('1 tindak lanjut ditambahkan ke susunan acara Rapat Konsultasi Awal Tahun Anggaran 2020.'))
  await visible(bappeda.getByText('Dibawa ke: Rapat Konsultasi Awal Tahun Anggaran 2020'))
  // Closing an item takes it off the open list.
  await dinkes.getByLabel('Status Menyiapkan data kesehatan keluarga untuk Lomba 2020').selectOption('selesai')
  await dinkes.waitFor({ state: 'detached' })

  await page.getByRole('link', { name: /Rapat Konsultasi Tim Penggerak PKK/ }).first().click()
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('link', { name: 'Rapat Konsultasi Awal Tahun Anggaran 2020' }).click()
  await visible(page.getByText('Tindak lanjut: Menyampaikan program 2020 yang dapat disinergikan (Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat)'))
}, 180_000)

test('the Kesimpulan is saved as a PDF signed with a self-signed certificate made in Pengaturan, and verifies', async () => {
  const { page } = h
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const certs = page.getByRole('region', { name: 'Sertifikat tanda tangan digital' })
  const create = certs.getByRole('form', { name: 'Buat sertifikat sendiri' })
  expect(await create.getByLabel('Nama pemilik').inputValue()).toBe('Ny. Hj. Nevi Irwan Prayitno')
  // The grey buttons say what they wait for.
  await visible(certs.getByText('Tombol aktif setelah berkas sertifikat dipilih dan kata sandi berkas diisi.'))
  await visible(create.getByText('Tombol aktif setelah kata sandi berisi paling sedikit 8 karakter.'))
  expect(await create.getByRole('button', { name: 'Buat sertifikat' }).isDisabled()).toBe(true)
  await screenshot(page, 'sertifikat-belum-bisa')
  await create.getByLabel(/Kata sandi baru/).fill('sandi-ketua-2019')
  await create.getByLabel('Ulangi kata sandi').fill('sandi-ketua-2019')
  await create.getByRole('button', { name: 'Buat sertifikat' }).click()
  await visible(certs.getByText(/Sertifikat untuk Ny. Hj. Nevi Irwan Prayitno dibuat/), 60_000)
  await visible(certs.getByRole('cell', { name: /Ny. Hj. Nevi Irwan Prayitno \(buatan sendiri\)/ }))
  // The office's certificate as the table shows it: the fingerprint the verifier matches signatures against.
  const shownFingerprint = (await certs.getByText(/^Sidik SHA-256:/).textContent()) ?? ''
  const office = { officeFingerprints: [shownFingerprint.replace('Sidik SHA-256:', '').trim()] }
  expect(office.officeFingerprints[0]).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  await screenshot(page, 'sertifikat')

  await page.goto(meetingUrl)
  const kesimpulan = page.getByRole('region', { name: 'Dokumen Kesimpulan Rapat' })
  await kesimpulan.getByRole('button', { name: 'Simpan PDF bertanda tangan digital' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tanda tangan digital' })
  await visible(dialog.getByText(/ditandatangani dengan tanda tangan digital\./).first())
  // The format's name stays behind "Rincian teknis" on the meeting page, and out of the dialog.
  expect(await dialog.getByText(/PKCS#7/).count()).toBe(0)
  expect(await kesimpulan.getByText(/PKCS#7/).count()).toBe(1)
  expect(await kesimpulan.getByText(/PKCS#7/).isVisible()).toBe(false)
  await dialog.getByLabel('Kata sandi sertifikat').fill('salah-sandi')
  await dialog.getByRole('button', { name: 'Tandatangani dan simpan' }).click()
  await visible(dialog.getByText(/Kata sandi sertifikat salah/), 30_000)
  await dialog.getByLabel('Kata sandi sertifikat').fill('sandi-ketua-2019')
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: 'Tandatangani dan simpan' }).click()])
  expect(download.suggestedFilename()).toBe('Kesimpulan Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019 bertanda tangan.pdf')
  const bytes = new Uint8Array(await readFile(await download.path()))
  await visible(kesimpulan.getByText(/Tanda tangan digital sah oleh Ny. Hj. Nevi Irwan Prayitno/))

  const check = verifyPdf(bytes, office)
  expect(check.ok, check.summary).toBe(true)
  expect(check.signatures[0]?.signer?.commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
  const text = (await readPdf(bytes)).map(pageText).join(' ').replace(/\s+/g, ' ')
  expect(text).toContain('KESIMPULAN RAPAT')
  expect(text).toContain('2. Persiapan Lomba Gerakan PKK 2020')
  expect(text).toContain('Ditandatangani secara digital oleh Ny. Hj. Nevi Irwan Prayitno')
  expect(text).toContain('Sidik SHA-256 isi dokumen:')
  if (hasTool('pdfsig')) expect(pdfsig(bytes)).toContain('Signature is Valid.')
  await screenshot(page, 'kesimpulan-ttd')

  // Any document may be signed as an option: the Notulen here, with the same certificate.
  const notulen = page.getByRole('region', { name: 'Dokumen Notulen' })
  await notulen.getByRole('button', { name: 'Simpan PDF bertanda tangan digital' }).click()
  const again = page.getByRole('dialog', { name: 'Tanda tangan digital' })
  await visible(again.getByText(/Notulen Rapat ditandatangani dengan/))
  await again.getByLabel('Kata sandi sertifikat').fill('sandi-ketua-2019')
  const [signedNotulen] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), again.getByRole('button', { name: 'Tandatangani dan simpan' }).click()])
  expect(signedNotulen.suggestedFilename()).toMatch(/^Notulen .*Rapat Konsultasi.* bertanda tangan\.pdf$/)
  const notulenBytes = new Uint8Array(await readFile(await signedNotulen.path()))
  const notulenCheck = verifyPdf(notulenBytes, office)
  expect(notulenCheck.ok, notulenCheck.summary).toBe(true)
  const notulenText = (await readPdf(notulenBytes)).map(pageText).join(' ').replace(/\s+/g, ' ')
  expect(notulenText).toContain('NOTULEN')
  expect(notulenText).toContain('Ditandatangani secara digital oleh Ny. Hj. Nevi Irwan Prayitno')
  if (hasTool('pdfsig')) expect(pdfsig(notulenBytes)).toContain('Signature is Valid.')
  // Pengaturan checks a signed PDF, and a copy with one byte changed.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const checker = page.getByRole('region', { name: 'Periksa PDF bertanda tangan' })
  await checker.getByLabel('Pilih PDF').setInputFiles({ name: 'asli.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) })
  await visible(checker.getByText(/asli\.pdf/))
  await visible(checker.getByText(/Tanda tangan digital sah oleh Ny\. Hj\. Nevi Irwan Prayitno \(sertifikat kantor\)/))
  // The fingerprints and byte ranges are behind "Rincian teknis".
  await checker.getByText('Rincian teknis').click()
  await visible(checker.getByText(`Sidik SHA-256 sertifikat: ${office.officeFingerprints[0]} (buatan sendiri; penerbit tidak diperiksa)`))
  await visible(checker.getByText('Tidak ada yang ditambahkan setelah tanda tangan ini.'))
  // Bytes appended after the signature: the office's signature still matches its part, the file is not called unchanged.
  await checker.getByLabel('Pilih PDF').setInputFiles({ name: 'ditambah.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from(bytes), Buffer.from('% tambahan\n')]) })
  await visible(checker.getByText(/SUDAH BERUBAH setelah ditandatangani\. Ada 11 bita yang ditambahkan setelah tanda tangan/))
  const tampered = Buffer.from(bytes)
  tampered[2000] = (tampered[2000] ?? 0) ^ 1
  await checker.getByLabel('Pilih PDF').setInputFiles({ name: 'diubah.pdf', mimeType: 'application/pdf', buffer: tampered })
  await visible(checker.getByText(/Tanda tangan digital TIDAK sah/))
  // The password is not kept anywhere the page can reach.
  const stored = await page.evaluate(() => JSON.stringify(localStorage))
  expect(stored).not.toContain('sandi-ketua-2019')
}, 240_000)
