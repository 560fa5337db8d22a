const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas']

/** A whole number in Indonesian words, as letters write counts: 32 "tiga puluh dua", 112 "seratus dua belas". */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Bilangan tidak didukung: ${n}`)
  if (n < 12) return ONES[n] ?? String(n)
  if (n < 20) return `${ONES[n - 10] ?? ''} belas`
  if (n < 100) return join(`${ONES[Math.floor(n / 10)] ?? ''} puluh`, n % 10)
  if (n < 200) return join('seratus', n - 100)
  if (n < 1000) return join(`${ONES[Math.floor(n / 100)] ?? ''} ratus`, n % 100)
  if (n < 2000) return join('seribu', n - 1000)
  if (n < 1_000_000) return join(`${numberWords(Math.floor(n / 1000))} ribu`, n % 1000)
  throw new RangeError(`Bilangan terlalu besar: ${n}`)
}

function join(head: string, rest: number): string {
  return rest === 0 ? head : `${head} ${numberWords(rest)}`
}

/** "Lampiran" of a letter: "2 (dua) lembar" for what is attached, "-" when nothing is. */
export function sheetsLabel(sheets: number): string {
  return sheets > 0 ? `${sheets} (${numberWords(sheets)}) lembar` : '-'
}
