import { mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildUndanganMerge, renderDocx, renderPdf, type DocumentLayout, type FontSet, type Paper, type RegistrationCode } from '../../../shared/documents'
import { breakLine, textWidthPt } from '../../../shared/documents/measure'
import { formatPersonalCode, personalCode } from '../../../shared/meetings/personal-code'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { convertDocxToPdf } from '../../layout/libreoffice'
import { docxSections, overlaps, pageDrawings, readQr, readQrOnPage, type PageDrawing, type Rect } from './code-pages'
import { rakonUndangan } from './support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const code = (invitee: string): RegistrationCode => {
  const c = personalCode('rapat-rakon-2019', invitee)
  return { printed: formatPersonalCode(c), qr: c }
}

/** Three letters: a two-line addressee, one whose position runs over three lines, a one-line addressee (the shortest block). */
const recipients = [
  { addressee: ['Bapak/Ibu Kepala Dinas Kesehatan', 'Provinsi Sumatera Barat'], registrationCode: code('undangan-1') },
  {
    addressee: [
      'Ermiyati, S.Sos',
      'Kepala Bidang Kualitas Hidup Perempuan dan Kualitas Keluarga Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Provinsi Sumatera Barat (Bidang KHPKK)'
    ],
    registrationCode: code('undangan-2')
  },
  { addressee: ['Ketua TP PKK Kota Padang'], registrationCode: code('undangan-3') }
]
const codes = recipients.map((r) => r.registrationCode)

function merge(paper: Paper, withCodes = true): DocumentLayout {
  const base = rakonUndangan()
  return buildUndanganMerge({ ...base, page: { paper } }, withCodes ? recipients : recipients.map((r) => r.addressee))
}

const MM = 72 / 25.4

/** The QR code of a letter's page: the one image about 22 mm square (the kop's logo is the other). */
function qrRect(page: PageDrawing): Rect {
  const squares = page.images.filter((r) => Math.abs(r.width - 22 * MM) < 1 && Math.abs(r.height - 22 * MM) < 1)
  expect(squares, 'satu kode QR di halaman').toHaveLength(1)
  return squares[0] as Rect
}

/** Each letter on its own page: the QR code reads as its recipient's code, stands right of the address, touches no text. */
async function expectCodedPages(pdf: Uint8Array, label: string) {
  const pages = await pageDrawings(pdf)
  expect(pages, label).toHaveLength(codes.length)
  pages.forEach((page, i) => {
    const expected = codes[i] as RegistrationCode
    const qr = qrRect(page)
    // The symbol's right edge on the right margin (25 mm), its quiet zone in the margin.
    const quiet = (22 * MM * 4) / 29
    expect(qr.x + qr.width - quiet, label).toBeCloseTo(page.width - 25 * MM, 0)
    expect(readQrOnPage(pdf, i + 1, qr), `${label}, surat ${i + 1}`).toBe(expected.qr)
    const kepada = page.texts.find((t) => t.str.startsWith('Kepada Yth.'))
    // A justified line is drawn word by word.
    const opening = page.texts.find((t) => t.str.startsWith('Dengan'))
    if (!kepada || !opening) throw new Error(`${label}: alamat atau pembukaan tidak ada`)
    // Beside the address: from the top of "Kepada Yth." down, above the opening.
    expect(qr.y, label).toBeLessThan(kepada.y + kepada.height)
    expect(qr.y + qr.height, label).toBeLessThan(opening.y)
    for (const t of page.texts) expect(overlaps(t, qr), `${label}, surat ${i + 1}: "${t.str}" menimpa kode QR`).toBe(false)
    // The code in words, under the place and above the opening, at the left margin.
    const words = page.texts.find((t) => t.str.includes(expected.printed))
    const place = page.texts.find((t) => t.str === 'Tempat')
    if (!words || !place) throw new Error(`${label}: kode registrasi atau "Tempat" tidak ada: ${page.texts.map((t) => t.str).join(' | ')}`)
    expect(page.texts.map((t) => t.str).join(' ')).toContain(`Kode registrasi: ${expected.printed}`)
    expect(words.y).toBeGreaterThan(place.y)
    expect(words.y).toBeLessThan(opening.y)
  })
}

