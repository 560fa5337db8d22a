import type { Attendance } from '../model/attendance'

/** The peserta line of a Notulen (FORMATS.md "Notulen"): invited, present, absent. */
export interface AttendanceRecap {
  invited: number
  /** Invitees present on at least one day, in person or through a delegate. */
  present: number
  /** Invitees not present on any day (izin, tidak hadir, or not recorded while others were). */
  absent: number
  /** People who came without an invitation (walk-in rows). */
  walkIns: number
  /** False when no attendance has been recorded yet: present and absent are then unknown. */
  recorded: boolean
}

const PRESENT = new Set<Attendance['status']>(['hadir', 'diwakili'])

/**
 * Counts from the invitees and the attendance rows of one meeting. A meeting of several days counts
 * an invitee once, present when present on any day.
 */
export function attendanceRecap(inviteeIds: readonly string[], rows: readonly Pick<Attendance, 'inviteeId' | 'status' | 'name' | 'day'>[]): AttendanceRecap {
  const invited = new Set(inviteeIds)
  const presentIds = new Set<string>()
  const walkIns = new Set<string>()
  let recorded = false
  for (const r of rows) {
    if (r.status !== 'belum') recorded = true
    if (!PRESENT.has(r.status)) continue
    if (r.inviteeId && invited.has(r.inviteeId)) presentIds.add(r.inviteeId)
    else if (!r.inviteeId) walkIns.add(r.name.trim().toLocaleLowerCase('id-ID') || `${r.day}-${walkIns.size}`)
  }
  return {
    invited: invited.size,
    present: presentIds.size,
    absent: recorded ? invited.size - presentIds.size : 0,
    walkIns: walkIns.size,
    recorded
  }
}

/** "65 orang diundang, 60 hadir, 5 tidak hadir" (plus walk-ins), or the invitations only before anyone is recorded. */
export function recapText(r: AttendanceRecap): string {
  if (!r.recorded) return `${r.invited} orang diundang; kehadiran belum dicatat`
  const walkIns = r.walkIns > 0 ? `, ${r.walkIns} peserta tambahan tanpa undangan` : ''
  return `${r.invited} orang diundang, ${r.present} hadir, ${r.absent} tidak hadir${walkIns}`
}
