import { beforeAll, describe, expect, it } from 'vitest'
import { buildUndangan, renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxParagraphs, docxPart, find, pageText, pdfFonts, rakonUndangan, readPdf, type PdfPage } from './support'

let fonts: FontSet
let layout: DocumentLayout
let pdf: Uint8Array
let page: PdfPage

beforeAll(async () => {
  fonts = await loadNodeFonts()
  layout = buildUndangan(rakonUndangan())
  pdf = await renderPdf(layout, fonts)
  const pages = await readPdf(pdf)
  expect(pages).toHaveLength(1)
  page = pages[0] as PdfPage
})

const MARGIN_LEFT_PT = (30 * 72) / 25.4

describe('Surat Undangan 296/SKR/PKK-PROP/XII/2019 as PDF', () => {
  it('is one F4 page of 215 x 330 mm', () => {
    expect(page.width).toBeCloseTo(609.45, 1)
    expect(page.height).toBeCloseTo(935.43, 1)
  })

  it('embeds Liberation Sans, regular and bold, and nothing else', () => {
    const { names, embedded } = pdfFonts(pdf)
    expect(names.length).toBeGreaterThanOrEqual(2)
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+LiberationSans/)
    expect(names.some((n) => n.endsWith('LiberationSans-Bold'))).toBe(true)
    expect(embedded).toBe(names.length)
  })

  it('reads from the kop down to the tembusan in the order of a letter', () => {
    const order = [
      'TIM PENGGERAK PKK',
      'PROVINSI SUMATERA BARAT',
      'Jalan Rasuna Said No. 76 Padang',
      'Padang, 17 Desember 2019',
      'Nomor',
      'Sifat',
      'Lampiran',
      'Hal',
      'Kepada Yth.',
      'Bapak/Ibu Kepala Dinas Kesehatan',
      'di',
      'Tempat',
      'Hari/Tanggal',
      'Pukul',
      'Acara',
      'Ketua TP PKK',
      'Ny. Hj. Nevi Irwan Prayitno',
      'Tembusan:',
      '2. Arsip'
    ]
    // Each text is looked for below the one before, so a block out of order is not found.
    let y = -Infinity
    for (const t of order) y = find(page, t, y).y
    // A blank line between Hal and the addressee.
    expect(find(page, 'Kepada Yth.').y - find(page, 'Hal').y).toBeGreaterThan(20)
  })

  it('prints the number, the meeting day in Indonesian and the time with a dot', () => {
    const text = pageText(page)
    expect(text).toContain('296/SKR/PKK-PROP/XII/2019')
    expect(text).toContain('Jumat, 20 Desember 2019')
    expect(text).toContain('09.00 WIB s.d. selesai')
    expect(text).toContain('Aula Kantor TP PKK Provinsi Sumatera Barat')
  })

  it('aligns Nomor, Sifat, Lampiran and Hal on one colon, their values at one x', () => {
    const labels = ['Nomor', 'Sifat', 'Lampiran', 'Hal']
    const rows = labels.map((l) => {
      const label = find(page, l)
      const onRow = page.items.filter((i) => Math.abs(i.y - label.y) < 0.5 && i.x > label.x)
      const colon = onRow.find((i) => i.str === ':')
      const value = onRow.find((i) => i.str !== ':')
      if (!colon || !value) throw new Error(`baris ${l} tidak lengkap`)
      return { label: label.x, colon: colon.x, value: value.x }
    })
    for (const r of rows) {
      expect(r.label).toBeCloseTo(MARGIN_LEFT_PT, 1)
      expect(r.colon).toBeCloseTo(rows[0]?.colon ?? NaN, 2)
      expect(r.value).toBeCloseTo(rows[0]?.value ?? NaN, 2)
    }
    // 22 mm label column, 4 mm colon column.
    expect((rows[0]?.value ?? 0) - MARGIN_LEFT_PT).toBeCloseTo((26 * 72) / 25.4, 0)
  })

  it('aligns the meeting details on their colon and the Acara items right of it', () => {
    const details = find(page, 'Hari/Tanggal').y - 1
    const value = (label: string) => {
      const l = find(page, label, details)
      const v = page.items.find((i) => Math.abs(i.y - l.y) < 0.5 && i.x > l.x && i.str !== ':')
      if (!v) throw new Error(`nilai ${label} tidak ada`)
      return v
    }
    const x = value('Hari/Tanggal').x
    expect(value('Pukul').x).toBeCloseTo(x, 2)
    expect(value('Tempat').x).toBeCloseTo(x, 2)
    const first = value('Acara')
    expect(first.str).toMatch(/^1\. Rapat Konsultasi/)
    expect(first.x).toBeCloseTo(x, 2)
    const second = find(page, '2. Persiapan Lomba')
    expect(second.x).toBeCloseTo(x, 2)
    expect(second.y).toBeGreaterThan(first.y)
  })

  it('puts the signature block in the right half, centred, with no NIP for the Ketua', () => {
    const name = find(page, 'Ny. Hj. Nevi Irwan Prayitno')
    const title = find(page, 'Ketua TP PKK')
    expect(name.x).toBeGreaterThan(page.width / 2 - 10)
    expect(title.y + 60).toBeLessThan(name.y) // 25 mm of room for signature and stamp
    expect(pageText(page)).not.toContain('NIP')
  })

  it('has no page number on a one-page letter', () => {
    expect(page.items.some((i) => /^- \d+ -$/.test(i.str))).toBe(false)
  })
})

