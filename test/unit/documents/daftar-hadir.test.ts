import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, textWidthMm, type DocumentLayout, type FontSet, type TableBlock } from '../../../shared/documents'
import { columnWidthsMm } from '../../../shared/documents/text'
import { daftarHadirLayout, type Participant } from '../../../shared/meetings'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { rakon, sampleParticipants, sampleSnapshot, sheetSettings } from './daftar-hadir-fixture'
import { docxParagraphs, docxPart, readPdf, type PdfPage } from './support'

const MM = 72 / 25.4

interface SheetRow {
  n: number
  page: number
  /** Baseline of the number, from the top. */
  y: number
  name: string
  mark?: { page: number; x: number; y: number; column: number }
}

/** Where each column of the sheet starts on the page, in points, from the layout's own table. */
function columnEdges(layout: DocumentLayout): number[] {
  const section = layout.sections[0]
  const table = section?.blocks.find((b): b is TableBlock => b.kind === 'table')
  if (!section || !table) throw new Error('tabel tidak ada')
  const widths = columnWidthsMm(table.columns, textWidthMm(section.page))
  const edges = [section.page.marginsMm.left]
  for (const w of widths) edges.push((edges.at(-1) ?? 0) + w)
  return edges.map((mm) => mm * MM)
}

const columnOf = (edges: number[], x: number) => edges.findIndex((e, i) => x >= e && x < (edges[i + 1] ?? Infinity))

/** The sheet's rows read back from the PDF: number, name (wrapped lines joined), signature mark. */
function sheetRows(pages: PdfPage[], edges: number[]): SheetRow[] {
  const rows: SheetRow[] = []
  pages.forEach((page, p) => {
    const numbers = page.items.filter((i) => columnOf(edges, i.x) === 0 && /^\d+\.$/.test(i.str)).sort((a, b) => a.y - b.y)
    numbers.forEach((num, k) => {
      const top = num.y - 3
      const bottom = (numbers[k + 1]?.y ?? Infinity) - 3
      const inRow = page.items.filter((i) => i.y > top && i.y <= bottom)
      const n = Number(num.str.slice(0, -1))
      const name = inRow
        .filter((i) => columnOf(edges, i.x) === 1)
        .map((i) => i.str)
        .join(' ')
      rows.push({ n, page: p, y: num.y, name, mark: undefined })
    })
  })
  // Marks are found on every page, so a mark on another page than its number shows up as such.
  pages.forEach((page, p) => {
    for (const i of page.items) {
      const m = /^(\d+)\. \.{3,}$/.exec(i.str)
      const row = m ? rows.find((r) => r.n === Number(m[1])) : undefined
      if (row) row.mark = { page: p, x: i.x, y: i.y, column: columnOf(edges, i.x) }
    }
  })
  return rows
}

let fonts: FontSet
let participants: Participant[]
let names: string[]
let layout: DocumentLayout
let pages: PdfPage[]
let rows: SheetRow[]
let docxXml: string

beforeAll(async () => {
  fonts = await loadNodeFonts()
  const snapshot = sampleSnapshot()
  participants = sampleParticipants(snapshot)
  names = participants.map((p) => p.name)
  const profile = snapshot.profile[0]
  if (!profile) throw new Error('profil contoh tidak ada')
  layout = daftarHadirLayout({ profile, meeting: rakon, day: '2019-12-20', participants, settings: sheetSettings({ blankRows: 10 }) })
  pages = await readPdf(await renderPdf(layout, fonts))
  rows = sheetRows(pages, columnEdges(layout))
  docxXml = await docxPart(await renderDocx(layout))
}, 60_000)

