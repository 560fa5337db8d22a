import { mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageSetup, renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import type { Block } from '../../../shared/documents/layout'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { convertDocxToPdf } from '../../layout/libreoffice'
import { docxPart, readPdf, type PdfPage } from './support'

/**
 * A sheet of names holding symbols and emoji, as the Daftar Hadir prints them: LibreOffice made every
 * line holding a run in DejaVu Sans or Noto Emoji (Noto Color Emoji on Debian) as tall as that font's
 * line, 0.1 to 0.4 pt more than the PDF's, and 87 of ~2070 sheets of the 300-office layout check ran a
 * page longer in LibreOffice than in the PDF (docs/formats.md, "Every character printed"). An emoji with a
 * skin-tone modifier, two advances in the PDF and one in LibreOffice, wrapped names differently.
 */
const NAMES = ['Ny. Rokasuto ✓ Waharoka Jeseridiwaha Laputima Sutolapu', 'Hj. Tima 🌺 Diwaharoka Seridiwaha ★ Lapu Kasuto Maanni', 'Dra. Anni Harokasuto 👍🏽 Ridiwaharoka Tolaputima Jese 👍🏿 Waha']

function sheet(rows: number): DocumentLayout {
  const blocks: Block[] = [
    { kind: 'paragraph', text: 'Peserta ✓ hadir 🌺 (sebuah paragraf yang memuat simbol dan emoji)', spacing: { afterPt: 6 } },
    {
      kind: 'table',
      columns: [{ width: 10 }, { width: 45 }, { width: 45 }],
      headerRows: [{ cells: [{ text: 'No' }, { text: 'Nama' }, { text: 'Jabatan' }] }],
      rows: Array.from({ length: rows }, (_, i) => ({
        cells: [{ text: `${i + 1}.` }, { text: NAMES[i % NAMES.length] ?? '' }, { text: `Kepala Seksi ${i % 2 ? '①' : '👍'} Dinas Pangan` }]
      })),
      borders: 'all',
      sizePt: 11,
      cellPaddingMm: { x: 1.5, y: 0.8 }
    }
  ]
  return { title: 'Baris bersimbol', author: 'Uji', images: {}, sections: [{ page: defaultPageSetup('A4'), blocks }] }
}

/** Where each row's number ("12.") stands: page and distance from the page's top. */
function rowTops(pages: readonly PdfPage[]): { n: number; page: number; y: number }[] {
  const out: { n: number; page: number; y: number }[] = []
  pages.forEach((p, page) => {
    for (const it of p.items) {
      const m = /^(\d+)\.$/.exec(it.str.trim())
      if (m && it.x < 100) out.push({ n: Number(m[1]), page: page + 1, y: it.y })
    }
  })
  return out
}

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

describe('a line holding a fallback font in the DOCX', () => {
  it('is set at exactly Liberation single line (the PDF line), and only such a line', async () => {
    const xml = await docxPart(await renderDocx(sheet(3)))
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0])
    const withText = (s: string) => paragraphs.filter((p) => p.includes(s))
    // 11 pt x 2355/2048 = 12.65 pt = 253 twips; 12 pt (the page's size, for the paragraph) 276.
    for (const p of withText('Waharoka')) expect(p).toMatch(/<w:spacing [^>]*w:line="253" w:lineRule="exact"/)
    for (const p of withText('Peserta ')) expect(p).toMatch(/<w:spacing [^>]*w:line="276" w:lineRule="exact"/)
    // Liberation alone: LibreOffice and Word already agree with the PDF; no spacing is written.
    for (const p of [...withText('>Jabatan<'), ...withText('>1.<')]) expect(p).not.toMatch(/lineRule="exact"/)
  })

  it('keeps LibreOffice rows where the PDF has them, over pages of names with symbols and emoji', async () => {
    const layout = sheet(90)
    const pdfPages = await readPdf(await renderPdf(layout, fonts))
    const dir = mkdtempSync(join(tmpdir(), 'pkk-fallback-lo-'))
    const docx = join(dir, 'baris.docx')
    writeFileSync(docx, await renderDocx(layout))
    const [loPath] = await convertDocxToPdf([docx], join(dir, 'pdf'), join(dir, 'profile'))
    const loPages = await readPdf(new Uint8Array(await readFile(loPath ?? '')))
    const pdf = rowTops(pdfPages)
    const lo = rowTops(loPages)
    expect(pdf.map((r) => r.n)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1))
    expect(lo.map((r) => r.n)).toEqual(pdf.map((r) => r.n))
    expect(loPages.length).toBe(pdfPages.length)
    // Each row on the same page, at the same height within half a point (it was ~0.3 pt more per line, adding up).
    for (const [i, r] of pdf.entries()) {
      const other = lo[i]
      expect(other?.page, `baris ${r.n}`).toBe(r.page)
      expect(Math.abs((other?.y ?? 0) - r.y), `baris ${r.n}`).toBeLessThan(0.5)
    }
  }, 240_000)
})

describe('the block a table keeps with its last row (PDF)', () => {
  it("is set in the page's type size, not the table's, as in the DOCX and LibreOffice", async () => {
    // A Daftar Hadir's certifier printed at the table's 11 pt in the PDF (it inherited the table's size)
    // and at 12 pt in the DOCX: LibreOffice needed more room for it and moved it to a page of its own.
    const layout: DocumentLayout = {
      title: 'Pengesah',
      author: 'Uji',
      images: {},
      sections: [
        {
          page: defaultPageSetup('A4'),
          blocks: [
            {
              kind: 'table',
              columns: [{ width: 1 }, { width: 4 }],
              headerRows: [{ cells: [{ text: 'No' }, { text: 'Nama' }] }],
              rows: [1, 2, 3].map((n) => ({ cells: [{ text: `${n}.` }, { text: `Peserta ${n}` }] })),
              borders: 'all',
              sizePt: 10,
              keepWithNext: true,
              lastRowsTogether: 3
            },
            {
              kind: 'signature',
              position: 'right',
              columnStart: 0.5,
              titleLines: ['Padang, 20 Desember 2019', 'Sekretaris', 'TP PKK Provinsi Sumatera Barat'],
              spaceMm: 20,
              name: 'Ny. Darmawati',
              nameBold: true,
              nameUnderline: false,
              spacing: { beforePt: 14 }
            }
          ]
        }
      ]
    }
    const ys = (pages: readonly PdfPage[]) =>
      ['Padang', 'Sekretaris', 'TP PKK', 'Ny. Darmawati'].map((t) => pages[0]?.items.find((i) => i.str.startsWith(t))?.y ?? NaN)
    const pdf = ys(await readPdf(await renderPdf(layout, fonts)))
    // The page's 12 pt: lines 13.8 pt apart (11.5 at the table's 10 pt).
    expect((pdf[2] ?? 0) - (pdf[0] ?? 0)).toBeCloseTo(2 * 12 * (2355 / 2048), 1)
    const dir = mkdtempSync(join(tmpdir(), 'pkk-pengesah-lo-'))
    const docx = join(dir, 'pengesah.docx')
    writeFileSync(docx, await renderDocx(layout))
    const [loPath] = await convertDocxToPdf([docx], join(dir, 'pdf'), join(dir, 'profile'))
    const lo = ys(await readPdf(new Uint8Array(await readFile(loPath ?? ''))))
    for (const [i, y] of pdf.entries()) expect(Math.abs((lo[i] ?? NaN) - y), `baris ${i}`).toBeLessThan(1)
  }, 240_000)
})
