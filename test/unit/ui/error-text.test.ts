import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { errorText, UNKNOWN_NEXT_STEP } from '@renderer/ui/error-text'

describe('the one error text', () => {
  test("Electron's remote-method prefix is left out, with or without the error's class name", () => {
    expect(errorText(new Error("Error invoking remote method 'pkk:backup:write': Error: Folder cadangan tidak dapat ditulis."))).toBe('Folder cadangan tidak dapat ditulis.')
    expect(errorText(new Error("Error invoking remote method 'pkk:sign': RangeError: Sertifikat sudah kedaluwarsa."))).toBe('Sertifikat sudah kedaluwarsa.')
  })
  test("zod's issues become their messages, without paths", () => {
    const r = z.object({ name: z.string().min(1, 'Nama wajib diisi'), code: z.string().min(1, 'Kode wajib diisi') }).safeParse({ name: '', code: '' })
    expect(r.success).toBe(false)
    expect(errorText(r.error)).toBe('Nama wajib diisi; Kode wajib diisi')
  })
  test("the app's own Indonesian messages are kept as they are", () => {
    expect(errorText(new Error('Nomor 22/KEP/PKK-PROP/XII/2019 sudah dipakai.'))).toBe('Nomor 22/KEP/PKK-PROP/XII/2019 sudah dipakai.')
    expect(errorText('Berkas bukan cadangan Sekretariat PKK.')).toBe('Berkas bukan cadangan Sekretariat PKK.')
  })
  test("the computer's English causes are said in Indonesian with what to do", () => {
    expect(errorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toMatch(/^Ruang penyimpanan komputer penuh\. Kosongkan ruang disk/)
    expect(errorText(new Error("Error invoking remote method 'pkk:file:save': Error: EBUSY: resource busy or locked, open 'C:\\Undangan.docx'"))).toMatch(
      /Tutup program itu, lalu coba lagi\.$/
    )
    expect(errorText(new Error('EACCES: permission denied, open /media/usb/a.pdf'))).toMatch(/Pilih folder lain/)
  })
  test('an error with nothing to say still tells her what to do', () => {
    expect(errorText(undefined)).toBe(`Terjadi kesalahan yang tidak dikenal. ${UNKNOWN_NEXT_STEP}`)
    expect(errorText(new Error(''))).toBe(`Terjadi kesalahan yang tidak dikenal. ${UNKNOWN_NEXT_STEP}`)
    expect(errorText({ weird: true })).toBe(`Terjadi kesalahan yang tidak dikenal. ${UNKNOWN_NEXT_STEP}`)
  })
  test('the next step a caller knows is appended after one full stop', () => {
    expect(errorText(new Error('Folder cadangan tidak dapat ditulis'), 'Pilih folder lain di Pengaturan.')).toBe('Folder cadangan tidak dapat ditulis. Pilih folder lain di Pengaturan.')
    expect(errorText(new Error('Folder cadangan tidak dapat ditulis.'), 'Pilih folder lain di Pengaturan.')).toBe('Folder cadangan tidak dapat ditulis. Pilih folder lain di Pengaturan.')
  })
})
