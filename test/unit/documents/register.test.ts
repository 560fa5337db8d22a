import { beforeAll, describe, expect, it } from 'vitest'
import { buildRegisterDocument, registerLetters, renderDocx, renderPdf, REGISTER_COLUMNS, type FontSet } from '../../../shared/documents'
import type { Letter } from '../../../shared/model/letters'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, find, pageText, readPdf, sumbar, type PdfPage } from './support'

/** Letters of 2019 numbered in two counters (KEP and SKR) as the office issued them; every 17th cancelled. */
function letters2019(count: number): Letter[] {
  const seq = { KEP: 0, SKR: 0 }
  return Array.from({ length: count }, (_, i): Letter => {
    const code = i % 6 === 0 ? 'KEP' : 'SKR'
    const n = ++seq[code]
    const date = new Date(Date.UTC(2019, 0, 1 + Math.floor((i * 360) / count))).toISOString().slice(0, 10)
    const cancelled = i % 17 === 5
    return {
      id: `l${i}`,
      code,
      counterKey: code,
      year: 2019,
      seq: n,
      insert: 0,
      number: `${n}/${code}/PKK-PROP/XII/2019`,
      status: cancelled ? 'batal' : 'aktif',
      cancelReason: cancelled ? 'Salah alamat' : '',
      source: 'app',
      documentKind: 'undangan',
      date,
      kepada: `Kepala Dinas Nomor ${i + 1} Provinsi Sumatera Barat`,
      perihal: i % 3 === 0 ? 'Undangan Rapat Konsultasi dengan OPD Terkait Tahun 2019' : 'Permohonan data',
      lampiran: i % 4 === 0 ? '1 berkas' : '',
      tembusan: '',
      createdAt: `${date}T08:00:00.000Z`,
      updatedAt: `${date}T08:00:00.000Z`
    }
  })
}

const letters = letters2019(120)
let fonts: FontSet
let pages: PdfPage[]

beforeAll(async () => {
  fonts = await loadNodeFonts()
  pages = await readPdf(await renderPdf(buildRegisterDocument({ profile: sumbar, year: 2019, letters }), fonts))
})

