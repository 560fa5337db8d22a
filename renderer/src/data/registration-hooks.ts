import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { registrationDay } from './registration-repo'

/** The day's invitees, records and signatures as the meja registrasi searches them; follows every check-in. */
export const useRegistrationDay = (meetingId: string, day: string) => useLiveQuery(() => registrationDay(getDb(), meetingId, day), [meetingId, day])
