import { fitOverlongAttendance } from './attendance-repo'
import type { PkkDatabase } from './db'
import { getSession } from './session'

/** The mark that this data's attendance rows were put right (fitOverlongAttendance); this data's own key. */
export const ATTENDANCE_FITTED_KEY = 'kehadiran.panjang-dirapikan'

/**
 * fitOverlongAttendance once per database, not at every start: it reads every attendance row (40,000
 * in a 10-year office, a third of a second before the first screen), and the rows it puts right were
 * written only by an earlier version (today every write and every restore checks them). Were the mark
 * lost, the repair runs again and changes nothing.
 */
export async function fitOverlongAttendanceOnce(
  db: PkkDatabase,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
  prefix: string = getSession().storagePrefix
): Promise<number> {
  const key = `${prefix}${ATTENDANCE_FITTED_KEY}`
  if (storage.getItem(key) === '1') return 0
  const fixed = await fitOverlongAttendance(db)
  storage.setItem(key, '1')
  return fixed
}

/**
 * Work that can wait until the first screen is drawn and the window is idle (the journal's new base):
 * after `delayMs`, in an idle moment, at the latest `timeoutMs` later.
 */
export function whenIdle(delayMs = 2_000, timeoutMs = 10_000): (work: () => void) => void {
  return (work) => {
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs })
      else work()
    }, delayMs)
  }
}
