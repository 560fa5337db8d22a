import { beforeAll, describe, expect, test } from 'vitest'
import type { FontSet } from '../../../shared/documents'
import { openP12, signPdf, verifyPdf } from '../../../shared/signing'
import { addSignaturePlaceholder, findPlaceholder, pdfDate } from '../../../shared/signing/placeholder'
import { cmsDetached, signatureRoom } from '../../../shared/signing/sign'
import { readXref } from '../../../shared/signing/pdf-objects'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { caIssuedP12, hasTool, pdfOfPages, pdfsig } from './support'

// X.509's longest common name and organisation (64 characters each), and long texts in the dictionary.
const LONG_NAME = 'Ny. Hj. Nevi Irwan Prayitno binti Haji Abdul Rahman Sutan Marajo'
const LONG_ORG = 'Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Sumbar 201'
const PASSWORD = 'sandi-panjang-kantor'
let fonts: FontSet
let chainP12: Uint8Array

beforeAll(async () => {
  fonts = await loadNodeFonts()
  expect(LONG_NAME).toHaveLength(64)
  expect(LONG_ORG.length).toBeLessThanOrEqual(64)
  chainP12 = caIssuedP12(LONG_NAME, LONG_ORG, PASSWORD)
}, 60_000)

describe('the signature placeholder', () => {
  test('holds a three-certificate chain with 64-character names for every document of 1 to 40 pages', async () => {
    const id = openP12(chainP12, PASSWORD)
    expect(id.chain).toHaveLength(3)
    const signedAt = new Date('2019-12-20T06:00:00Z')
    const room = signatureRoom(id, signedAt)
    for (let pages = 1; pages <= 40; pages++) {
      const pdf = await pdfOfPages(pages, fonts)
      const out = signPdf({
        pdf,
        p12: chainP12,
        password: PASSWORD,
        reason: `Kesimpulan ${'Rapat Konsultasi dengan OPD Terkait '.repeat(5)}`.slice(0, 200),
        location: 'Aula Kantor Tim Penggerak PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang',
        contactInfo: 'tppkk.sumbar@gmail.com',
        signedAt
      })
      // signPdf refuses a signature larger than its room, so every page count signing at all is the check;
      // a few are verified in full as well.
      expect(out.byteRange[2] - out.byteRange[1]).toBe(2 * room + 2)
      if ([1, 2, 20, 40].includes(pages)) {
        const r = verifyPdf(out.pdf, { officeFingerprints: [out.signer.sha256] })
        expect(r.ok, `${pages} halaman: ${r.summary}`).toBe(true)
        expect(r.signatures[0]?.signer?.commonName).toBe(LONG_NAME)
      }
      if (pages === 40 && hasTool('pdfsig')) expect(pdfsig(out.pdf)).toContain('Signature is Valid.')
    }
  }, 180_000)

  test('the room reserved is the size of the real signature plus a margin, whatever the document', () => {
    const id = openP12(chainP12, PASSWORD)
    const at = new Date('2019-12-20T06:00:00Z')
    const room = signatureRoom(id, at)
    const real = [new Uint8Array(0), new Uint8Array(1_000_000).fill(7)].map((content) => cmsDetached(id, content, at).length)
    // The CMS is detached: its size does not depend on what it signs.
    expect(new Set(real).size).toBe(1)
    expect(room - (real[0] ?? 0)).toBe(1024)
    // A signing time written as GeneralizedTime (from 2050) is two bytes longer: still inside the margin.
    expect(signatureRoom(id, new Date('2050-01-01T00:00:00Z')) - room).toBe(2)
  })

  test('is an incremental update over the classic xref table that pdfmake writes', async () => {
    const pdf = await pdfOfPages(3, fonts)
    const withRoom = addSignaturePlaceholder(pdf, { reason: 'Uji', location: 'Padang', name: 'Uji', signedAt: new Date('2019-12-20T03:00:00Z'), utcOffsetMinutes: 420 }, 4000)
    const text = Buffer.from(withRoom).toString('latin1')
    const xref = readXref(text)
    // The new section points back to the original one and the new catalog carries the form.
    expect(xref.startxref).toBeGreaterThan(pdf.length)
    expect(text.slice(pdf.length)).toMatch(/\/Prev \d+/)
    expect(text.slice(pdf.length)).toMatch(/\/AcroForm \d+ 0 R/)
    expect(text.slice(pdf.length)).toMatch(/\/SigFlags 3/)
    const p = findPlaceholder(withRoom)
    expect(p.contentsEnd - p.contentsStart).toBe(8002)
    expect(pdfDate(new Date('2019-12-20T03:00:00Z'), 420)).toBe("D:20191220100000+07'00'")
    expect(pdfDate(new Date('2019-12-20T03:00:00Z'))).toBe('D:20191220030000Z')
    // A second signature on the same file is refused rather than written wrongly.
    expect(() => addSignaturePlaceholder(withRoom, { reason: 'Uji', location: 'Padang', name: 'Uji', signedAt: new Date() }, 4000)).toThrow(/sudah memiliki formulir/)
  })

  test('a PDF with cross-reference streams is refused with a clear message', () => {
    const pdf = Buffer.from('%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 1 >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n', 'latin1')
    expect(() => addSignaturePlaceholder(new Uint8Array(pdf), { reason: 'x', location: 'x', name: 'x', signedAt: new Date() }, 100)).toThrow(/xref stream/)
  })
})
