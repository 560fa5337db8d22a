import { z } from 'zod'

/**
 * The secretary's PIN for leaving the meja registrasi. A lock against participants wandering through the
 * app, not a boundary against the operating system: the PIN is kept only as a salted PBKDF2-SHA-256 hash
 * (Web Crypto, present in the browser, Electron and Node), compared in constant time, and wrong tries are
 * throttled so guessing a 4-digit PIN at the door takes days rather than minutes.
 */
export const PIN_MIN = 4
export const PIN_MAX = 12
export const PIN_ITERATIONS = 150_000
const SALT_BYTES = 16
const HASH_BYTES = 32

/** A message for a PIN that cannot be used, or null when it is fine. */
export function pinProblem(pin: string): string | null {
  if (pin.length === 0) return 'Isi PIN.'
  if (!/^\d+$/.test(pin)) return 'PIN hanya berisi angka.'
  if (pin.length < PIN_MIN) return `PIN paling sedikit ${PIN_MIN} angka.`
  if (pin.length > PIN_MAX) return `PIN paling banyak ${PIN_MAX} angka.`
  return null
}

/** What is stored: never the PIN itself. */
export const pinRecord = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(10_000).max(10_000_000),
  salt: z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(64),
  hash: z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(128)
})
export type PinRecord = z.infer<typeof pinRecord>

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, HASH_BYTES * 8)
  return new Uint8Array(bits)
}

/** A new record for a PIN, with a fresh random salt. Throws the Indonesian message for a PIN that cannot be used. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS, salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES))): Promise<PinRecord> {
  const problem = pinProblem(pin)
  if (problem) throw new Error(problem)
  const hash = await derive(pin, salt, iterations)
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) }
}

/** Equal bytes, looked at whole whatever the first difference (no early exit that a timer could read). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** Whether the typed PIN is the one the record was made from. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (pinProblem(pin)) return false
  const expected = fromBase64(record.hash)
  const actual = await derive(pin, fromBase64(record.salt), record.iterations)
  return constantTimeEqual(actual, expected)
}

// ---------- throttling

/** Free tries before the first wait; then 30 s, doubling with each further wrong try, at most 15 minutes. */
export const PIN_FREE_TRIES = 5
export const PIN_FIRST_WAIT_MS = 30_000
export const PIN_MAX_WAIT_MS = 15 * 60_000

export const pinThrottle = z.object({
  /** Wrong tries since the last right one. */
  failures: z.number().int().min(0).max(1_000_000),
  /** Epoch milliseconds before which no try is checked. */
  lockedUntil: z.number().min(0)
})
export type PinThrottle = z.infer<typeof pinThrottle>
export const freshThrottle: PinThrottle = { failures: 0, lockedUntil: 0 }

/** How long to wait after `failures` wrong tries (0 while under the free tries). */
export function waitAfter(failures: number): number {
  if (failures < PIN_FREE_TRIES) return 0
  const doublings = Math.min(failures - PIN_FREE_TRIES, 20)
  return Math.min(PIN_FIRST_WAIT_MS * 2 ** doublings, PIN_MAX_WAIT_MS)
}

/**
 * Milliseconds still to wait before a try is checked (0: go ahead). A clock set back cannot stretch the
 * wait past the longest one.
 */
export function waitRemaining(state: PinThrottle, now: number): number {
  return Math.max(0, Math.min(state.lockedUntil - now, PIN_MAX_WAIT_MS))
}

/** The state after a wrong try. */
export function afterWrongPin(state: PinThrottle, now: number): PinThrottle {
  const failures = state.failures + 1
  const wait = waitAfter(failures)
  return { failures, lockedUntil: wait > 0 ? now + wait : 0 }
}

/** "Tunggu 30 detik" / "Tunggu 2 menit" before the next try. */
export function waitMessage(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 60) return `Terlalu banyak PIN salah. Tunggu ${seconds} detik sebelum mencoba lagi.`
  return `Terlalu banyak PIN salah. Tunggu ${Math.ceil(seconds / 60)} menit sebelum mencoba lagi.`
}
