import type { CounterMode } from './types'
import { problem, type NumberingProblem } from './problem'

/** The placeholders a number pattern may use (docs/formats.md "Letter numbers"). */
export const placeholders = ['nomor', 'kode', 'kantor', 'bulan', 'tahun', 'klasifikasi'] as const
export type Placeholder = (typeof placeholders)[number]

export const placeholderLabel: Record<Placeholder, string> = {
  nomor: 'nomor urut (dengan nol di depan dan huruf sisipan)',
  kode: 'kode jenis surat, mis. SKR',
  kantor: 'kode kantor dari Data Kantor, mis. PKK-PROP',
  bulan: 'bulan surat (XII atau 12)',
  tahun: 'tahun surat, mis. 2019',
  klasifikasi: 'kode klasifikasi arsip jenis surat'
}

export type PatternToken = { kind: 'text'; text: string } | { kind: 'placeholder'; name: Placeholder }

export interface PatternCheck {
  ok: boolean
  errors: string[]
  warnings: string[]
  tokens: PatternToken[]
}

const isPlaceholder = (name: string): name is Placeholder => (placeholders as readonly string[]).includes(name)
const list = placeholders.map((p) => `{${p}}`).join(', ')

/**
 * Checks a number pattern. `scope` 'kantor' is the office's pattern, 'jenis' a letter code's own.
 * Errors block saving; warnings are shown beside the field.
 */
export function checkPattern(pattern: string, options: { counterMode: CounterMode; scope: 'kantor' | 'jenis' }): PatternCheck {
  const errors: string[] = []
  const warnings: string[] = []
  const tokens: PatternToken[] = []
  const src = pattern.trim()
  if (src === '') return { ok: false, errors: ['Pola nomor wajib diisi.'], warnings, tokens }

  let buf = ''
  let i = 0
  while (i < src.length) {
    const ch = src[i]
    if (ch === '{') {
      const close = src.indexOf('}', i + 1)
      const nextOpen = src.indexOf('{', i + 1)
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        errors.push(`Kurung kurawal "{" pada posisi ${i + 1} tidak ditutup dengan "}".`)
        buf += ch
        i++
        continue
      }
      const name = src.slice(i + 1, close)
      if (isPlaceholder(name)) {
        if (buf) tokens.push({ kind: 'text', text: buf })
        buf = ''
        tokens.push({ kind: 'placeholder', name })
      } else {
        const lower = name.trim().toLowerCase()
        const hint = isPlaceholder(lower) ? ` Maksudnya {${lower}}? Penanda ditulis dengan huruf kecil tanpa spasi.` : ''
        errors.push(`Penanda {${name}} tidak dikenal.${hint} Penanda yang dapat dipakai: ${list}.`)
      }
      i = close + 1
      continue
    }
    if (ch === '}') {
      errors.push(`Kurung kurawal "}" pada posisi ${i + 1} tidak mempunyai pembuka "{".`)
      i++
      continue
    }
    buf += ch
    i++
  }
  if (buf) tokens.push({ kind: 'text', text: buf })

  const count = (name: Placeholder) => tokens.filter((t) => t.kind === 'placeholder' && t.name === name).length
  if (count('nomor') === 0) errors.push('Pola harus memuat {nomor}, yaitu nomor urut surat.')
  if (count('nomor') > 1) errors.push('{nomor} hanya boleh muncul satu kali dalam pola.')
  // Numbers restart every 1 January, so without the year the same number comes back next year.
  if (count('tahun') === 0) errors.push('Pola harus memuat {tahun}: nomor urut dimulai lagi dari 1 setiap tahun, jadi tanpa tahun nomor akan terulang.')
  if (options.counterMode === 'per-code' && count('kode') === 0) {
    if (options.scope === 'kantor') {
      errors.push('Nomor urut terpisah per jenis surat, jadi pola harus memuat {kode}; tanpa itu nomor 1 KEP dan nomor 1 SKR tertulis sama.')
    } else {
      warnings.push('Pola ini tanpa {kode}: pastikan teks tetapnya membedakan nomor jenis surat ini dari jenis surat lain.')
    }
  }
  if (count('bulan') === 0) warnings.push('Pola tanpa {bulan}: kebanyakan kantor PKK mencantumkan bulan surat.')
  for (const name of placeholders) {
    if (name !== 'nomor' && count(name) > 1) warnings.push(`{${name}} muncul lebih dari satu kali.`)
  }
  return { ok: errors.length === 0, errors, warnings, tokens }
}

export function patternUses(pattern: string, name: Placeholder): boolean {
  return pattern.includes(`{${name}}`)
}

export function patternProblem(errors: string[], whose: string): NumberingProblem {
  return problem('pattern', `Pola nomor ${whose} belum benar: ${errors.join(' ')}`)
}
