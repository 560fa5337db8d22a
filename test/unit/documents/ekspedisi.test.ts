import { beforeAll, describe, expect, test } from 'vitest'
import { renderDocx, renderPdf, type FontSet } from '../../../shared/documents'
import { buildEkspedisi, EKSPEDISI_COLUMNS, ekspedisiColumnWidths, type EkspedisiRow } from '../../../shared/documents/builders/ekspedisi'
import type { DocumentLayout, TableBlock } from '../../../shared/documents/layout'
import { textWidthPt } from '../../../shared/documents/measure'
import { ptToMm } from '../../../shared/documents/units'
import { buildUndangan, buildUndanganMerge } from '../../../shared/documents/builders/undangan'
import { inviteeLetter } from '../../../shared/meetings'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, docxParagraphs, pageText, rakonUndangan, readPdf, sumbar } from './support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const NUMBER = '296/SKR/PKK-PROP/XII/2019'
const rows = (n: number): EkspedisiRow[] =>
  Array.from({ length: n }, (_, i) => ({
    date: i < 3 ? '2019-12-18' : '',
    number: NUMBER,
    kepada: `Kepala Dinas Nomor ${i + 1}\nProvinsi Sumatera Barat`,
    perihal: 'Undangan Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
    receiverName: i === 0 ? 'Sdri. Rina Marlina' : '',
    keterangan: i === 0 ? 'Diterima 18 Des 2019 10.25 WIB' : ''
  }))

