import { beforeAll, describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { handleCreateSelfSigned, handleInspectP12, handleSignPdf, handleVerifyPdf } from '../../../electron/main/ipc/signing'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { pdfOfPages } from '../signing/support'

const PASSWORD = 'sandi-kantor-pkk'
let p12: Uint8Array
let pdf: Uint8Array

beforeAll(async () => {
  const made = await handleCreateSelfSigned({ commonName: 'Ny. Hj. Nevi Irwan Prayitno', organisation: 'TP PKK Provinsi Sumatera Barat', password: PASSWORD })
  p12 = made.p12
  expect(made.info).toMatchObject({ commonName: 'Ny. Hj. Nevi Irwan Prayitno', organisation: 'TP PKK Provinsi Sumatera Barat', selfSigned: true })
  pdf = await pdfOfPages(1, await loadNodeFonts())
}, 60_000)

// The certificate was made just now; the signing time must fall inside its validity.
const signedAt = new Date(Date.now() + 60_000).toISOString()
const signArgs = () => ({ pdf, p12, password: PASSWORD, reason: 'Kesimpulan Rapat', location: 'Padang', signedAt, utcOffsetMinutes: 420 })

describe('pkk:signing-* handlers check their arguments before doing anything', () => {
  test('create a self-signed certificate: a name and a password of at least 8 characters', async () => {
    await expect(handleCreateSelfSigned({ commonName: 'Ketua', organisation: '', password: 'pendek' })).rejects.toThrow(/paling sedikit 8/)
    await expect(handleCreateSelfSigned({ commonName: '   ', organisation: '', password: PASSWORD })).rejects.toThrow(/wajib diisi/)
    await expect(handleCreateSelfSigned({ commonName: 'x'.repeat(65), organisation: '', password: PASSWORD })).rejects.toThrow(/64 karakter/)
    await expect(handleCreateSelfSigned('Ketua')).rejects.toBeInstanceOf(ZodError)
  })

  test('inspect a .p12: bytes and a password; a wrong password says so', () => {
    expect(handleInspectP12({ p12, password: PASSWORD }).commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect(() => handleInspectP12({ p12, password: 'bukan-sandinya' })).toThrow(/Kata sandi sertifikat salah/)
    expect(() => handleInspectP12({ p12: 'MIIB...', password: PASSWORD })).toThrow(ZodError)
    expect(() => handleInspectP12({ p12, password: '' })).toThrow(/wajib diisi/)
    expect(() => handleInspectP12({ p12: new Uint8Array(2 * 1024 * 1024), password: PASSWORD })).toThrow(/tidak valid/)
  })

  test('sign a PDF: only PDF bytes, a real time, texts within bounds', () => {
    expect(() => handleSignPdf({ ...signArgs(), pdf: new TextEncoder().encode('<html>bukan pdf</html>') })).toThrow(/Berkas bukan PDF/)
    expect(() => handleSignPdf({ ...signArgs(), signedAt: 'kemarin' })).toThrow(ZodError)
    expect(() => handleSignPdf({ ...signArgs(), reason: 'x'.repeat(201) })).toThrow(/200 karakter/)
    expect(() => handleSignPdf({ ...signArgs(), utcOffsetMinutes: 10_000 })).toThrow(ZodError)
    expect(() => handleSignPdf({ ...signArgs(), password: undefined })).toThrow(ZodError)
    const r = handleSignPdf(signArgs())
    expect(r.signer.commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect(r.signedAt).toBe(signedAt)
    // The office's certificate as the certificates table holds it: here the .p12 alone (its certificate is readable without the password).
    expect(handleVerifyPdf({ pdf: r.pdf, officeCertificates: [{ p12 }] }).ok).toBe(true)
    expect(handleVerifyPdf({ pdf: r.pdf, officeCertificates: [{ p12, sha256: r.signer.sha256 }] }).ok).toBe(true)
    // No office certificate: the signature is not called the office's.
    expect(handleVerifyPdf({ pdf: r.pdf, officeCertificates: [] })).toMatchObject({ ok: false, summary: expect.stringContaining('belum ada sertifikat kantor') })
  })

  test('verify a PDF: only PDF bytes', () => {
    expect(() => handleVerifyPdf({ pdf: new Uint8Array([1, 2, 3]), officeCertificates: [] })).toThrow(/Berkas bukan PDF/)
    expect(() => handleVerifyPdf({})).toThrow(ZodError)
    expect(() => handleVerifyPdf({ pdf })).toThrow(ZodError)
    expect(() => handleVerifyPdf({ pdf, officeCertificates: [{ p12, sha256: 'ab:cd' }] })).toThrow(ZodError)
    expect(handleVerifyPdf({ pdf, officeCertificates: [] }).summary).toBe('PDF ini tidak memuat tanda tangan digital.')
  })
})
