import { beforeAll, describe, expect, it } from 'vitest'
import { buildKeputusan, renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { memberName, rakonKeputusan, RAKON_SUBJECT } from './keputusan-fixture'
import { docxParagraphs, docxPart, find, pageText, readPdf, type PdfItem, type PdfPage } from './support'

const NUMBER = '22/KEP/PKK-PROP/XII/2019'
const MARGIN_LEFT_PT = (30 * 72) / 25.4
const ARTICLES = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA']

let fonts: FontSet
let layout: DocumentLayout
let pages: PdfPage[]

beforeAll(async () => {
  fonts = await loadNodeFonts()
  layout = buildKeputusan(rakonKeputusan(40))
  pages = await readPdf(await renderPdf(layout, fonts))
})

/** Items of one page in reading order, each page after the one before. */
const reading = (): { page: number; item: PdfItem }[] =>
  pages.flatMap((p, page) => [...p.items].sort((a, b) => a.y - b.y || a.x - b.x).map((item) => ({ page, item })))

const onLine = (page: PdfPage, y: number) => page.items.filter((i) => Math.abs(i.y - y) < 0.5).sort((a, b) => a.x - b.x)

/** The lines of the page between two y positions, each as its items left to right. */
function lines(page: PdfPage, fromY: number, toY: number): PdfItem[][] {
  const ys = [...new Set(page.items.filter((i) => i.y >= fromY - 0.1 && i.y < toY - 0.1).map((i) => Math.round(i.y * 10) / 10))].sort((a, b) => a - b)
  return ys.map((y) => onLine(page, y))
}

/** The lampiran starts on the page headed LAMPIRAN and runs to the end. */
const lampiranStart = () => pages.findIndex((p) => p.items.some((i) => i.str === 'LAMPIRAN'))
const lampiranPages = () => pages.slice(lampiranStart())
const decreePages = () => pages.slice(0, lampiranStart())

describe('Keputusan 22/KEP/PKK-PROP/XII/2019 as PDF', () => {
  it('is the decree on two F4 pages, then the lampiran of 40 committee members on pages of its own', () => {
    expect(decreePages()).toHaveLength(2)
    expect(lampiranPages().length).toBeGreaterThanOrEqual(3)
    for (const p of pages) expect(p.height).toBeCloseTo(935.43, 1)
  })

  it('reads from the title down to the signature in the order of a printed decree', () => {
    const order = [
      'KEPUTUSAN KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
      `NOMOR : ${NUMBER}`,
      'TENTANG',
      // The title is broken into balanced lines (balance.ts).
      'PANITIA PELAKSANA, NARASUMBER DAN MODERATOR',
      'KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT,',
      'Menimbang',
      'Mengingat',
      'MEMUTUSKAN :',
      'Menetapkan',
      ...ARTICLES,
      'Ditetapkan di',
      'pada tanggal',
      'KETUA TIM PENGGERAK PKK',
      'Ny. Hj. Nevi Irwan Prayitno',
      'LAMPIRAN',
      'SUSUNAN PANITIA PELAKSANA, NARASUMBER DAN'
    ]
    const flow = reading()
    let at = -1
    for (const text of order) {
      const next = flow.findIndex((f, i) => i > at && f.item.str === text)
      expect(next, text).toBeGreaterThan(at)
      at = next
    }
  })

  it('prints TENTANG the subject in capitals and the number in the title', () => {
    const first = pageText(pages[0] as PdfPage)
    expect(first).toContain(`NOMOR : ${NUMBER}`)
    expect(first.replace(/\s+/g, ' ')).toContain(RAKON_SUBJECT)
  })

  it('letters Menimbang a., b., c. and numbers Mengingat 1., 2., 3., markers in one column', () => {
    const page = pages[0] as PdfPage
    const menimbang = find(page, 'Menimbang')
    const mengingat = find(page, 'Mengingat')
    const memutuskan = find(page, 'MEMUTUSKAN :')
    const markers = (from: number, to: number) => page.items.filter((i) => i.y >= from - 0.1 && i.y < to - 0.1 && /^([a-z]|\d+)\.$/.test(i.str))
    const m1 = markers(menimbang.y, mengingat.y)
    const m2 = markers(mengingat.y, memutuskan.y)
    expect(m1.map((i) => i.str)).toEqual(['a.', 'b.', 'c.'])
    expect(m2.map((i) => i.str)).toEqual(['1.', '2.', '3.'])
    for (const m of [...m1, ...m2]) expect(m.x).toBeCloseTo(m1[0]?.x ?? NaN, 1)
  })

  it('hangs wrapped lines of Menimbang and Mengingat at the text, not at the letter or the label', () => {
    const page = pages[0] as PdfPage
    const menimbang = find(page, 'Menimbang')
    const block = lines(page, menimbang.y, find(page, 'MEMUTUSKAN :').y)
    const [first] = block
    const marker = first?.find((i) => i.str === 'a.')
    const textX = first?.find((i) => i.x > (marker?.x ?? 0))?.x ?? NaN
    expect(marker?.x).toBeGreaterThan(menimbang.x)
    let wrapped = 0
    for (const line of block) {
      const head = line[0]
      if (!head) continue
      if (head.str === 'Menimbang' || head.str === 'Mengingat') continue
      if (/^([a-z]|\d+)\.$/.test(head.str)) {
        expect(head.x).toBeCloseTo(marker?.x ?? NaN, 1)
        expect(line[1]?.x).toBeCloseTo(textX, 1)
      } else {
        // A continuation line: it starts where the item's text starts.
        expect(head.x, head.str).toBeCloseTo(textX, 1)
        wrapped++
      }
    }
    expect(wrapped).toBeGreaterThanOrEqual(8)
  })

  it('puts Menimbang, Mengingat, Menetapkan and every article on one colon, their wrapped lines at the value', () => {
    const colons: number[] = []
    const values: number[] = []
    for (const page of decreePages()) {
      for (const label of ['Menimbang', 'Mengingat', 'Menetapkan', ...ARTICLES]) {
        const item = page.items.find((i) => i.str === label)
        if (!item) continue
        expect(item.x, label).toBeCloseTo(MARGIN_LEFT_PT, 1)
        const row = onLine(page, item.y)
        const colon = row.find((i) => i.str === ':')
        colons.push(colon?.x ?? NaN)
        if (ARTICLES.includes(label) || label === 'Menetapkan') {
          const value = row.find((i) => i.x > (colon?.x ?? 0))
          values.push(value?.x ?? NaN)
          // The next line of a wrapped article starts at the value too.
          const below = page.items.filter((i) => i.y > item.y + 1 && i.y < item.y + 16).sort((a, b) => a.x - b.x)[0]
          if (below && !ARTICLES.includes(below.str)) expect(below.x, `${label}: ${below.str}`).toBeCloseTo(value?.x ?? NaN, 1)
        }
      }
    }
    expect(colons).toHaveLength(3 + ARTICLES.length)
    for (const c of colons) expect(c).toBeCloseTo(colons[0] ?? NaN, 1)
    for (const v of values) expect(v).toBeCloseTo(values[0] ?? NaN, 1)
    // 30 mm label column, 5 mm colon column.
    expect((values[0] ?? 0) - MARGIN_LEFT_PT).toBeCloseTo((35 * 72) / 25.4, 0)
  })

  it('puts Ditetapkan di and pada tanggal in the right half above the signature, without NIP', () => {
    const page = decreePages()[1] as PdfPage
    const place = find(page, 'Ditetapkan di')
    const date = find(page, 'pada tanggal')
    expect(place.x).toBeGreaterThan(page.width / 2 - 10)
    expect(date.x).toBeCloseTo(place.x, 1)
    expect(onLine(page, place.y).map((i) => i.str)).toEqual(['Ditetapkan di', ':', 'Padang'])
    expect(onLine(page, date.y).map((i) => i.str)).toEqual(['pada tanggal', ':', '16 Desember 2019'])
    const name = find(page, 'Ny. Hj. Nevi Irwan Prayitno')
    expect(name.y).toBeGreaterThan(date.y + 60)
    expect(pages.map(pageText).join(' ')).not.toContain('NIP')
  })

  it('heads the lampiran with the decree’s own number and date', () => {
    const page = lampiranPages()[0] as PdfPage
    const row = (label: string) => onLine(page, find(page, label).y).map((i) => i.str)
    expect(row('LAMPIRAN')).toEqual(['LAMPIRAN', ':', 'KEPUTUSAN KETUA TIM PENGGERAK PKK'])
    expect(row('NOMOR')).toEqual(['NOMOR', ':', NUMBER])
    expect(row('TANGGAL')).toEqual(['TANGGAL', ':', '16 Desember 2019'])
    // At the right of the page.
    expect(find(page, 'LAMPIRAN').x).toBeGreaterThan(MARGIN_LEFT_PT + 100)
  })

  it('lists all 40 committee members once, in order, across pages with the header row repeated on each', () => {
    const withCommittee = lampiranPages().filter((p) => p.items.some((i) => /^Ny\. Hj\. Panitia \d\d, S\.E$/.test(i.str)))
    expect(withCommittee.length).toBeGreaterThanOrEqual(2)
    for (const p of withCommittee) {
      const heading = find(p, 'A. PANITIA PELAKSANA')
      const no = find(p, 'No', heading.y)
      // The header sits above the page's first member.
      const firstMember = p.items.filter((i) => i.str.startsWith('Ny. Hj. Panitia')).sort((a, b) => a.y - b.y)[0]
      expect(no.y).toBeLessThan(firstMember?.y ?? 0)
      expect(onLine(p, no.y).map((i) => i.str)).toEqual(['No', 'Nama', 'Jabatan/Instansi'])
      // "Jabatan dalam Panitia" wraps in its cell, centred on the row, in balanced lines (balance.ts): no word alone.
      const head = p.items.filter((i) => i.y > heading.y && i.y < (firstMember?.y ?? 0)).map((i) => i.str)
      expect(head).toEqual(expect.arrayContaining(['Jabatan', 'dalam Panitia']))
    }
    const names = pages.flatMap((p) => p.items.map((i) => i.str)).filter((s) => s.startsWith('Ny. Hj. Panitia'))
    expect(names).toEqual(Array.from({ length: 40 }, (_, i) => memberName(i)))
    // The row numbers run 1. to 40. without a gap or a repeat.
    const numbers = withCommittee.flatMap((p) =>
      p.items.filter((i) => /^\d+\.$/.test(i.str) && p.items.some((n) => n.str.startsWith('Ny. Hj. Panitia') && Math.abs(n.y - i.y) < 0.5)).map((i) => i.str)
    )
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => `${i + 1}.`))
  })

  it('gives speakers their topic and the moderator a table of their own, and signs the lampiran too', () => {
    const text = lampiranPages().map(pageText).join(' ')
    expect(text).toContain('B. NARASUMBER')
    expect(text).toContain('Materi')
    expect(text).toContain('C. MODERATOR')
    expect(text).toContain('Dra. Hj. Asmiati Rasyid, M.Pd')
    const last = lampiranPages().at(-1) as PdfPage
    expect(find(last, 'Ny. Hj. Nevi Irwan Prayitno').y).toBeGreaterThan(find(last, 'Dra. Hj. Asmiati Rasyid, M.Pd').y)
  })

  it('writes PERTAMA for offices that start their articles so', async () => {
    const bytes = await renderPdf(buildKeputusan({ ...rakonKeputusan(3), firstArticle: 'PERTAMA' }), fonts)
    const all = (await readPdf(bytes)).flatMap((p) => p.items.map((i) => i.str))
    expect(all).toContain('PERTAMA')
    expect(all).not.toContain('KESATU')
    expect(all.filter((s) => ['PERTAMA', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'].includes(s))).toEqual(['PERTAMA', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'])
  })

  it('leaves the kop out when asked and prints no lampiran without members', async () => {
    const bare = buildKeputusan({ ...rakonKeputusan(0), kop: false, lampiran: undefined })
    expect(bare.sections).toHaveLength(1)
    const text = (await readPdf(await renderPdf(bare, fonts))).map(pageText).join(' ')
    expect(text).not.toContain('Jalan Rasuna Said')
    expect(text).not.toContain('LAMPIRAN :')
  })
})

