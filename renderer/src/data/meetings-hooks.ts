import { useLiveQuery } from 'dexie-react-hooks'
import type { DocumentKind } from '@shared/model'
import { getDb } from './db'
import { getMeetingDocument } from './documents-repo'
import { inviteeViews, listMeetings, upcomingMeetings } from './meetings-repo'

export const useMeetings = () => useLiveQuery(() => listMeetings(getDb()), [])
export const useUpcomingMeetings = (today: string, limit: number) => useLiveQuery(() => upcomingMeetings(getDb(), today, limit), [today, limit])
export const useMeeting = (id: string) => useLiveQuery(() => getDb().meetings.get(id).then((m) => m ?? null), [id])
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
