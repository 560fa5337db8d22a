import { afterAll, beforeAll, expect, test } from 'vitest'
import { pdfFonts, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { openStep } from './support/steps'
import { inviteAllGroups, loadSample } from './support/sample'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const OPENING = 'Dengan hormat 👍🏽, keluarga 👨‍👩‍👧‍👦 TP-PKK ✓ ★ ① Ñ ş ğ Ni’mah – — mengundang Bapak/Ibu pada:'

test('a character no font prints is refused at the field; emoji and symbols reach the PDF made in the browser', async () => {
  const { page } = h
  await loadSample(page)
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click()
  await page.getByRole('button', { name: 'Rapat baru' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await form.getByLabel('Nama rapat').fill('Rapat Koordinasi 漢 🌺')
  await form.getByLabel('Tanggal 1').fill('2019-12-20')
  await form.getByLabel('Jam mulai').fill('09:00')
  await form.getByLabel('Tempat').fill('Aula TP-PKK ✓')
  await form.getByLabel('Acara (satu baris satu acara)').fill('Pembukaan')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  // Refused where it was typed, naming the character; nothing was saved.
  await visible(form.getByText('Karakter 漢 (U+6F22) tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa'))
  await screenshot(page, 'karakter-ditolak')
  await form.getByLabel('Nama rapat').fill('Rapat Koordinasi 🌺')
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
  await visible(page.getByRole('heading', { level: 1, name: 'Rapat Koordinasi 🌺' }))
  await inviteAllGroups(page)

  await openStep(page, 'Undangan')
  await page.getByRole('button', { name: 'Buat Surat Undangan' }).click()
  const card = page.getByRole('form', { name: 'Surat Undangan' })
  await visible(card)
  await card.getByLabel('Tanggal surat').fill('2019-12-17')
  await card.getByLabel('Kalimat pembuka').fill(OPENING)
  await card.getByRole('button', { name: 'Terbitkan nomor…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Terbitkan nomor Surat Undangan' })
  await confirm.getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await visible(card.getByText(/^Nomor /))
  const { bytes } = await downloadFile(page, () => card.getByRole('button', { name: 'Simpan PDF', exact: true }).click())
  const [first] = await readPdf(bytes)
  const text = (first?.items ?? []).map((i) => i.str).join('')
  const clusters = [...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(OPENING + ' Aula TP-PKK ✓')].map((s) => s.segment)
  for (const c of clusters.filter((c) => c.trim() !== '')) expect(text, c).toContain(c)
  const { names, embedded } = pdfFonts(bytes)
  expect(names.map((n) => n.replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['NotoEmoji-Regular', 'DejaVuSans']))
  expect(embedded).toBe(names.length)
}, 180_000)