describe('Buku Agenda Surat Keluar 2019 with 120 letters', () => {
  it('runs over several landscape F4 pages', () => {
    expect(pages.length).toBeGreaterThan(3)
    for (const p of pages) {
      expect(p.width).toBeCloseTo(935.43, 1)
      expect(p.height).toBeCloseTo(609.45, 1)
    }
  })

  it('repeats the header row, with the column numbers under it, at the top of every page', () => {
    for (const [i, p] of pages.entries()) {
      const header = find(p, 'Nomor dan Kode Surat')
      const numbers = p.items.filter((it) => it.str === '8')
      expect(numbers.length, `halaman ${i + 1}`).toBeGreaterThan(0)
      const firstRow = p.items.filter((it) => /\/PKK-PROP\//.test(it.str)).reduce((m, it) => Math.min(m, it.y), Infinity)
      expect(header.y).toBeLessThan(firstRow)
      for (const name of REGISTER_COLUMNS) expect(pageText(p), `${name} di halaman ${i + 1}`).toContain(name)
    }
  })

  it('lists every issued number once, in order, cancelled ones marked BATAL', () => {
    const numbers = pages.flatMap((p) => p.items.filter((it) => /^\d+\/(KEP|SKR)\/PKK-PROP\/XII\/2019$/.test(it.str)).map((it) => it.str))
    expect(numbers).toHaveLength(120)
    expect(new Set(numbers).size).toBe(120)
    expect(numbers.slice(0, 3)).toEqual(['1/KEP/PKK-PROP/XII/2019', '1/SKR/PKK-PROP/XII/2019', '2/SKR/PKK-PROP/XII/2019'])
    const batal = pages.flatMap((p) => p.items.filter((it) => it.str === 'BATAL'))
    expect(batal).toHaveLength(letters.filter((l) => l.status === 'batal').length)
  })

  it('numbers pages from the second as the office numbers its letters: "- 2 -" at the top by default', () => {
    expect(pages[0]?.items.some((it) => it.str === '- 1 -')).toBe(false)
    const last = pages[pages.length - 1] as PdfPage
    const number = last.items.find((it) => it.str === `- ${pages.length} -`)
    expect(number).toBeDefined()
    expect(number?.y ?? Infinity).toBeLessThan(60)
  })

  it('numbers "2" at the bottom right when the office chose that (Pengaturan › Tata naskah)', async () => {
    const chosen = await readPdf(
      await renderPdf(buildRegisterDocument({ profile: { ...sumbar, tataNaskah: { pageNumbers: 'bawah-kanan', nameUnderline: false } }, year: 2019, letters }), fonts)
    )
    const last = chosen[chosen.length - 1] as PdfPage
    const number = last.items.find((it) => it.str === String(chosen.length) && it.y > 560)
    expect(number).toBeDefined()
    expect(number?.x ?? 0).toBeGreaterThan(last.width - 100)
  })

  it('keeps the longest December number on one line on A4 too', async () => {
    const december = letters.map((l, i) => ({ ...l, number: `${296 + i}/SKR/PKK-PROP/XII/2019` }))
    const a4 = await readPdf(await renderPdf(buildRegisterDocument({ profile: { ...sumbar, paper: 'A4' }, year: 2019, letters: december }), fonts))
    expect(a4[0]?.width).toBeCloseTo(841.89, 1)
    const whole = a4.flatMap((p) => p.items.filter((it) => /^\d+\/SKR\/PKK-PROP\/XII\/2019$/.test(it.str)))
    expect(whole).toHaveLength(120)
  })

  it('keeps only the asked code and year', () => {
    const kep = registerLetters({ profile: sumbar, year: 2019, codeFilter: 'KEP', letters: [...letters, { ...letters[0]!, id: 'old', year: 2018 }] })
    expect(kep).toHaveLength(20)
    expect(kep.every((l) => l.code === 'KEP' && l.year === 2019)).toBe(true)
  })
})

describe('Buku Agenda Surat Keluar as DOCX', () => {
  let xml: string
  beforeAll(async () => {
    xml = await docxPart(await renderDocx(buildRegisterDocument({ profile: sumbar, year: 2019, letters })))
  })

  it('is landscape F4', () => {
    expect(xml).toMatch(/<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/)
  })

  it('marks the two header rows to repeat and no row to split', () => {
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows).toHaveLength(122)
    expect(rows.slice(0, 2).every((r) => r.includes('<w:tblHeader/>'))).toBe(true)
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader/>'))).toBe(false)
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true)
  })
})

describe('Buku Agenda Surat Keluar whose last letters are longer than a page', () => {
  it('prints every letter: the last rows kept together never make a block taller than a page (pdfmake would drop it)', async () => {
    const long = (word: string, n: number) => Array.from({ length: n }, (_, k) => `${word} ${k + 1}`).join(', ')
    const some = letters2019(8).map((l, i) =>
      i >= 5 ? { ...l, kepada: long('Kepala Dinas Kabupaten', 90).slice(0, 2000), perihal: long('Permohonan', 80).slice(0, 1000), tembusan: long('Camat', 200).slice(0, 2000) } : l
    )
    const got = await readPdf(await renderPdf(buildRegisterDocument({ profile: sumbar, year: 2019, letters: some }), fonts))
    const numbers = got.flatMap((p) => p.items.filter((it) => /^\d+\/(SKR|KEP)\/PKK-PROP\/XII\/2019$/.test(it.str)).map((it) => it.str))
    expect(numbers).toHaveLength(8)
    expect(got.map((p) => p.items.map((it) => it.str).join(' ')).join(' ')).toContain('Camat 150,')
  })
})
