import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plainAddPlaceholder } from '@signpdf/placeholder-plain'
import { P12Signer } from '@signpdf/signer-p12'
import { SignPdf } from '@signpdf/signpdf'
import { beforeAll, describe, expect, test } from 'vitest'
import { renderPdf, type FontSet } from '../../../shared/documents'
import { kesimpulanLayout, signedLayout } from '../../../shared/meetings'
import { CertificateError, officeFingerprints, openP12, p12PublicFingerprints, signPdf, verifyPdf } from '../../../shared/signing'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { rakonInput } from '../documents/minutes-fixture'
import { hasTool, officeCertificate, openssl, PASSWORD, pdfOfPages, pdfsig } from './support'

let fonts: FontSet
let unsigned: Uint8Array
let signed: Uint8Array
let p12: Uint8Array
/** The office's certificates as the app knows them (the certificates table): the one that signs. */
let office: { officeFingerprints: string[] }
const signedAt = new Date('2019-12-20T06:05:00Z')

beforeAll(async () => {
  fonts = await loadNodeFonts()
  p12 = (await officeCertificate()).p12
  const info = openP12(p12, PASSWORD).info
  office = { officeFingerprints: [info.sha256] }
  unsigned = await renderPdf((await signedLayout(kesimpulanLayout(rakonInput()), info, signedAt, 'WIB')).layout, fonts)
  signed = signPdf({ pdf: unsigned, p12, password: PASSWORD, reason: 'Kesimpulan Rapat Konsultasi', location: 'Padang', signedAt, utcOffsetMinutes: 420 }).pdf
}, 60_000)

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1')
const flip = (b: Uint8Array, at: number, mask = 0x01) => {
  const out = b.slice()
  out[at] = (out[at] ?? 0) ^ mask
  return out
}

