import type { Attendance, AttendanceStatus } from '../model'
import type { Participant } from './attendance-sheet'

/** One line of the recording screen: an invitee (recorded or not yet), a walk-in, or a removed invitee's record. */
export interface RosterEntry {
  /** The attendance row's id; absent for an invitee whose row does not exist yet. */
  rowId?: string
  inviteeId?: string
  name: string
  position: string
  organisation: string
  status: AttendanceStatus
  delegateName: string
  delegatePosition: string
  note: string
  /** Came without being on the invitation list. */
  walkIn: boolean
  /** Recorded, then taken off the invitation list: kept so nothing recorded is lost, left out of the recap. */
  removed: boolean
}

/**
 * The day's list: the invitees in the given order with their recorded rows (or "belum" before the
 * first record), then the walk-ins in the order they were added, then records of removed invitees.
 */
export function attendanceRoster(participants: readonly Participant[], rows: readonly Attendance[]): RosterEntry[] {
  const byInvitee = new Map<string, Attendance>()
  for (const r of rows) if (r.inviteeId) byInvitee.set(r.inviteeId, r)
  const invited = new Set(participants.map((p) => p.inviteeId))
  const entries: RosterEntry[] = participants.map((p) => {
    const r = byInvitee.get(p.inviteeId)
    return {
      ...(r ? { rowId: r.id } : {}),
      inviteeId: p.inviteeId,
      name: p.name,
      position: p.position,
      organisation: p.organisation,
      status: r?.status ?? 'belum',
      delegateName: r?.delegateName ?? '',
      delegatePosition: r?.delegatePosition ?? '',
      note: r?.note ?? '',
      walkIn: false,
      removed: false
    }
  })
  const fromRow = (r: Attendance, removed: boolean): RosterEntry => ({
    rowId: r.id,
    ...(r.inviteeId ? { inviteeId: r.inviteeId } : {}),
    name: r.name,
    position: r.position,
    organisation: r.organisation,
    status: r.status,
    delegateName: r.delegateName,
    delegatePosition: r.delegatePosition,
    note: r.note,
    walkIn: !r.inviteeId,
    removed
  })
  const byOrder = [...rows].sort((a, b) => a.order - b.order)
  const walkIns = byOrder.filter((r) => !r.inviteeId).map((r) => fromRow(r, false))
  const removed = byOrder.filter((r) => r.inviteeId && !invited.has(r.inviteeId)).map((r) => fromRow(r, true))
  return [...entries, ...walkIns, ...removed]
}

export interface RecapCounts {
  /** Invitees on the list. */
  diundang: number
  hadir: number
  diwakili: number
  izin: number
  tidakHadir: number
  /** Invitees with nothing recorded yet. */
  belum: number
  /** Walk-ins: present without being invited. */
  tidakTerdaftar: number
}

export interface OrganisationRecap {
  organisation: string
  counts: RecapCounts
}

export interface DayRecap {
  organisations: OrganisationRecap[]
  total: RecapCounts
  /** Records of invitees no longer invited, not counted. */
  removed: number
}

export const NO_ORGANISATION = '(Tanpa instansi)'

const zero = (): RecapCounts => ({ diundang: 0, hadir: 0, diwakili: 0, izin: 0, tidakHadir: 0, belum: 0, tidakTerdaftar: 0 })

function count(c: RecapCounts, e: RosterEntry): void {
  if (e.walkIn) {
    // A walk-in is on the list because she came; a walk-in marked otherwise is not counted.
    if (e.status === 'hadir' || e.status === 'diwakili') c.tidakTerdaftar++
    return
  }
  c.diundang++
  if (e.status === 'hadir') c.hadir++
  else if (e.status === 'diwakili') c.diwakili++
  else if (e.status === 'izin') c.izin++
  else if (e.status === 'tidak-hadir') c.tidakHadir++
  else c.belum++
}

/** Everyone present in the room: invitees in person, delegates, walk-ins. */
export const presentCount = (c: RecapCounts): number => c.hadir + c.diwakili + c.tidakTerdaftar
/** Invitees who did not come and sent nobody. */
export const absentCount = (c: RecapCounts): number => c.izin + c.tidakHadir

/** Per organisation, in the order they first appear on the list, and in total. */
export function dayRecap(roster: readonly RosterEntry[]): DayRecap {
  const total = zero()
  const byOrg = new Map<string, RecapCounts>()
  let removed = 0
  for (const e of roster) {
    if (e.removed) {
      removed++
      continue
    }
    const org = e.organisation.trim() || NO_ORGANISATION
    let c = byOrg.get(org)
    if (!c) {
      c = zero()
      byOrg.set(org, c)
    }
    count(c, e)
    count(total, e)
  }
  const organisations = [...byOrg].map(([organisation, counts]) => ({ organisation, counts })).filter((o) => o.counts.diundang + o.counts.tidakTerdaftar > 0)
  return { organisations, total, removed }
}

/**
 * The peserta line of the minutes: "Diundang 65 orang; hadir 62 orang (57 hadir sendiri, 5 diwakili),
 * 2 izin, 1 tidak hadir; ditambah 2 peserta tidak terdaftar."
 */
export function recapSentence(c: RecapCounts): string {
  const parts = [`Diundang ${c.diundang} orang`]
  const came = c.hadir + c.diwakili
  parts.push(`hadir ${came} orang${c.diwakili ? ` (${c.hadir} hadir sendiri, ${c.diwakili} diwakili)` : ''}`)
  const away = [c.izin ? `${c.izin} izin` : '', c.tidakHadir ? `${c.tidakHadir} tidak hadir` : '', c.belum ? `${c.belum} belum dicatat` : ''].filter(Boolean)
  let s = `${parts.join('; ')}${away.length ? `, ${away.join(', ')}` : ''}`
  if (c.tidakTerdaftar) s += `; ditambah ${c.tidakTerdaftar} peserta tidak terdaftar`
  return `${s}.`
}
