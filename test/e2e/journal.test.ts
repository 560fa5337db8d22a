import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { issueThroughUi } from './support/agenda'
import { loseOfficeDatabase, openApp, screenshot, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'
import { createRakon } from './support/sample'
import { openStep } from './support/steps'
import { START_BASE_MARK } from '../../renderer/src/data/marks'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click()
const CLOSING = 'Rapat ditutup pukul 12.30 WIB dengan doa.'

test('the database lost with no backup at all: the journal outside IndexedDB brings back every record, and the next number follows', async () => {
  const { page } = h
  await fillSumbarProfile(page)
  // The start's new base is written once the first screen is drawn and the window is idle. Waited for here, so
  // the letters are issued after it: a letter committed while that base is being taken is in the base and in the
  // entries after it (counted twice below, by design), and the count of letters is exact only without that overlap.
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, START_BASE_MARK, { timeout: 30_000, polling: 100 })

  await nav(page, 'Agenda Surat')
  const issued = [await issueThroughUi(page, 'Undangan Rapat Konsultasi'), await issueThroughUi(page, 'Surat kedua')]
  expect(issued[1]).toMatch(/^2\/SKR\/PKK-PROP\//)

  await nav(page, 'Kontak')
  await page.getByRole('button', { name: 'Tambah orang' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah orang' })
  await dialog.getByLabel('Nama (seperti ditulis pada surat)').fill("Ny. Rahmi Yulianti Ma'ruf")
  await dialog.getByLabel('Jabatan').fill('Ketua Pokja II')
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click()
  await visible(page.getByRole('button', { name: "Ny. Rahmi Yulianti Ma'ruf" }))

  await createRakon(page)
  await openStep(page, 'Notulen dan Kesimpulan')
  await page.getByRole('region', { name: 'Notulen dan kesimpulan' }).getByRole('link', { name: 'Tulis notulen' }).click()
  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  const minutesUrl = page.url()
  await page.getByRole('region', { name: 'Isi notulen' }).getByLabel('Penutup').fill(CLOSING)
  await visible(page.getByTestId('status-simpan').getByText(/Tersimpan otomatis/))
  // The autosave's journal entry follows its transaction; numbers wait for theirs, an autosave does not.
  await page.waitForTimeout(1_000)

  // No backup was ever made. The database is lost as Chromium loses a store it finds corrupt.
  await loseOfficeDatabase(page)

  const guard = page.getByRole('alert', { name: 'Data hilang' })
  await visible(guard)
  await visible(guard.getByTestId('journal-summary'))
  await screenshot(page, 'penjaga-jurnal')
  await guard.getByRole('button', { name: 'Pulihkan dari jurnal' }).click()
  const result = page.getByRole('status', { name: 'Hasil pemulihan' })
  await visible(result)
  const lines = (await result.getByTestId('recovery-lines').textContent()) ?? ''
  expect(lines).toMatch(/Dari dasar jurnal \(.+\): \d+ data/)
  expect(lines).toMatch(/Dari jurnal: \d+ perubahan sesudahnya, \d+ data ditulis \(/)
  // The start's new base is written once the first screen is drawn and the window is idle: what it holds and
  // what the entries after it hold depends on when that was; together they hold everything written (a record
  // changed after the base is counted in both; the screens below show each one back).
  const total = (label: string) => [...lines.matchAll(new RegExp(`${label} (\\d+)`, 'g'))].reduce((n, m) => n + Number(m[1]), 0)
  expect(total('Surat keluar')).toBe(2)
  for (const label of ['Orang', 'Rapat', 'Notulen']) expect(total(label), label).toBeGreaterThanOrEqual(1)
  await screenshot(page, 'penjaga-jurnal-hasil')
  await result.getByRole('button', { name: 'Buka aplikasi' }).click()

  await nav(page, 'Agenda Surat')
  await visible(page.getByRole('cell', { name: issued[1] }))
  expect(await page.locator('table.register td.nomor').allTextContents()).toEqual(expect.arrayContaining(issued))
  expect(await issueThroughUi(page, 'Surat sesudah pemulihan')).toMatch(/^3\/SKR\/PKK-PROP\//)

  await nav(page, 'Kontak')
  await visible(page.getByRole('button', { name: "Ny. Rahmi Yulianti Ma'ruf" }))

  await nav(page, 'Rapat')
  await visible(page.getByRole('link', { name: /Rapat Konsultasi Tim Penggerak PKK/ }))
  await page.goto(minutesUrl)
  await visible(page.getByRole('heading', { name: 'Notulen rapat' }))
  expect(await page.getByRole('region', { name: 'Isi notulen' }).getByLabel('Penutup').inputValue()).toBe(CLOSING)
})