describe('signing the Kesimpulan with the office .p12', () => {
  test('the signed file verifies: the Ketua, the time, the reason, every byte covered', () => {
    const r = verifyPdf(signed, office)
    expect(r.ok, r.summary).toBe(true)
    expect(r.signatures).toHaveLength(1)
    const s = r.signatures[0]
    expect(s).toMatchObject({ subFilter: 'adbe.pkcs7.detached', reason: 'Kesimpulan Rapat Konsultasi', location: 'Padang', coversWholeFile: true, digestMatches: true, signatureValid: true, certificateIntact: true, signedAt: signedAt.toISOString() })
    expect(s?.signer?.commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect(s?.signer?.selfSigned).toBe(true)
    expect(r.summary).toBe('Tanda tangan digital sah oleh Ny. Hj. Nevi Irwan Prayitno (sertifikat kantor): dokumen tidak berubah sejak ditandatangani.')
    // An incremental update: the unsigned file is left byte for byte as it was, the signature follows it.
    expect(Buffer.from(signed.subarray(0, unsigned.length)).equals(Buffer.from(unsigned))).toBe(true)
    expect(latin1(signed)).toContain("/M (D:20191220130500+07'00')")
  })

  test.runIf(hasTool('pdfsig'))('poppler pdfsig says the signature is valid and the whole document signed', () => {
    const out = pdfsig(signed)
    expect(out).toContain('Signature Type: adbe.pkcs7.detached')
    expect(out).toContain('Signer Certificate Common Name: Ny. Hj. Nevi Irwan Prayitno')
    expect(out).toContain('Signing Hash Algorithm: SHA-256')
    expect(out).toContain('Total document signed')
    expect(out).toContain('Signature Validation: Signature is Valid.')
  })

  test('flipping any one byte makes verification fail', { timeout: 90_000 }, () => {
    const text = latin1(signed)
    const s = verifyPdf(signed, office).signatures[0]
    const [, b = 0, c = 0] = s?.byteRange ?? []
    const derHex = text.slice(b + 1, c - 1).replace(/0+$/, '').length
    const positions = new Set<number>([0, 1, 8, b - 1, b, b + 1, c - 2, c - 1, c, signed.length - 1, signed.length - 7])
    // The signature (the DER in hex), every eleventh byte (a full sweep of every byte passed too; it takes a minute), and the zero padding after it.
    for (let i = b + 1; i < b + 1 + derHex; i += 11) positions.add(i)
    for (let i = b + 1 + derHex; i < c - 1; i += 97) positions.add(i)
    // The signature dictionary (ByteRange, Reason, M...) and the new xref and trailer.
    for (let i = text.lastIndexOf('/ByteRange') - 40; i < b; i += 3) positions.add(i)
    for (let i = c; i < signed.length; i += 7) positions.add(i)
    // The document itself, spread over the file.
    for (let i = 0; i < 80; i++) positions.add(Math.floor((i * (b - 1)) / 80))
    const missed: number[] = []
    for (const at of positions) if (verifyPdf(flip(signed, at), office).ok) missed.push(at)
    expect(missed, `tidak terdeteksi di ${missed.slice(0, 5).join(', ')}`).toEqual([])
    // A hex letter turned to the other case is another byte too.
    const letters = [...text.slice(b + 1, b + 1 + derHex).matchAll(/[a-f]/g)].slice(0, 30).map((m) => b + 1 + (m.index ?? 0))
    for (const at of letters) expect(verifyPdf(flip(signed, at, 0x20), office).ok, `huruf di ${at}`).toBe(false)
    expect(positions.size).toBeGreaterThan(450)
  })

  test.runIf(hasTool('pdfsig'))('pdfsig also rejects a file with one byte of the document changed', () => {
    const at = latin1(signed).indexOf('stream') + 20
    const out = pdfsig(flip(signed, at))
    expect(out).not.toContain('Signature is Valid.')
    expect(out).toMatch(/Signature is Invalid|Digest Mismatch/)
  })

  test('content appended after signing (an incremental update) is reported, though the old signature still matches its range', () => {
    const text = latin1(signed)
    const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1])
    const root = /\/Root (\d+ \d+ R)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1]
    const prev = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))?.[1])
    const obj = `${size} 0 obj\n<< /Title (Kesimpulan yang diubah) /Producer (orang lain) >>\nendobj\n`
    const xrefAt = signed.length + obj.length
    const update = `${obj}xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(signed.length).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`
    const tampered = new Uint8Array([...signed, ...Buffer.from(update, 'latin1')])
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    expect(r.signatures[0]).toMatchObject({ coversWholeFile: false, digestMatches: true, signatureValid: true })
    expect(r.summary).toContain(`Ada ${update.length} bita yang ditambahkan setelah tanda tangan`)
    if (hasTool('pdfsig')) {
      const out = pdfsig(tampered)
      expect(out).not.toContain('Total document signed')
      expect(out).toContain('Not total document signed')
    }
  })

  test('a wrong password is refused before anything is signed', () => {
    expect(() => signPdf({ pdf: unsigned, p12, password: 'salah-sandi', reason: 'x', location: 'Padang' })).toThrow(CertificateError)
    expect(() => openP12(p12, 'salah-sandi')).toThrow(/Kata sandi sertifikat salah/)
  })

  test('an unsigned PDF is said to have no signature', () => {
    expect(verifyPdf(unsigned, office)).toMatchObject({ ok: false, signatures: [], summary: 'PDF ini tidak memuat tanda tangan digital.' })
  })

  test("the app's verifier also accepts a signature made by @signpdf (P12Signer) on a pdfmake PDF", async () => {
    const pdf = Buffer.from(await pdfOfPages(2, fonts))
    const prepared = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Uji', contactInfo: '', name: 'Uji', location: 'Padang' })
    const out = await new SignPdf().sign(prepared, new P12Signer(Buffer.from(p12), { passphrase: PASSWORD }), signedAt)
    const r = verifyPdf(new Uint8Array(out), office)
    expect(r.ok, r.summary).toBe(true)
    expect(r.signatures[0]?.signer?.commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
  })

  test.runIf(hasTool('openssl'))('a .p12 made by OpenSSL 3 (AES-256, PBKDF2 with SHA-256) opens and signs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkk-openssl-'))
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '30', '-subj', '/CN=Sekretaris TP PKK/O=TP PKK Provinsi Sumatera Barat/C=ID'], dir)
    openssl(['pkcs12', '-export', '-inkey', 'k.pem', '-in', 'c.pem', '-out', 'o.p12', '-passout', `pass:${PASSWORD}`], dir)
    const p = new Uint8Array(readFileSync(join(dir, 'o.p12')))
    expect(openP12(p, PASSWORD).info.commonName).toBe('Sekretaris TP PKK')
    // OpenSSL encrypts a .p12's certificates too: no fingerprint without the password, so the one taken at import counts.
    expect(p12PublicFingerprints(p)).toEqual([])
    expect(officeFingerprints([{ p12: p, sha256: openP12(p, PASSWORD).info.sha256 }, { p12 }])).toEqual([openP12(p, PASSWORD).info.sha256, office.officeFingerprints[0]])
    const out = signPdf({ pdf: await pdfOfPages(1, fonts), p12: p, password: PASSWORD, reason: 'Uji', location: 'Padang' }).pdf
    expect(verifyPdf(out, { officeFingerprints: [openP12(p, PASSWORD).info.sha256] }).ok).toBe(true)
    if (hasTool('pdfsig')) expect(pdfsig(out)).toContain('Signature is Valid.')
  })
})
