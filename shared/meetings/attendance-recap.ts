import { formatDayDate } from '../calendar'
import type { Attendance, AttendanceStatus } from '../model'
import type { Participant } from './attendance-sheet'
import { timeMarks, timeMarksText, type MeetingTimes } from './attendance-times'

/*
 * The one attendance recap of the app: the recording screen, the Daftar Hadir panel, the attendance
 * export, the Notulen and the Kesimpulan all count through this module, so they print the same
 * figures for the same meeting.
 *
 * Per day (dayRecap over attendanceRoster): every invitee is counted once as hadir, diwakili, izin,
 * tidak hadir or belum dicatat (nothing recorded yet); "belum dicatat" is never counted as absent.
 * Walk-ins (peserta tidak terdaftar) are counted apart, never among the invitees.
 *
 * A meeting of several days folds into one list (meetingRoster), one entry per invitee:
 * - hadir when present in person on any day;
 * - else diwakili when a delegate came on any day;
 * - else izin when excused on some day;
 * - else tidak hadir when recorded absent on some day;
 * - else belum dicatat (nothing recorded on any day).
 * A walk-in counts once however many days she came (the same name, case and spaces aside).
 * Records of people taken off the invitation list are shown apart and never counted.
 */

/** The invitee fields the roster needs (a sheet Participant, or an invitee view mapped to one). */
export type RosterInvitee = Pick<Participant, 'inviteeId' | 'name' | 'position' | 'organisation'>

/** A row that holds something someone recorded: a status other than belum, a note or a delegate, or a walk-in. */
export const carriesRecord = (r: Pick<Attendance, 'inviteeId' | 'status' | 'note' | 'delegateName'>): boolean =>
  !r.inviteeId || r.status !== 'belum' || r.note.trim() !== '' || r.delegateName.trim() !== ''

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
  /** Signed on the pad at the meja registrasi (a signature is stored for the row). */
  signed: boolean
  /** Came after the start, left before the end (attendance-times.ts). */
  late: boolean
  early: boolean
  /** "datang 09.40; pulang 11.15", '' when neither. */
  times: string
  /** As recorded (ISO instants), for the screen that corrects them. */
  arrivedAt?: string
  leftAt?: string
}

/** What the roster reads beside the rows: whose row has a signature, and the meeting's hours for datang/pulang. */
export interface RosterExtras {
  /** Attendance row ids that have a signature. */
  signed?: ReadonlySet<string>
  meeting?: MeetingTimes
}

function extrasOf(r: Attendance | undefined, x: RosterExtras): Pick<RosterEntry, 'signed' | 'late' | 'early' | 'times' | 'arrivedAt' | 'leftAt'> {
  const marks = r && x.meeting ? timeMarks(r, x.meeting) : {}
  return {
    signed: r !== undefined && (x.signed?.has(r.id) ?? false),
    late: marks.late !== undefined,
    early: marks.early !== undefined,
    times: timeMarksText(marks),
    ...(r?.arrivedAt ? { arrivedAt: r.arrivedAt } : {}),
    ...(r?.leftAt ? { leftAt: r.leftAt } : {})
  }
}

/**
 * The day's list: the invitees in the given order with their recorded rows (or "belum" before the
 * first record), then the walk-ins in the order they were added, then records of removed invitees.
 */
export function attendanceRoster(participants: readonly RosterInvitee[], rows: readonly Attendance[], extras: RosterExtras = {}): RosterEntry[] {
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
      removed: false,
      ...extrasOf(r, extras)
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
    removed,
    ...extrasOf(r, extras)
  })
  const byOrder = [...rows].sort((a, b) => a.order - b.order)
  const walkIns = byOrder.filter((r) => !r.inviteeId).map((r) => fromRow(r, false))
  // A removed invitee's row is kept only when it carries something (a status, a note, a delegate).
  const removed = byOrder.filter((r) => r.inviteeId && !invited.has(r.inviteeId) && carriesRecord(r)).map((r) => fromRow(r, true))
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
  /** Of those present (in person, delegates, walk-ins): who signed on the pad at the meja registrasi. */
  ttdDigital: number
  /** Of those present: came after the start time, left before the end time. */
  datangTerlambat: number
  pulangAwal: number
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

const zero = (): RecapCounts => ({ diundang: 0, hadir: 0, diwakili: 0, izin: 0, tidakHadir: 0, belum: 0, tidakTerdaftar: 0, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 })

