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

const INVITATION = '296/SKR/PKK-PROP/XII/2019'
/** The sample's register in December 2019, in the register's order, each to one addressee. */
const SAMPLE_DECEMBER = ['20/KEP/PKK-PROP/XII/2019', '293/SKR/PKK-PROP/XII/2019', '21/KEP/PKK-PROP/XII/2019', '294/SKR/PKK-PROP/XII/2019', '295/SKR/PKK-PROP/XII/2019']

const download = (page: Page, click: () => Promise<void>) => downloadFile(page, click, 180_000)

test('Buku Ekspedisi from the register: December 2019, one row per letter and addressee (the invitation per invitee), PDF and DOCX', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await issueRakonInvitation(page, INVITATION)

  await page.goto(`${h.baseUrl}#/agenda/2019`)
  await page.getByRole('button', { name: 'Buku Ekspedisi', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Buku Ekspedisi' })
  await visible(dialog)
  await dialog.getByLabel('Dari tanggal').fill('2019-12-20')
  await dialog.getByLabel('Sampai tanggal').fill('2019-12-01')
  await visible(dialog.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.'))
  await expect.poll(() => dialog.getByRole('button', { name: 'Simpan PDF', exact: true }).isDisabled()).toBe(true)
  await dialog.getByLabel('Dari tanggal').fill('2019-12-01')
  await dialog.getByLabel('Sampai tanggal').fill('2019-12-31')
  // Five letters of the sample and the invitation to 65.
  await expect.poll(() => dialog.getByTestId('ringkasan-ekspedisi').textContent()).toBe('6 surat, 70 baris penerima')
  await screenshot(page, 'agenda-buku-ekspedisi')

  const pdf = await download(page, () => dialog.getByRole('button', { name: 'Simpan PDF', exact: true }).click())
  expect(pdf.name).toBe('Buku Ekspedisi 2019-12-01 sd 2019-12-31.pdf')
  const pages = await readPdf(pdf.bytes)
  // The sample office prints on F4, here landscape (330 x 215 mm).
  expect(pages[0]?.width).toBeCloseTo(935.4, 0)
  expect(pages[0]?.height).toBeCloseTo(609.4, 0)
  const texts = pages.map(pageText)
  expect(texts[0]).toContain('BUKU EKSPEDISI')
  expect(texts[0]).toContain('Surat keluar 1 Desember 2019 s.d. 31 Desember 2019')
  const all = texts.join(' ')
  expect(all.split(INVITATION).length - 1).toBe(65)
  for (const n of SAMPLE_DECEMBER) expect(all.split(n).length - 1, n).toBe(1)
  // The receiver column numbers every row, 1 to 70, in the register's order (the invitation of the 17th after the 13th's letter).
  const numbered = [...all.matchAll(/(?:^|\s)(\d+)\.(?=\s|$)/g)].map((m) => Number(m[1]))
  for (let i = 1; i <= 70; i++) expect(numbered, `baris ${i}`).toContain(i)
  expect(all.indexOf('295/SKR/PKK-PROP/XII/2019')).toBeLessThan(all.indexOf(INVITATION))
  expect(all).toContain('Kepala Dinas Kesehatan Provinsi Sumatera Barat')
  for (const t of texts) expect(t.replace(/\s+/g, ' ')).toMatch(/Nama dan Tanda (?:\S+ )??Tangan Penerima/)

  const docx = await download(page, () => dialog.getByRole('button', { name: 'Simpan DOCX', exact: true }).click())
  expect(docx.name).toBe('Buku Ekspedisi 2019-12-01 sd 2019-12-31.docx')
  const xml = await docxPart(docx.bytes)
  const paragraphs = docxParagraphs(xml)
  expect(paragraphs).toContain('BUKU EKSPEDISI')
  expect(paragraphs.filter((p) => p === INVITATION)).toHaveLength(65)
  for (const n of SAMPLE_DECEMBER) expect(paragraphs.filter((p) => p === n), n).toHaveLength(1)
  expect(paragraphs).toContain('70.')
  expect(xml).toMatch(/<w:pgSz w:w="18709" w:h="\d+" w:orient="landscape"\/>/)
  // One table a page, as the PDF: both header rows on each.
  expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(2 * pages.length)
}, 600_000)
