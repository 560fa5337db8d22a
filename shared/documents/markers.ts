import type { ListItem, ListStyle } from './layout'

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** "a.", "b.", ... "z.", "aa.": the marker of the n-th item (0-based) of a Menimbang-style list. */
export function alphaMarker(index: number): string {
  let n = index
  let s = ''
  do {
    s = (letters[n % 26] ?? 'a') + s
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return `${s}.`
}

export function listMarker(style: ListStyle, item: ListItem, index: number): string {
  if (style === 'alpha') return alphaMarker(index)
  if (style === 'decimal') return `${index + 1}.`
  return item.label ?? ''
}

const units = ['', 'SATU', 'DUA', 'TIGA', 'EMPAT', 'LIMA', 'ENAM', 'TUJUH', 'DELAPAN', 'SEMBILAN'] as const

function spell(n: number): string {
  if (n < 10) return units[n] ?? ''
  if (n === 10) return 'SEPULUH'
  if (n === 11) return 'SEBELAS'
  if (n < 20) return `${units[n - 10] ?? ''} BELAS`
  const tens = Math.floor(n / 10)
  const rest = n % 10
  const head = tens === 1 ? 'SEPULUH' : `${units[tens] ?? ''} PULUH`
  return rest === 0 ? head : `${head} ${units[rest] ?? ''}`
}

/**
 * Article words of a Keputusan: KESATU, KEDUA, ... (1-based). Tata naskah writes the first as
 * KESATU; some offices write PERTAMA, hence the option.
 */
export function articleWord(n: number, options: { pertama?: boolean } = {}): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`Nomor diktum tidak valid: ${n}`)
  if (n === 1) return options.pertama ? 'PERTAMA' : 'KESATU'
  return `KE${spell(n)}`
}
