import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { seriousViolations } from './support/axe'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, loadSample } from './support/sample'

let h: Harness
const cspViolations: string[] = []
/** Every script the page or its workers asked for, in order. */
const scripts: string[] = []
beforeAll(async () => {
  h = await openApp()
  h.context.on('request', (r) => {
    if (/\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname)
  })
  // Anything the preview does against the app's Content-Security-Policy (eval, a blob: worker, wasm) is reported here.
  await h.page.exposeFunction('reportCsp', (what: string) => cspViolations.push(what))
  await h.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => void (window as unknown as { reportCsp(w: string): void }).reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`))
  })
  await h.page.reload()
})
afterAll(async () => {
  await h.close()
})

/** The words of every page drawn in a preview pane: pdf.js's text layer, as a reader of the screen gets it. */
async function paneText(pane: Locator): Promise<string> {
  const parts = await pane.locator('.textLayer').allTextContents()
  return parts.join('\n').replace(/\s+/g, ' ')
}

async function waitForText(pane: Locator, text: string, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout
  let last = ''
  while (Date.now() < until) {
    last = await paneText(pane)
    if (last.includes(text)) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Pratinjau tidak memuat “${text}” dalam ${timeout} ms; isinya: ${last.slice(0, 400)}`)
}

/**
 * Opens a step of the meeting page when the page is in steps (one step shown at a time, tab list "Langkah
 * rapat"); on the one-column page every document is already there. Lets this file run before and after
 * the steps land.
 */
async function openStep(page: Page, step: 'Undangan' | 'Keputusan' | 'Daftar hadir' | 'Notulen dan Kesimpulan'): Promise<void> {
  const steps = page.getByRole('tablist', { name: 'Langkah rapat' })
  if ((await steps.count()) === 0) return
  await steps.getByRole('tab', { name: new RegExp(`^${step}`) }).click()
  await visible(page.getByRole('tabpanel', { name: new RegExp(`^${step}`) }))
}

const undangan = (page: Page) => page.getByRole('form', { name: 'Surat Undangan' })
const preview = (page: Page, document: string) => page.getByRole('complementary', { name: `Pratinjau cetak ${document}` })

test('the invitation is previewed beside its form and follows the Hal as she types, without losing a key', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await inviteAllGroups(page)
  await openStep(page, 'Undangan')
  // zod probes once for eval at its first parse (refused, and reported); the preview must add nothing after it.
  const before = cspViolations.length
  // pdf.js is loaded on first use: the app worked this far without it.
  const pdfjs = (s: string) => /\/assets\/pdf(\.worker\.min)?-[\w-]+\.m?js$/.test(s)
  expect(scripts.filter(pdfjs)).toEqual([])
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = undangan(page)
  await visible(card)
  const column = preview(page, 'Surat Undangan')
  const pane = column.getByRole('region', { name: 'Pratinjau: Pratinjau cetak' })
  await visible(pane.getByRole('figure', { name: /^Halaman 1 dari \d+$/ }), 30_000)
  await waitForText(pane, 'Kepada Yth.', 30_000)
  // ...and then its library and its own worker script, both files of the app (no blob: worker).
  expect(scripts.filter(pdfjs).map((s) => s.replace(/-[\w-]+(\.m?js)$/, '$1')).sort()).toEqual(['/assets/pdf.js', '/assets/pdf.worker.min.mjs'])

  // Typed fast, key by key: the field keeps every character, and the pages follow once she pauses. She first
  // types the stored Hal again ("Undangan": the form is clean for a moment), pauses while the preview is
  // redrawn, and goes on typing.
  const hal = card.getByLabel('Hal', { exact: true })
  await hal.fill('')
  const typed = 'Undangan Rapat Pratinjau Langsung Nomor Tujuh Belas'
  await hal.pressSequentially('Undangan', { delay: 5 })
  await new Promise((r) => setTimeout(r, 420))
  await hal.pressSequentially(typed.slice('Undangan'.length), { delay: 5 })
  expect(await hal.inputValue()).toBe(typed)
  // Through the stored text and on, again and again at full speed: no key is lost on the way.
  for (let round = 1; round <= 12; round++) {
    await hal.press('Control+A')
    await hal.pressSequentially(`Undangan ke-${round}`)
    expect(await hal.inputValue()).toBe(`Undangan ke-${round}`)
  }
  await hal.fill('')
  await hal.pressSequentially(typed, { delay: 5 })
  expect(await hal.inputValue()).toBe(typed)
  await waitForText(pane, typed)
  const status = await pane.getByTestId('pratinjau-status').textContent()
  expect(status).toMatch(/^\d+ halaman$/)
  const pages = Number(status?.split(' ')[0])
  expect(await pane.getByRole('figure').count()).toBe(pages)
  expect(await pane.getByRole('figure').first().getAttribute('aria-label')).toBe(`Halaman 1 dari ${pages}`)

  // Beside the form, not over it: both columns are on screen at 1366x768, the form keeps most of the width.
  await card.scrollIntoViewIfNeeded()
  const formBox = await card.boundingBox()
  const columnBox = await column.boundingBox()
  expect(formBox && columnBox && formBox.x + formBox.width <= columnBox.x).toBe(true)
  expect(formBox && formBox.width >= 560).toBe(true)
  const sheet = await pane.locator('.preview-sheet').first().boundingBox()
  expect(sheet && columnBox && sheet.width <= columnBox.width && sheet.width >= 300).toBe(true)
  await screenshot(page, 'pratinjau-undangan')
  expect(await seriousViolations(page)).toEqual([])
  expect(cspViolations.slice(before)).toEqual([])
}, 180_000)

