import { expect, test } from 'vitest'
import type { FieldValues, ResolverOptions } from 'react-hook-form'
import { keputusanFormPath, undanganFormPath } from '@shared/meetings'
import { keputusanDraft, undanganDraft } from '@shared/model'
import { mappedResolver } from '@renderer/ui/model-form'

const options = <V extends FieldValues>(): ResolverOptions<V> => ({ fields: {}, shouldUseNativeValidation: false })

test('a draft’s messages come back nested under the form’s own field names', async () => {
  type Form = { tembusanText: string; hal: string }
  const draft = { date: '2019-12-17', sifat: 'Biasa', lampiran: '', mode: 'daftar-terlampir', opening: 'Dengan hormat', closing: 'Terima kasih', code: 'SKR', signer: { signerId: '', useSignatureImage: false, useStamp: false } }
  const resolver = mappedResolver<Form, unknown>(undanganDraft, (v) => ({ ...draft, hal: v.hal, tembusan: v.tembusanText.split('\n') }), undanganFormPath)
  const r = await resolver({ tembusanText: 'x'.repeat(501), hal: ' ' }, undefined, options<Form>())
  expect(r.errors.hal?.message).toBe('Hal wajib diisi')
  expect(r.errors.tembusanText?.message).toBe('Paling banyak 500 karakter')
  const ok = await resolver({ tembusanText: 'Gubernur Sumatera Barat', hal: 'Undangan' }, undefined, options<Form>())
  expect(ok.errors).toEqual({})
})

test('a Keputusan line’s message lands on its row, a list’s on the list, and text no font prints is refused', async () => {
  type Line = { text: string }
  type Form = { menimbang: Line[]; articles: Line[]; place: string }
  const rest = { date: '2019-12-16', subject: 'Panitia', mengingat: ['Perpres 99/2017'], articleStyle: 'KESATU', closing: 'Berlaku', kop: true, code: 'KEP', signer: { signerId: '', useSignatureImage: false, useStamp: false } }
  const texts = (l: Line[]) => l.map((x) => x.text.trim()).filter(Boolean)
  const resolver = mappedResolver<Form, unknown>(keputusanDraft, (v) => ({ ...rest, place: v.place, menimbang: texts(v.menimbang), articles: texts(v.articles) }), keputusanFormPath)
  const r = await resolver({ menimbang: [{ text: '' }, { text: 'bahwa \u0007' }], articles: [], place: 'Padang' }, undefined, options<Form>())
  expect(r.errors.menimbang?.[1]?.text?.message).toMatch(/tidak dapat dicetak|tidak bisa dicetak|karakter/)
  expect(r.errors.articles?.message).toBe('Isi minimal satu diktum')
})
