import { describe, expect, test } from 'vitest'
import {
  PIN_FIRST_WAIT_MS,
  PIN_MAX_WAIT_MS,
  afterWrongPin,
  constantTimeEqual,
  freshThrottle,
  hashPin,
  pinProblem,
  pinRecord,
  verifyPin,
  waitAfter,
  waitMessage,
  waitRemaining
} from '@shared/security/pin'

// Few rounds keep the tests quick; the app uses PIN_ITERATIONS.
const ROUNDS = 10_000

describe('the PIN of the meja registrasi', () => {
  test('stored as a salted PBKDF2 hash: never the PIN, a new salt each time, the right PIN verifies and a wrong one does not', async () => {
    const a = await hashPin('482913', ROUNDS)
    const b = await hashPin('482913', ROUNDS)
    expect(pinRecord.parse(a)).toEqual(a)
    expect(JSON.stringify(a)).not.toContain('482913')
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(await verifyPin('482913', a)).toBe(true)
    expect(await verifyPin('482913', b)).toBe(true)
    expect(await verifyPin('482914', a)).toBe(false)
    expect(await verifyPin('48291', a)).toBe(false)
    expect(await verifyPin('', a)).toBe(false)
  })

  test('the same salt and rounds give the same hash (PBKDF2-SHA-256 of the PIN, 32 bytes)', async () => {
    const salt = new Uint8Array(16).fill(7)
    const a = await hashPin('1234', ROUNDS, salt)
    const b = await hashPin('1234', ROUNDS, salt)
    expect(a.hash).toBe(b.hash)
    expect(atob(a.hash)).toHaveLength(32)
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('1234'), 'PBKDF2', false, ['deriveBits'])
    const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ROUNDS }, key, 256))
    expect(a.hash).toBe(btoa(String.fromCharCode(...bits)))
  })

  test('a PIN that cannot be used is refused in Indonesian', async () => {
    expect(pinProblem('12a4')).toBe('PIN hanya berisi angka.')
    expect(pinProblem('123')).toBe('PIN paling sedikit 4 angka.')
    expect(pinProblem('1234567890123')).toBe('PIN paling banyak 12 angka.')
    expect(pinProblem('')).toBe('Isi PIN.')
    expect(pinProblem('0000')).toBeNull()
    await expect(hashPin('12', ROUNDS)).rejects.toThrow('PIN paling sedikit 4 angka.')
  })

  test('constant-time comparison still tells equal from different, also for different lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true)
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false)
    expect(constantTimeEqual(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false)
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false)
  })
})

describe('throttling wrong PINs', () => {
  test('five free tries, then 30 s, growing with every further wrong try, at most 15 minutes', () => {
    let s = freshThrottle
    const now = 1_000_000
    for (let i = 1; i <= 4; i++) {
      s = afterWrongPin(s, now)
      expect(waitRemaining(s, now)).toBe(0)
    }
    s = afterWrongPin(s, now)
    expect(s.failures).toBe(5)
    expect(waitRemaining(s, now)).toBe(PIN_FIRST_WAIT_MS)
    expect(waitRemaining(s, now + 29_000)).toBe(1_000)
    expect(waitRemaining(s, now + 30_000)).toBe(0)
    s = afterWrongPin(s, now + 30_000)
    expect(waitRemaining(s, now + 30_000)).toBe(60_000)
    expect(waitAfter(7)).toBe(120_000)
    expect(waitAfter(50)).toBe(PIN_MAX_WAIT_MS)
  })

  test('a clock set back cannot make the wait longer than the longest one', () => {
    const s = afterWrongPin({ failures: 4, lockedUntil: 0 }, 10_000_000)
    expect(waitRemaining(s, 0)).toBe(PIN_MAX_WAIT_MS)
  })

  test('the wait is said in seconds, then minutes', () => {
    expect(waitMessage(29_001)).toBe('Terlalu banyak PIN salah. Tunggu 30 detik sebelum mencoba lagi.')
    expect(waitMessage(120_000)).toBe('Terlalu banyak PIN salah. Tunggu 2 menit sebelum mencoba lagi.')
  })
})
