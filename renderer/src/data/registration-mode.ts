import { z } from 'zod'
import { afterWrongPin, freshThrottle, hashPin, pinProblem, pinRecord, pinThrottle, verifyPin, waitMessage, waitRemaining } from '@shared/security/pin'
import { id, isoDate, stamp } from '@shared/model'

/**
 * The meja registrasi's own state: which meeting day it runs for, the secretary's PIN as a salted hash and
 * the wrong tries. Kept in the window's localStorage under the data's own prefix ("pkk.meja-registrasi"),
 * outside IndexedDB: never in a backup, the data file or the change journal, and still there when the app
 * is started again, so it opens locked.
 */
export const registrationMode = z.object({
  meetingId: id,
  day: isoDate,
  pin: pinRecord,
  throttle: pinThrottle,
  startedAt: stamp
})
export type RegistrationMode = z.infer<typeof registrationMode>

export type ModeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const modeKey = (prefix: string) => `${prefix}meja-registrasi`

export function readMode(storage: ModeStorage, prefix: string): RegistrationMode | null {
  try {
    const parsed = registrationMode.safeParse(JSON.parse(storage.getItem(modeKey(prefix)) ?? 'null'))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

const listeners = new Set<() => void>()
const changed = () => listeners.forEach((l) => l())

/** For useSyncExternalStore: the lock follows every start and end, in this window. */
export function subscribeMode(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Starts the desk for one meeting day with the PIN typed twice. Throws the Indonesian message when the PIN
 * cannot be used or the two differ; nothing is stored then.
 */
export async function startMode(storage: ModeStorage, prefix: string, meetingId: string, day: string, pin: string, again: string, now = new Date()): Promise<RegistrationMode> {
  const problem = pinProblem(pin)
  if (problem) throw new Error(problem)
  if (pin !== again) throw new Error('Kedua PIN tidak sama. Ketik PIN yang sama dua kali.')
  const mode = registrationMode.parse({ meetingId, day, pin: await hashPin(pin), throttle: freshThrottle, startedAt: now.toISOString() })
  storage.setItem(modeKey(prefix), JSON.stringify(mode))
  changed()
  return mode
}

export type LeaveResult = { left: true } | { left: false; message: string }

/**
 * Leaves the desk with the secretary's PIN. Wrong tries are counted in the stored state (a reload does not
 * forget them): after five, each try waits 30 s, growing (shared/security/pin.ts).
 */
export async function leaveMode(storage: ModeStorage, prefix: string, pin: string, now = Date.now()): Promise<LeaveResult> {
  const mode = readMode(storage, prefix)
  if (!mode) {
    changed()
    return { left: true }
  }
  const wait = waitRemaining(mode.throttle, now)
  if (wait > 0) return { left: false, message: waitMessage(wait) }
  if (await verifyPin(pin, mode.pin)) {
    storage.removeItem(modeKey(prefix))
    changed()
    return { left: true }
  }
  const throttle = afterWrongPin(mode.throttle, now)
  storage.setItem(modeKey(prefix), JSON.stringify({ ...mode, throttle }))
  const next = waitRemaining(throttle, now)
  return { left: false, message: next > 0 ? `PIN salah. ${waitMessage(next)}` : 'PIN salah. Coba lagi.' }
}