describe('Buku Ekspedisi: PDF and DOCX from one layout, on F4 and A4', () => {
  test.each(['F4', 'A4'] as const)('65 letters on %s: every row on some page, headers repeated, receiver recorded, blank rows to sign', async (paper) => {
    const layout = buildEkspedisi({ profile: { ...sumbar, paper }, subtitle: 'Rapat Konsultasi TP PKK dengan OPD Terkait Tahun 2019', rows: rows(65) })
    const pdf = await renderPdf(layout, fonts)
    const pages = await readPdf(pdf)
    // Landscape: 330 x 215 mm (F4) or 297 x 210 mm (A4), in points.
    const [w, h] = paper === 'F4' ? [935.4, 609.4] : [841.9, 595.3]
    expect(pages[0]?.width).toBeCloseTo(w, 0)
    expect(pages[0]?.height).toBeCloseTo(h, 0)
    // 65 rows of at least 16 mm do not fit on fewer than 7 pages of about 150 mm of table.
    expect(pages.length).toBeGreaterThanOrEqual(7)
    expect(pages.length).toBeLessThanOrEqual(12)
    const text = pages.map(pageText)
    expect(text[0]).toContain('BUKU EKSPEDISI')
    expect(text[0]).toContain('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
    // The header cell may break over two balanced lines ("Nama dan Tanda / Tangan Penerima").
    for (const t of text) expect(t.replace(/\s+/g, ' ')).toMatch(/Nama dan Tanda (?:\S+ )??Tangan Penerima/)
    const all = text.join(' ')
    for (let i = 1; i <= 65; i++) expect(all, `baris ${i}`).toContain(`Kepala Dinas Nomor ${i} `)
    expect(all).toContain('1. Sdri. Rina Marlina')
    expect(all).toContain('18 Desember 2019')
    expect(all).toContain('Diterima 18 Des 2019 10.25 WIB')
    // Every row carries the number; a number is never broken over lines.
    expect(all.split(NUMBER).length - 1).toBe(65)

    const xml = await docxPart(await renderDocx(layout))
    const paragraphs = docxParagraphs(xml)
    expect(paragraphs).toContain('BUKU EKSPEDISI')
    // A balanced header cell breaks with <w:br/>, which docxParagraphs joins without a space.
    const squeezed = paragraphs.map((p) => p.replace(/\s+/g, ""))
    for (const c of EKSPEDISI_COLUMNS) expect(squeezed).toContain(c.replace(/\s+/g, ""))
    expect(paragraphs.filter((p) => p === NUMBER)).toHaveLength(65)
    expect(paragraphs).toContain('1. Sdri. Rina Marlina')
    expect(paragraphs).toContain('65.')
    // Each page is a table of its own with both header rows (marked to repeat, should Word need it); rows are not split.
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(2 * pages.length)
    expect(xml).toContain('<w:cantSplit/>')
    expect(xml).toMatch(/<w:pgSz w:w="\d+" w:h="\d+" w:orient="landscape"\/>/)
    const sectionWidth = Number(/<w:pgSz w:w="(\d+)"/.exec(xml)?.[1])
    expect(sectionWidth).toBe(paper === 'F4' ? 18709 : 16838)
  })

  test('a long number (with its archive code) widens its column and is never broken over lines', async () => {
    const long = '400.14.1.1/0296/SKR/PKK-PROP.SUMBAR/XII/2019'
    const layout = buildEkspedisi({ profile: { ...sumbar, paper: 'A4' }, subtitle: 'Rapat', rows: rows(5).map((r) => ({ ...r, number: long })) })
    const text = (await readPdf(await renderPdf(layout, fonts))).map(pageText).join(' ')
    expect(text.split(long).length - 1).toBe(5)
  })

  /** The rows' numbers of each page's table, as the builder laid them out. */
  const plannedPages = (layout: DocumentLayout): string[][] =>
    (layout.sections[0]?.blocks ?? []).filter((b): b is TableBlock => b.kind === 'table').map((t) => t.rows.map((r) => String(r.cells[0]?.text)))
  // 263 characters and the row's number: the name's end tells the rows apart.
  const longName = (i: number) => `Ny. ${'Harokasuto Ridiwaharoka Jeseridiwaha '.repeat(7)}${i}`
  const nameEnd = (i: number) => `Jeseridiwaha${i}KepalaDinas`

  test.each(['F4', 'A4'] as const)('300-character names on %s: each page of the PDF holds the rows laid on it, whole, none lost; the last page three', async (paper) => {
    const long = rows(40).map((r, i) => ({ ...r, kepada: `${longName(i + 1)}\nKepala Dinas Kependudukan dan Pencatatan Sipil Provinsi Sumatera Barat` }))
    const layout = buildEkspedisi({ profile: { ...sumbar, paper }, subtitle: 'Rapat Konsultasi TP PKK dengan OPD Terkait Tahun 2019', rows: long })
    const planned = plannedPages(layout)
    const pages = await readPdf(await renderPdf(layout, fonts))
    expect(pages).toHaveLength(planned.length)
    planned.forEach((numbers, p) => {
      const text = pageText(pages[p] ?? { width: 0, height: 0, items: [] }).replace(/\s+/g, '')
      // The end of each row's name stands on its page; no other row's does.
      for (let i = 1; i <= 40; i++) {
        if (numbers.includes(String(i))) expect(text, `halaman ${p + 1}, baris ${i}`).toContain(nameEnd(i))
        else expect(text, `halaman ${p + 1}, baris ${i}`).not.toContain(nameEnd(i))
      }
    })
    expect(planned.flat()).toEqual(Array.from({ length: 40 }, (_, i) => `${i + 1}`))
    // The last page holds three rows, or the page before could not give them and keep three.
    const [before = [], last = []] = planned.slice(-2)
    expect(last.length >= 3 || before.length - (3 - last.length) < 3, `${before.length} lalu ${last.length}`).toBe(true)
  })

  test('columns are sized to what they hold: 500 rows number on one line, the long number whole, Kepada as wide as its longest line or the larger share', () => {
    const many = rows(500).map((r) => ({ ...r, number: '296/SKR/TP-PKK/KEC.KOTO-BARU.TIMUR/XII/2019' }))
    const named = many.map((r, i) => ({ ...r, kepada: longName(i) }))
    for (const paper of ['F4', 'A4'] as const) {
      const page = buildEkspedisi({ profile: { ...sumbar, paper }, subtitle: 'Rapat', rows: many }).sections[0]?.page
      if (!page) throw new Error('tanpa halaman')
      const size = paper === 'A4' ? 9 : 10
      const inside = (mm: number) => mm - 3
      const widths = ekspedisiColumnWidths(page, size, many)
      const [no = 0, date = 0, number = 0, kepada = 0, perihal = 0] = widths
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(paper === 'F4' ? 285 : 252, 6)
      expect(ptToMm(textWidthPt('500', size))).toBeLessThan(inside(no))
      expect(ptToMm(textWidthPt('18 Desember 2019', size))).toBeLessThan(inside(date))
      expect(ptToMm(textWidthPt(many[0]?.number ?? '', size))).toBeLessThan(inside(number))
      // Short addressees keep their lines whole and leave the rest to Perihal.
      expect(ptToMm(textWidthPt('Provinsi Sumatera Barat', size))).toBeLessThan(inside(kepada))
      expect(kepada).toBeLessThan(ptToMm(textWidthPt('Provinsi Sumatera Barat', size)) + 6)
      expect(perihal).toBeGreaterThan(25)
      // Long names take the room: Perihal at most 40 % of what Kepada and Perihal share.
      const [, , , longKepada = 0, longPerihal = 0] = ekspedisiColumnWidths(page, size, named)
      expect(longKepada).toBeGreaterThan(1.49 * longPerihal)
      expect(longKepada).toBeGreaterThan(40)
    }
  })

  test('an empty book says so instead of printing an empty table', async () => {
    const pages = await readPdf(await renderPdf(buildEkspedisi({ profile: sumbar, subtitle: 'Rapat', rows: [] }), fonts))
    expect(pages).toHaveLength(1)
    expect(pageText(pages[0] ?? { width: 0, height: 0, items: [] })).toContain('Belum ada surat yang diantar.')
  })
})

describe('one letter per invitee from the invitation as it prints', () => {
  const base = rakonUndangan()
  const addressees = [
    ['Ny. Hj. Yulia Fitri Rahman', 'Ketua Dekranasda Provinsi Sumatera Barat'],
    ['Kepala Dinas Kesehatan Provinsi Sumatera Barat'],
    ['Ny. Hj. Harneli Mahyeldi']
  ]

  test('a letter per invitee: each invitee gets her own letter, and only hers', async () => {
    const merged = buildUndanganMerge(base, addressees)
    for (const [i, a] of addressees.entries()) {
      const one = inviteeLetter(merged, a)
      expect(one?.sections).toHaveLength(1)
      const text = (await readPdf(await renderPdf(one ?? merged, fonts))).map(pageText).join(' ')
      expect(text).toContain(a[0])
      for (const [j, other] of addressees.entries()) if (j !== i) expect(text).not.toContain(other[0])
    }
    // Invited after the number was issued: there is no letter for her under this number.
    expect(inviteeLetter(merged, ['Ny. Orang Baru'])).toBeUndefined()
  })

  test('one letter to "(daftar terlampir)" is the same letter for every invitee', () => {
    const attached = buildUndangan({ ...base, addressee: ['(daftar terlampir)'], attachment: { invitees: addressees.map((a) => ({ name: a[0] ?? '' })) } })
    expect(inviteeLetter(attached, addressees[1] ?? [])).toBe(attached)
  })

  test('a letter to one invitee is that invitee\u2019s; anyone else gets none', () => {
    const single = buildUndanganMerge(base, [addressees[0] ?? []])
    expect(inviteeLetter(single, addressees[0] ?? [])).toBe(single)
    expect(inviteeLetter(single, addressees[1] ?? [])).toBeUndefined()
  })
})
