import JSZip from 'jszip'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { DEMO_PHOTO_CAPTIONS, demoPhoto } from '../../scripts/lib/demo-photos'
import { makePng } from '../../scripts/lib/sample-images'
import { docxPart, pageText, readPdf } from '../unit/documents/support'
import { openApp, screenshot, visible, type Harness } from './support/browser'
import { createRakon, issueRakonInvitation, loadSample } from './support/sample'
import { openStep } from './support/steps'
import { downloadFile } from './support/download'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const panel = (page: Page) => page.getByRole('tabpanel', { name: /^Laporan kegiatan/ })

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  return downloadFile(page, () => panel(page).getByRole('button', { name: button, exact: true }).click(), 120_000)
}

/** A JPEG drawn by Chromium's own encoder (wide: 400 x 200), with an EXIF block saying "rotate 90° clockwise" (orientation 6). */
async function sidewaysJpeg(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const c = new OffscreenCanvas(400, 200)
    const ctx = c.getContext('2d')
    if (!ctx) throw new Error('no 2d')
    ctx.fillStyle = '#1e6e3c'
    ctx.fillRect(0, 0, 400, 200)
    ctx.fillStyle = '#e6be28'
    ctx.fillRect(0, 0, 60, 200)
    return [...new Uint8Array(await (await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer())]
  })
  // APP1 "Exif": TIFF little-endian, one IFD entry: Orientation (0x0112), SHORT, 1, value 6.
  const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff]
  const app1 = [0xff, 0xe1, 0x00, payload.length + 2, ...payload]
  return Buffer.from([...bytes.slice(0, 2), ...app1, ...bytes.slice(2)])
}

/** A PNG whose header claims 12,000 x 9,000 pixels (108 megapixels): refused before it is decoded. */
function hugePngHeader(): Buffer {
  const small = makePng(2, 2, () => [0, 0, 0, 255])
  const out = Buffer.from(small)
  out.writeUInt32BE(12_000, 16)
  out.writeUInt32BE(9_000, 20)
  return out
}

async function scannedSheetPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const page = doc.addPage([609, 935])
  page.drawText('PINDAIAN DAFTAR HADIR BERTANDA TANGAN', { x: 60, y: 860, size: 14, font })
  return Buffer.from(await doc.save())
}

/** Image drawings per page, from pdf.js's operator list. */
async function imagesPerPage(bytes: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  const out: number[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const ops = await (await doc.getPage(n)).getOperatorList()
    out.push(ops.fnArray.filter((f) => f === OPS.paintImageXObject).length)
  }
  await doc.destroy()
  return out
}

