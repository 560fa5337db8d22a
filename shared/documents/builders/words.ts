/** Level words that start the region part of an office or title: "... PKK | PROVINSI SUMATERA BARAT". */
const REGION_WORDS = /\s(Provinsi|Kabupaten|Kota|Kecamatan|Desa|Kelurahan)\s/i

/**
 * Splits "Tim Penggerak PKK Provinsi Sumatera Barat" before the region, as kop and
 * signature blocks print it on two lines; short texts stay whole.
 */
export function splitAtRegion(text: string, minLength = 26): string[] {
  const t = text.trim().replace(/\s+/g, ' ')
  if (t.length < minLength) return [t]
  const m = REGION_WORDS.exec(t)
  if (!m || m.index === undefined || m.index < 6) return [t]
  return [t.slice(0, m.index), t.slice(m.index + 1)]
}

/** Words kept in capitals inside a sentence: abbreviations of offices and regions, Roman numerals. */
const ACRONYMS = new Set([
  'PKK', 'TP', 'TP-PKK', 'RI', 'NKRI', 'DKI', 'DIY', 'NTB', 'NTT', 'OPD', 'DPRD', 'DPR', 'BKKBN', 'KB', 'UMKM', 'BUMN', 'BUMD', 'RT', 'RW',
  'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'
])
/** Small words written in lower case after the first word of a name ("Dinas Koperasi dan Usaha Kecil"). */
const SMALL = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'serta', 'atau', 'pada'])

const isCaps = (w: string) => /\p{Lu}/u.test(w) && w === w.toLocaleUpperCase('id-ID')

function titleWord(word: string, first: boolean): string {
  // "PKK-PROP" style words and words with digits are codes: kept.
  if (ACRONYMS.has(word) || /\d/.test(word)) return word
  const lower = word.toLocaleLowerCase('id-ID')
  if (!first && SMALL.has(lower)) return lower
  return lower.replace(/(^|[-/(])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('id-ID'))
}

/**
 * A name or title as a sentence writes it (docs/formats.md "Capitals"): a run of two or more words typed in
 * capitals ("Ketua TIM PENGGERAK PKK PROVINSI SUMATERA BARAT") becomes "Ketua Tim Penggerak PKK Provinsi
 * Sumatera Barat"; abbreviations (PKK, DPRD, Roman numerals) stay in capitals; a lone capitalised word
 * ("Dinas PUPR") and text in mixed case are kept as typed.
 */
export function inSentence(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const out = [...words]
  let i = 0
  while (i < words.length) {
    if (!isCaps(words[i] ?? '')) {
      i++
      continue
    }
    let j = i
    while (j < words.length && isCaps(words[j] ?? '')) j++
    const run = words.slice(i, j)
    if (run.length >= 2 && run.some((w) => !ACRONYMS.has(w))) {
      run.forEach((w, k) => (out[i + k] = titleWord(w, i + k === 0)))
    }
    i = j
  }
  return out.join(' ')
}
