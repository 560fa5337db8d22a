/**
 * Which numbers become a WhatsApp link. Only Indonesian mobile numbers, written as offices write them
 * (0812-3456-7890, +62 812 3456 7890, 62812...), become the 62 form wa.me takes; anything else is flagged
 * with the reason and never guessed: a wrong guess sends the invitation to a stranger.
 */
export type WhatsAppNumber = { ok: true; number: string } | { ok: false; reason: string }

/** Separators offices write inside a number; they carry no digits. */
const SEPARATORS = /[\s\-().]/g
/** Digits of the national number after 62: mobile numbers start with 8 and have 9 to 12 digits (0812-345-678 to 0812-3456-78901). */
const MOBILE_NSN = /^8\d{8,11}$/

export function whatsAppNumber(raw: string): WhatsAppNumber {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'Nomor HP belum diisi di Kontak.' }
  if (/[/,;]|\s(atau|dan)\s/i.test(text)) return { ok: false, reason: 'Berisi lebih dari satu nomor; tulis satu nomor HP di Kontak.' }
  const compact = text.replace(SEPARATORS, '')
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: 'Nomor berisi tanda selain angka, spasi, +, - atau tanda kurung.' }
  let national: string
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+62')) return { ok: false, reason: 'Nomor luar negeri; hanya nomor HP Indonesia (+62) yang dibuatkan tautan.' }
    national = compact.slice(3)
  } else if (compact.startsWith('62')) national = compact.slice(2)
  else if (compact.startsWith('0')) national = compact.slice(1)
  else return { ok: false, reason: 'Nomor tidak diawali 08, +628 atau 628; periksa nomornya di Kontak.' }
  if (national.startsWith('0')) return { ok: false, reason: 'Nomor tidak lazim (angka 0 setelah kode negara); periksa nomornya di Kontak.' }
  if (!national.startsWith('8')) return { ok: false, reason: 'Nomor telepon kantor atau rumah, bukan nomor HP; WhatsApp memerlukan nomor HP (08…).' }
  if (!MOBILE_NSN.test(national)) {
    return { ok: false, reason: national.length < 9 ? 'Nomor HP terlalu pendek; periksa nomornya di Kontak.' : 'Nomor HP terlalu panjang; periksa nomornya di Kontak.' }
  }
  return { ok: true, number: `62${national}` }
}
