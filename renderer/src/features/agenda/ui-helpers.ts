import { todayIso, utcOffset } from '@shared/calendar'
import type { OfficeProfile } from '@shared/model'

/** Today on the office's wall clock (WIB, WITA or WIT from the profile). */
export function officeToday(profile: OfficeProfile | null | undefined, now: Date = new Date()): string {
  return todayIso(now, utcOffset[profile?.timeZone ?? 'WIB'])
}