function count(c: RecapCounts, e: RosterEntry): void {
  if (isPresent(e)) {
    if (e.signed) c.ttdDigital++
    if (e.late) c.datangTerlambat++
    if (e.early) c.pulangAwal++
  }
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

/** False while nobody has been recorded (every invitee belum dicatat, no walk-in). */
export const anythingRecorded = (c: RecapCounts): boolean => c.hadir + c.diwakili + c.izin + c.tidakHadir + c.tidakTerdaftar > 0

/** "38 menandatangani di meja registrasi; 3 datang terlambat; 2 pulang lebih awal.", '' when none of these. */
export function registrationSentence(c: RecapCounts): string {
  const parts = [c.ttdDigital ? `${c.ttdDigital} menandatangani di meja registrasi` : '', c.datangTerlambat ? `${c.datangTerlambat} datang terlambat` : '', c.pulangAwal ? `${c.pulangAwal} pulang lebih awal` : '']
  const said = parts.filter(Boolean)
  return said.length ? `${said.join('; ')}.` : ''
}

/**
 * The peserta line of the minutes: "Diundang 65 orang; hadir 62 orang (57 hadir sendiri, 5 diwakili),
 * 2 izin, 1 tidak hadir; ditambah 2 peserta tidak terdaftar."
 */
export function recapSentence(c: RecapCounts): string {
  if (!anythingRecorded(c)) return `Diundang ${c.diundang} orang; kehadiran belum dicatat.`
  const parts = [`Diundang ${c.diundang} orang`]
  const came = c.hadir + c.diwakili
  parts.push(`hadir ${came} orang${c.diwakili ? ` (${c.hadir} hadir sendiri, ${c.diwakili} diwakili)` : ''}`)
  const away = [c.izin ? `${c.izin} izin` : '', c.tidakHadir ? `${c.tidakHadir} tidak hadir` : '', c.belum ? `${c.belum} belum dicatat` : ''].filter(Boolean)
  let s = `${parts.join('; ')}${away.length ? `, ${away.join(', ')}` : ''}`
  if (c.tidakTerdaftar) s += `; ditambah ${c.tidakTerdaftar} peserta tidak terdaftar`
  return `${s}.`
}

/** Stronger first: the status an invitee keeps for the whole meeting is the first one found on some day. */
const FOLD_ORDER: readonly AttendanceStatus[] = ['hadir', 'diwakili', 'izin', 'tidak-hadir', 'belum']

const isPresent = (e: RosterEntry) => e.status === 'hadir' || e.status === 'diwakili'
const walkInKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID')

/**
 * The whole meeting as one list (the fold is described at the top of this module): the invitees
 * with their folded status, then each walk-in once, then the records of removed invitees. Rows of
 * a day that is not one of the meeting's days are left out.
 */
export function meetingRoster(participants: readonly RosterInvitee[], rows: readonly Attendance[], days: readonly string[], extras: RosterExtras = {}): RosterEntry[] {
  const dayList = [...days].sort()
  const perDay = dayList.map((d) => attendanceRoster(participants, rows.filter((r) => r.day === d), extras))
  const invitees: RosterEntry[] = participants.map((p, i) => {
    const entries = perDay.map((roster) => roster[i]).filter((e): e is RosterEntry => e !== undefined)
    const status = FOLD_ORDER.find((s) => entries.some((e) => e.status === s)) ?? 'belum'
    const chosen = entries.find((e) => e.status === status)
    // Signed on some day counts once for the meeting; late and early are each day's, not the meeting's.
    const folded = { signed: entries.some((e) => e.signed), late: false, early: false, times: '' }
    return chosen
      ? { ...chosen, status, ...folded }
      : { inviteeId: p.inviteeId, name: p.name, position: p.position, organisation: p.organisation, status, delegateName: '', delegatePosition: '', note: '', walkIn: false, removed: false, ...folded }
  })
  const walkIns = new Map<string, RosterEntry>()
  const removed = new Map<string, RosterEntry>()
  for (const roster of perDay) {
    // Two walk-ins of one name on the same day are two people; the same name on two days is one.
    const sameDay = new Map<string, number>()
    for (const e of roster.slice(participants.length)) {
      if (e.walkIn) {
        const name = walkInKey(e.name)
        const n = (sameDay.get(name) ?? 0) + 1
        sameDay.set(name, n)
        const key = `${name}#${n}`
        const seen = walkIns.get(key)
        // Present on one day is present: a walk-in marked otherwise on another day does not undo it.
        if (!seen || (!isPresent(seen) && isPresent(e))) walkIns.set(key, e)
      } else if (e.removed && e.inviteeId && !removed.has(e.inviteeId)) removed.set(e.inviteeId, e)
    }
  }
  return [...invitees, ...walkIns.values(), ...removed.values()]
}

export interface MeetingRecap {
  /** Each meeting day in date order: "hari ke-(index)". */
  days: { day: string; index: number; recap: DayRecap }[]
  /** The whole meeting, folded (see the top of this module). */
  meeting: DayRecap
}

/** Every day's recap and the meeting's, from the invitees and all attendance rows of the meeting. */
export function meetingRecap(participants: readonly RosterInvitee[], rows: readonly Attendance[], days: readonly string[], extras: RosterExtras = {}): MeetingRecap {
  const dayList = [...days].sort()
  return {
    days: dayList.map((day, i) => ({ day, index: i + 1, recap: dayRecap(attendanceRoster(participants, rows.filter((r) => r.day === day), extras)) })),
    meeting: dayRecap(meetingRoster(participants, rows, dayList, extras))
  }
}

/** The recap lines under the Daftar Hadir panel: one per day, then the whole meeting when it has several days. */
export function recapSummaryLines(recap: MeetingRecap): string[] {
  const line = (c: RecapCounts) => [recapSentence(c), registrationSentence(c)].filter(Boolean).join(' ')
  if (recap.days.length <= 1) return [line(recap.meeting.total)]
  return [
    ...recap.days.map((d) => `Hari ke-${d.index} (${formatDayDate(d.day)}): ${line(d.recap.total)}`),
    `Seluruh rapat (${recap.days.length} hari): ${recapSentence(recap.meeting.total)}`
  ]
}
