import { personNameKey } from '../contacts/normalise'
import { attendanceLimits, type Attendance } from '../model'
import type { RosterInvitee } from './attendance-recap'

/**
 * Text cut to at most `max` characters (after trimming, as the schema counts), ending in "…" when
 * cut; a surrogate pair is never split.
 */
export function clipText(value: string, max: number): string {
  const t = value.trim()
  if (t.length <= max) return t
  let cut = t.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/**
 * The name, position and office an invitee's attendance row keeps, cut to what the attendance
 * schema allows. An organisation invite is listed under its head's title (up to 400 characters in
 * the address book, or "Pimpinan <name>" when empty), longer than the row's 200: the row keeps a
 * shortened copy, while every screen and document lists invitees from the address book itself.
 */
export function inviteeRowFields(p: RosterInvitee): Pick<Attendance, 'name' | 'position' | 'organisation'> {
  return {
    name: clipText(p.name, attendanceLimits.name),
    position: clipText(p.position, attendanceLimits.position),
    organisation: clipText(p.organisation, attendanceLimits.organisation)
  }
}

/** A row with its copied fields cut to the schema's limits (rows written before the limits were kept on every path). */
export function fitAttendanceRow<T extends Pick<Attendance, 'name' | 'position' | 'organisation'>>(row: T): T {
  return { ...row, ...inviteeRowFields({ inviteeId: '', name: row.name, position: row.position, organisation: row.organisation }) }
}

/**
 * The row of the day's list that already holds this person (invited, or added earlier as a walk-in), matched
 * as the address book matches names: titles, degrees, case and accents left out ("Ny. Hj. Nevi Irwan Prayitno"
 * is "nevi irwan prayitno"). Rows taken off the invitation list do not count. Undefined when she is not there.
 */
export function rosterEntryNamed<T extends { name: string; removed: boolean }>(roster: readonly T[], name: string): T | undefined {
  const key = personNameKey(name)
  if (key === '') return undefined
  return roster.find((e) => !e.removed && personNameKey(e.name) === key)
}