test('photos added to the sample meeting (upright, downscaled, bad files refused) and its Laporan Kegiatan as one numbered PDF and a DOCX', async () => {
  const { page } = h
  await loadSample(page)
  await createRakon(page)
  await issueRakonInvitation(page, '296/SKR/PKK-PROP/XII/2019')

  await openStep(page, 'Notulen dan Kesimpulan')
  await page.getByRole('region', { name: 'Notulen dan kesimpulan' }).getByRole('link', { name: 'Tulis notulen' }).click()
  const minutes = page.getByRole('region', { name: 'Isi notulen' })
  await minutes.getByLabel('Kesimpulan (satu baris satu kesimpulan)').fill('1. Rapat konsultasi dilakukan berkala di awal dan akhir tahun anggaran.')
  await visible(page.getByTestId('status-simpan').getByText(/Tersimpan otomatis/))
  await page.goBack()

  await openStep(page, 'Laporan kegiatan')
  const p = panel(page)
  const input = p.getByLabel('Tambah foto')
  await visible(p.getByText('Belum ada foto.'))

  // A file that is no photo, a photo too large, and a batch with one bad file: each refused by name, nothing added.
  await input.setInputFiles({ name: 'catatan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('bukan foto sama sekali') })
  await visible(p.getByText('Foto "catatan.jpg" bukan berkas JPEG atau PNG.'))
  await input.setInputFiles({ name: 'panorama.png', mimeType: 'image/png', buffer: hugePngHeader() })
  await visible(p.getByText(/Foto "panorama.png" terlalu besar \(12000 × 9000 piksel, 108 megapiksel\)/))
  await input.setInputFiles([
    { name: 'baik.png', mimeType: 'image/png', buffer: Buffer.from(demoPhoto(0)) },
    { name: 'rusak.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }
  ])
  await visible(p.getByText(/Foto "rusak.png" rusak/))
  await visible(p.getByText('Belum ada foto.'))

  // A camera photo taken upright but stored sideways: it comes in turned by its EXIF orientation.
  await input.setInputFiles({ name: 'kamera.jpg', mimeType: 'image/jpeg', buffer: await sidewaysJpeg(page) })
  await visible(p.getByText('1 foto ditambahkan.'))
  await visible(p.getByText('200 × 400 piksel'))
  // Eleven more, drawn by the demo's code (720 x 540 PNG): twelve in all, as the sample meeting has.
  await input.setInputFiles(DEMO_PHOTO_CAPTIONS.slice(1).map((_, i) => ({ name: `foto-${i + 2}.png`, mimeType: 'image/png', buffer: Buffer.from(demoPhoto(i + 1)) })))
  await visible(p.getByText('11 foto ditambahkan.'))
  expect(await p.getByRole('list', { name: 'Daftar foto' }).getByRole('listitem').count()).toBe(12)
  for (const [i, caption] of DEMO_PHOTO_CAPTIONS.entries()) {
    const field = p.getByLabel(`Keterangan foto ${i + 1}`, { exact: true })
    await field.fill(caption)
    await field.blur()
  }
  await expect.poll(() => p.getByLabel('Keterangan foto 12', { exact: true }).inputValue()).toBe(DEMO_PHOTO_CAPTIONS[11])
  await page.evaluate(() => window.scrollTo(0, 0))
  await screenshot(page, 'langkah-6-laporan')

  const form = p.getByRole('form', { name: 'Isi laporan' })
  await form.getByLabel('II. Pelaksanaan').fill('Rapat dihadiri pengurus TP PKK Provinsi, OPD terkait dan TP PKK Kabupaten/Kota.')
  await form.getByLabel('2 foto').check()
  await form.getByRole('button', { name: 'Simpan isi laporan' }).click()
  await visible(p.getByText('Isi laporan disimpan.'))

  const pdf = await download(page, 'Simpan PDF laporan')
  expect(pdf.name).toBe('Laporan Kegiatan Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019.pdf')
  const pages = await readPdf(pdf.bytes)
  const texts = pages.map(pageText)
  expect(texts[0]).toContain('LAPORAN KEGIATAN')
  expect(texts[0]).toContain('RAPAT KONSULTASI TIM PENGGERAK PKK PROVINSI')
  expect(texts[1]).toContain('DAFTAR ISI')
  // Every page after the cover carries the bundle's number; the cover none.
  expect(texts[0]).not.toContain('Laporan Kegiatan - halaman')
  texts.slice(1).forEach((t, i) => expect(t).toContain(`Laporan Kegiatan - halaman ${i + 2} dari ${pages.length}`))
  expect(texts[2]).toContain('I. LATAR BELAKANG')
  expect(texts[2]).toContain('Rapat dihadiri pengurus TP PKK Provinsi, OPD terkait dan TP PKK Kabupaten/Kota.')
  expect(texts[2]).toContain('Rapat konsultasi dilakukan berkala di awal dan akhir tahun anggaran.')
  expect(texts[2]).toContain('ditandatangani secara elektronik disimpan sebagai berkas tersendiri')
  // The daftar isi points at the page each part starts on.
  const startOf = (title: string) => {
    const m = new RegExp(`${title.replace(/[()]/g, '\\$&')}\\s+(\\d+)`).exec(texts[1] ?? '')
    return Number(m?.[1])
  }
  const undanganAt = startOf('Surat Undangan')
  const hadirAt = startOf('Daftar Hadir')
  const notulenAt = startOf('Notulen Rapat')
  const fotoAt = startOf('Dokumentasi Kegiatan (foto)')
  expect(texts[undanganAt - 1]).toContain('296/SKR/PKK-PROP/XII/2019')
  expect(texts[hadirAt - 1]).toContain('DAFTAR HADIR')
  expect(texts[notulenAt - 1]).toContain('NOTULEN RAPAT')
  expect(texts[fotoAt - 1]).toContain('DOKUMENTASI KEGIATAN')
  // Twelve photos at two a page: six photo pages at the end, each photo drawn once, with its number and caption.
  expect(pages.length).toBe(fotoAt + 5)
  const images = await imagesPerPage(pdf.bytes)
  expect(images.slice(fotoAt - 1)).toEqual([2, 2, 2, 2, 2, 2])
  expect(texts[fotoAt - 1]).toContain(`Foto 1 ${DEMO_PHOTO_CAPTIONS[0]}`)
  expect(texts.at(-1)).toContain(`Foto 12 ${DEMO_PHOTO_CAPTIONS[11]}`)

  // Her scan of the signed sheet (a PDF) replaces the generated sheet: its page is in the bundle, the generated one is not.
  await p.getByLabel('Pilih pindaian daftar hadir').setInputFiles({ name: 'daftar-hadir-ttd.pdf', mimeType: 'application/pdf', buffer: await scannedSheetPdf() })
  await visible(p.getByText('Pindaian daftar-hadir-ttd.pdf dipakai di laporan.'))
  const withScan = await download(page, 'Simpan PDF laporan')
  const scanTexts = (await readPdf(withScan.bytes)).map(pageText)
  const sheetPages = notulenAt - hadirAt
  expect(scanTexts.length).toBe(pages.length - sheetPages + 1)
  expect(scanTexts[hadirAt - 1]).toContain('PINDAIAN DAFTAR HADIR BERTANDA TANGAN')
  expect(scanTexts[1]).toContain('Daftar Hadir (pindaian bertanda tangan)')
  expect(scanTexts.some((t) => t.includes('Tanda Tangan') && t.includes('DAFTAR HADIR'))).toBe(false)

  // The DOCX: the same parts, the photos as pictures, and where the scanned PDF is (it cannot go into Word).
  const docx = await download(page, 'Simpan DOCX laporan')
  expect(docx.name).toBe('Laporan Kegiatan Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019.docx')
  const xml = await docxPart(docx.bytes)
  for (const words of ['LAPORAN KEGIATAN', 'DAFTAR ISI', 'I. LATAR BELAKANG', '296/SKR/PKK-PROP/XII/2019', 'NOTULEN RAPAT', 'DOKUMENTASI KEGIATAN', 'Pindaian PDF hanya dapat digabungkan'])
    expect(xml).toContain(words)
  for (const caption of DEMO_PHOTO_CAPTIONS) expect(xml).toContain(caption)
  const zip = await JSZip.loadAsync(docx.bytes)
  // Twelve photos and the office's logo (the kop of the cover and of each part may share one file).
  expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(13)
})
