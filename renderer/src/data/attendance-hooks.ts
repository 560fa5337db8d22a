import { useLiveQuery } from 'dexie-react-hooks'
import { attendanceOfDay, meetingParticipants, meetingSignatures, signaturesOfDay, startingSheetSettings } from './attendance-repo'
import { getDb } from './db'
import { getMeetingDocument } from './documents-repo'
import { meetingAttendance } from './meeting-rows'

/** The invitees with phone and group, for the sheet and the recording screen; re-runs when contacts change. */
export const useMeetingParticipants = (meetingId: string) => useLiveQuery(() => meetingParticipants(getDb(), meetingId), [meetingId])

/** The recorded rows of one meeting day. */
export const useAttendanceDay = (meetingId: string, day: string) => useLiveQuery(() => attendanceOfDay(getDb(), meetingId, day), [meetingId, day])

/** Every recorded row of a meeting, all days (the recap on the meeting page). */
export const useMeetingAttendance = (meetingId: string) =>
  useLiveQuery(() => meetingAttendance(getDb(), meetingId), [meetingId])

/** The meeting's sheet settings, or what a new sheet starts from; `saved` says whether they are stored. */
export const useSheetSettings = (meetingId: string) =>
  useLiveQuery(async () => {
    const doc = await getMeetingDocument(getDb(), meetingId, 'daftar-hadir')
    return doc?.daftarHadir ? { settings: doc.daftarHadir, saved: true } : { settings: await startingSheetSettings(getDb()), saved: false }
  }, [meetingId])

/** The attendance rows of one day that carry a signature from the meja registrasi (their ids). */
export const useSignedRows = (meetingId: string, day: string) =>
  useLiveQuery(async () => new Set((await signaturesOfDay(getDb(), meetingId, day)).map((g) => g.attendanceId)), [meetingId, day])

/** Every signature of a meeting, for the Daftar Hadir of each day. */
export const useMeetingSignatures = (meetingId: string) => useLiveQuery(() => meetingSignatures(getDb(), meetingId), [meetingId])
