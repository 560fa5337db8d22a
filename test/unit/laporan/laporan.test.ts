import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Snapshot } from '../../../shared/datafile'
import { renderDocx, renderPdf, type FontSet } from '../../../shared/documents'
import { bundlePageLabel, contentsFor, laporanPdf } from '../../../shared/documents/builders/laporan-bundle'
import {
  attendanceSentence,
  checkPhotoFile,
  checkScanFile,
  defaultLatarBelakang,
  laporanContents,
  laporanText,
  LAPORAN_PENUTUP,
  meetingContext,
  storedPhotoSize
} from '../../../shared/meetings'
import type { StoredFile } from '../../../shared/model'
import { buildDemoOffice, RAKON } from '../../../scripts/lib/demo-office'
import { photosOf } from '../../../scripts/lib/laporan-files'
import { makePng } from '../../../scripts/lib/sample-images'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, pageText, readPdf } from '../documents/support'
import { convertDocxToPdf } from '../../layout/libreoffice'

const recap = { diundang: 65, hadir: 57, diwakili: 4, izin: 2, tidakHadir: 2, belum: 0, tidakTerdaftar: 2, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 }

describe('the report\'s own words (shared/meetings/laporan-text.ts)', () => {
  test('latar belakang from the meeting\'s dasar and tujuan, as one sentence', () => {
    expect(defaultLatarBelakang(RAKON)).toBe(
      'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019 dilaksanakan berdasarkan Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019 dan Keputusan Ketua Tim Penggerak PKK Provinsi Sumatera Barat tentang Panitia Pelaksana, Narasumber dan Moderator Rapat Konsultasi Tahun 2019, dengan tujuan meningkatkan koordinasi dengan OPD terkait dalam pelaksanaan kegiatan Gerakan PKK di Provinsi Sumatera Barat, mensinergikan kegiatan Tim Penggerak PKK Provinsi dengan kegiatan pada OPD terkait, menyamakan persepsi pelaksanaan kegiatan pembinaan 10 Program Pokok PKK Tahun 2019 dan menjalin kerja sama dalam persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020.'
    )
    expect(defaultLatarBelakang({ ...RAKON, basis: [], objectives: [] })).toBe(`${RAKON.title} dilaksanakan sesuai dengan program kerja Tim Penggerak PKK.`)
  })

  test('attendance in words leaves out what is zero', () => {
    expect(attendanceSentence(recap)).toBe('65 orang diundang; 57 hadir, 4 diwakili, 2 izin, 2 tidak hadir; 2 peserta tambahan.')
    expect(attendanceSentence({ ...recap, hadir: 0, diwakili: 0, izin: 0, tidakHadir: 0, belum: 65, tidakTerdaftar: 0 })).toBe('65 orang diundang; 65 belum dicatat.')
  })

  test('what she wrote wins; an empty section prints the meeting\'s words; the conclusions come from the minutes', () => {
    const own = { latarBelakang: '  ', pelaksanaan: 'Dihadiri OPD terkait.', hasil: 'Rapat menghasilkan:', penutup: '', photosPerPage: 2 as const }
    const t = laporanText(RAKON, recap, ['Rapat berkala.', ' ', 'Persiapan lomba.'], own)
    expect(t.latarBelakang).toBe(defaultLatarBelakang(RAKON))
    expect(t.pelaksanaan).toBe('Dihadiri OPD terkait.')
    expect(t.hasilIntro).toBe('Rapat menghasilkan:')
    expect(t.kesimpulan).toEqual(['Rapat berkala.', 'Persiapan lomba.'])
    expect(t.penutup).toBe(LAPORAN_PENUTUP)
    expect(t.photosPerPage).toBe(2)
    expect(laporanText(RAKON, recap, [], undefined).pelaksanaan).toBe(
      'Kegiatan dilaksanakan pada Jumat, 20 Desember 2019, pukul 09.00 WIB s.d. selesai, bertempat di Aula Kantor Tim Penggerak PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang. Peserta: 65 orang diundang; 57 hadir, 4 diwakili, 2 izin, 2 tidak hadir; 2 peserta tambahan. Acara: pembukaan; Sambutan Ketua Tim Penggerak PKK Provinsi Sumatera Barat; paparan program OPD terkait; diskusi dan tanya jawab; kesimpulan dan penutup.'
    )
  })
})

