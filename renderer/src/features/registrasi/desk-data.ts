import type { Meeting } from '@shared/model'
import { getDb, type PkkDatabase } from '../../data/db'
import { readEarly, useEarlyLiveQuery, type EarlyRead } from '../../data/early-read'
import type { RegistrationMode } from '../../data/registration-mode'
import { registrationDay } from '../../data/registration-repo'

type DeskDay = Awaited<ReturnType<typeof registrationDay>>

const meetingOf = (db: PkkDatabase, id: string) => db.meetings.get(id).then((m) => m ?? null)

/** The reads the app's start began for the desk, each taken once by the hook it is for. */
const early: { meeting?: { id: string; read: EarlyRead<Meeting | null> }; day?: { key: string; read: EarlyRead<DeskDay> } } = {}

/**
 * Starts reading the desk's meeting and its day (invitees, records, signatures) at the app's start, while
 * the guard record is checked: the desk opened by a reload then draws its search box from reads already
 * done instead of reading the meeting, then the day, after React has committed each screen.
 */
export function readDeskEarly(db: PkkDatabase, mode: Pick<RegistrationMode, 'meetingId' | 'day'>): void {
  early.meeting = { id: mode.meetingId, read: readEarly(() => meetingOf(db, mode.meetingId)) }
  early.day = { key: `${mode.meetingId}|${mode.day}`, read: readEarly(() => registrationDay(db, mode.meetingId, mode.day)) }
}

function takeMeeting(id: string): EarlyRead<Meeting | null> | null {
  const found = early.meeting?.id === id ? early.meeting.read : null
  delete early.meeting
  return found
}

function takeDay(meetingId: string, day: string): EarlyRead<DeskDay> | null {
  const found = early.day?.key === `${meetingId}|${day}` ? early.day.read : null
  delete early.day
  return found
}

/** The desk's meeting (null: deleted), live. */
export const useDeskMeeting = (id: string) => useEarlyLiveQuery(() => meetingOf(getDb(), id), [id], () => takeMeeting(id))

/** The day's invitees, records and signatures as the desk searches them; follows every check-in. */
export const useDeskDay = (meetingId: string, day: string) =>
  useEarlyLiveQuery(() => registrationDay(getDb(), meetingId, day), [meetingId, day], () => takeDay(meetingId, day))
