import { describe, expect, test } from 'vitest'
import { signerTitleLines } from '@shared/documents/builders/signature'
import { defaultUndanganDraft, documentSigner } from '@shared/meetings'
import { ketuaSigner } from '@shared/model'

const png = { mime: 'image/png' as const, name: 'ttd.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }
const profile = {
  officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  ketuaSignature: png,
  stamp: { ...png, name: 'stempel.png' }
}

describe('who signs', () => {
  test('the Ketua signs under her title, her name as the office writes it, no NIP, with her signature and the stamp', () => {
    const s = documentSigner({ ...ketuaSigner, useSignatureImage: true, useStamp: true }, profile)
    expect(signerTitleLines(s).join(' ')).toBe('Ketua TP PKK Provinsi Sumatera Barat,')
    expect(s.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect(s.nip).toBeUndefined()
    expect(s.signatureImage).toBe(png)
    expect(s.stampImage).toBe(profile.stamp)
  })
  test('the Sekretaris signs a.n. Ketua, and never with the Ketua’s signature image', () => {
    const s = documentSigner({ role: 'an', ownTitle: 'Sekretaris', name: 'Dra. Hj. Rahmi Syafrida, M.Si', useSignatureImage: true, useStamp: true }, profile)
    expect(signerTitleLines(s).join(' ')).toBe('a.n. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT Sekretaris,')
    expect(s.name).toBe('Dra. Hj. Rahmi Syafrida, M.Si')
    expect(s.signatureImage).toBeUndefined()
  })
  test('an acting chair signs as Plt. Ketua', () => {
    const s = documentSigner({ role: 'plt', ownTitle: '', name: 'Ny. Hj. Yulia Rahmat', useSignatureImage: false, useStamp: false }, profile)
    expect(signerTitleLines(s).join(' ')).toBe('Plt. Ketua TP PKK Provinsi Sumatera Barat,')
  })
})

describe('a new invitation’s wording', () => {
  test('65 invitees: one letter to (daftar terlampir) with the list attached', () => {
    const d = defaultUndanganDraft({ title: 'Rapat Konsultasi TP PKK dengan OPD Terkait Tahun 2019', signer: ketuaSigner, dates: ['2019-12-20'] }, '2019-12-17', 65)
    expect(d.mode).toBe('daftar-terlampir')
    expect(d.hal).toBe('Undangan')
    expect(d.code).toBe('SKR')
    expect(d.opening).toContain('Rapat Konsultasi TP PKK dengan OPD Terkait Tahun 2019')
  })
  test('three invitees: one letter each', () => {
    expect(defaultUndanganDraft({ title: 'Rapat', signer: ketuaSigner, dates: ['2019-12-20'] }, '2019-12-17', 3).mode).toBe('per-penerima')
  })
})
