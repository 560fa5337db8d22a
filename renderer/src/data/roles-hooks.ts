import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { listLegalBases } from './legal-bases-repo'
import { listRoles } from './roles-repo'

/** The meeting's panitia, narasumber and moderator, live. */
export const useRoles = (meetingId: string) => useLiveQuery(() => listRoles(getDb(), meetingId), [meetingId])

/** The office's library of legal bases, live (seed it with ensureLegalBases; a live query only reads). */
export const useLegalBases = () => useLiveQuery(() => listLegalBases(getDb()), [])