test('an issued invitation shows what prints (the frozen copy) and, beside it, the correction she is typing', async () => {
  const { page } = h
  const card = undangan(page)
  const printedHal = 'Undangan Rapat Pratinjau Langsung Nomor Tujuh Belas'
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' })
  await confirm.getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByText(/^Nomor \d+\/SKR\//))
  const number = (await card.getByTestId('nomor-undangan').textContent())?.match(/\d+\/SKR\/[^\s]+/)?.[0] ?? ''
  expect(number).not.toBe('')

  const column = preview(page, 'Surat Undangan')
  const printed = column.getByRole('region', { name: `Pratinjau: Yang tercetak (nomor ${number})` })
  const correction = column.getByRole('region', { name: 'Pratinjau: Koreksi yang sedang diketik' })
  await visible(printed.getByRole('figure', { name: /^Halaman 1 dari/ }), 30_000)
  await visible(correction.getByRole('figure', { name: /^Halaman 1 dari/ }), 30_000)
  expect(await column.getByRole('region').count()).toBe(2)
  await waitForText(printed, number)
  await waitForText(printed, printedHal)

  // She types a correction: only the correction's pages follow; what prints stays the frozen copy until she saves.
  const hal = card.getByLabel('Hal', { exact: true })
  await hal.fill('Undangan Rapat Setelah Koreksi')
  await waitForText(correction, 'Undangan Rapat Setelah Koreksi')
  await waitForText(correction, number)
  await new Promise((r) => setTimeout(r, 1000))
  const printedNow = await paneText(printed)
  expect(printedNow).toContain(printedHal)
  expect(printedNow).not.toContain('Setelah Koreksi')
  await screenshot(page, 'pratinjau-undangan-terbit')
  expect(await seriousViolations(page)).toEqual([])
}, 180_000)

test('the Keputusan, the Daftar Hadir, the Notulen and the Kesimpulan are previewed beside their forms too', async () => {
  const { page } = h
  await openStep(page, 'Keputusan')
  await page.getByRole('region', { name: 'Keputusan Ketua' }).getByRole('button', { name: 'Buat Keputusan Ketua' }).click()
  const decree = page.getByRole('form', { name: 'Keputusan Ketua' })
  await visible(decree)
  const decreePreview = preview(page, 'Keputusan Ketua')
  await waitForText(decreePreview, 'KEPUTUSAN KETUA', 30_000)
  await decree.getByLabel('Tentang (dicetak dengan huruf kapital)').fill('Panitia Pratinjau Langsung')
  await waitForText(decreePreview, 'PANITIA PRATINJAU LANGSUNG')
  await decree.scrollIntoViewIfNeeded()
  await screenshot(page, 'pratinjau-keputusan')

  await openStep(page, 'Daftar hadir')
  const sheet = preview(page, 'Daftar Hadir')
  await sheet.scrollIntoViewIfNeeded()
  await waitForText(sheet, 'DAFTAR HADIR', 30_000)
  const form = page.getByRole('form', { name: 'Daftar Hadir' })
  await form.getByLabel('Baris kosong untuk peserta tambahan').fill('0')
  const status = sheet.getByTestId('pratinjau-status')
  await visible(status.getByText(/^\d+ halaman$/))
  const fewer = Number((await status.textContent())?.split(' ')[0])
  await form.getByLabel('Baris kosong untuk peserta tambahan').fill('120')
  // 120 blank rows for walk-ins need more pages than none.
  const until = Date.now() + 15_000
  let more = fewer
  while (Date.now() < until && more <= fewer) {
    await new Promise((r) => setTimeout(r, 200))
    more = Number((await status.textContent())?.match(/^(\d+) halaman$/)?.[1] ?? fewer)
  }
  expect(more).toBeGreaterThan(fewer)
  // A value the sheet cannot take: a short message in the pane, the form untouched and still hers to fix.
  const blank = form.getByLabel('Baris kosong untuk peserta tambahan')
  await blank.fill('500')
  await visible(sheet.getByRole('alert').getByText(/^Pratinjau belum dapat dibuat: Periksa pengaturan daftar hadir/), 15_000)
  expect(await blank.inputValue()).toBe('500')
  await blank.fill('10')
  await sheet.getByRole('alert').waitFor({ state: 'detached', timeout: 15_000 })
  await waitForText(sheet, 'DAFTAR HADIR')

  await openStep(page, 'Notulen dan Kesimpulan')
  await page.getByRole('link', { name: 'Tulis notulen' }).click()
  const minutes = preview(page, 'notulen')
  await visible(minutes)
  await page.getByLabel('Kesimpulan (satu baris satu kesimpulan)').fill('Program OPD diselaraskan dengan sepuluh program pokok PKK')
  await waitForText(minutes, 'NOTULEN', 30_000)
  await waitForText(minutes, 'Program OPD diselaraskan dengan sepuluh program pokok PKK')
  await minutes.getByLabel('Kesimpulan Rapat').check()
  await visible(minutes.getByRole('region', { name: 'Pratinjau: Kesimpulan Rapat' }))
  await waitForText(minutes, 'KESIMPULAN', 30_000)
  await screenshot(page, 'pratinjau-notulen')
  expect(await seriousViolations(page)).toEqual([])
}, 180_000)
