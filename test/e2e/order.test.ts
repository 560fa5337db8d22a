import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'
import { openStep } from './support/steps'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
  await h.page.setViewportSize({ width: 1366, height: 768 })
})
afterAll(async () => {
  await h.close()
})

const download = downloadFile

/** Polls until `read` gives `expected` (live queries follow the database a moment later). */
async function settles<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout
  let value = await read()
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 100))
    value = await read()
  }
  expect(value).toEqual(expected)
}

const inviteeList = (page: Page) => page.getByRole('region', { name: 'Diundang', exact: true })
const listedNames = (page: Page) => inviteeList(page).locator('tbody tr td:nth-child(3)').allTextContents()
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '')

describe('the invitees’ one order', () => {
  test('protocol order once, then “Pindah ke nomor” and a keyboard drag; the Daftar Hadir prints that order', async () => {
    const { page } = h
    await loadSample(page)
    await createRakon(page)
    await inviteAllGroups(page)
    const invited = await listedNames(page)
    expect(invited).toHaveLength(65)
    // At the window widths of an office's laptop the table fits beside the meeting's facts: no sideways scroll
    // to reach a row's "Hapus" (at 1366 px it was cut off once the Instansi column was filled).
    for (const width of [1280, 1366]) {
      await page.setViewportSize({ width, height: 768 })
      const [box, table] = await page.locator('.invitee-table').evaluate((el) => [el.clientWidth, (el.querySelector('table') as HTMLElement).scrollWidth])
      expect(table, `tabel undangan pada lebar ${width} px`).toBeLessThanOrEqual(box as number)
    }
    await page.setViewportSize({ width: 1366, height: 768 })

    // Protocol order, asked for once: the office's own Ketua and her Wakil first.
    await inviteeList(page).getByRole('button', { name: 'Urutkan menurut protokoler' }).click()
    const ask = page.getByRole('dialog', { name: 'Urutkan menurut protokoler?' })
    await ask.getByRole('button', { name: 'Urutkan' }).click()
    await visible(inviteeList(page).getByText('Daftar diurutkan menurut protokoler.', { exact: false }))
    await settles(async () => (await listedNames(page))[0], 'Ny. Hj. Nevi Irwan Prayitno')
    const positions = await inviteeList(page).locator('tbody tr td:nth-child(4)').allTextContents()
    expect(positions.slice(0, 5)).toEqual(['Ketua', 'Wakil Ketua I', 'Wakil Ketua II', 'Wakil Ketua III', 'Wakil Ketua IV'])
    const sorted = await listedNames(page)
    expect(sorted).not.toEqual(invited)
    expect([...sorted].sort()).toEqual([...invited].sort())

    // "Pindah ke nomor": the last row to number 2; a wrong number is refused on the field.
    const last = sorted[64] ?? ''
    await inviteeList(page).getByRole('button', { name: `Pindah ke nomor… ${last}` }).click()
    const move = page.getByRole('dialog', { name: 'Pindah ke nomor' })
    const field = move.getByLabel('Pindah ke nomor')
    await field.fill('66')
    await move.getByRole('button', { name: 'Pindahkan' }).click()
    await visible(move.getByText('Nomor harus 1 sampai 65.'))
    await field.fill('2')
    await move.getByRole('button', { name: 'Pindahkan' }).click()
    await settles(async () => (await listedNames(page)).slice(0, 3), [sorted[0], last, sorted[1]])

    // A drag from the keyboard: the handle of row 4, Space, ↑, Space puts it at number 3.
    const fourth = (await listedNames(page))[3] ?? ''
    await inviteeList(page).getByRole('button', { name: `Pindahkan ${fourth} (nomor 4)` }).focus()
    await page.keyboard.press('Space')
    await page.waitForTimeout(200)
    await page.keyboard.press('ArrowUp')
    await page.waitForTimeout(300)
    await page.keyboard.press('Space')
    await settles(async () => (await listedNames(page))[2], fourth)

    // A drag with the mouse: the handle of row 3 held and moved onto row 2; the row follows the pointer while held.
    const before = await listedNames(page)
    const third = before[2] ?? ''
    const handle = inviteeList(page).getByRole('button', { name: `Pindahkan ${third} (nomor 3)` })
    await handle.scrollIntoViewIfNeeded()
    const from = await handle.boundingBox()
    const onto = await inviteeList(page).locator('tbody tr').nth(1).boundingBox()
    if (!from || !onto) throw new Error('Baris tidak tampak')
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 12, { steps: 4 })
    await page.mouse.move(from.x + from.width / 2, onto.y + onto.height / 2, { steps: 8 })
    const held = inviteeList(page).locator('tbody tr.dragging')
    expect(await held.count()).toBe(1)
    expect(await held.evaluate((tr) => (tr as HTMLElement).style.transform)).toMatch(/^translate3d\(0px, -\d/)
    await page.mouse.up()
    await settles(async () => (await listedNames(page)).slice(0, 3), [before[0], third, before[1]])
    await settles(() => inviteeList(page).locator('tbody tr').evaluateAll((rows) => rows.filter((tr) => (tr as HTMLElement).style.transform !== '').length), 0)
    const final = await listedNames(page)
    await screenshot(page, 'undangan-urutan')

    // The sheet prints that one order: every name of the list, in the list's order.
    await openStep(page, 'Daftar hadir')
    const card = page.getByRole('form', { name: 'Daftar Hadir' })
    await visible(card)
    await page.waitForTimeout(300)
    const pdf = await download(page, () => card.getByRole('button', { name: 'Simpan PDF' }).click())
    const text = (await readPdf(pdf.bytes)).map(pageText).join(' ').replace(/\s+/g, ' ')
    const at = final.map((n) => text.indexOf(n.replace(/\s+/g, ' ')))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
  })

  test('at the door: search, Enter selects the row, H marks it and the focus is back in the search', async () => {
    const { page } = h
    await page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('link', { name: 'Catat kehadiran' }).click()
    const search = page.getByRole('searchbox', { name: 'Cari peserta' })
    await visible(search)
    const table = page.getByRole('table', { name: 'Pencatatan kehadiran' })
    await visible(table.locator('tbody tr[data-index="64"]'))

    await search.click()
    await page.keyboard.type('Nevi Irwan')
    await page.keyboard.press('Enter')
    await settles(() => focusedLabel(page), '1. Ny. Hj. Nevi Irwan Prayitno: Belum dicatat')
    await page.keyboard.press('h')
    await settles(() => focusedLabel(page), 'Cari peserta')
    await visible(table.getByRole('row', { name: '1. Ny. Hj. Nevi Irwan Prayitno: Hadir' }))

    // What she types next goes to the search, replacing the last name.
    await page.keyboard.type('Rosnelly')
    expect(await search.inputValue()).toBe('Rosnelly')
    await page.keyboard.press('Enter')
    await settles(async () => (await focusedLabel(page)).endsWith('dr. Hj. Rosnelly Amran, M.Kes: Belum dicatat'), true)
    await page.keyboard.press('i')
    await settles(() => focusedLabel(page), 'Cari peserta')
    await visible(table.getByRole('row', { name: /dr\. Hj\. Rosnelly Amran, M\.Kes: Izin$/ }))
    await screenshot(page, 'hadir-cari-tandai')
  })

  test('Escape in a dialog with typed data asks before throwing it away', async () => {
    const { page } = h
    await page.goBack()
    await openStep(page, 'Data rapat')
    await visible(inviteeList(page))
    const first = (await listedNames(page))[0] ?? ''
    await inviteeList(page).getByRole('button', { name: `Pindah ke nomor… ${first}` }).click()
    const move = page.getByRole('dialog', { name: 'Pindah ke nomor' })
    await move.getByLabel('Pindah ke nomor').fill('5')
    await page.keyboard.press('Escape')
    const askDiscard = move.getByRole('alertdialog', { name: /Buang yang sudah diketik\?/ })
    await visible(askDiscard)
    await askDiscard.getByRole('button', { name: 'Kembali mengisi' }).click()
    expect(await move.getByLabel('Pindah ke nomor').inputValue()).toBe('5')
    await move.getByRole('button', { name: 'Tutup' }).click()
    await move.getByRole('alertdialog').getByRole('button', { name: 'Buang' }).click()
    await move.waitFor({ state: 'detached' })
    // Nothing typed: Escape closes at once.
    await inviteeList(page).getByRole('button', { name: `Pindah ke nomor… ${first}` }).click()
    await visible(move)
    await page.keyboard.press('Escape')
    await move.waitFor({ state: 'detached' })
  })
})

