import { useLiveQuery } from 'dexie-react-hooks'
import type { DocumentKind } from '@shared/model'
import { getDb } from './db'
import { getMeetingDocument } from './documents-repo'
import { useEffect, useMemo, useReducer, useRef } from 'react'
import { readEarly } from './early-read'
import { useAfterPaint } from './after-paint'
import { inviteeViews, listMeetings, meetingPage, upcomingMeetings, type MeetingPageData } from './meetings-repo'

export const useMeetings = () => useLiveQuery(() => listMeetings(getDb()), [])
export const useUpcomingMeetings = (today: string, limit: number) => useLiveQuery(() => upcomingMeetings(getDb(), today, limit), [today, limit])
export const useMeeting = (id: string) => useLiveQuery(() => getDb().meetings.get(id).then((m) => m ?? null), [id])

/** The first read's time, from its start in the page's render to its data (a diagnostic: scripts/bench/meeting-profile.ts prints it). */
export const MEETING_READ_MEASURE = 'pkk:rapat-baca'

/**
 * The meeting page's meeting, invitees and profile (meetingPage: one transaction, two waves). The first read
 * starts while the page renders (readEarly), not after React's commit and Dexie's setTimeout, and is drawn as
 * soon as it is in; the live query that follows every change after that is subscribed only once that is on the
 * screen (useAfterPaint), so the two reads never share IndexedDB's thread nor the frame that shows the table. Its querier is the plain read: a live querier that first awaited the
 * early read's promise (useEarlyLiveQuery) stopped following changes here (65 invitees added, the page kept
 * "Diundang (0)"), so nothing but Dexie's own promises is awaited inside it.
 */
export function useMeetingPage(id: string): MeetingPageData | undefined {
  const [, drawn] = useReducer((n: number) => n + 1, 0)
  const early = useMemo(
    () =>
      readEarly(() => {
        const start = performance.now()
        return meetingPage(getDb(), id).finally(() => performance.measure(MEETING_READ_MEASURE, { start, end: performance.now() }))
      }),
    [id]
  )
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
