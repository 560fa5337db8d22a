import { utcOffset } from '../calendar/core'
import { foldText } from '../contacts/normalise'
import type { Attendance, AttendanceStatus, TimeZoneLabel } from '../model'
import { attendanceRoster, type RosterInvitee } from './attendance-recap'
import { formatPersonalCode, personalCode, readPersonalCode } from './personal-code'

/** One line the meja registrasi can find: an invitee (recorded or not yet) or a walk-in already added. */
export interface RegistrationEntry {
  /** Stable for the day: "i:<inviteeId>" or "r:<rowId>". */
  key: string
  rowId?: string
  inviteeId?: string
  name: string
  position: string
  organisation: string
  status: AttendanceStatus
  delegateName: string
  walkIn: boolean
  /** When she checked in (ISO, UTC), if she did. */
  arrivedAt?: string
  /** The day's record already has a signature. */
  signed: boolean
  /** The personal code printed on her invitation ("K7Q-2MX"); absent for a walk-in. */
  code?: string
}

/** Checked in already: signed at the desk, or her arrival was recorded. */
export const checkedIn = (e: Pick<RegistrationEntry, 'signed' | 'arrivedAt'>): boolean => e.signed || e.arrivedAt !== undefined

/**
 * The day's list as the desk searches it: every invitee (in the invitation order) and every walk-in,
 * with whether each has already checked in. Records of people no longer invited are left out.
 */
export function registrationEntries(
  meetingId: string,
  participants: readonly RosterInvitee[],
  rows: readonly Attendance[],
  signedRowIds: ReadonlySet<string>
): RegistrationEntry[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  return attendanceRoster(participants, rows)
    .filter((e) => !e.removed)
    .map((e) => {
      const row = e.rowId !== undefined ? byId.get(e.rowId) : undefined
      return {
        key: e.inviteeId !== undefined ? `i:${e.inviteeId}` : `r:${e.rowId ?? ''}`,
        ...(e.rowId !== undefined ? { rowId: e.rowId } : {}),
        ...(e.inviteeId !== undefined ? { inviteeId: e.inviteeId, code: formatPersonalCode(personalCode(meetingId, e.inviteeId)) } : {}),
        name: e.name,
        position: e.position,
        organisation: e.organisation,
        status: e.status,
        delegateName: e.delegateName,
        walkIn: e.walkIn,
        ...(row?.arrivedAt !== undefined ? { arrivedAt: row.arrivedAt } : {}),
        signed: e.rowId !== undefined && signedRowIds.has(e.rowId)
      }
    })
}

interface Indexed {
  entry: RegistrationEntry
  name: string
  all: string
  code: string
}

/** Folded once when the list changes, so each keystroke only compares strings. */
export interface RegistrationIndex {
  readonly items: readonly Indexed[]
}

export function registrationIndex(entries: readonly RegistrationEntry[]): RegistrationIndex {
  return {
    items: entries.map((entry) => {
      const name = ` ${foldText(entry.name)}`
      return { entry, name, all: ` ${[entry.name, entry.position, entry.organisation, entry.delegateName].map(foldText).join(' ')}`, code: (entry.code ?? '').replace('-', '') }
    })
  }
}

export const SEARCH_LIMIT = 12

/**
 * What she typed, found: case and accents ignored ("sri" finds "Srí"), every word must appear at the
 * start of a word of the name, jabatan or instansi ("dinas kes" finds "Dinas Kesehatan"). The personal
 * code printed on the invitation finds its invitee first, typed with or without the dash. Names that
 * begin with what was typed come before the rest; otherwise the invitation order.
 */
export function searchRegistration(index: RegistrationIndex, typed: string, limit = SEARCH_LIMIT): RegistrationEntry[] {
  const q = foldText(typed)
  if (q === '') return []
  const code = readPersonalCode(typed)
  const words = q.split(' ')
  const ranked: { rank: number; at: number; entry: RegistrationEntry }[] = []
  index.items.forEach((it, at) => {
    if (code !== null && it.code === code) {
      ranked.push({ rank: 0, at, entry: it.entry })
      return
    }
    if (!words.every((w) => it.all.includes(` ${w}`))) return
    const rank = it.name.startsWith(` ${q}`) ? 1 : words.every((w) => it.name.includes(` ${w}`)) ? 2 : 3
    ranked.push({ rank, at, entry: it.entry })
  })
  ranked.sort((a, b) => a.rank - b.rank || a.at - b.at)
  return ranked.slice(0, limit).map((r) => r.entry)
}

/** "09.05 WIB": an ISO moment on the office's wall clock (WIB, WITA or WIT). */
export function clockInZone(iso: string, zone: TimeZoneLabel): string {
  const t = new Date(new Date(iso).getTime() + utcOffset[zone] * 3_600_000)
  return `${String(t.getUTCHours()).padStart(2, '0')}.${String(t.getUTCMinutes()).padStart(2, '0')} ${zone}`
}