describe('Kontak and Pengaturan', () => {
  test('Tambah orang: Escape asks “Buang yang sudah diketik?”, and keeps what was typed when she goes back', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kontak' }).click()
    await page.getByRole('button', { name: 'Tambah orang' }).click()
    const dialog = page.getByRole('dialog', { name: 'Tambah orang' })
    await dialog.getByLabel('Nama (seperti ditulis pada surat)').fill('Ny. Contoh Saja')
    await page.keyboard.press('Escape')
    const askDiscard = dialog.getByRole('alertdialog')
    await visible(askDiscard.getByText('Buang yang sudah diketik?'))
    await screenshot(page, 'dialog-buang-ketikan')
    await page.keyboard.press('Escape')
    await askDiscard.waitFor({ state: 'detached' })
    expect(await dialog.getByLabel('Nama (seperti ditulis pada surat)').inputValue()).toBe('Ny. Contoh Saja')
    await page.keyboard.press('Escape')
    await dialog.getByRole('alertdialog').getByRole('button', { name: 'Buang' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  test('Orang: “Pilih semua” ticks every row shown, and the chosen go into a group together', async () => {
    const { page } = h
    const list = page.getByRole('region', { name: 'Daftar orang' })
    await page.getByRole('searchbox', { name: 'Cari orang' }).fill('Anggota Pokja')
    await settles(() => list.locator('tbody tr').count(), 10)
    await list.getByRole('checkbox', { name: /^Pilih semua yang tampil/ }).check()
    const bar = page.getByRole('region', { name: 'Orang yang dipilih' })
    await visible(bar.getByText('10 dipilih'))
    expect(await list.locator('tbody input[type="checkbox"]:checked').count()).toBe(10)
    await bar.getByLabel('Kelompok tujuan').selectOption({ label: 'OPD Terkait' })
    await bar.getByRole('button', { name: 'Masukkan ke kelompok' }).click()
    await visible(page.getByText('10 orang dimasukkan ke kelompok OPD Terkait.'))
    await settles(() => list.locator('tbody tr').filter({ hasText: 'OPD Terkait' }).count(), 10)
  })

  test('a phone “tidak ada” imports the person without a phone, with a note; the rejected row goes back to Excel with its reason', async () => {
    const { page } = h
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Peserta')
    ws.addRow(['No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail'])
    ws.addRow([1, 'Ny. Desi Tanpa Telepon', 'Kader', 'TP PKK Kota Padang', 'tidak ada', ''])
    ws.addRow([2, 'Ny. Rina Surel Salah', 'Kader', 'TP PKK Kota Padang', '-', 'rina@'])
    await page.getByRole('button', { name: 'Impor dari Excel/CSV' }).click()
    const dialog = page.getByRole('dialog', { name: 'Impor kontak dari Excel atau CSV' })
    await dialog.locator('#import-file').setInputFiles({ name: 'Kader.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) })
    await visible(dialog.getByText('1 baris siap'))
    await visible(dialog.getByText('1 baris ditolak'))
    await dialog.getByText('Catatan (1)').click()
    await visible(dialog.getByText('Baris 2 · Nomor telepon "tidak ada" dibaca sebagai belum ada nomor; orangnya diimpor tanpa nomor telepon.'))

    const saved = await download(page, () => dialog.getByRole('button', { name: 'Simpan baris yang ditolak ke Excel' }).click())
    expect(saved.name).toBe('Kader - baris ditolak.xlsx')
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(Buffer.from(saved.bytes) as unknown as ArrayBuffer)
    const sheet = back.worksheets[0]
    const rows: string[][] = []
    sheet?.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
    expect(rows[0]).toEqual(['No', 'Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail', 'Baris di berkas asal', 'Alasan ditolak'])
    expect(rows.slice(1).map((r) => r.slice(1, 7))).toEqual([['Ny. Rina Surel Salah', 'Kader', 'TP PKK Kota Padang', '-', 'rina@', '3']])
    expect(rows[1]?.[7]).toBe('E-mail: Alamat e-mail tidak valid (isi: "rina@")')
    await screenshot(page, 'kontak-impor-tidak-ada')

    await dialog.getByRole('button', { name: 'Impor 1 kontak' }).click()
    await visible(dialog.getByText('1 kontak berhasil diimpor', { exact: false }))
    await dialog.getByRole('button', { name: 'Selesai' }).click()
    await page.getByRole('searchbox', { name: 'Cari orang' }).fill('Desi Tanpa')
    const row = page.getByRole('region', { name: 'Daftar orang' }).locator('tbody tr')
    await settles(() => row.count(), 1)
    expect(await row.locator('td.nowrap').first().textContent()).toBe('')
  })

  test('Pengaturan opens at the section a link names: the certificate section, and the protocol ranks', async () => {
    const { page } = h
    await page.evaluate(() => {
      location.hash = '#/pengaturan/sertifikat'
    })
    const heading = page.getByRole('heading', { level: 2, name: 'Sertifikat tanda tangan digital' })
    await visible(heading)
    await settles(() => page.evaluate(() => document.activeElement?.textContent ?? ''), 'Sertifikat tanda tangan digital')
    const box = await heading.boundingBox()
    expect(box && box.y >= 0 && box.y < 200).toBe(true)
    await page.getByRole('navigation', { name: 'Bagian pengaturan' }).getByRole('link', { name: 'Urutan protokoler' }).click()
    const ranks = page.getByRole('region', { name: 'Urutan protokoler' })
    await settles(() => page.evaluate(() => document.activeElement?.textContent ?? ''), 'Urutan protokoler')
    expect(await ranks.getByLabel('Nama tingkat 1').inputValue()).toBe('Ketua dan pengurus TP PKK')
    await screenshot(page, 'pengaturan-protokoler')
  })
})