describe('the personal code on one invitation per recipient', () => {
  for (const paper of ['F4', 'A4'] as const) {
    it(`PDF on ${paper}: each letter's QR code reads as its own code, beside the address, clear of every word; every line where it stands without codes`, async () => {
      const pdf = await renderPdf(merge(paper), fonts)
      await expectCodedPages(pdf, `PDF ${paper}`)
      const coded = await pageDrawings(pdf)
      const plain = await pageDrawings(await renderPdf(merge(paper, false), fonts))
      expect(plain).toHaveLength(codes.length)
      // The code takes the blank line after the place: from the opening down, every word is where it was.
      plain.forEach((page, i) => {
        const from = (p: PageDrawing) => p.texts.filter((t) => t.y >= (p.texts.find((x) => x.str.startsWith('Dengan'))?.y ?? Infinity)).map((t) => [t.str, t.x.toFixed(1), t.y.toFixed(1)])
        const was = from(page)
        expect(was.length).toBeGreaterThan(10)
        expect(from(coded[i] as PageDrawing), `${paper}, surat ${i + 1}`).toEqual(was)
      })
    })
  }

  it('keeps every address line clear of the QR code: the long position is broken beside it and runs on at full width below', () => {
    const layout = merge('A4')
    const section = layout.sections[1]
    const texts = (section?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' && typeof b.text === 'string' ? [b.text] : []))
    const from = texts.indexOf('Ermiyati, S.Sos')
    const to = texts.indexOf('di')
    const lines = texts.slice(from + 1, to)
    // Nothing lost or reordered: the pieces make the position again.
    expect(lines.join(' ')).toBe(recipients[1]?.addressee[1])
    expect(lines.length).toBeGreaterThan(1)
    const besidePt = ((210 - 55 - 22 + (22 * 4) / 29 - 1) * 72) / 25.4
    // Lines 2 and 3 of the block stand beside the QR code; the line below it may be longer.
    for (const l of lines.slice(0, 2)) expect(textWidthPt(l, 12)).toBeLessThanOrEqual(besidePt)
    expect(lines.some((l) => textWidthPt(l, 12) > besidePt)).toBe(true)
  })

  it('DOCX: every letter carries its code in words and one anchored PNG that reads as that code', async () => {
    const sections = await docxSections(await renderDocx(merge('F4')))
    expect(sections).toHaveLength(codes.length)
    const dir = mkdtempSync(join(tmpdir(), 'pkk-kode-docx-'))
    sections.forEach((s, i) => {
      const expected = codes[i] as RegistrationCode
      expect(s.text).toContain(`Kode registrasi: ${expected.printed}`)
      for (const other of codes) if (other !== expected) expect(s.text).not.toContain(other.printed)
      expect(s.anchored).toHaveLength(1)
      const png = join(dir, `${i}.png`)
      writeFileSync(png, s.anchored[0] as Uint8Array)
      expect(readQr(png)).toBe(expected.qr)
    })
  })

  it('DOCX laid out by LibreOffice: one page per letter, each QR code on its page reads as that letter’s code, clear of every word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkk-kode-lo-'))
    const docx = join(dir, 'undangan.docx')
    writeFileSync(docx, await renderDocx(merge('A4')))
    const [pdfPath] = await convertDocxToPdf([docx], join(dir, 'pdf'), join(dir, 'profile'))
    await expectCodedPages(new Uint8Array(await readFile(pdfPath ?? '')), 'LibreOffice A4')
  }, 240_000)

  it('without codes, letters carry no code and no floating image (the addressee list as before)', async () => {
    const layout = merge('F4', false)
    const json = JSON.stringify(layout.sections)
    expect(json).not.toContain('Kode registrasi')
    expect(json).not.toContain('floating')
    for (const s of await docxSections(await renderDocx(layout))) expect(s.anchored).toHaveLength(0)
  })

  it('makes each code’s image once: the same bytes again for a second layout of the same letters', () => {
    const image = (l: DocumentLayout) => Object.entries(l.images).filter(([k]) => k.startsWith('kode-qr')).map(([, v]) => v.data)
    const first = image(merge('F4'))
    const second = image(merge('A4'))
    expect(first).toHaveLength(3)
    first.forEach((bytes, i) => expect(second[i]).toBe(bytes))
  })
})

describe('breakLine', () => {
  it('breaks at spaces to a width that may change from line to line, losing no word', () => {
    const text = 'Kepala Bidang Kualitas Hidup Perempuan dan Kualitas Keluarga Dinas Pemberdayaan Perempuan'
    const narrow = textWidthPt('Kepala Bidang Kualitas', 12)
    const lines = breakLine(text, (i) => (i === 0 ? narrow : 10_000), 12)
    expect(lines).toEqual(['Kepala Bidang Kualitas', 'Hidup Perempuan dan Kualitas Keluarga Dinas Pemberdayaan Perempuan'])
    expect(breakLine('Tempat', 1, 12)).toEqual(['Tempat'])
    expect(breakLine('', 100, 12)).toEqual([''])
  })
})
