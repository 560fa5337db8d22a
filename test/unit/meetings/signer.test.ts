import { describe, expect, test } from 'vitest'
import { defaultUndanganDraft, resolveSigner } from '@shared/meetings'
import { ketuaSigner } from '@shared/model'

const profile = {
  officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat'
}

describe('who signs', () => {
  test('the Ketua signs under her title, her name as the office writes it, no NIP', () => {
    expect(resolveSigner({ ...ketuaSigner, useSignatureImage: true, useStamp: true }, profile)).toEqual({
      titleLines: ['Ketua TP PKK Provinsi Sumatera Barat,'],
      name: 'Ny. Hj. Nevi Irwan Prayitno',
      useSignatureImage: true,
      useStamp: true
    })
  })
  test('the Sekretaris signs a.n. Ketua, and never with the Ketua’s signature image', () => {
    const r = resolveSigner({ role: 'an', ownTitle: 'Sekretaris', name: 'Dra. Hj. Rahmi Syafrida, M.Si', useSignatureImage: true, useStamp: true }, profile)
    expect(r.titleLines).toEqual(['a.n. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT', 'Sekretaris,'])
    expect(r.name).toBe('Dra. Hj. Rahmi Syafrida, M.Si')
    expect(r.useSignatureImage).toBe(false)
  })
  test('an acting chair signs as Plt. Ketua', () => {
    const r = resolveSigner({ role: 'plt', ownTitle: '', name: 'Ny. Hj. Yulia Rahmat', useSignatureImage: false, useStamp: false }, profile)
    expect(r.titleLines).toEqual(['Plt. Ketua TP PKK Provinsi Sumatera Barat,'])
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
