import { beforeAll, describe, expect, it } from 'vitest'
import { buildUndangan, buildUndanganMerge, renderDocx, renderPdf, type FontSet, type Invitee } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, find, pageText, rakonUndangan, readPdf, type PdfPage } from './support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const addressees = [
  ['Bapak/Ibu Kepala Dinas Kesehatan', 'Provinsi Sumatera Barat'],
  ['Bapak/Ibu Kepala Dinas Pendidikan', 'Provinsi Sumatera Barat'],
  ['Ketua TP PKK Kota Padang']
]

describe('one invitation per addressee, merged into one file', () => {
  let pages: PdfPage[]
  beforeAll(async () => {
    pages = await readPdf(await renderPdf(buildUndanganMerge(rakonUndangan(), addressees), fonts))
  })

  it('gives each addressee a letter of its own, each starting with the kop', () => {
    expect(pages).toHaveLength(3)
    pages.forEach((p, i) => {
      const kop = find(p, 'TIM PENGGERAK PKK')
      expect(kop.y).toBeLessThan(find(p, 'Kepada Yth.').y)
      expect(find(p, addressees[i]?.[0] ?? '?', find(p, 'Kepada Yth.').y).y).toBeLessThan(find(p, 'di').y + 1)
      for (const [j, other] of addressees.entries()) if (j !== i) expect(pageText(p)).not.toContain(other[0])
      expect(pageText(p)).toContain('296/SKR/PKK-PROP/XII/2019')
    })
  })

  it('starts page numbering again in every letter (none on one-page letters)', () => {
    for (const p of pages) expect(p.items.some((it) => /^- \d+ -$/.test(it.str))).toBe(false)
  })

  it('writes one DOCX section per letter, each counting pages from 1', async () => {
    const xml = await docxPart(await renderDocx(buildUndanganMerge(rakonUndangan(), addressees)))
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0])
    expect(sections).toHaveLength(3)
    for (const s of sections) {
      expect(s).toContain('<w:titlePg/>')
      expect(s).toMatch(/<w:pgNumType w:start="1"/)
    }
    expect(xml.indexOf('Dinas Kesehatan')).toBeLessThan(xml.indexOf('Dinas Pendidikan'))
    expect(xml.indexOf('Dinas Pendidikan')).toBeLessThan(xml.indexOf('Ketua TP PKK Kota Padang'))
  })
})

describe('one invitation to "(daftar terlampir)" with 65 invitees attached', () => {
  const invitees: Invitee[] = Array.from({ length: 65 }, (_, i) => ({
    name: `Peserta Nomor ${i + 1}`,
    position: i % 3 === 0 ? 'Kepala Bidang Pemberdayaan Perempuan dan Perlindungan Anak' : 'Pengurus',
    organisation: `Instansi ${i + 1} Provinsi Sumatera Barat`
  }))
  let pages: PdfPage[]
  beforeAll(async () => {
    const data = { ...rakonUndangan(), lampiran: '1 (satu) berkas', addressee: ['(daftar terlampir)'], attachment: { invitees } }
    pages = await readPdf(await renderPdf(buildUndangan(data), fonts))
  })

  it('lists every invitee, none lost at a page break', () => {
    const all = pages.map(pageText).join(' ')
    for (const p of invitees) expect(all).toContain(p.name)
    expect(pages.length).toBeGreaterThanOrEqual(3)
  })

  it('heads the list with Lampiran, Nomor and Tanggal of the letter', () => {
    const p = pages[1] as PdfPage
    expect(find(p, 'Lampiran').y).toBeLessThan(find(p, 'DAFTAR UNDANGAN').y)
    expect(pageText(p)).toContain('Surat Ketua TP PKK Provinsi Sumatera Barat')
    expect(pageText(p)).toContain('296/SKR/PKK-PROP/XII/2019')
    expect(pageText(p)).toContain('17 Desember 2019')
  })

  it('repeats the table header on each page of the list', () => {
    for (const p of pages.slice(1)) {
      const header = find(p, 'Nama/Jabatan')
      const first = p.items.find((it) => it.str.startsWith('Peserta Nomor'))
      expect(first).toBeDefined()
      expect(header.y).toBeLessThan(first?.y ?? 0)
    }
  })

  it('numbers the pages after the first "- 2 -", "- 3 -" at the top centre', () => {
    expect(pages[0]?.items.some((it) => /^- \d+ -$/.test(it.str))).toBe(false)
    pages.slice(1).forEach((p, i) => {
      const n = find(p, `- ${i + 2} -`)
      expect(n.y).toBeLessThan(find(p, i === 0 ? 'Lampiran' : 'Nama/Jabatan').y)
      expect(n.x).toBeGreaterThan(p.width / 2 - 30)
      expect(n.x).toBeLessThan(p.width / 2 + 10)
    })
  })
})
