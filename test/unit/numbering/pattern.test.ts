import { describe, expect, test } from 'vitest'
import { DEFAULT_PATTERN } from '@shared/model'
import { checkPattern } from '@shared/numbering'

const office = (p: string, counterMode: 'per-code' | 'shared' = 'per-code') => checkPattern(p, { counterMode, scope: 'kantor' })

describe('checking a number pattern', () => {
  test('the default pattern is fine', () => {
    const r = office(DEFAULT_PATTERN)
    expect(r.ok).toBe(true)
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual([])
  })
  test('a pattern without {nomor} is refused', () => {
    const r = office('{kode}/{kantor}/{bulan}/{tahun}')
    expect(r.ok).toBe(false)
    expect(r.errors).toContain('Pola harus memuat {nomor}, yaitu nomor urut surat.')
  })
  test('an unknown placeholder is named, with the list of known ones', () => {
    const r = office('{nomer}/{kode}/{kantor}/{bulan}/{tahun}')
    expect(r.ok).toBe(false)
    expect(r.errors[0]).toBe(
      'Penanda {nomer} tidak dikenal. Penanda yang dapat dipakai: {nomor}, {kode}, {kantor}, {bulan}, {tahun}, {klasifikasi}.'
    )
  })
  test('a capitalised placeholder gets a hint', () => {
    expect(office('{Nomor}/{kode}/{tahun}').errors[0]).toContain('Maksudnya {nomor}?')
  })
  test('unbalanced braces are reported with their position', () => {
    expect(office('{nomor/{kode}/{tahun}').errors[0]).toBe('Kurung kurawal "{" pada posisi 1 tidak ditutup dengan "}".')
    expect(office('{nomor}}/{kode}/{tahun}').errors[0]).toBe('Kurung kurawal "}" pada posisi 8 tidak mempunyai pembuka "{".')
  })
  test('{nomor} twice is refused', () => {
    expect(office('{nomor}/{kode}/{nomor}/{tahun}').errors).toContain('{nomor} hanya boleh muncul satu kali dalam pola.')
  })
  test('without {tahun} the numbers of next year would repeat', () => {
    expect(office('{nomor}/{kode}/{kantor}/{bulan}').ok).toBe(false)
  })
  test('with one counter per code, the office pattern needs {kode}; with one shared counter it does not', () => {
    expect(office('{nomor}/{kantor}/{bulan}/{tahun}').ok).toBe(false)
    expect(office('{nomor}/{kantor}/{bulan}/{tahun}', 'shared').ok).toBe(true)
    const own = checkPattern('KEP-{nomor}/{kantor}/{tahun}', { counterMode: 'per-code', scope: 'jenis' })
    expect(own.ok).toBe(true)
    expect(own.warnings[0]).toContain('tanpa {kode}')
  })
  test('a pattern without the month is allowed with a warning', () => {
    const r = office('{nomor}/{kode}/{kantor}/{tahun}')
    expect(r.ok).toBe(true)
    expect(r.warnings[0]).toContain('{bulan}')
  })
  test('an empty pattern is refused', () => {
    expect(office('  ').errors).toEqual(['Pola nomor wajib diisi.'])
  })
})
