import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { inviteeViews, listMeetings } from './meetings-repo'

export const useMeetings = () => useLiveQuery(() => listMeetings(getDb()), [])
export const useMeeting = (id: string) => useLiveQuery(() => getDb().meetings.get(id).then((m) => m ?? null), [id])
export const useInvitees = (meetingId: string) => useLiveQuery(() => inviteeViews(getDb(), meetingId), [meetingId])
export const useMeetingDocuments = (meetingId: string) =>
  useLiveQuery(() => getDb().documents.where('meetingId').equals(meetingId).toArray(), [meetingId])
export const useMeetingLetters = (meetingId: string) =>
  useLiveQuery(() => getDb().letters.where('meetingId').equals(meetingId).toArray(), [meetingId])