describe('Keputusan 22/KEP/PKK-PROP/XII/2019 as DOCX', () => {
  let xml: string
  let paragraphs: string[]
  beforeAll(async () => {
    xml = await docxPart(await renderDocx(layout))
    paragraphs = docxParagraphs(xml)
  })

  it('writes the blocks in the order of the PDF, articles KESATU to KELIMA', () => {
    const order = [
      'KEPUTUSAN KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
      `NOMOR : ${NUMBER}`,
      'TENTANG',
      // Broken into balanced lines (balance.ts): a line break stands where a space stood.
      'PANITIA PELAKSANA, NARASUMBER DAN MODERATOR',
      'KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT,',
      'Menimbang\t:\ta.\tbahwa dalam rangka',
      'b.\tbahwa untuk kelancaran',
      'c.\tbahwa berdasarkan',
      'Mengingat\t:\t1.\tPeraturan Presiden',
      '2.\tPeraturan Menteri',
      '3.\tProgram Kerja',
      'MEMUTUSKAN :',
      'Menetapkan\t:\tKEPUTUSAN KETUA',
      'KESATU\t:\tMembentuk',
      'KEDUA\t:\tPanitia Pelaksana mempunyai tugas',
      'KETIGA\t:\tNarasumber',
      'KEEMPAT\t:\tSegala biaya',
      'KELIMA\t:\tKeputusan ini mulai berlaku',
      'Ditetapkan di\t:\tPadang',
      'pada tanggal\t:\t16 Desember 2019',
      'LAMPIRAN\t:\tKEPUTUSAN KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
      `NOMOR\t:\t${NUMBER}`,
      'TANGGAL\t:\t16 Desember 2019',
      // Broken into balanced lines (balance.ts): a line break stands where a space stood.
      'SUSUNAN PANITIA PELAKSANA, NARASUMBER DAN',
      'A. PANITIA PELAKSANA',
      'B. NARASUMBER',
      'C. MODERATOR'
    ]
    let at = -1
    for (const start of order) {
      const i = paragraphs.findIndex((p, n) => n > at && p.startsWith(start))
      expect(i, start).toBeGreaterThan(at)
      at = i
    }
  })

  it('hangs Menimbang items at the text after the letter, and articles at the value after the colon', () => {
    const ind = (start: string) => {
      const p = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((x) => docxParagraphs(x)[0]?.startsWith(start)) ?? ''
      const m = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(p)
      return { left: Number(m?.[1]), hanging: Number(m?.[2]) }
    }
    const mm = (v: number) => Math.round((v * 1440) / 25.4)
    // Menimbang: label at 0, colon at 30 mm, marker at 35 mm, text at 42 mm.
    expect(ind('Menimbang\t:\ta.')).toEqual({ left: mm(42), hanging: mm(42) })
    expect(ind('b.\tbahwa')).toEqual({ left: mm(42), hanging: mm(7) })
    expect(ind('2.\tPeraturan Menteri')).toEqual({ left: mm(42), hanging: mm(7) })
    for (const a of ARTICLES) expect(ind(`${a}\t:`)).toEqual({ left: mm(35), hanging: mm(35) })
  })

  it('repeats the lampiran tables’ header rows on every page and never splits a row', () => {
    // The kop is a table too; the lampiran's three follow it.
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).filter((t) => t.includes('Jabatan/Instansi'))
    expect(tables).toHaveLength(3)
    const committee = tables[0] ?? ''
    const rows = [...committee.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows).toHaveLength(2 + 40)
    expect(rows.slice(0, 2).every((r) => r.includes('<w:tblHeader/>'))).toBe(true)
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader/>'))).toBe(false)
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true)
    const names = docxParagraphs(committee).filter((p) => p.startsWith('Ny. Hj. Panitia'))
    expect(names).toEqual(Array.from({ length: 40 }, (_, i) => memberName(i)))
  })

  it('starts the lampiran on a new page', () => {
    expect(xml).toMatch(/<w:sectPr[\s\S]*?<\/w:sectPr>[\s\S]*LAMPIRAN/)
  })
})
