import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { verifyPdf } from '../../shared/signing'
import { pageText, readPdf } from '../unit/documents/support'
import { seriousViolations, type AxeFinding } from './support/axe'
import { openApp, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'
import { openStep, stepTab, type StepName } from './support/steps'

let h: Harness
let meetingUrl = ''
const numbers = { undangan: '', keputusan: '' }
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const TITLE = 'Rapat Koordinasi Persiapan Peringatan Hari Ibu Tahun 2026'
const PASSWORD = 'sandi-ketua-2026'
const CONCLUSION = 'Peringatan Hari Ibu dilaksanakan pada tanggal 22 Desember 2026 di Auditorium Gubernuran.'
const screensDir = join(import.meta.dirname, '../../docs/screens')

/** The window as the secretary sees it (1366x768, not the whole page), into the repository's docs/screens. */
async function docScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(screensDir, `${name}.png`), fullPage: false })
}

const findings: { step: string; axe: AxeFinding[]; height: number }[] = []
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click()
const stepState = (page: Page, step: string) => page.getByTestId(`status-${step}`)
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight)

async function addPerson(page: Page, name: string, position: string): Promise<void> {
  await page.getByRole('button', { name: 'Tambah orang' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah orang' })
  await dialog.getByLabel('Nama (seperti ditulis pada surat)').fill(name)
  await dialog.getByLabel('Jabatan').fill(position)
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

test('from an empty office through the meeting’s steps to a signed Kesimpulan, at 1366x768, each step looked at', async () => {
  const { page } = h
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 })
  await fillSumbarProfile(page)
  // The Ketua's certificate, for the signed Kesimpulan at the end.
  const create = page.getByRole('region', { name: 'Sertifikat tanda tangan digital' }).getByRole('form', { name: 'Buat sertifikat sendiri' })
  await create.getByLabel('Nama pemilik').fill('Ny. Hj. Nevi Irwan Prayitno')
  await create.getByLabel(/Kata sandi baru/).fill(PASSWORD)
  await create.getByLabel('Ulangi kata sandi').fill(PASSWORD)
  await create.getByRole('button', { name: 'Buat sertifikat' }).click()
  await visible(page.getByText(/Sertifikat untuk Ny. Hj. Nevi Irwan Prayitno dibuat/), 60_000)

  await nav(page, 'Kontak')
  await addPerson(page, 'Ny. Hj. Yusnidar Nasrullah', 'Wakil Ketua I TP PKK Provinsi Sumatera Barat')
  await addPerson(page, 'dr. Hj. Elvi Suryani, M.Kes', 'Kepala Dinas Kesehatan Provinsi Sumatera Barat')
  await addPerson(page, 'Ir. Syafrizal, MM', 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Sumatera Barat')

  await nav(page, 'Rapat')
  await page.getByRole('button', { name: 'Rapat baru' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Nama rapat').fill(TITLE)
  await form.getByLabel('Jenis rapat').selectOption('rapat-koordinasi')
  await form.getByLabel('Tanggal 1').fill('17/12/2026')
  // Her own date field: the day spelled out beside it as she types, whatever the system's locale.
  await visible(form.getByText('Kamis, 17 Desember 2026'))
  await form.getByLabel('Jam mulai').fill('09:00')
  await form.getByLabel('Tempat').fill('Aula Kantor TP PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang')
  await form.getByLabel('Acara (satu baris satu acara)').fill('Pembukaan\nPaparan persiapan Hari Ibu\nDiskusi\nKesimpulan dan penutup')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(page.getByRole('heading', { level: 1, name: TITLE }))
  meetingUrl = page.url()

  // Step 1 is open, every step says where it stands, and the invitees are one click from the top.
  expect(await stepTab(page, 'Data rapat').getAttribute('aria-selected')).toBe('true')
  // The states come from a live query a moment after the page: waited for, not read at once.
  await expect.poll(() => stepState(page, 'undangan').textContent()).toBe('belum dibuat')
  await expect.poll(() => stepState(page, 'data').textContent()).toBe('belum ada undangan')
  await page.getByRole('button', { name: 'Diundang (0)' }).click()
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Diundang')
  await page.getByRole('button', { name: 'Tambah undangan' }).click()
  const picker = page.getByRole('dialog', { name: 'Tambah undangan' })
  for (const name of ['Ny. Hj. Yusnidar Nasrullah', 'dr. Hj. Elvi Suryani, M.Kes', 'Ir. Syafrizal, MM']) await picker.getByLabel(`Pilih ${name}`).check()
  await picker.getByRole('button', { name: /^Undang/ }).click()
  await visible(picker.getByText('3 undangan ditambahkan.'))
  await picker.getByRole('button', { name: 'Selesai' }).click()
  await visible(page.getByRole('heading', { name: 'Diundang (3)' }))
  await visible(stepState(page, 'data').getByText('3 diundang'))
  // Protocol order on request: the office's own Wakil Ketua before the OPD heads, then her order again.
  const list = page.getByRole('region', { name: 'Diundang', exact: true })
  const names = () => list.locator('tbody tr td:nth-child(3)').allTextContents()
  await list.getByRole('button', { name: 'Urutkan menurut protokoler' }).click()
  await page.getByRole('dialog', { name: 'Urutkan menurut protokoler?' }).getByRole('button', { name: 'Urutkan' }).click()
  await visible(list.getByText('Daftar diurutkan menurut protokoler.', { exact: false }))
  await expect.poll(async () => (await names())[0]).toBe('Ny. Hj. Yusnidar Nasrullah')
  expect((await names()).slice(1).sort()).toEqual(['Ir. Syafrizal, MM', 'dr. Hj. Elvi Suryani, M.Kes'].sort())
  await check(page, 'Data rapat', 'langkah-1-data-rapat')

  // Keyboard: the selected tab is in the Tab order; the arrows open the next step and the address follows.
  await stepTab(page, 'Data rapat').focus()
  await page.keyboard.press('ArrowRight')
  await page.waitForURL(/\/langkah\/undangan$/)
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('langkah-tab-undangan')
  // End: the last step, the Laporan kegiatan.
  await page.keyboard.press('End')
  await page.waitForURL(/\/langkah\/laporan$/)
  // Back returns to the step before; a reload keeps the step.
  await page.goBack()
  await page.waitForURL(/\/langkah\/undangan$/)
  expect(await stepTab(page, 'Undangan').getAttribute('aria-selected')).toBe('true')
  await page.reload()
  await visible(page.getByRole('tabpanel', { name: /^Undangan/ }))
  expect(await stepTab(page, 'Undangan').getAttribute('aria-selected')).toBe('true')

  // Step 2: the invitation, issued.
  const undangan = page.getByRole('tabpanel', { name: /^Undangan/ })
  await undangan.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  await visible(stepState(page, 'undangan').getByText('draf'))
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  await page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' }).getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByTestId('nomor-undangan'))
  numbers.undangan = ((await card.getByTestId('nomor-undangan').textContent()) ?? '').replace('Nomor ', '')
  expect(numbers.undangan).toMatch(/^\d+\/SKR\/PKK-PROP\/XII\/2026$/)
  await visible(stepState(page, 'undangan').getByText(`terbit nomor ${numbers.undangan}`))
  // The live preview beside the form: what prints (the frozen copy, with its number) and the correction she types.
  const column = page.getByRole('complementary', { name: 'Pratinjau cetak Surat Undangan' })
  const printed = column.getByRole('region', { name: `Pratinjau: Yang tercetak (nomor ${numbers.undangan})` })
  await visible(printed.getByRole('figure', { name: /^Halaman 1 dari \d+$/ }), 30_000)
  await expect.poll(() => printed.locator('.textLayer').allTextContents().then((t) => t.join('\n').replace(/\s+/g, ' ')), { timeout: 30_000 }).toContain(numbers.undangan)
  await check(page, 'Undangan', 'langkah-2-undangan')
  // Typed and not saved yet, then a look at another step: the words are still there on coming back.
  await card.getByLabel('Kalimat penutup').fill('Atas perhatian Bapak/Ibu diucapkan terima kasih.')
  await openStep(page, 'Data rapat')
  await openStep(page, 'Undangan')
  expect(await card.getByLabel('Kalimat penutup').inputValue()).toBe('Atas perhatian Bapak/Ibu diucapkan terima kasih.')
  expect(await card.getByRole('button', { name: 'Simpan perubahan' }).isEnabled()).toBe(true)

  // Step 3: who the decree appoints, then the decree, issued.
  await openStep(page, 'Keputusan')
  const roles = page.getByRole('region', { name: 'Panitia, narasumber dan moderator' })
  const add = roles.getByRole('form', { name: 'Tambah peran' })
  await add.getByLabel('Sebagai').selectOption({ label: 'Panitia Pelaksana' })
  await add.getByLabel('Nama', { exact: true }).fill('Ny. Hj. Yusnidar Nasrullah')
  await add.getByLabel('Jabatan/Instansi').fill('Wakil Ketua I TP PKK Provinsi Sumatera Barat')
  await add.getByLabel('Jabatan dalam panitia').selectOption('Ketua')
  await add.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(roles.getByText('Ny. Hj. Yusnidar Nasrullah ditambahkan sebagai Ketua.'))
  await add.getByLabel('Sebagai').selectOption({ label: 'Narasumber' })
  await add.getByLabel('Nama', { exact: true }).fill('dr. Hj. Elvi Suryani, M.Kes')
  await add.getByLabel('Jabatan/Instansi').fill('Kepala Dinas Kesehatan Provinsi Sumatera Barat')
  await add.getByLabel('Materi').fill('Kesehatan Ibu dan Anak')
  await add.getByRole('button', { name: 'Tambahkan' }).click()
  await visible(roles.getByText(/dr. Hj. Elvi Suryani, M.Kes ditambahkan sebagai/))
  const start = page.getByRole('region', { name: 'Keputusan Ketua' })
  await start.getByLabel('Tanggal penetapan').fill('10 Desember 2026')
  await start.getByRole('button', { name: 'Buat Keputusan Ketua' }).click()
  const decree = page.getByRole('form', { name: 'Keputusan Ketua' })
  await visible(decree)
  await decree.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  await page.getByRole('dialog', { name: 'Terbitkan nomor Keputusan Ketua' }).getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(decree.getByTestId('nomor-keputusan'))
  numbers.keputusan = ((await decree.getByTestId('nomor-keputusan').textContent()) ?? '').replace('Nomor ', '')
  expect(numbers.keputusan).toMatch(/^\d+\/KEP\/PKK-PROP\/XII\/2026$/)
  await visible(stepState(page, 'keputusan').getByText(`terbit nomor ${numbers.keputusan}`))
  await check(page, 'Keputusan', 'langkah-3-keputusan')

  // Step 4: the attendance sheet, and one mark at the door.
  await openStep(page, 'Daftar hadir')
  await visible(stepState(page, 'daftar-hadir').getByText('siap dicetak'))
  await page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('link', { name: 'Catat kehadiran' }).click()
  const table = page.getByRole('table', { name: 'Pencatatan kehadiran' })
  await visible(table)
  await table.locator('tbody tr').first().locator('button.hadir').click()
  await visible(table.locator('tbody tr').first().locator('button.hadir[aria-pressed="true"]'))
  // Back to the meeting comes back to its step.
  await page.getByRole('link', { name: `← ${TITLE}` }).click()
  await page.waitForURL(/\/langkah\/daftar-hadir$/)
  await visible(stepState(page, 'daftar-hadir').getByText('kehadiran dicatat'))
  await visible(page.getByTestId('rekap-ringkas').getByText(/hadir 1 orang/))
  await check(page, 'Daftar hadir', 'langkah-4-daftar-hadir')

  // Step 5: the minutes with their conclusion, and the Kesimpulan signed.
  await openStep(page, 'Notulen dan Kesimpulan')
  await page.getByRole('region', { name: 'Notulen dan kesimpulan' }).getByRole('link', { name: 'Tulis notulen' }).click()
  const editor = page.getByRole('region', { name: 'Isi notulen' })
  await editor.getByLabel('Kesimpulan (satu baris satu kesimpulan)').fill(`1. ${CONCLUSION}`)
  await visible(page.getByTestId('status-simpan').getByText(/Tersimpan otomatis/))
  await page.getByRole('link', { name: '← Kembali ke rapat' }).click()
  await page.waitForURL(/\/langkah\/notulen$/)
  await visible(stepState(page, 'notulen').getByText('1 kesimpulan'))
  const kesimpulan = page.getByRole('region', { name: 'Dokumen Kesimpulan Rapat' })
  await kesimpulan.getByRole('button', { name: 'Simpan PDF bertanda tangan digital' }).click()
  const sign = page.getByRole('dialog', { name: 'Tanda tangan digital' })
  await sign.getByLabel('Kata sandi sertifikat').fill(PASSWORD)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), sign.getByRole('button', { name: 'Tandatangani dan simpan' }).click()])
  const bytes = new Uint8Array(await readFile(await download.path()))
  const verified = verifyPdf(bytes, { officeFingerprints: [] })
  expect(verified.signatures[0]?.signer?.commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
  expect(verified.signatures[0]?.ok).toBe(true)
  expect(verified.signatures[0]?.coversWholeFile).toBe(true)
  const text = (await readPdf(bytes)).map(pageText).join(' ').replace(/\s+/g, ' ')
  expect(text).toContain('KESIMPULAN RAPAT')
  expect(text).toContain(CONCLUSION)
  await visible(kesimpulan.getByText(/Tanda tangan digital sah oleh Ny. Hj. Nevi Irwan Prayitno/))
  await check(page, 'Notulen dan Kesimpulan', 'langkah-5-notulen-kesimpulan')

  console.log(findings.map((f) => `${f.step}: ${f.height} px, ${f.axe.length} pelanggaran${f.axe.map((v) => `\n  ${v.impact} ${v.id}: ${v.targets.slice(0, 4).join(' | ')}`).join('')}`).join('\n'))
  expect(findings.filter((f) => f.axe.length > 0).map((f) => f.step)).toEqual([])
  // One step at a time: the page is a step tall, not the whole meeting (one column was about 6,000 px).
  expect(findings.filter((f) => f.height > 3500).map((f) => `${f.step} ${f.height} px`)).toEqual([])
}, 300_000)

test('the states show in the header and the list after issuing, and ask for a correction after the meeting’s data changes', async () => {
  const { page } = h
  await page.goto(meetingUrl)
  const header = page.getByTestId('status-rapat')
  const issued = `Undangan terbit nomor ${numbers.undangan} · Keputusan terbit nomor ${numbers.keputusan} · Daftar hadir kehadiran dicatat · Notulen 1 kesimpulan`
  await visible(header.getByText(issued))
  await page.getByRole('link', { name: '← Semua rapat' }).click()
  const row = page.getByRole('row', { name: new RegExp(TITLE) })
  await visible(row.getByText(`Undangan terbit nomor ${numbers.undangan}`))
  await expect.poll(async () => (await row.getByTestId('status-dokumen').textContent())?.replace(/\s+/g, ' ')).toBe(issued.replaceAll(' · ', ''))

  // The place changes after issue: the invitation printed it, the decree did not.
  await row.getByRole('link', { name: TITLE }).click()
  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  await page.getByRole('form', { name: 'Data rapat' }).getByLabel('Tempat').fill('Auditorium Gubernuran Sumatera Barat, Jalan Sudirman No. 51 Padang')
  await page.getByRole('form', { name: 'Data rapat' }).getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(header.getByText(`Undangan perlu koreksi (nomor ${numbers.undangan}) · Keputusan terbit nomor ${numbers.keputusan}`))
  await visible(page.getByTestId('perlu-koreksi').getByText(/Undangan perlu dikoreksi/))
  await expect.poll(() => stepState(page, 'undangan').textContent()).toBe(`perlu koreksi (nomor ${numbers.undangan})`)
  await expect.poll(() => stepState(page, 'keputusan').textContent()).toBe(`terbit nomor ${numbers.keputusan}`)
  await docScreenshot(page, 'langkah-perlu-koreksi')
  await page.getByRole('link', { name: '← Semua rapat' }).click()
  await visible(page.getByRole('row', { name: new RegExp(TITLE) }).getByText(`Undangan perlu koreksi (nomor ${numbers.undangan})`))
  await docScreenshot(page, 'daftar-rapat')

  // The correction under the same number puts the state back to issued, everywhere.
  await page.getByRole('link', { name: TITLE }).click()
  await page.getByRole('link', { name: 'Buka Undangan' }).click()
  await page.getByTestId('berubah-setelah-terbit').waitFor()
  await page.getByRole('form', { name: 'Surat Undangan' }).getByRole('button', { name: 'Koreksi, nomor tetap' }).click()
  await visible(stepState(page, 'undangan').getByText(`terbit nomor ${numbers.undangan}`))
  expect(await page.getByTestId('perlu-koreksi').count()).toBe(0)
  await nav(page, 'Rapat')
  await visible(page.getByRole('row', { name: new RegExp(TITLE) }).getByText(`Undangan terbit nomor ${numbers.undangan}`))
}, 120_000)

test('a long list shows 20 past meetings with their states, and 20 more on request', async () => {
  const { page } = h
  // 25 meetings of 2019, written straight into the office's database; the page is reloaded to read them.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('sekretariat-pkk')
      r.onsuccess = () => ok(r.result)
      r.onerror = () => fail(r.error)
    })
    const tx = db.transaction('meetings', 'readwrite')
    const at = '2019-01-02T02:00:00.000Z'
    for (let i = 1; i <= 25; i++) {
      tx.objectStore('meetings').put({
        id: `lama-${i}`,
        title: `Rapat Koordinasi Lama Nomor ${i}`,
        kind: 'rapat-koordinasi',
        dates: [`2019-${String(Math.ceil(i / 3)).padStart(2, '0')}-${String(((i - 1) % 3) * 9 + 1).padStart(2, '0')}`],
        timeStart: '09:00',
        timeEnd: '',
        timeZone: 'WIB',
        place: 'Aula Kantor',
        agenda: [],
        basis: [],
        objectives: [],
        signer: { signerId: '', useSignatureImage: true, useStamp: true },
        notes: '',
        createdAt: at,
        updatedAt: at
      })
    }
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok()
      tx.onerror = () => fail(tx.error)
    })
    db.close()
  })
  await page.goto(`${h.baseUrl}#/rapat`)
  await page.reload()
  const past = page.locator('h2:has-text("Sudah berlangsung") + .table-wrap tbody tr')
  await expect.poll(() => past.count()).toBe(20)
  await visible(page.getByText('20 dari 25 rapat ditampilkan.'))
  // Every row shown has its states (read for the rows on screen only).
  await expect.poll(() => past.getByTestId('status-dokumen').getByText('Undangan belum dibuat').count()).toBe(20)
  await page.getByRole('button', { name: 'Tampilkan 5 lagi' }).click()
  await expect.poll(() => past.count()).toBe(25)
  await expect.poll(() => past.getByTestId('status-dokumen').getByText('Undangan belum dibuat').count()).toBe(25)
  expect(await page.getByRole('button', { name: /^Tampilkan/ }).count()).toBe(0)
  // The upcoming meeting stays at the top with its own states.
  await visible(page.getByRole('row', { name: new RegExp(TITLE) }).getByText(`Undangan terbit nomor ${numbers.undangan}`))
}, 120_000)

/** axe-core on the step as it is now, and its screenshot in docs/screens. */
async function check(page: Page, step: StepName, shot: string): Promise<void> {
  await visible(page.getByRole('tabpanel', { name: new RegExp(`^${step}`) }))
  findings.push({ step, axe: await seriousViolations(page), height: await pageHeight(page) })
  await docScreenshot(page, shot)
}