describe('Daftar Hadir of the Rapat Konsultasi, 65 participants and 10 blank rows, as PDF', () => {
  it('is headed DAFTAR HADIR with the meeting, its day and place aligned on one colon', () => {
    const first = pages[0] as PdfPage
    const text = first.items.map((i) => i.str).join(' ')
    expect(text).toContain('DAFTAR HADIR')
    expect(text).toContain('RAPAT KONSULTASI TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
    expect(text).toContain('Jumat, 20 Desember 2019')
    expect(text).toContain('09.00 WIB s.d. selesai')
    const colons = first.items.filter((i) => i.str === ':')
    expect(colons.length).toBeGreaterThanOrEqual(3)
    for (const c of colons.slice(0, 3)) expect(c.x).toBeCloseTo(colons[0]?.x ?? 0, 1)
  })

  it('numbers the rows 1 to 75 in order: the 65 invitees, then 10 blank rows', () => {
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 75 }, (_, i) => i + 1))
    for (const r of rows.slice(65)) expect(r.name).toBe('')
  })

  it('prints every name exactly once, in its own numbered row', () => {
    expect(rows.slice(0, 65).map((r) => r.name)).toEqual(names)
    const all = pages.map((p) => p.items.map((i) => i.str).join(' ')).join(' ')
    // The Sekretaris is invited too: her name also stands under the certifying signature.
    const certifier = 'Ny. Hj. Darmawati Syahrial, S.H, M.M'
    for (const name of names) expect(all.split(name).length - 1, name).toBe(name === certifier ? 2 : 1)
  })

  it('repeats the header row at the top of every page', () => {
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((page, p) => {
      const firstRow = rows.find((r) => r.page === p)
      if (!firstRow) return // the certifier alone would fail the next test
      for (const head of ['No', 'Nama', 'Jabatan/Instansi', 'Tanda Tangan']) {
        const item = page.items.find((i) => i.str === head)
        expect(item, `halaman ${p + 1}: ${head}`).toBeDefined()
        expect(item?.y ?? Infinity).toBeLessThan(firstRow.y)
      }
    })
  })

  it('never splits a row: its number, name and signature line on one page, inside the text area', () => {
    for (const r of rows) {
      expect(r.mark, `baris ${r.n}`).toBeDefined()
      expect(r.mark?.page, `baris ${r.n}`).toBe(r.page)
      const page = pages[r.page] as PdfPage
      // Bottom margin 20 mm; the mark sits at the foot of its row.
      expect(r.mark?.y ?? Infinity).toBeLessThan(page.height - 20 * MM)
      expect(r.mark?.y ?? 0).toBeGreaterThan(r.y)
    }
    // Rows follow each other down the page: a row's signature line is above the next row's number.
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1] as SheetRow
      const cur = rows[i] as SheetRow
      if (prev.page === cur.page) expect(cur.y).toBeGreaterThan(prev.mark?.y ?? Infinity)
    }
  })

  it('zig-zags the signatures: odd numbers in the left half of Tanda Tangan, even numbers in the right half', () => {
    const odd = rows.filter((r) => r.n % 2 === 1)
    const even = rows.filter((r) => r.n % 2 === 0)
    for (const r of odd) expect(r.mark?.column, `baris ${r.n}`).toBe(3)
    for (const r of even) expect(r.mark?.column, `baris ${r.n}`).toBe(4)
    const xl = odd[0]?.mark?.x ?? 0
    const xr = even[0]?.mark?.x ?? 0
    for (const r of odd) expect(r.mark?.x).toBeCloseTo(xl, 0)
    for (const r of even) expect(r.mark?.x).toBeCloseTo(xr, 0)
  })

  it('ends with the Sekretaris certifying the list, on the page of the last row', () => {
    const last = pages.at(-1) as PdfPage
    const text = last.items.map((i) => i.str).join(' ')
    expect(text).toContain('Padang, 20 Desember 2019')
    expect(text).toContain('Sekretaris TP PKK')
    const name = last.items.find((i) => i.str === 'Ny. Hj. Darmawati Syahrial, S.H, M.M')
    expect(name).toBeDefined()
    expect(rows.at(-1)?.page).toBe(pages.length - 1)
    expect(name?.y ?? 0).toBeGreaterThan(rows.at(-1)?.mark?.y ?? Infinity)
  })
})

