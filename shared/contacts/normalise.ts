/**
 * Keys for comparing what the secretary typed, never for display: the name as written
 * ("Ny. Hj. Nevi Irwan Prayitno") is always what is stored and printed.
 */

// Apostrophe look-alikes: Excel and Word turn ' into ’, so "Ni'mah" and "Ni’mah" must meet.
const APOSTROPHES = /['’‘`ʼ´]/g
const COMBINING_MARKS = /\p{M}+/gu
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu

/** Lower case, no diacritics, no apostrophes, punctuation as spaces, single spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim()
}

/**
 * Forms of address and titles written before a name in Indonesian letters
 * (Ny., Hj., H., Dr., Drs., Dra., Ir., Prof., K.H., Bapak/Ibu ...). Compared after folding,
 * so "Hj." and "HJ" are the same token.
 */
const PREFIX_TITLES = new Set([
  'ny', 'nyonya', 'nn', 'nona', 'tn', 'tuan', 'sdr', 'sdri', 'sdra', 'saudara', 'saudari',
  'bpk', 'bp', 'bapak', 'pak', 'ibu', 'bu', 'yth',
  'h', 'hj', 'haji', 'hajjah', 'hajah', 'kh', 'k', 'ust', 'ustadz', 'ustazah', 'ustadzah',
  'dr', 'drg', 'drh', 'drs', 'dra', 'ir', 'prof', 'apt', 'ns'
])

// An academic degree after a comma: S.Pd, M.Si, S.H., MM, Ph.D, S.Kom., A.Md.Keb, M.Kes.
const DEGREE = /^(?:[A-Za-z]{1,4}\.?\s?){1,4}$/

function looksLikeDegree(part: string): boolean {
  // "Nevi" fits the shape too; a degree has a dot (S.Pd) or is written in capitals (SH, MM, MBA).
  return DEGREE.test(part) && (part.includes('.') || /^[A-Z]{2,5}$/.test(part))
}

/** Drops ", S.Pd., M.Si" and the like from the end of a name; anything else after a comma stays. */
export function stripDegrees(name: string): string {
  const parts = name.split(',')
  let keep = parts.length
  while (keep > 1) {
    const tail = (parts[keep - 1] ?? '').trim()
    if (tail === '' || looksLikeDegree(tail)) keep--
    else break
  }
  return parts.slice(0, keep).join(',')
}

/**
 * The key two people's names are compared by: "Ny. Hj. Nevi Irwan Prayitno",
 * "nevi  irwan prayitno" and "NEVI IRWAN PRAYITNO, S.Pd" give the same key.
 * Titles are only removed from the front, and never the last word that is left.
 */
export function personNameKey(name: string): string {
  const tokens = foldText(stripDegrees(name)).split(' ').filter(Boolean)
  let start = 0
  while (start < tokens.length - 1 && PREFIX_TITLES.has(tokens[start] ?? '')) start++
  return tokens.slice(start).join(' ')
}

/** "Tim Penggerak PKK Kab. Agam" and "TP-PKK Kab Agam" are one organisation. */
export function organisationNameKey(name: string): string {
  return foldText(name).replace(/\btim penggerak\b/g, 'tp').replace(/\s+/g, ' ').trim()
}

/**
 * Digits of a phone number as dialled inside Indonesia: "+62 812-3456-789", "0812 3456 789"
 * and "812 3456 789" (Excel dropped the 0) are the same line. Too short to tell: empty.
 */
export function phoneKey(phone: string): string {
  let digits = phone.replace(/\D/g, '')
  if (digits.startsWith('62')) digits = `0${digits.slice(2)}`
  else if (digits.length > 0 && !digits.startsWith('0')) digits = `0${digits}`
  return digits.length >= 7 ? digits : ''
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}