describe('photo and scan files she picks (shared/meetings/photo-check.ts)', () => {
  test('JPEG and PNG by their bytes; anything else, an empty file, a huge one or one without a readable size is refused by name', () => {
    expect(checkPhotoFile('a.png', makePng(30, 20, () => [1, 2, 3, 255]))).toEqual({ ok: true, mime: 'image/png', width: 30, height: 20 })
    expect(checkPhotoFile('a.jpg', new TextEncoder().encode('GIF89a....'))).toEqual({ ok: false, message: 'Foto "a.jpg" bukan berkas JPEG atau PNG.' })
    expect(checkPhotoFile('kosong.jpg', new Uint8Array())).toEqual({ ok: false, message: 'Foto "kosong.jpg" kosong (0 bait).' })
    expect(checkPhotoFile('besar.jpg', new Uint8Array(31 * 1024 * 1024))).toEqual({ ok: false, message: 'Foto "besar.jpg" terlalu besar (31,0 MB). Batasnya 30,0 MB per foto.' })
    const huge = makePng(2, 2, () => [0, 0, 0, 255])
    new DataView(huge.buffer).setUint32(16, 10_000)
    new DataView(huge.buffer).setUint32(20, 9_000)
    expect(checkPhotoFile('p.png', huge)).toEqual({ ok: false, message: 'Foto "p.png" terlalu besar (10000 × 9000 piksel, 90 megapiksel). Batasnya 80 megapiksel.' })
    expect(checkPhotoFile('r.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2]))).toEqual({ ok: false, message: 'Foto "r.jpg" rusak: ukuran gambarnya tidak terbaca.' })
  })

  test('kept at most 1600 pixels on the long edge, proportions kept, never enlarged', () => {
    expect(storedPhotoSize(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(storedPhotoSize(3000, 4000)).toEqual({ width: 1200, height: 1600 })
    expect(storedPhotoSize(800, 600)).toEqual({ width: 800, height: 600 })
  })

  test('a scan is a PDF, a JPEG or a PNG', () => {
    expect(checkScanFile('ttd.pdf', new TextEncoder().encode('%PDF-1.7\n...'))).toEqual({ ok: true, mime: 'application/pdf' })
    expect(checkScanFile('ttd.docx', new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ ok: false, message: 'Berkas pindaian "ttd.docx" bukan PDF, JPEG atau PNG.' })
  })
})

test('the daftar isi: the report on page 3, each part where the one before it ends', () => {
  expect(contentsFor('Laporan Kegiatan', 4, [{ title: 'Surat Undangan', pages: 5 }, { title: 'Notulen Rapat', pages: 3 }, { title: 'Foto', pages: 2 }])).toEqual([
    { title: 'Laporan Kegiatan', page: 3 },
    { title: 'Surat Undangan', page: 5 },
    { title: 'Notulen Rapat', page: 10 },
    { title: 'Foto', page: 13 }
  ])
})

async function imagesPerPage(bytes: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  const out: number[] = []
  for (let n = 1; n <= doc.numPages; n++) out.push((await (await doc.getPage(n)).getOperatorList()).fnArray.filter((f) => f === OPS.paintImageXObject).length)
  await doc.destroy()
  return out
}

describe('the Laporan Kegiatan of the demo\'s Rapat Konsultasi with its 12 photos', () => {
  let snapshot: Snapshot
  let files: Map<string, StoredFile>
  let fonts: FontSet
  beforeAll(async () => {
    ;({ snapshot, files } = await buildDemoOffice())
    fonts = await loadNodeFonts()
  }, 120_000)

  const contentsOf = (scan?: { mime: 'image/png' | 'application/pdf'; data: Uint8Array }) => {
    const meeting = snapshot.meetings[0]
    if (!meeting) throw new Error('no meeting')
    const c = laporanContents({
      ctx: meetingContext(snapshot, meeting),
      photos: photosOf(snapshot, meeting, files),
      ...(scan ? { scan: { sheet: { hash: 'a'.repeat(64), mime: scan.mime, name: 'pindaian', pages: 1 }, data: scan.data } } : {})
    })
    if (!c) throw new Error('no contents')
    return c
  }

  test('one PDF: cover, daftar isi, report, the issued invitation, the decree, the sheet, the minutes, three pages of four photos; numbered across from page 2', async () => {
    const pdf = await laporanPdf(contentsOf().pdf, (l) => renderPdf(l, fonts))
    const pages = await readPdf(pdf.bytes)
    const texts = pages.map(pageText)
    expect(pdf.pages).toBe(pages.length)
    expect(pdf.contents.map((c) => c.title)).toEqual(['Laporan Kegiatan', 'Surat Undangan', 'Keputusan Ketua', 'Daftar Hadir', 'Notulen Rapat', 'Dokumentasi Kegiatan (foto)'])
    // Each part starts where the daftar isi says, and says so in its own words.
    const words = ['LAPORAN KEGIATAN', '296/SKR/PKK-PROP/XII/2019', '22/KEP/PKK-PROP/XII/2019', 'DAFTAR HADIR', 'NOTULEN RAPAT', 'DOKUMENTASI KEGIATAN']
    pdf.contents.forEach((c, i) => {
      expect(texts[(c.page ?? 0) - 1]).toContain(words[i])
      expect(texts[1]).toContain(`${c.title} ${c.page}`)
    })
    expect(texts[0]).not.toContain('Laporan Kegiatan - halaman')
    texts.slice(1).forEach((t, i) => expect(t).toContain(bundlePageLabel(i + 2, pages.length)))
    const photosAt = pdf.contents.at(-1)?.page ?? 0
    expect(pages.length).toBe(photosAt + 2)
    expect((await imagesPerPage(pdf.bytes)).slice(photosAt - 1)).toEqual([4, 4, 4])
    expect(texts[photosAt - 1]).toContain('Foto 1 Pembukaan Rapat Konsultasi oleh Ketua TP PKK Provinsi Sumatera Barat')
    expect(texts[2]).toContain('Kesimpulan Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019 bertanda tangan.pdf')
  }, 120_000)

  test('the page labels are set in the bundle\'s own embedded font, at the foot\'s right of every page but the cover, on F4 and A4 pages alike', async () => {
    const plain = await laporanPdf(contentsOf().pdf, (l) => renderPdf(l, fonts))
    // A scanned sheet on A4 between the F4 pages: its labels keep the same distance from the right edge.
    const scanDoc = await PDFDocument.create()
    for (let n = 0; n < 2; n++) scanDoc.addPage([595.28, 841.89])
    const mixed = await laporanPdf(contentsOf({ mime: 'application/pdf', data: await scanDoc.save() }).pdf, (l) => renderPdf(l, fonts))
    for (const pdf of [plain, mixed]) {
      const dir = mkdtempSync(join(tmpdir(), 'pkk-laporan-fonts-'))
      const file = join(dir, 'laporan.pdf')
      writeFileSync(file, pdf.bytes)
      // pdffonts (poppler-utils): name, type, encoding, emb, sub, uni, object; every font embedded.
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '')
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) expect(row, row).toMatch(/\s(?:Identity-H|Custom|WinAnsi|Builtin)\s+yes\s/)
      const pages = await readPdf(pdf.bytes)
      pages.forEach((page, i) => {
        const label = bundlePageLabel(i + 1, pages.length)
        const item = page.items.find((it) => it.str.includes(label))
        if (i === 0) return expect(item).toBeUndefined()
        if (!item) throw new Error(`halaman ${i + 1}: "${label}" tidak ada`)
        // Baseline 7 mm above the bottom edge; the label ends 25 mm from the right edge (8 pt text, about 3 pt a character).
        expect(page.height - item.y, `halaman ${i + 1}`).toBeCloseTo((7 * 72) / 25.4, 0)
        const right = page.width - (25 * 72) / 25.4
        expect(item.x, `halaman ${i + 1}`).toBeLessThan(right - label.length * 2.5)
        expect(item.x, `halaman ${i + 1}`).toBeGreaterThan(right - label.length * 5)
      })
      expect(new Set(pages.map((p) => Math.round(p.width))).size).toBe(pdf === mixed ? 2 : 1)
    }
  }, 120_000)

  test('a scanned sheet: a PDF\'s pages take the generated sheet\'s place; an image prints on a page of its own, in the DOCX too', async () => {
    const plain = await laporanPdf(contentsOf().pdf, (l) => renderPdf(l, fonts))
    const scanDoc = await PDFDocument.create()
    const font = await scanDoc.embedFont(StandardFonts.Helvetica)
    for (const n of [1, 2]) scanDoc.addPage([609, 935]).drawText(`PINDAIAN HALAMAN ${n}`, { x: 50, y: 850, size: 14, font })
    const withPdf = await laporanPdf(contentsOf({ mime: 'application/pdf', data: await scanDoc.save() }).pdf, (l) => renderPdf(l, fonts))
    const sheet = plain.contents.find((c) => c.title === 'Daftar Hadir')
    const after = plain.contents.find((c) => c.title === 'Notulen Rapat')
    expect(withPdf.pages).toBe(plain.pages - ((after?.page ?? 0) - (sheet?.page ?? 0)) + 2)
    const texts = (await readPdf(withPdf.bytes)).map(pageText)
    expect(texts[(sheet?.page ?? 0) - 1]).toContain('PINDAIAN HALAMAN 1')
    expect(texts[sheet?.page ?? 0]).toContain('PINDAIAN HALAMAN 2')

    const image = contentsOf({ mime: 'image/png', data: makePng(600, 850, (x) => (x < 300 ? [240, 240, 240, 255] : [30, 30, 30, 255])) })
    const xml = await docxPart(await renderDocx(image.docx()))
    expect(xml).toContain('DAFTAR HADIR (PINDAIAN BERTANDA TANGAN)')
    expect(xml).not.toContain('Pindaian PDF hanya dapat digabungkan')
  }, 120_000)

  test('after a restore without some files: a missing photo prints as a box "Foto tidak ditemukan: <caption>" in its place, a missing scan as a page that names it; PDF and DOCX', async () => {
    const meeting = snapshot.meetings[0]
    if (!meeting) throw new Error('no meeting')
    const all = photosOf(snapshot, meeting, files)
    // The second and the sixth photo lost (their files not on this computer), and the scan she had added.
    const photos = all.map((p, i) => (i === 1 || i === 5 ? { ...p, data: null } : p))
    const lost = [all[1]?.photo.caption ?? '', all[5]?.photo.caption ?? '']
    const c = laporanContents({ ctx: meetingContext(snapshot, meeting), photos, scan: { sheet: { hash: 'b'.repeat(64), mime: 'application/pdf', name: 'daftar-hadir-ttd.pdf', pages: 2 }, data: null } })
    if (!c) throw new Error('no contents')
    const plain = await laporanPdf(contentsOf().pdf, (l) => renderPdf(l, fonts))
    const pdf = await laporanPdf(c.pdf, (l) => renderPdf(l, fonts))
    const texts = (await readPdf(pdf.bytes)).map(pageText)
    const photosAt = pdf.contents.at(-1)?.page ?? 0
    // The photo pages keep four places each; two of them are boxes.
    expect(pdf.pages - photosAt).toBe(2)
    expect((await imagesPerPage(pdf.bytes)).slice(photosAt - 1)).toEqual([3, 3, 4])
    expect(texts[photosAt - 1]).toContain(`Foto 2 Foto tidak ditemukan: ${lost[0]}`)
    expect(texts[photosAt]).toContain(`Foto 6 Foto tidak ditemukan: ${lost[1]}`)
    const sheet = pdf.contents.find((x) => x.title === 'Daftar Hadir (pindaian bertanda tangan)')
    expect(texts[(sheet?.page ?? 0) - 1]).toContain('Pindaian daftar hadir tidak ditemukan: daftar-hadir-ttd.pdf.')
    expect(plain.contents.map((x) => x.title)).toContain('Daftar Hadir')

    const xml = await docxPart(await renderDocx(c.docx()))
    for (const caption of lost) expect(xml).toContain(`Foto tidak ditemukan: ${caption}`)
    expect(xml).toContain('Pindaian daftar hadir tidak ditemukan: daftar-hadir-ttd.pdf.')
  }, 120_000)

  test('the DOCX: the same parts in one file, its daftar isi without page numbers, the twelve photos as pictures', async () => {
    const docx = await renderDocx(contentsOf().docx())
    const xml = await docxPart(docx)
    for (const w of ['LAPORAN KEGIATAN', 'DAFTAR ISI', 'I. LATAR BELAKANG', '296/SKR/PKK-PROP/XII/2019', '22/KEP/PKK-PROP/XII/2019', 'NOTULEN RAPAT', 'DOKUMENTASI KEGIATAN', 'Foto 12']) expect(xml).toContain(w)
    expect(xml).not.toContain('>Halaman<')
    const zip = await JSZip.loadAsync(docx)
    const media = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).map(async (f) => (await zip.file(f)?.async('uint8array'))?.byteLength ?? 0))
    // The twelve photos (each 720 x 540) are in; the logo, signatures and stamp are smaller.
    const photoBytes = [...files.values()].map((f) => f.data.byteLength).sort((a, b) => a - b)
    for (const size of photoBytes) expect(media).toContain(size)
  }, 120_000)

  test('the DOCX numbers its pages across the whole bundle, as the PDF does: only the cover unnumbered, laid out by LibreOffice', async () => {
    const docx = await renderDocx(contentsOf().docx())
    const xml = await docxPart(docx)
    // One count for the whole file: only the first section starts at 1; no part prints its own "- 2 -".
    expect(xml.match(/<w:pgNumType[^>]*w:start="1"/g) ?? []).toHaveLength(1)
    const dir = mkdtempSync(join(tmpdir(), 'pkk-laporan-lo-'))
    const file = join(dir, 'laporan.docx')
    writeFileSync(file, docx)
    const [pdfPath] = await convertDocxToPdf([file], join(dir, 'pdf'), join(dir, 'profile'))
    const pages = await readPdf(new Uint8Array(readFileSync(pdfPath ?? '')))
    expect(pages.length).toBeGreaterThan(10)
    expect(pageText(pages[0]!)).not.toContain('Laporan Kegiatan - halaman')
    pages.slice(1).forEach((p, i) => expect(pageText(p).replace(/\s+/g, ' '), `halaman ${i + 2}`).toContain(bundlePageLabel(i + 2, pages.length)))
    for (const p of pages) expect(pageText(p)).not.toMatch(/- \d+ -/)
  }, 240_000)
})
