import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, type FontSet } from '../../../shared/documents'
import { notulenLayout } from '../../../shared/meetings'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { expectInOrder, rakonInput, SEED_CONCLUSION } from './minutes-fixture'
import { docxParagraphs, docxPart, pageText, readPdf, type PdfPage } from './support'

let fonts: FontSet
let pages: PdfPage[]
let text: string
let xml: string

const flat = (s: string) => s.replace(/\s+/g, ' ')

beforeAll(async () => {
  fonts = await loadNodeFonts()
  const layout = notulenLayout(rakonInput())
  pages = await readPdf(await renderPdf(layout, fonts))
  text = flat(pages.map(pageText).join(' '))
  xml = await docxPart(await renderDocx(layout))
})

describe('Notulen of the Rapat Konsultasi of 20 December 2019', () => {
  it('opens with the kop, the title and the meeting header (docs/formats.md "Notulen")', () => {
    const order = [
      'TIM PENGGERAK PKK',
      'NOTULEN RAPAT',
      'Jenis rapat',
      'Rapat Konsultasi',
      'Hari/Tanggal',
      'Jumat, 20 Desember 2019',
      'Waktu',
      '09.00 s.d. 12.30 WIB',
      'Tempat',
      'Pimpinan rapat',
      'Ny. Hj. Nevi Irwan Prayitno, Ketua TP PKK Provinsi Sumatera Barat',
      'Notulis',
      'Ny. Hj. Darmawati Syahrial, S.H, M.M, Sekretaris',
      'Peserta',
      'Diundang 65 orang; hadir 60 orang, 2 izin, 2 tidak hadir, 1 belum dicatat.',
      'Susunan acara',
      '1. Pembukaan',
      '5. Kesimpulan dan penutup'
    ]
    expectInOrder(text, order)
  })

  it('has the sections A to G in order, the conclusions numbered, the follow-ups in a table', () => {
    expectInOrder(text, [
      'A. Pembukaan',
      'Rapat dibuka pukul 09.00 WIB.',
      '1. Program Kerja Tahun 2019;',
      'B. Sambutan',
      '1. Ny. Hj. Nevi Irwan Prayitno, Ketua TP PKK',
      'C. Paparan Narasumber',
      '• Bappeda',
      'D. Diskusi / Tanya Jawab',
      'E. Kesimpulan',
      `1. ${SEED_CONCLUSION.slice(0, 40)}`,
      '2. Persiapan Lomba Gerakan PKK',
      'F. Tindak Lanjut',
      'Penanggung jawab',
      'Menyampaikan program 2020',
      'Badan Perencanaan Pembangunan Daerah',
      '31 Januari 2020',
      'Terbuka',
      'Menyiapkan data kesehatan keluarga',
      'Selesai',
      'G. Penutup',
      'Rapat ditutup pukul 12.30 WIB.'
    ])
    // A cancelled follow-up is not printed.
    expect(text).not.toContain('Tindak lanjut yang dibatalkan')
    expect(text).toContain(flat(SEED_CONCLUSION).slice(-60))
  })

  it('ends with the notulis and the pimpinan side by side: signed and approved (Mengesahkan)', () => {
    const last = pages.at(-1) as PdfPage
    const y = (s: string) => last.items.find((i) => i.str.includes(s))?.y ?? NaN
    const x = (s: string) => last.items.find((i) => i.str.includes(s))?.x ?? NaN
    expect(y('Notulis,')).toBeCloseTo(y('Pimpinan Rapat,'), 0)
    expect(x('Notulis,')).toBeLessThan(x('Pimpinan Rapat,'))
    expect(y('Mengesahkan,')).toBeLessThan(y('Pimpinan Rapat,'))
    expect(y('Ny. Hj. Darmawati Syahrial')).toBeCloseTo(y('Ny. Hj. Nevi Irwan Prayitno'), 0)
    expect(y('Ny. Hj. Darmawati Syahrial') - y('Notulis,')).toBeGreaterThan(50)
    expect(pageText(last)).toContain('Padang, 20 Desember 2019')
  })

  it('prints bold and italic runs in the bold and italic faces, in the PDF and the DOCX', () => {
    const items = pages.flatMap((p) => p.items)
    const font = (s: string) => items.find((i) => i.str.includes(s))?.fontName
    expect(font('terima kasih')).not.toBe(font('Mengucapkan'))
    expect(font('Lomba Gerakan PKK')).not.toBe(font('Peserta menanyakan'))
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*terima kasih/s)
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*Lomba Gerakan PKK/s)
    expect(xml).not.toContain('&lt;b&gt;')
  })

  it('has the same words in the DOCX, in the same order', () => {
    const paragraphs = docxParagraphs(xml).map(flat)
    const docx = paragraphs.join(' ')
    expectInOrder(docx, ['NOTULEN RAPAT', 'A. Pembukaan', 'B. Sambutan', 'C. Paparan Narasumber', 'D. Diskusi / Tanya Jawab', 'E. Kesimpulan', 'F. Tindak Lanjut', 'G. Penutup', 'Notulis,', 'Ny. Hj. Nevi Irwan Prayitno'])
  })

  it('marks empty sections with a dash rather than leaving them out', async () => {
    const input = rakonInput()
    const empty = notulenLayout({ ...input, minutes: { ...input.minutes, paparan: [], sambutan: [] } })
    const t = flat((await readPdf(await renderPdf(empty, fonts))).map(pageText).join(' '))
    expect(t).toMatch(/B\. Sambutan - C\. Paparan Narasumber - D\./)
  })
})

