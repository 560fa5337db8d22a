import { beforeAll, describe, expect, it } from 'vitest'
import { buildDaftarHadir, buildKeputusan, buildUndangan, renderDocx, renderPdf, type Block, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { keputusanLayout, notulenLayout, defaultKeputusanDraft } from '../../../shared/meetings'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { rakonKeputusan } from './keputusan-fixture'
import { rakonInput, rakonMeeting, rakonMinutes } from './minutes-fixture'
import { docxPart, find, pageText, rakonUndangan, readPdf, sumbar, type PdfPage } from './support'
import type { LegalBasis, TataNaskah } from '../../../shared/model'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const flat = (s: string) => s.replace(/\s+/g, ' ')
const textOf = (pages: readonly PdfPage[]) => flat(pages.map(pageText).join(' '))
const underlineStyle: TataNaskah = { pageNumbers: 'bawah-kanan', nameUnderline: true }

/** Every paragraph of a layout, inside keep-together groups too. */
function paragraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'keep-together') return paragraphs(b.blocks)
    if (b.kind !== 'paragraph') return []
    return [typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('')]
  })
}

const LONG_WHO = 'Ny. Hj. Nevi Irwan Prayitno, Ketua Tim Penggerak PKK Provinsi Sumatera Barat selaku Pembina dan Penanggung Jawab Rapat Konsultasi dengan OPD Terkait'

describe('hanging indents for every numbered or lettered line (docs/formats.md "Hanging indents")', () => {
  const notulen = () =>
    notulenLayout(rakonInput({ minutes: { ...rakonMinutes, sambutan: [{ who: LONG_WHO, summary: rakonMinutes.sambutan[0]?.summary ?? [] }, ...rakonMinutes.sambutan] } }))

  it('no document writes a number or letter at the start of a plain paragraph: numbered lines are lists or fields', () => {
    const layouts: DocumentLayout[] = [notulen(), buildKeputusan(rakonKeputusan(12)), buildUndangan(rakonUndangan())]
    for (const layout of layouts) {
      const numbered = layout.sections.flatMap((s) => paragraphs(s.blocks)).filter((t) => /^\s*(\d+|[a-z])[.)]\s/.test(t))
      expect(numbered, layout.title).toEqual([])
    }
  })

  it('a numbered speaker whose name wraps continues under the name, not under the number, in the PDF', async () => {
    const pages = await readPdf(await renderPdf(notulen(), fonts))
    const page = pages.find((p) => p.items.some((i) => i.str.startsWith('Ny. Hj. Nevi Irwan Prayitno, Ketua Tim'))) as PdfPage
    const marker = page.items.find((i) => i.str.trim() === '1.' && page.items.some((n) => n.str.startsWith('Ny. Hj. Nevi Irwan Prayitno, Ketua Tim') && Math.abs(n.y - i.y) < 2))
    const first = find(page, 'Ny. Hj. Nevi Irwan Prayitno, Ketua Tim')
    expect(marker).toBeDefined()
    const wrapped = page.items.find((i) => i.y > first.y + 5 && i.y < first.y + 20 && LONG_WHO.includes(i.str.trim()) && i.str.trim().length > 5)
    expect(wrapped, 'the wrapped line of the speaker').toBeDefined()
    expect(first.x).toBeGreaterThan((marker?.x ?? 0) + 10)
    expect(wrapped?.x).toBeCloseTo(first.x, 0)
  })

  it('the DOCX gives the numbered speaker a hanging indent at the text', async () => {
    const xml = await docxPart(await renderDocx(notulen()))
    const para = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('Ny. Hj. Nevi Irwan Prayitno, Ketua Tim Penggerak'))
    expect(para).toBeDefined()
    expect(para).toMatch(/<w:ind [^>]*w:hanging="\d+"/)
    expect(para).toMatch(/<w:tab\/>/)
  })
})

describe('tata naskah in every builder (docs/formats.md "Tata naskah")', () => {
  it('the attendance sheet numbers its pages like the letters by default: "- 2 -" at the top', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ name: `Peserta ${i + 1}`, position: 'Pengurus TP PKK' }))
    const sheet = (style?: TataNaskah) =>
      buildDaftarHadir({
        office: sumbar,
        kop: false,
        meetingTitle: rakonMeeting.title,
        dayIso: '2019-12-20',
        time: '09.00 WIB s.d. selesai',
        place: rakonMeeting.place,
        rows,
        blankRows: 5,
        showPhone: false,
        showNote: false,
        certifier: { placeName: 'Padang', dateIso: '2019-12-20', title: 'Sekretaris', name: 'Ny. Darmawati' },
        page: style ? { style } : {}
      })
    const pages = await readPdf(await renderPdf(sheet(), fonts))
    expect(pages.length).toBeGreaterThan(1)
    const two = pages[1] as PdfPage
    expect(find(two, '- 2 -').y).toBeLessThan(60)
    const chosen = await readPdf(await renderPdf(sheet(underlineStyle), fonts))
    const number = (chosen[1] as PdfPage).items.find((i) => i.str === '2' && i.y > (chosen[1] as PdfPage).height - 80)
    expect(number).toBeDefined()
    expect(number?.x ?? 0).toBeGreaterThan((chosen[1] as PdfPage).width - 120)
  })

  it('names are bold and not underlined by default in every document; underlined in all of them when the office chose so', async () => {
    const input = rakonInput()
    const layouts = (style?: TataNaskah) => [
      notulenLayout(style ? { ...input, profile: { ...input.profile, tataNaskah: style } } : input),
      buildUndangan({ ...rakonUndangan(), ...(style ? { page: { style } } : {}) }),
      buildKeputusan({ ...rakonKeputusan(3), ...(style ? { page: { style } } : {}) })
    ]
    const nameRuns = async (layout: DocumentLayout, name: string) => {
      const xml = await docxPart(await renderDocx(layout))
      return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes(`>${name}<`))
    }
    for (const layout of layouts()) {
      const runs = await nameRuns(layout, 'Ny. Hj. Nevi Irwan Prayitno')
      expect(runs.length, layout.title).toBeGreaterThan(0)
      for (const r of runs) {
        expect(r, layout.title).toContain('<w:b/>')
        expect(r, layout.title).not.toContain('<w:u ')
      }
    }
    for (const layout of layouts(underlineStyle)) {
      const runs = await nameRuns(layout, 'Ny. Hj. Nevi Irwan Prayitno')
      expect(runs.some((r) => r.includes('<w:u ')), layout.title).toBe(true)
    }
  })
})

