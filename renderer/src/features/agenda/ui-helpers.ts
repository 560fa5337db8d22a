import { todayIso, utcOffset } from '@shared/calendar'
import type { OfficeProfile } from '@shared/model'
import { NumberingError } from '../../data/letters-repo'

/** What the secretary reads when something is refused: the rule's own Indonesian message. */
export function errorText(err: unknown): string {
  if (err instanceof NumberingError) return err.message
  if (err instanceof Error) return err.message
  return String(err)
}

/** Today on the office's wall clock (WIB, WITA or WIT from the profile). */
export function officeToday(profile: OfficeProfile | null | undefined, now: Date = new Date()): string {
  return todayIso(now, utcOffset[profile?.timeZone ?? 'WIB'])
}
