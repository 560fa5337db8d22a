import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { listCertificates } from './certificates-repo'
import { getMinutes, listActionItems, minutesRecap } from './minutes-repo'

export const useMinutes = (meetingId: string) => useLiveQuery(() => getMinutes(getDb(), meetingId).then((m) => m ?? null), [meetingId])
export const useActionItems = (meetingId: string) => useLiveQuery(() => listActionItems(getDb(), meetingId), [meetingId])
export const useMinutesRecap = (meetingId: string) => useLiveQuery(() => minutesRecap(getDb(), meetingId), [meetingId])
export const useCertificates = () => useLiveQuery(() => listCertificates(getDb()), [])

/** Every follow-up of every meeting, with the meetings, OPDs and people needed to show them. */
export const useAllActionItems = () =>
  useLiveQuery(async () => {
    const db = getDb()
    return db.transaction('r', [db.actionItems, db.meetings, db.organisations, db.people], async () => ({
      items: await db.actionItems.toArray(),
      meetings: await db.meetings.toArray(),
      organisations: await db.organisations.toArray(),
      people: await db.people.toArray()
    }))
  }, [])
