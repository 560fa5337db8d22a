import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { issueThroughUi } from './support/agenda'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

/** The office's year (WIB), as the app computes it. */
const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear()
const skr = (n: number | string) => `${n}/SKR/PKK-PROP/${'I II III IV V VI VII VIII IX X XI XII'.split(' ')[new Date(Date.now() + 7 * 3_600_000).getUTCMonth()]}/${year}`

async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((ok) => setTimeout(ok, 100))
  }
  throw new Error(`Tidak tercapai: ${what}`)
}

/**
 * A second window of the app in the same browser profile (same IndexedDB). A separate window, not a tab:
 * headless Chromium runs a background tab's frames at about one per second, which would keep one side idle.
 */
async function openSecondWindow(hash: string): Promise<Page> {
  const cdp = await h.browser.newBrowserCDPSession()
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; browserContextId?: string }[] }
  const browserContextId = targetInfos.find((t) => t.type === 'page')?.browserContextId
  const opened = h.context.waitForEvent('page')
  await cdp.send('Target.createTarget', { url: `${h.baseUrl}${hash}`, newWindow: true, ...(browserContextId ? { browserContextId } : {}) })
  const page = await opened
  page.on('pageerror', (e) => {
    throw e
  })
  await page.waitForLoadState()
  return page
}

const numbersOn = (page: Page) => page.locator('table.register td.nomor').allTextContents()

test('the office sets its code and starts SKR at 295, mid-year', async () => {
  const page = h.page
  // Office code PKK-PROP, as the numbers below expect.
  await fillSumbarProfile(page)

  const panel = page.getByRole('region', { name: 'Penomoran surat' })
  await visible(panel.getByRole('cell', { name: 'POKJA IV' }))
  const last = panel.getByLabel(`Nomor terakhir SKR tahun ${year}`)
  await last.fill('295')
  await panel.getByRole('button', { name: 'Simpan nomor terakhir SKR' }).click()
  await visible(panel.getByText('Nomor berikutnya SKR: 296.'))
  await panel.scrollIntoViewIfNeeded()
  await screenshot(page, 'penomoran-pengaturan')
  // The live example follows the pattern as it is typed.
  await panel.getByLabel('Pola nomor surat').fill('{nomer}/{kode}/{kantor}/{bulan}/{tahun}')
  await visible(panel.getByText('Penanda {nomer} tidak dikenal.', { exact: false }))
  await screenshot(page, 'penomoran-pola-salah')
  await panel.getByRole('button', { name: 'Batalkan perubahan' }).click()
})

test('two windows take numbers at the same time: every number once, none missing', async () => {
  const a = h.page
  await a.goto(`${h.baseUrl}#/agenda`)
  const b = await openSecondWindow('#/agenda')
  await visible(a.getByRole('button', { name: 'Catat surat keluar' }))
  await visible(b.getByRole('button', { name: 'Catat surat keluar' }))

  const perWindow = 5
  const run = async (page: Page, who: string) => {
    const got: string[] = []
    for (let i = 1; i <= perWindow; i++) got.push(await issueThroughUi(page, `Undangan ${who}${i}`))
    return got
  }
  const [fromA, fromB] = await Promise.all([run(a, 'A'), run(b, 'B')])
  const issued = [...fromA, ...fromB]
  const expected = Array.from({ length: perWindow * 2 }, (_, i) => skr(296 + i))
  expect([...issued].sort()).toEqual([...expected].sort())

  // Both windows' registers show every number exactly once, with no gap.
  for (const page of [a, b]) {
    await until(async () => (await numbersOn(page)).length === expected.length, 'register shows all numbers')
    expect([...(await numbersOn(page))].sort()).toEqual([...expected].sort())
  }
  await screenshot(a, 'agenda-register')

  // Cancelling keeps the number, marked Batal; the other window sees it too.
  const victim = skr(297)
  await a.getByRole('button', { name: `Batalkan nomor ${victim}` }).click()
  const cancel = a.getByRole('dialog', { name: 'Batalkan nomor surat' })
  await visible(cancel)
  await cancel.getByLabel('Alasan pembatalan').fill('Acara ditunda')
  await screenshot(a, 'agenda-batalkan')
  await cancel.getByRole('button', { name: 'Batalkan nomor' }).click()
  for (const page of [a, b]) await visible(page.locator(`tr[data-nomor="${victim}"] .badge.batal`))
  expect(await a.locator(`tr[data-nomor="${victim}"]`).textContent()).toContain('Batal')
  expect((await numbersOn(a)).filter((n) => n === victim)).toHaveLength(1)

  // The next letter still continues after the cancelled number.
  expect(await issueThroughUi(b, 'Undangan sesudah pembatalan')).toBe(skr(306))
  await b.close()
})

