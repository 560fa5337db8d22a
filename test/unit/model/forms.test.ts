import { describe, expect, test } from 'vitest'
import { moveToNumberFields, filledLineIndex, keputusanFormPath, meetingStepOfDocument, undanganFormPath } from '@shared/meetings'
import {
  cancelLetterFields,
  legalBasisInput,
  OTHER_ROLE_TITLE,
  p12ImportFields,
  roleFormPath,
  roleFromForm,
  roleInput,
  selfSignedFields,
  signPdfFields,
  type RoleFormFields
} from '@shared/model'
import { letterCodeForm } from '@shared/numbering'

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`)

describe('the schemas of the forms that were checked by hand', () => {
  test('a cancelled number needs its reason, at most 500 characters', () => {
    expect(messages(cancelLetterFields.safeParse({ reason: '   ' }))).toEqual(['reason: Alasan pembatalan wajib diisi'])
    expect(messages(cancelLetterFields.safeParse({ reason: 'x'.repeat(501) }))).toEqual(['reason: Alasan pembatalan paling banyak 500 karakter'])
    expect(cancelLetterFields.parse({ reason: ' Acara ditunda ' })).toEqual({ reason: 'Acara ditunda' })
  })

  test('a letter code: code and name wanted; its own pattern by the pattern rules of the counter mode', () => {
    const perCode = letterCodeForm('per-code')
    expect(messages(perCode.safeParse({ code: '', name: '', pattern: '', classification: '' }))).toEqual(['code: Kode wajib diisi', 'name: Nama jenis surat wajib diisi'])
    expect(perCode.safeParse({ code: 'PKJ-3', name: 'Surat Pokja III', pattern: '', classification: '' }).success).toBe(true)
    const bad = messages(perCode.safeParse({ code: 'PKJ-3', name: 'Surat Pokja III', pattern: '{kode}/{tahun}', classification: '' }))
    expect(bad.length).toBeGreaterThan(0)
    expect(bad.every((m) => m.startsWith('pattern: '))).toBe(true)
    expect(perCode.safeParse({ code: 'PKJ-3', name: 'Surat Pokja III', pattern: '{nomor}/{kode}/{tahun}', classification: '' }).success).toBe(true)
  })

  test('a legal basis added: its text, and auto or one of the two places', () => {
    expect(messages(legalBasisInput.safeParse({ text: ' ', kind: 'auto' }))).toEqual(['text: Dasar hukum wajib diisi'])
    expect(legalBasisInput.safeParse({ text: 'Pergub 5/2019', kind: 'memperhatikan' }).success).toBe(true)
    expect(legalBasisInput.safeParse({ text: 'Pergub 5/2019', kind: 'lain' }).success).toBe(false)
  })

  test('the certificate forms say what is missing on the field that misses it', () => {
    expect(messages(p12ImportFields.safeParse({ file: null, password: '' }))).toEqual(['file: Pilih berkas sertifikat (.p12 atau .pfx)', 'password: Isi kata sandi berkas sertifikat'])
    expect(p12ImportFields.safeParse({ file: { name: 'kantor.p12', bytes: new Uint8Array([1]) }, password: 'x' }).success).toBe(true)
    const typed = { name: 'Ny. Hj. Nevi Irwan Prayitno', organisation: 'TP PKK', password: 'sandi-ketua-2019', again: 'sandi-ketua-2019' }
    expect(selfSignedFields.safeParse(typed).success).toBe(true)
    expect(messages(selfSignedFields.safeParse({ ...typed, again: 'sandi-ketua-2018' }))).toEqual(['again: Kedua kata sandi tidak sama; ketik ulang yang kedua'])
    expect(messages(selfSignedFields.safeParse({ ...typed, password: 'pendek', again: 'pendek' }))).toEqual(['password: Kata sandi paling sedikit 8 karakter'])
    expect(messages(signPdfFields.safeParse({ certificateId: '', password: '' }))).toEqual(['certificateId: Pilih sertifikat', 'password: Isi kata sandi sertifikat'])
  })

  test('"Pindah ke nomor": a number from 1 to the length of the list', () => {
    const schema = moveToNumberFields(65)
    expect(messages(schema.safeParse({ number: '66' }))).toEqual(['number: Nomor harus 1 sampai 65.'])
    expect(messages(schema.safeParse({ number: 'dua' }))).toEqual(['number: Isi nomor dengan angka 1 sampai 65.'])
    expect(schema.safeParse({ number: ' 2 ' }).success).toBe(true)
  })
})

describe('a role typed in the Keputusan step', () => {
  const base: RoleFormFields = { group: 'panitia', name: 'Dra. Hj. Asmiati Rasyid', position: 'Wakil Ketua II', titleChoice: 'Ketua', titleOther: '', topic: 'tidak dicetak' }
  test('the committee title comes from the list or from what is typed; only a speaker keeps a topic', () => {
    expect(roleFromForm(base)).toEqual({ group: 'panitia', roleTitle: 'Ketua', name: base.name, position: base.position, topic: '' })
    expect(roleFromForm({ ...base, titleChoice: OTHER_ROLE_TITLE, titleOther: 'Seksi Acara' }).roleTitle).toBe('Seksi Acara')
    expect(roleFromForm({ ...base, group: 'narasumber', personId: 'p1' })).toEqual({ group: 'narasumber', roleTitle: '', name: base.name, position: base.position, topic: 'tidak dicetak', personId: 'p1' })
  })
  test('a missing title is said on the typed-title field, a missing name on the name', () => {
    const r = roleInput.safeParse(roleFromForm({ ...base, name: ' ', titleChoice: OTHER_ROLE_TITLE, titleOther: '' }))
    expect(r.success).toBe(false)
    const paths = r.success ? [] : r.error.issues.map((i) => roleFormPath(i.path))
    expect(paths).toContain('name')
    const title = roleInput.safeParse(roleFromForm({ ...base, titleChoice: OTHER_ROLE_TITLE, titleOther: '' }))
    expect(title.success ? [] : title.error.issues.map((i) => roleFormPath(i.path))).toEqual(['titleOther'])
  })
})

describe('where a draft’s message shows in its form', () => {
  test('the Undangan’s tembusan is one textarea', () => {
    expect(undanganFormPath(['tembusan', 3])).toBe('tembusanText')
    expect(undanganFormPath(['hal'])).toBe('hal')
    expect(undanganFormPath(['signer', 'signerId'])).toBe('signer.signerId')
  })
  test('a Menimbang or an article goes to its own row, counting only the filled rows the draft keeps', () => {
    const form = { menimbang: [{ text: 'bahwa a' }, { text: '  ' }, { text: 'bahwa c' }], articles: [{ text: '' }, { text: 'Menunjuk' }] }
    expect(filledLineIndex(form.menimbang, 1)).toBe(2)
    expect(filledLineIndex(form.menimbang, 2)).toBe(-1)
    expect(keputusanFormPath(['menimbang', 1], form)).toBe('menimbang.2.text')
    expect(keputusanFormPath(['articles', 0], form)).toBe('articles.1.text')
    expect(keputusanFormPath(['menimbang'], form)).toBe('menimbang')
    expect(keputusanFormPath(['articles', 5], form)).toBe('articles')
    expect(keputusanFormPath(['mengingat', 2], form)).toBe('mengingatOwn')
    expect(keputusanFormPath(['memperhatikan'], form)).toBe('memperhatikanOwn')
    expect(keputusanFormPath(['place'], form)).toBe('place')
  })
})

test('a letter of the register opens its meeting at the step that holds it', () => {
  expect(meetingStepOfDocument('undangan')).toBe('undangan')
  expect(meetingStepOfDocument('keputusan')).toBe('keputusan')
  expect(meetingStepOfDocument('daftar-hadir')).toBe('daftar-hadir')
  expect(meetingStepOfDocument('notulen')).toBe('notulen')
  expect(meetingStepOfDocument('kesimpulan')).toBe('notulen')
  expect(meetingStepOfDocument('')).toBe('data')
})
