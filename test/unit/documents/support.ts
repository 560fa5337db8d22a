import JSZip from 'jszip'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { OfficeProfile } from '../../../shared/model/office'
import type { UndanganData } from '../../../shared/documents'
import { makePng } from '../../../scripts/lib/sample-images'

export interface PdfItem {
  str: string
  x: number
  /** From the top of the page, as a reader sees it. */
  y: number
  fontName: string
}

export interface PdfPage {
  width: number
  height: number
  items: PdfItem[]
}

/** Text with positions of every page, via pdf.js (its legacy build runs in Node). */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of the buffer it is given.
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width = 0, height = 0] = page.view
    const content = await page.getTextContent()
    const items: PdfItem[] = []
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue
      items.push({ str: it.str, x: it.transform[4] as number, y: height - (it.transform[5] as number), fontName: it.fontName })
    }
    pages.push({ width, height, items })
  }
  await doc.destroy()
  return pages
}

export function pageText(page: PdfPage): string {
  return page.items.map((i) => i.str).join(' ')
}

/** The first item starting with `text` below `belowY` (pdf.js joins "2." and "Arsip" into one item). */
export function find(page: PdfPage, text: string, belowY = -Infinity): PdfItem {
  const hit = page.items.find((i) => i.y > belowY && i.str.startsWith(text))
  if (!hit) throw new Error(`"${text}" tidak ada di halaman: ${pageText(page).slice(0, 400)}`)
  return hit
}

/** Base font names as written in the PDF (e.g. "BZZZZZ+LiberationSans-Bold") and whether font files are embedded. */
export function pdfFonts(bytes: Uint8Array): { names: string[]; embedded: number } {
  const raw = new TextDecoder('latin1').decode(bytes)
  const names = [...raw.matchAll(/\/BaseFont \/([A-Za-z0-9+-]+)/g)].map((m) => m[1] ?? '')
  return { names: [...new Set(names)], embedded: (raw.match(/\/FontFile2/g) ?? []).length }
}

export async function docxPart(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file(part)
  if (!file) throw new Error(`Bagian ${part} tidak ada di DOCX`)
  return file.async('string')
}

/** Text of each paragraph of document.xml, tabs as "\t", in document order. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : (m[1] ?? ''))).join('')
  )
}

export const logoPng = makePng(40, 44, (x, y) => (Math.hypot(x - 20, y - 22) < 19 ? [20, 120, 60, 255] : undefined))

export const sumbar: OfficeProfile = {
  id: 'office',
  level: 'provinsi',
  regionName: 'Sumatera Barat',
  officeName: 'Tim Penggerak PKK Provinsi Sumatera Barat',
  address: 'Jalan Rasuna Said No. 76 Padang',
  phone: '(0751) 7051234',
  email: 'tppkk@sumbarprov.go.id',
  website: '',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  sekretarisName: '',
  placeName: 'Padang',
  officeCode: 'PKK-PROP',
  paper: 'F4',
  timeZone: 'WIB',
  logo: { mime: 'image/png', data: logoPng, name: 'logo.png' },
  updatedAt: '2019-12-01T00:00:00.000Z'
}

/** The invitation of seed 002: 296/SKR/PKK-PROP/XII/2019 of 17 December 2019 for the meeting of Friday 20 December. */
export function rakonUndangan(): UndanganData {
  return {
    office: sumbar,
    number: '296/SKR/PKK-PROP/XII/2019',
    dateIso: '2019-12-17',
    placeName: 'Padang',
    sifat: 'Penting',
    lampiran: '-',
    hal: 'Undangan',
    addressee: ['Bapak/Ibu Kepala Dinas Kesehatan', 'Provinsi Sumatera Barat'],
    opening: 'Dengan hormat, bersama ini kami mengundang Bapak/Ibu untuk menghadiri Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019 yang akan dilaksanakan pada:',
    meeting: {
      dates: ['2019-12-20'],
      timeStart: '09:00',
      zone: 'WIB',
      place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
      acara: ['Rapat Konsultasi dengan OPD Terkait', 'Persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020']
    },
    closing: 'Demikian disampaikan, atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.',
    signer: { title: 'Ketua TP PKK Provinsi Sumatera Barat', name: 'Ny. Hj. Nevi Irwan Prayitno' },
    tembusan: ['Yth. Gubernur Sumatera Barat (sebagai laporan)', 'Arsip']
  }
}