describe('the same sheet as DOCX', () => {
  // The kop is a table too: the sheet is the table with the Tanda Tangan header.
  const sheetTable = () => [...docxXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Tanda Tangan')) ?? ''
  const tableRows = () => [...sheetTable().matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
  const unescape = (t: string) => t.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  const cellTexts = (tr: string) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => unescape(docxParagraphs(m[0]).join('\n')))

  it('has the header row marked to repeat on every page, then 75 rows that cannot split', () => {
    const trs = tableRows()
    expect(trs).toHaveLength(76)
    expect(trs[0]).toContain('<w:tblHeader/>')
    expect(cellTexts(trs[0] ?? '')).toEqual(['No', 'Nama', 'Jabatan/Instansi', 'Tanda Tangan'])
    for (const tr of trs.slice(1)) {
      expect(tr).not.toContain('<w:tblHeader/>')
      expect(tr).toContain('<w:cantSplit/>')
    }
  })

  it('holds the same rows as the PDF: numbers 1 to 75 and the 65 names in order', () => {
    const body = tableRows().slice(1).map(cellTexts)
    expect(body.map((c) => c[0])).toEqual(Array.from({ length: 75 }, (_, i) => `${i + 1}.`))
    expect(body.slice(0, 65).map((c) => c[1])).toEqual(rows.slice(0, 65).map((r) => r.name))
    expect(body.slice(65).every((c) => c[1] === '' && c[2] === '')).toBe(true)
  })

  it('zig-zags in two cells with no rule between them, the mark left for odd and right for even numbers', () => {
    tableRows()
      .slice(1)
      .forEach((tr, i) => {
        const n = i + 1
        const cells = [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0])
        const [left, right] = [cells[3] ?? '', cells[4] ?? '']
        expect(left).toMatch(/<w:right w:val="nil"/)
        expect(right).toMatch(/<w:left w:val="nil"/)
        const [markCell, emptyCell] = n % 2 === 1 ? [left, right] : [right, left]
        expect(docxParagraphs(markCell).join('')).toMatch(new RegExp(`^${n}\\. \\.{3,}$`))
        expect(docxParagraphs(emptyCell).join('')).toBe('')
      })
  })

  it('keeps the last three rows together and with the certifier (keep with next), and only those', () => {
    const trs = tableRows()
    expect(trs.at(-1)).toContain('<w:keepNext/>')
    expect(trs.at(-2)).toContain('<w:keepNext/>')
    expect(trs.at(-3)).toContain('<w:keepNext/>')
    expect(trs.at(-4)).not.toContain('<w:keepNext/>')
  })
})

describe('keeping the certifier with the end of the table', () => {
  it('moves the last row to the certifier’s page instead of leaving the signature alone', async () => {
    const snapshot = sampleSnapshot()
    const profile = snapshot.profile[0]
    if (!profile) throw new Error('profil contoh tidak ada')
    // Lengths around the end of the first and second pages (seen: 17-20 and 33-37 on F4).
    for (const n of [17, 18, 19, 20, 33, 34, 35, 36, 37]) {
      const l = daftarHadirLayout({ profile, meeting: rakon, day: '2019-12-20', participants: participants.slice(0, n), settings: sheetSettings({ blankRows: 0 }) })
      const ps = await readPdf(await renderPdf(l, fonts))
      const rs = sheetRows(ps, columnEdges(l))
      expect(rs.map((r) => r.n), `${n} baris`).toEqual(Array.from({ length: n }, (_, i) => i + 1))
      const signPage = ps.findIndex((p) => p.items.some((i) => i.str === 'Ny. Hj. Darmawati Syahrial, S.H, M.M'))
      expect(rs.at(-1)?.page, `${n} baris`).toBe(signPage)
      // The header is repeated above the moved row.
      expect(ps[signPage]?.items.some((i) => i.str === 'Tanda Tangan')).toBe(true)
    }
  }, 60_000)
})

describe('500 participants', () => {
  it('fits in a sane number of pages with every number once, in about a second or less', async () => {
    const snapshot = sampleSnapshot()
    const profile = snapshot.profile[0]
    if (!profile) throw new Error('profil contoh tidak ada')
    const many: Participant[] = Array.from({ length: 500 }, (_, i) => {
      const p = participants[i % participants.length] as Participant
      return { ...p, inviteeId: `inv-${i}`, order: i + 1, name: `${p.name} (${i + 1})` }
    })
    const l = daftarHadirLayout({ profile, meeting: rakon, day: '2019-12-20', participants: many, settings: sheetSettings({ blankRows: 20 }) })
    await renderPdf(l, fonts) // warm
    const t = performance.now()
    const bytes = await renderPdf(l, fonts)
    const ms = performance.now() - t
    const ps = await readPdf(bytes)
    // About 15 to 25 rows a page, depending on how long the offices' names are.
    expect(ps.length).toBeGreaterThanOrEqual(520 / 25)
    expect(ps.length).toBeLessThanOrEqual(520 / 12)
    const rs = sheetRows(ps, columnEdges(l))
    expect(rs.map((r) => r.n)).toEqual(Array.from({ length: 520 }, (_, i) => i + 1))
    for (const r of rs) expect(r.mark?.page, `baris ${r.n}`).toBe(r.page)
    // Budget 1 s on the office PC; generous here for a loaded test machine.
    expect(ms).toBeLessThan(4000)
  }, 60_000)
})
