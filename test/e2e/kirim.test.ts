import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { docxPart, docxParagraphs, pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, issueRakonInvitation, loadSample } from './support/sample'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const NUMBER = '296/SKR/PKK-PROP/XII/2019'

const download = (page: Page, click: () => Promise<void>) => downloadFile(page, click, 180_000)

test('the invitation sent to 65: per-invitee PDFs in a .zip, WhatsApp link, terkirim 52 dari 65, the Buku Ekspedisi printed', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await issueRakonInvitation(page, NUMBER, { perRecipient: true })

  await page.getByRole('link', { name: /Kirim undangan: WhatsApp, e-mail, Buku Ekspedisi/ }).click()
  await visible(page.getByRole('heading', { level: 1, name: 'Kirim undangan' }))
  await expect.poll(() => page.getByTestId('terkirim-ringkas').textContent()).toBe('terkirim 0 dari 65')
  const rows = page.getByTestId('baris-kirim')
  expect(await rows.count()).toBe(65)
  const names = await rows.locator('td:nth-child(3) strong').allTextContents()

  // One PDF per invitee, named by her, in one .zip (a browser downloads it).
  const zip = await download(page, () => page.getByRole('button', { name: 'Siapkan PDF per penerima (65)' }).click())
  expect(zip.name).toBe('Undangan 296-SKR-PKK-PROP-XII-2019 per penerima.zip')
  const archive = await JSZip.loadAsync(zip.bytes)
  const entries = Object.keys(archive.files)
  expect(entries).toHaveLength(65)
  expect(new Set(entries).size).toBe(65)
  for (const n of names) expect(entries.some((e) => e.startsWith(`Undangan ${n.replace(/[/\\]/g, '-')}`)), n).toBe(true)
  for (const i of [0, 30, 64]) {
    const name = names[i] ?? ''
    const entry = entries.find((e) => e === `Undangan ${name}.pdf`)
    if (!entry) throw new Error(`PDF ${name} tidak ada`)
    const pages = await readPdf(await archive.files[entry]!.async('uint8array'))
    const text = pages.map(pageText).join(' ')
    expect(text).toContain(NUMBER)
    expect(text, name).toContain(name)
    const other = names[(i + 1) % 65] ?? ''
    expect(text).not.toContain(other)
  }

  // "Kirim lewat WhatsApp" opens wa.me with her number in 62 form and the message ready.
  await page.evaluate(() => {
    const w = window as unknown as { opened: string[] }
    w.opened = []
    window.open = (url?: string | URL) => {
      w.opened.push(String(url))
      return null
    }
  })
  const first = rows.nth(0)
  await first.getByRole('button', { name: /^Kirim lewat WhatsApp/ }).click()
  const opened = await page.evaluate(() => (window as unknown as { opened: string[] }).opened)
  expect(opened).toHaveLength(1)
  const url = new URL(opened[0] ?? '')
  expect(url.origin).toBe('https://wa.me')
  expect(url.pathname).toMatch(/^\/628\d{8,11}$/)
  const message = url.searchParams.get('text') ?? ''
  expect(message.startsWith(`Yth. ${names[0]}`)).toBe(true)
  expect(message).toContain(`Nomor: ${NUMBER}`)
  expect(message).toContain('Hari/tanggal: Jumat, 20 Desember 2019')
  expect(message).toContain('Tempat: Aula Kantor TP PKK Provinsi Sumatera Barat')
  expect(message.trimEnd().endsWith('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')).toBe(true)
  await first.getByRole('button', { name: 'Tandai terkirim lewat WhatsApp' }).click()
  await visible(first.getByTestId('status-kirim').getByText(/^WhatsApp \d+ \w+ \d{4} \d{2}\.\d{2} WIB/))

  // 39 more by WhatsApp and 12 carried by hand, marked in bulk.
  const markBulk = async (from: number, to: number, channel: string) => {
    for (let i = from; i < to; i++) await rows.nth(i).getByRole('checkbox').check()
    await page.getByLabel('Cara kirim').selectOption(channel)
    await page.getByRole('button', { name: `Tandai terkirim (${to - from} dipilih)` }).click()
    await visible(page.getByText(`${to - from} penerima ditandai terkirim.`))
  }
  await markBulk(1, 40, 'whatsapp')
  await markBulk(40, 52, 'tangan')
  await expect.poll(() => page.getByTestId('terkirim-ringkas').textContent()).toBe('terkirim 52 dari 65')
  await page.getByRole('heading', { level: 1, name: 'Kirim undangan' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'kirim-undangan')

  // The Buku Ekspedisi lists the 25 letters to carry (12 carried, 13 not yet); one receipt recorded.
  const book = page.getByRole('region', { name: 'Buku Ekspedisi' })
  const receipts = book.getByTestId('baris-ekspedisi')
  await expect.poll(() => receipts.count()).toBe(25)
  const r0 = receipts.nth(0)
  // A date without its time is refused on the row, and nothing is recorded.
  const r1 = receipts.nth(1)
  await r1.getByLabel(/^Nama penerima/).fill('Sdr. Fajar')
  await r1.getByLabel(/^Tanggal diterima/).fill('18/12/2019')
  await r1.getByRole('button', { name: /^Simpan penerimaan/ }).click()
  await visible(r1.getByText('Isi tanggal dan jam diterima dengan lengkap, mis. 18/12/2019 dan 10.20.'))
  await r0.getByLabel(/^Nama penerima/).fill('Sdri. Rina Marlina')
  await r0.getByLabel(/^Tanggal diterima/).fill('18/12/2019')
  await r0.getByLabel(/^Jam diterima/).fill('09.10')
  await r0.getByRole('button', { name: /^Simpan penerimaan/ }).click()
  await visible(page.getByText(`Penerimaan dicatat: ${names[40]}.`))
  await book.getByRole('heading', { name: 'Buku Ekspedisi' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'kirim-ekspedisi')

  const pdf = await download(page, () => book.getByRole('button', { name: 'Simpan PDF', exact: true }).click())
  expect(pdf.name).toBe('Buku Ekspedisi 296-SKR-PKK-PROP-XII-2019.pdf')
  const pages = await readPdf(pdf.bytes)
  expect(pages.length).toBeGreaterThanOrEqual(3)
  expect(pages[0]?.width).toBeGreaterThan(pages[0]?.height ?? Infinity)
  const text = pages.map(pageText).join(' ')
  expect(pageText(pages[0] ?? { width: 0, height: 0, items: [] })).toContain('BUKU EKSPEDISI')
  expect(text.split(NUMBER).length - 1).toBe(25)
  expect(text).toContain('1. Sdri. Rina Marlina')
  expect(text).toContain('Diterima 18 Des 2019 09.10 WIB')
  expect(text).not.toContain('Sdr. Fajar')
  for (const n of names.slice(40)) expect(text.replace(/\s+/g, ' '), n).toContain(n)
  for (const n of names.slice(0, 40)) expect(text.replace(/\s+/g, ' '), n).not.toContain(`${n} `)
  for (const p of pages) expect(pageText(p)).toContain('Nama dan Tanda Tangan Penerima')

  const docx = await download(page, () => book.getByRole('button', { name: 'Simpan DOCX', exact: true }).click())
  const paragraphs = docxParagraphs(await docxPart(docx.bytes))
  expect(paragraphs.filter((p) => p === NUMBER)).toHaveLength(25)
  expect(paragraphs).toContain('1. Sdri. Rina Marlina')
  expect(paragraphs).toContain('BUKU EKSPEDISI')

  // The meeting's Undangan step says how far the sending has come.
  await page.getByRole('link', { name: '← Kembali ke langkah Undangan' }).click()
  await visible(page.getByTestId('status-undangan').getByText(`terbit nomor ${NUMBER}, terkirim 52 dari 65`))
}, 600_000)