describe('Surat Undangan 296/SKR/PKK-PROP/XII/2019 as DOCX', () => {
  let xml: string
  let styles: string
  beforeAll(async () => {
    const docx = await renderDocx(layout)
    xml = await docxPart(docx)
    styles = await docxPart(docx, 'word/styles.xml')
  })

  it('sets F4 exactly in twips, with the docs/formats.md margins and a different first page', () => {
    expect(xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/)
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1701" w:left="1701"/)
    expect(xml).toContain('<w:titlePg/>')
  })

  it('names Arial 12 pt as the document font', () => {
    expect(styles).toMatch(/<w:rFonts w:ascii="Arial"[^>]*w:hAnsi="Arial"/)
    expect(styles).toMatch(/<w:sz w:val="24"\/>/)
  })

  it('writes the blocks in the order of the PDF', () => {
    const paragraphs = docxParagraphs(xml)
    const index = (start: string) => {
      const i = paragraphs.findIndex((p) => p.startsWith(start))
      expect(i, start).toBeGreaterThanOrEqual(0)
      return i
    }
    const order = ['TIM PENGGERAK PKK', 'Padang, 17 Desember 2019', 'Nomor\t:\t296/SKR/PKK-PROP/XII/2019', 'Hal\t:\tUndangan', 'Kepada Yth.', 'Hari/Tanggal\t:\tJumat, 20 Desember 2019', 'Acara\t:\t1.\tRapat Konsultasi', '2.\tPersiapan Lomba', 'Ny. Hj. Nevi Irwan Prayitno', 'Tembusan:', '2.\tArsip']
    const at = order.map(index)
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1] ?? 0)
  })

  it('puts the colon tab where the PDF puts the colon', async () => {
    const nomor = /<w:p>(?:(?!<\/w:p>)[\s\S])*?Nomor<\/w:t>[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? ''
    const tabs = [...nomor.matchAll(/<w:tab w:val="left" w:pos="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(tabs).toHaveLength(2)
    const colon = page.items.find((i) => i.str === ':' && Math.abs(i.y - find(page, 'Nomor').y) < 0.5)
    expect(((colon?.x ?? 0) - MARGIN_LEFT_PT) * 20).toBeCloseTo(tabs[0] ?? NaN, -1)
  })
})

describe('the same invitation in Times New Roman on A4', () => {
  it('embeds Liberation Serif in the PDF and names Times New Roman in the DOCX', async () => {
    const serif = buildUndangan({ ...rakonUndangan(), page: { paper: 'A4', font: 'serif' } })
    const bytes = await renderPdf(serif, fonts)
    const { names } = pdfFonts(bytes)
    expect(names.length).toBeGreaterThan(0)
    for (const n of names) expect(n).toMatch(/\+LiberationSerif/)
    const [a4] = await readPdf(bytes)
    expect(a4?.width).toBeCloseTo(595.28, 1)
    expect(a4?.height).toBeCloseTo(841.89, 1)
    const docx = await renderDocx(serif)
    expect(await docxPart(docx, 'word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"/)
    expect(await docxPart(docx)).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })
})
