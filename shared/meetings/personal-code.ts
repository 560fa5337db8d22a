/**
 * The personal code printed on each per-recipient invitation (issue 19): six characters of Crockford's
 * base32 (no I, L, O, U), shown as "K7Q-2MX", that find the invitee at the meja registrasi when typed.
 * Derived from the meeting and the invitee, so nothing is stored and a letter already issued keeps what
 * it printed. Thirty bits: two of a meeting's 500 invitees share a code about once in 8,600 meetings;
 * the lookup returns every match and the registration page lets her choose.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const PERSONAL_CODE_LENGTH = 6

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** The invitee's code, without the separator ("K7Q2MX"). */
export function personalCode(meetingId: string, inviteeId: string): string {
  const h = fnv1a(`${meetingId}\u0000${inviteeId}`, 0x811c9dc5)
  let out = ''
  for (let i = 0; i < PERSONAL_CODE_LENGTH; i++) out += ALPHABET[(h >>> (i * 5)) & 31]
  return out
}

/** As printed: "K7Q-2MX". */
export function formatPersonalCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`
}

/**
 * What she typed, read as a code: case, spaces and dashes ignored, and the letters Crockford leaves out
 * read as the digits they look like (O as 0, I and L as 1). Null when it cannot be a code.
 */
export function readPersonalCode(typed: string): string | null {
  const s = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (s.length !== PERSONAL_CODE_LENGTH) return null
  for (const c of s) if (!ALPHABET.includes(c)) return null
  return s
}

/** The invitees whose code is the typed one (usually one; two when their codes collide). */
export function findByPersonalCode<T extends { id: string }>(meetingId: string, invitees: readonly T[], typed: string): T[] {
  const code = readPersonalCode(typed)
  if (code === null) return []
  return invitees.filter((i) => personalCode(meetingId, i.id) === code)
}