test('the issue dialog shows the number large; a number typed by hand that skips others asks first', async () => {
  const page = h.page
  // By keyboard: the button opens the dialog with the first field focused; Esc closes it.
  await page.getByRole('button', { name: 'Catat surat keluar' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Catat surat keluar' })
  await visible(dialog)
  expect(await page.evaluate(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent)).toBe('Jenis surat')
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  await page.getByRole('button', { name: 'Catat surat keluar' }).click()
  await dialog.getByLabel('Perihal').fill('Undangan Rapat Konsultasi')
  await visible(dialog.getByTestId('nomor-berikutnya'))
  expect(await dialog.getByTestId('nomor-berikutnya').textContent()).toBe(skr(307))
  await screenshot(page, 'agenda-catat-surat')
  await dialog.getByRole('button', { name: 'Ambil nomor' }).click()
  await visible(page.getByTestId('nomor-diberikan'))
  // The register behind the dialog, whose reads were held while the number was taken, reads it once the number is drawn.
  await page.locator(`table.register tr[data-nomor="${skr(307)}"]`).waitFor({ state: 'attached', timeout: 5_000 })
  await screenshot(page, 'agenda-nomor-diberikan')
  await page.getByRole('button', { name: 'Selesai' }).click()

  await page.getByRole('button', { name: 'Daftarkan nomor manual' }).click()
  const manual = page.getByRole('dialog', { name: 'Daftarkan nomor manual' })
  await manual.getByLabel('Jenis surat').selectOption('SKR')
  await manual.getByLabel('Nomor urut').fill('310')
  await manual.getByLabel('Perihal').fill('Surat dari luar aplikasi')
  await visible(manual.getByText('Nomor 308 dan 309 belum tercatat', { exact: false }))
  expect(await manual.getByRole('button', { name: 'Daftarkan' }).isDisabled()).toBe(true)
  await manual.getByLabel('Catat nomor 308 dan 309 sebagai batal (nomor tidak terpakai)').check()
  await screenshot(page, 'agenda-nomor-manual')
  await manual.getByRole('button', { name: 'Daftarkan' }).click()
  await visible(page.getByTestId('nomor-manual'))
  await page.getByRole('button', { name: 'Selesai' }).click()
  for (const n of [308, 309]) await visible(page.locator(`tr[data-nomor="${skr(n)}"] .badge.batal`))
  await visible(page.locator(`tr[data-nomor="${skr(310)}"]`))
  await page.locator(`tr[data-nomor="${skr(310)}"]`).scrollIntoViewIfNeeded()
  await screenshot(page, 'agenda-register-batal-manual')
})

test('a date that no longer fits the number is refused with the reason, and renumbering is offered', async () => {
  const page = h.page
  await page.getByRole('button', { name: `Ubah surat ${skr(296)}` }).click()
  const edit = page.getByRole('dialog', { name: 'Ubah data surat' })
  const later = new Date(Date.now() + 7 * 3_600_000 + 40 * 86_400_000).toISOString().slice(0, 10)
  await edit.getByLabel('Tanggal surat').fill(later)
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click()
  await visible(edit.getByRole('button', { name: 'Beri nomor baru (nomor lama dibatalkan)' }))
  expect(await edit.textContent()).toContain(`Nomor ${skr(296)}`)
  await screenshot(page, 'agenda-ubah-tanggal')
  await edit.getByRole('button', { name: 'Batal', exact: true }).click()
})

test('search as you type, filter by code, and export the register to Excel', async () => {
  const page = h.page
  await page.getByLabel('Cari').fill('sesudah pembatalan')
  await until(async () => (await numbersOn(page)).length === 1, 'search narrows to one letter')
  expect(await numbersOn(page)).toEqual([skr(306)])
  await page.getByLabel('Cari').fill('')
  await page.getByLabel('Jenis surat').selectOption('KEP')
  await visible(page.getByText('Tidak ada surat yang cocok'))
  await page.getByLabel('Jenis surat').selectOption('')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Ekspor Excel' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`agenda-surat-keluar-${year}.xlsx`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(await file.path())).buffer as ArrayBuffer)
  const ws = wb.worksheets[0]
  const numbers: string[] = []
  ws?.eachRow((row, i) => {
    if (i > 5) numbers.push(String(row.getCell(2).value))
  })
  expect([...numbers].sort()).toEqual(Array.from({ length: 15 }, (_, i) => skr(296 + i)).sort())
  await visible(page.getByText(`Buku agenda tersimpan sebagai agenda-surat-keluar-${year}.xlsx.`))
})
