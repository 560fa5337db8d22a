import { describe, expect, it } from 'vitest'
import {
  alphaMarker,
  articleWord,
  buildKop,
  buildSignature,
  buildUndangan,
  buildUndanganMerge,
  formatMeetingDays,
  ImageBag,
  imagePixelSize,
  signerTitleLines,
  type Block,
  type FieldsBlock
} from '../../../shared/documents'
import { logoPng, rakonUndangan, sumbar } from './support'

describe('signature block (docs/formats.md "Signature block")', () => {
  it('prints the Ketua title on two lines ending with a comma, no NIP', () => {
    const s = { title: 'Ketua TP PKK Provinsi Sumatera Barat', name: 'Ny. Hj. Nevi Irwan Prayitno' }
    expect(signerTitleLines(s)).toEqual(['Ketua TP PKK', 'Provinsi Sumatera Barat,'])
    const block = buildSignature(s, new ImageBag())
    expect(block.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect(block.belowName).toBeUndefined()
    expect(block.nameUnderline).toBe(false)
  })

  it('signs on behalf of the Ketua with "a.n." in capitals, then the own title', () => {
    expect(signerTitleLines({ title: 'Sekretaris', name: 'Dra. Rosnida', onBehalfOf: 'Ketua TP PKK Provinsi Sumatera Barat' })).toEqual([
      'a.n. KETUA TP PKK',
      'PROVINSI SUMATERA BARAT',
      'Sekretaris,'
    ])
  })

  it('writes an acting chair as Plt. and a civil servant with NIP; the name underlined only by the office\'s rule', () => {
    expect(signerTitleLines({ title: 'Ketua TP PKK Kota Padang', name: 'x', acting: 'Plt.' })).toEqual(['Plt. Ketua TP PKK', 'Kota Padang,'])
    const b = buildSignature({ title: 'Sekretaris', name: 'Drs. Ahmad', nip: '19650101 199003 1 001' }, new ImageBag())
    expect(b.belowName).toBe('NIP. 19650101 199003 1 001')
    expect(b.nameUnderline).toBe(false)
    expect(b.nameBold).toBe(true)
    expect(buildSignature({ title: 'Sekretaris', name: 'Drs. Ahmad' }, new ImageBag(), { nameUnderline: true }).nameUnderline).toBe(true)
  })

  it('keeps signature and stamp images in proportion', () => {
    const bag = new ImageBag()
    const b = buildSignature({ title: 'Ketua', name: 'N', signatureImage: { mime: 'image/png', data: logoPng }, stampImage: { mime: 'image/png', data: logoPng } }, bag)
    expect(b.signature?.heightMm).toBeCloseTo(22, 5) // 40 mm wide would be 44 mm high: capped at 22 mm
    expect(b.signature?.widthMm).toBeCloseTo(20, 5)
    expect(b.stamp?.image).toBe(b.signature?.image) // the same bytes are stored once
    expect(Object.keys(bag.images)).toHaveLength(1)
  })
})

describe('kop surat', () => {
  it('prints the office name in capitals split before the region, then address with telephone', () => {
    const kop = buildKop(sumbar, new ImageBag())
    expect(kop.lines.map((l) => l.text.replace(/\u00a0/g, ' '))).toEqual([
      'TIM PENGGERAK PKK',
      'PROVINSI SUMATERA BARAT',
      'Jalan Rasuna Said No. 76 Padang Telp. (0751) 7051234',
      'E-mail: tppkk@sumbarprov.go.id'
    ])
    expect(kop.lines.slice(0, 2).every((l) => l.bold)).toBe(true)
    expect(kop.rule).toBe('thick-thin')
    expect(kop.logo?.widthMm).toBe(22)
    expect(kop.logo?.heightMm).toBeCloseTo(22 * 1.1, 5) // the 40 x 44 px logo
  })

  it('leaves the logo out when the office has none', () => {
    expect(buildKop({ ...sumbar, logo: undefined }, new ImageBag()).logo).toBeUndefined()
  })
})

describe('Surat Undangan layout', () => {
  const fields = (blocks: readonly Block[]) => blocks.filter((b): b is FieldsBlock => b.kind === 'fields')

  it('writes Nomor, Sifat, Lampiran, then Hal (tata naskah)', () => {
    const doc = buildUndangan(rakonUndangan())
    const [head] = fields(doc.sections[0]?.blocks ?? [])
    expect(head?.rows.map((r) => r.label)).toEqual(['Nomor', 'Sifat', 'Lampiran', 'Hal'])
  })

  it('prints one acara as text and several as a numbered list', () => {
    const one = buildUndangan({ ...rakonUndangan(), meeting: { ...rakonUndangan().meeting, acara: ['Rapat Konsultasi'] } })
    const acara = (d: typeof one) => fields(d.sections[0]?.blocks ?? [])[1]?.rows.find((r) => r.label === 'Acara')?.value
    expect(acara(one)).toBe('Rapat Konsultasi')
    expect(acara(buildUndangan(rakonUndangan()))).toMatchObject({ kind: 'list', style: 'decimal' })
  })

  it('stores the logo once for 65 merged letters', () => {
    const doc = buildUndanganMerge(rakonUndangan(), Array.from({ length: 65 }, (_, i) => [`Peserta ${i + 1}`]))
    expect(doc.sections).toHaveLength(65)
    expect(Object.keys(doc.images)).toEqual(['logo1'])
  })
})

describe('calendar words of a letter', () => {
  it('writes one day, a run of days and separate days', () => {
    expect(formatMeetingDays(['2019-12-20'])).toBe('Jumat, 20 Desember 2019')
    expect(formatMeetingDays(['2019-12-20', '2019-12-19'])).toBe('Kamis s.d. Jumat, 19 s.d. 20 Desember 2019')
    expect(formatMeetingDays(['2019-11-30', '2019-12-01'])).toBe('Sabtu s.d. Minggu, 30 November 2019 s.d. 1 Desember 2019')
    expect(formatMeetingDays(['2019-12-16', '2019-12-20'])).toBe('Senin, 16 Desember 2019 dan Jumat, 20 Desember 2019')
  })

  it('numbers Keputusan articles KESATU, KEDUA ... and Menimbang items a., b. ...', () => {
    expect([1, 2, 3, 4, 10, 11, 12, 20, 21].map((n) => articleWord(n))).toEqual([
      'KESATU',
      'KEDUA',
      'KETIGA',
      'KEEMPAT',
      'KESEPULUH',
      'KESEBELAS',
      'KEDUA BELAS',
      'KEDUA PULUH',
      'KEDUA PULUH SATU'
    ])
    expect(articleWord(1, { pertama: true })).toBe('PERTAMA')
    expect([0, 1, 25, 26].map(alphaMarker)).toEqual(['a.', 'b.', 'z.', 'aa.'])
  })
})

describe('image size from the file header', () => {
  it('reads PNG and JPEG dimensions', () => {
    expect(imagePixelSize(logoPng, 'image/png')).toEqual({ width: 40, height: 44 })
    // SOI, an APP0 segment, then SOF0 with height 300 and width 200.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x00, 0xc8, 0x03, 0, 0, 0, 0, 0, 0])
    expect(imagePixelSize(jpeg, 'image/jpeg')).toEqual({ width: 200, height: 300 })
    expect(imagePixelSize(new Uint8Array([1, 2, 3]), 'image/png')).toBeUndefined()
  })
})