describe('the meeting\'s kind, dasar and tujuan in the Notulen (docs/formats.md)', () => {
  it('prints no bare "Jenis rapat : Rapat" for a meeting of another kind', async () => {
    const other = await readPdf(await renderPdf(notulenLayout(rakonInput({ meeting: { ...rakonMeeting, kind: 'lainnya' } })), fonts))
    expect(textOf(other)).not.toContain('Jenis rapat')
    const rakon = await readPdf(await renderPdf(notulenLayout(rakonInput()), fonts))
    expect(textOf(rakon)).toMatch(/Jenis rapat : Rapat Konsultasi/)
  })

  it('prints the dasar and tujuan when filled, numbered', async () => {
    const meeting = {
      ...rakonMeeting,
      basis: ['Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019', 'Keputusan Ketua Nomor 22/KEP/PKK-PROP/XII/2019'],
      objectives: ['Meningkatkan koordinasi dengan OPD terkait']
    }
    const text = textOf(await readPdf(await renderPdf(notulenLayout(rakonInput({ meeting })), fonts)))
    expect(text).toContain('Dasar : 1. Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019 2. Keputusan Ketua Nomor 22/KEP/PKK-PROP/XII/2019')
    expect(text).toContain('Tujuan : Meningkatkan koordinasi dengan OPD terkait')
    expect(textOf(await readPdf(await renderPdf(notulenLayout(rakonInput()), fonts)))).not.toMatch(/Dasar :|Tujuan :/)
  })
})

describe('the Keputusan cites regulations under Mengingat and other documents under Memperhatikan', () => {
  it('prints the sample\'s Program Kerja under Memperhatikan, after Mengingat', async () => {
    const library: LegalBasis[] = [
      { id: 'a', text: 'Peraturan Presiden Republik Indonesia Nomor 99 Tahun 2017 tentang Gerakan Pemberdayaan dan Kesejahteraan Keluarga', order: 1, active: true },
      { id: 'b', text: 'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019', order: 2, active: true }
    ]
    const meeting = { title: rakonMeeting.title, dates: rakonMeeting.dates, signer: rakonMeeting.signer }
    const draft = defaultKeputusanDraft({ meeting, profile: sumbar, roles: [], legalBases: library, dateIso: '2019-12-16' })
    const text = textOf(await readPdf(await renderPdf(keputusanLayout({ profile: sumbar, meeting, draft, roles: [], number: '22/KEP/PKK-PROP/XII/2019' }), fonts)))
    const mengingat = text.indexOf('Mengingat :')
    const memperhatikan = text.indexOf('Memperhatikan : 1. Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019;')
    expect(mengingat).toBeGreaterThan(0)
    expect(memperhatikan).toBeGreaterThan(mengingat)
    expect(text.slice(mengingat, memperhatikan)).toContain('Peraturan Presiden')
    expect(text.slice(mengingat, memperhatikan)).not.toContain('Program Kerja')
    expect(text.indexOf('MEMUTUSKAN')).toBeGreaterThan(memperhatikan)
  })
})

describe('capitals in the attached list\'s heading', () => {
  it('writes "Surat Ketua Tim Penggerak PKK Provinsi ..." mid-sentence, not in capitals', async () => {
    const data = rakonUndangan()
    const layout = buildUndangan({
      ...data,
      lampiran: undefined,
      addressee: ['(daftar terlampir)'],
      signer: { title: 'Sekretaris', name: 'Ny. Darmawati', onBehalfOf: 'Ketua TIM PENGGERAK PKK PROVINSI SUMATERA BARAT' },
      attachment: { invitees: [{ name: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat' }] }
    })
    const text = textOf(await readPdf(await renderPdf(layout, fonts)))
    expect(text).toContain('Lampiran : Surat Ketua Tim Penggerak PKK Provinsi Sumatera Barat')
    expect(text).not.toContain('Surat Ketua TIM PENGGERAK')
  })
})
