import { describe, expect, test } from 'vitest'
import { signerTitleLines } from '@shared/documents/builders/signature'
import { chairIdOn, defaultCertifier, defaultUndanganDraft, documentSigner, pinSigner, resolveSigner, signerOptions, signerProblem, type ProfileForSigner } from '@shared/meetings'
import {
  KETUA_SIGNER_ID,
  ketuaSigner,
  meetingDocument,
  officeProfile,
  stripActingPrefix,
  undanganDraft,
  withActingPrefix,
  type OfficeSigner,
  type SignerChoice
} from '@shared/model'

const png = { mime: 'image/png' as const, name: 'ttd.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }
const pjInk = { mime: 'image/png' as const, name: 'ttd-pj.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]) }
const wakilInk = { mime: 'image/png' as const, name: 'ttd-wakil.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 2]) }

const pj: OfficeSigner = { id: 'pj-1', kind: 'pj', name: 'Ny. Hj. Rahmi Yusuf', title: 'Ketua TP PKK Provinsi Sumatera Barat', from: '2019-12-01', to: '2020-03-31', signature: pjInk }
const wakil: OfficeSigner = { id: 'wakil', kind: 'an', name: 'Ny. Hj. Yusnidar Nasrullah', title: 'Wakil Ketua', from: '', to: '', signature: wakilInk }
const sekretaris: OfficeSigner = { id: 'sekr', kind: 'an', name: 'Dra. Hj. Rahmi Syafrida, M.Si', title: 'Sekretaris', from: '', to: '' }

const profile: ProfileForSigner = {
  officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  ketuaSignature: png,
  stamp: { ...png, name: 'stempel.png' },
  signers: [pj, wakil, sekretaris]
}
const all: SignerChoice = { signerId: '', useSignatureImage: true, useStamp: true }
const lines = (p: ProfileForSigner, c: SignerChoice, date: string) => signerTitleLines(documentSigner(p, c, date)).join(' ')

describe('who serves on a date', () => {
  test('the Pj. while her dates cover the document, the Ketua definitif before and after', () => {
    expect(chairIdOn(profile, '2019-11-30')).toBe(KETUA_SIGNER_ID)
    expect(chairIdOn(profile, '2019-12-01')).toBe('pj-1')
    expect(chairIdOn(profile, '2020-03-31')).toBe('pj-1')
    expect(chairIdOn(profile, '2020-04-01')).toBe(KETUA_SIGNER_ID)
    expect(chairIdOn({ ...profile, signers: [{ ...pj, to: '' }] }, '2031-01-01')).toBe('pj-1')
  })
  test('the picker lists the Ketua first, then the office signers with their printed titles and who serves', () => {
    expect(signerOptions(profile, '2019-12-17').map((o) => [o.id, o.title, o.serves])).toEqual([
      ['ketua', 'Ketua TP PKK Provinsi Sumatera Barat', false],
      ['pj-1', 'Pj. Ketua TP PKK Provinsi Sumatera Barat', true],
      ['wakil', 'Wakil Ketua', true],
      ['sekr', 'Sekretaris', true]
    ])
  })
  test('a document with no choice is signed by whoever serves on its date, under her own name, title and image', () => {
    const s = resolveSigner(profile, all, '2019-12-17')
    expect(s?.block).toEqual({ title: 'Pj. Ketua TP PKK Provinsi Sumatera Barat', name: 'Ny. Hj. Rahmi Yusuf', signatureImage: pjInk, stampImage: profile.stamp })
    expect(resolveSigner(profile, all, '2020-05-01')?.block.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
  })
  test('issuing writes the person then serving into the draft, so a later change of the list does not change who signed', () => {
    expect(pinSigner(profile, all, '2019-12-17')).toEqual({ signerId: 'pj-1', useSignatureImage: true, useStamp: true })
    expect(pinSigner(profile, all, '2020-05-01').signerId).toBe(KETUA_SIGNER_ID)
    expect(pinSigner(profile, { ...all, signerId: 'wakil' }, '2019-12-17').signerId).toBe('wakil')
  })
})

describe('no prefix is ever written twice', () => {
  const typed = ['Pj. Ketua TP PKK Kabupaten Agam', 'PJ. Ketua TP PKK Kabupaten Agam', 'pj Ketua TP PKK Kabupaten Agam', 'Pj.Ketua TP PKK Kabupaten Agam', 'Ketua TP PKK Kabupaten Agam', '  Pj.  Pj. Ketua TP PKK Kabupaten Agam']
  test.each(typed)('Pj. with the title %j', (title) => {
    expect(withActingPrefix('Pj.', title)).toBe('Pj. Ketua TP PKK Kabupaten Agam')
  })
  test.each([
    ['plt', 'Plt.', 'PLT Ketua TP PKK Kota Padang'],
    ['plt', 'Plt.', 'plt. Ketua TP PKK Kota Padang'],
    ['plh', 'Plh.', 'Plh. Ketua TP PKK Kota Padang'],
    ['plh', 'Plh.', 'PLH Ketua TP PKK Kota Padang'],
    ['pj', 'Pj.', 'Plt. Ketua TP PKK Kota Padang']
  ] as const)('a %s chair (printed %s) whose title is typed %j', (kind, prefix, title) => {
    const p = { ...profile, signers: [{ ...pj, kind, title }] }
    const printed = lines(p, { ...all, signerId: 'pj-1' }, '2019-12-17')
    expect(printed).toBe(`${prefix} Ketua TP PKK Kota Padang,`)
  })
  test('an acting chair with no title of her own prints the profile’s title, even when the profile already says Pj.', () => {
    const p = { ...profile, ketuaTitle: 'Pj. Ketua TP PKK Kabupaten Agam', signers: [{ ...pj, title: ' ' }] }
    const printed = signerTitleLines(resolveSigner({ ...p, signers: [{ ...pj, title: '' }] }, { ...all, signerId: 'pj-1' }, '2019-12-17')?.block ?? { title: '', name: '' })
    expect(printed.join(' ')).toBe('Pj. Ketua TP PKK Kabupaten Agam,')
  })
  test.each(['a.n. Wakil Ketua', 'A.N. Wakil Ketua', 'a.n Wakil Ketua', 'an. Wakil Ketua', 'Wakil Ketua'])('a.n. with the own title %j', (title) => {
    const p = { ...profile, signers: [{ ...wakil, title }] }
    expect(lines(p, { ...all, signerId: 'wakil' }, '2020-05-01')).toBe('a.n. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT Wakil Ketua,')
  })
  test('signing a.n. while a Pj. serves: a.n. Pj. Ketua, once each', () => {
    expect(lines(profile, { ...all, signerId: 'wakil' }, '2019-12-17')).toBe('a.n. PJ. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT Wakil Ketua,')
  })
  test('the Daftar Hadir’s certifier is the Sekretaris of the office, whatever acting title the profile holds', () => {
    expect(defaultCertifier({ ketuaTitle: 'Pj. Ketua TP PKK Kabupaten Agam', sekretarisName: 'Dra. Rahmi' })).toEqual({ title: 'Sekretaris TP PKK Kabupaten Agam', name: 'Dra. Rahmi' })
    expect(defaultCertifier({ ketuaTitle: 'Ketua TP PKK Kabupaten Agam', sekretarisName: '' }).title).toBe('Sekretaris TP PKK Kabupaten Agam')
  })
  test('the old acting field of the document builder does not double a prefix either', () => {
    expect(signerTitleLines({ title: 'Pj. Ketua TP PKK Kabupaten Agam', name: 'X', acting: 'Pj.' }).join(' ')).toBe('Pj. Ketua TP PKK Kabupaten Agam,')
    expect(stripActingPrefix('Pjs Ketua')).toBe('Pjs Ketua')
  })
})

describe('a signature image goes only under the name of the person it belongs to', () => {
  test('the Ketua signs with her own image and the stamp', () => {
    const s = resolveSigner(profile, { ...ketuaSigner, useSignatureImage: true, useStamp: true }, '2019-12-17')
    expect(s?.block).toEqual({ title: 'Ketua TP PKK Provinsi Sumatera Barat', name: 'Ny. Hj. Nevi Irwan Prayitno', signatureImage: png, stampImage: profile.stamp })
  })
  test('a Pj. signs with her own image, never the Ketua’s; with none of her own, with none', () => {
    expect(resolveSigner(profile, { ...all, signerId: 'pj-1' }, '2019-12-17')?.block.signatureImage).toBe(pjInk)
    const noInk = { ...profile, signers: [{ ...pj, signature: undefined }] }
    expect(resolveSigner(noInk, { ...all, signerId: 'pj-1' }, '2019-12-17')?.block.signatureImage).toBeUndefined()
  })
  test('a.n. signers likewise; unticked, nobody’s image', () => {
    expect(resolveSigner(profile, { ...all, signerId: 'wakil' }, '2019-12-17')?.block.signatureImage).toBe(wakilInk)
    expect(resolveSigner(profile, { ...all, signerId: 'sekr' }, '2019-12-17')?.block.signatureImage).toBeUndefined()
    expect(resolveSigner(profile, { ...all, signerId: 'pj-1', useSignatureImage: false }, '2019-12-17')?.block.signatureImage).toBeUndefined()
  })
})

describe('a document that names nobody cannot be issued', () => {
  test('the office has no Ketua and no signer', () => {
    const empty = { ...profile, ketuaName: '', signers: [] }
    expect(signerProblem(empty, all, '2019-12-17')).toBe('Belum ada penandatangan. Pilih penandatangan, atau tambahkan di Pengaturan › Penandatangan.')
    expect(resolveSigner(empty, all, '2019-12-17')).toBeNull()
    expect(signerProblem(empty, ketuaSigner, '2019-12-17')).not.toBeNull()
  })
  test('the chosen signer was deleted from Pengaturan', () => {
    expect(signerProblem(profile, { ...all, signerId: 'gone' }, '2019-12-17')).toMatch(/sudah tidak ada di Pengaturan/)
  })
  test('an acting chair outside her dates', () => {
    expect(signerProblem(profile, { ...all, signerId: 'pj-1' }, '2020-04-02')).toBe(
      'Ny. Hj. Rahmi Yusuf menjabat Pj. Ketua mulai 1 Desember 2019 sampai 31 Maret 2020, tidak pada tanggal 2 April 2020. Pilih penandatangan lain atau ubah tanggal.'
    )
  })
  test('anyone named and serving can', () => {
    for (const signerId of ['', 'ketua', 'pj-1', 'wakil', 'sekr']) expect(signerProblem(profile, { ...all, signerId }, '2019-12-17')).toBeNull()
  })
  test('an old draft whose Pj. had no name (the measured bug) is not issued under an empty name', () => {
    const old = undanganDraft.shape.signer.parse({ role: 'pj', ownTitle: '', name: '', useSignatureImage: true, useStamp: false })
    const noActing = { ...profile, ketuaName: '', signers: [] }
    expect(signerProblem(noActing, old, '2019-12-17')).not.toBeNull()
    expect(documentSigner(noActing, old, '2019-12-17').name).toBe('')
  })
})

describe('drafts written before the office kept its signers still read', () => {
  const base = { id: 'd', meetingId: 'm', kind: 'undangan', createdAt: 'x', updatedAt: 'x' }
  const draft = { date: '2019-12-17', sifat: 'Biasa', lampiran: '', hal: 'Undangan', mode: 'per-penerima', opening: 'a', closing: 'b', tembusan: [], code: 'SKR' }
  test('the Ketua stays the Ketua', () => {
    const d = meetingDocument.parse({ ...base, undangan: { ...draft, signer: { role: 'ketua', ownTitle: '', name: '', useSignatureImage: true, useStamp: true } } })
    expect(d.undangan?.signer).toEqual({ signerId: 'ketua', useSignatureImage: true, useStamp: true })
  })
  test('a typed-in Pj. prints her name with Pj. once, without the Ketua’s image; the office signer of that name when Pengaturan has her', () => {
    const d = meetingDocument.parse({ ...base, undangan: { ...draft, signer: { role: 'pj', ownTitle: '', name: 'Ny. Hj. Rahmi Yusuf', useSignatureImage: true, useStamp: false } } })
    const choice = d.undangan?.signer ?? all
    expect(choice).toMatchObject({ signerId: '', legacy: { role: 'pj', name: 'Ny. Hj. Rahmi Yusuf' } })
    const without = { ...profile, ketuaTitle: 'Pj. Ketua TP PKK Provinsi Sumatera Barat', signers: [] }
    expect(documentSigner(without, choice, '2019-12-17')).toEqual({ title: 'Pj. Ketua TP PKK Provinsi Sumatera Barat', name: 'Ny. Hj. Rahmi Yusuf' })
    expect(documentSigner(profile, choice, '2019-12-17').signatureImage).toBe(pjInk)
  })
  test('an office profile without signers validates, with signers bounded', () => {
    const p = { ...profile, id: 'office', level: 'provinsi', regionName: 'Sumatera Barat', address: 'Jl', phone: '', email: '', website: '', sekretarisName: '', placeName: 'Padang', officeCode: 'PKK-PROP', paper: 'F4', timeZone: 'WIB', updatedAt: 'x' }
    expect(officeProfile.safeParse({ ...p, signers: undefined }).success).toBe(true)
    expect(officeProfile.safeParse(p).success).toBe(true)
    expect(officeProfile.safeParse({ ...p, signers: Array.from({ length: 21 }, (_, i) => ({ ...sekretaris, id: `s${i}` })) }).success).toBe(false)
    expect(officeProfile.safeParse({ ...p, signers: [sekretaris, sekretaris] }).success).toBe(false)
    expect(officeProfile.safeParse({ ...p, signers: [{ ...pj, from: '2020-01-01', to: '2019-01-01' }] }).success).toBe(false)
    expect(officeProfile.safeParse({ ...p, signers: [{ ...pj, name: '' }] }).success).toBe(false)
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
