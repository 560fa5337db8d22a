import { useLiveQuery } from 'dexie-react-hooks'
import type { DocumentKind } from '@shared/model'
import { getDb } from './db'
import { getMeetingDocument } from './documents-repo'
import { useEffect, useMemo, useReducer, useRef } from 'react'
import { readEarly, type EarlyRead } from './early-read'
import { useAfterPaint } from './after-paint'
import { inviteeViews, listMeetings, meetingPage, meetingPageDirect, upcomingMeetings, type MeetingPageData } from './meetings-repo'

export const useMeetings = () => useLiveQuery(() => listMeetings(getDb()), [])
export const useUpcomingMeetings = (today: string, limit: number) => useLiveQuery(() => upcomingMeetings(getDb(), today, limit), [today, limit])
export const useMeeting = (id: string) => useLiveQuery(() => getDb().meetings.get(id).then((m) => m ?? null), [id])

/** The first read's time, from its start (the hash change, or the page's render) to its data (a diagnostic: scripts/bench/meeting-profile.ts prints it). */
export const MEETING_READ_MEASURE = 'pkk:rapat-baca'

/**
 * The meeting page's first read: IndexedDB's own requests (meetingPageDirect) once the database is open, Dexie's
 * (meetingPage) while it opens. Any write committed from its start on marks it changed (readEarly).
 */
function readMeetingPage(id: string): EarlyRead<MeetingPageData> {
  return readEarly(() => {
    const start = performance.now()
    const db = getDb()
    const read = db.isOpen() ? meetingPageDirect(db.backendDB(), id) : meetingPage(db, id)
    return read.finally(() => performance.measure(MEETING_READ_MEASURE, { start, end: performance.now() }))
  })
}

/** The page of a meeting, read from the moment its address was asked for; taken once by the page. */
let ahead: { id: string; read: EarlyRead<MeetingPageData> } | null = null

/**
 * Starts reading a meeting's page before React renders it (the address changed to #/rapat/<id>): the route's
 * render and commit then run while IndexedDB reads, instead of before the read.
 */
export function readMeetingAhead(id: string): void {
  ahead?.read.stop()
  ahead = { id, read: readMeetingPage(id) }
}

/** The promise of the read readMeetingAhead began for this meeting, while it is under way (the route waits for it). */
export function meetingAheadPending(id: string): Promise<void> | null {
  return ahead?.id === id && !ahead.read.done ? ahead.read.promise : null
}

/**
 * The read readMeetingAhead began, if it is this meeting's and no write was committed since it began (a write in
 * between, in this window or another, and the page reads again), once.
 */
export function takeMeetingAhead(id: string): EarlyRead<MeetingPageData> | null {
  const found = ahead?.id === id && !ahead.read.changed && !ahead.read.failed ? ahead.read : null
  ahead?.read.stop()
  ahead = null
  return found
}

/**
 * The meeting page's meeting, invitees and profile (meetingPage: one transaction, two waves). The first read
 * starts at the hash change that opens the page (readMeetingAhead) or else while the page renders (readEarly),
 * not after React's commit and Dexie's setTimeout, and is drawn as soon as it is in; the live query that follows
 * every change after that (a write during the first read among them) is subscribed only once that is on the
 * screen (useAfterPaint), so the two reads never share IndexedDB's thread nor the frame that shows the table. Its querier is the plain read: a live querier that first awaited the
 * early read's promise (useEarlyLiveQuery) stopped following changes here (65 invitees added, the page kept
 * "Diundang (0)"), so nothing but Dexie's own promises is awaited inside it.
 */
export function useMeetingPage(id: string): MeetingPageData | undefined {
  const [, drawn] = useReducer((n: number) => n + 1, 0)
  const early = useMemo(() => takeMeetingAhead(id) ?? readMeetingPage(id), [id])
  useEffect(() => {
    if (early.done) return
    let on = true
    void early.promise.then(() => on && drawn())
    return () => {
      on = false
    }
  }, [early])
  const ready = useAfterPaint(early.done ? early : null) === early
  const live = useLiveQuery(() => (ready ? meetingPage(getDb(), id) : undefined), [id, ready])
  // The live query's first read hands over equal copies of what was just drawn: the same objects are kept, so
  // the 65 rows are not drawn again (and the step states not read again) for nothing. The texts compared are made
  // only then, once the table is on the screen, never for the first draw.
  const shown = useRef<Shown | null>(null)
  const next = live ?? early.value
  if (!next) return undefined
  const last = shown.current
  if (last?.source === next) return last.data
  if (!last) {
    shown.current = { source: next, data: next, texts: null }
    return next
  }
  const before = (last.texts ??= { meeting: JSON.stringify(last.data.meeting), invitees: JSON.stringify(last.data.invitees) })
  const texts = { meeting: JSON.stringify(next.meeting), invitees: JSON.stringify(next.invitees) }
  const data: MeetingPageData = {
    meeting: before.meeting === texts.meeting ? last.data.meeting : next.meeting,
    invitees: before.invitees === texts.invitees ? last.data.invitees : next.invitees,
    profile: next.profile
  }
  shown.current = { source: next, data, texts }
  return data
}
/** What the meeting page shows: the read it came from, and its meeting's and invitees' texts once compared. */
interface Shown {
  source: MeetingPageData
  data: MeetingPageData
  texts: { meeting: string; invitees: string } | null
}
export const useInvitees = (meetingId: string) => useLiveQuery(() => inviteeViews(getDb(), meetingId), [meetingId])
export const useMeetingDocuments = (meetingId: string) =>
  useLiveQuery(() => getDb().documents.where('meetingId').equals(meetingId).toArray(), [meetingId])
export const useMeetingLetters = (meetingId: string) =>
  useLiveQuery(() => getDb().letters.where('meetingId').equals(meetingId).toArray(), [meetingId])


/** One document of a meeting with the letter (number) it carries, if issued. */
export const useMeetingDocument = (meetingId: string, kind: DocumentKind) =>
  useLiveQuery(async () => {
    const doc = await getMeetingDocument(getDb(), meetingId, kind)
    const letter = doc?.letterId ? await getDb().letters.get(doc.letterId) : undefined
    return { doc: doc ?? null, letter: letter ?? null }
  }, [meetingId, kind])
