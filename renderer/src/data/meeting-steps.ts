import { useLiveQuery } from 'dexie-react-hooks'
import { meetingStepStates, resolveInvitees, sortRoles, type MeetingStepStates } from '@shared/meetings'
import type { Letter, Meeting } from '@shared/model'
import { getDb, type PkkDatabase } from './db'
import { getProfile } from './profile-repo'
import { deliveriesOf } from './deliveries-repo'
import { attendanceOfMeetings, inviteesOfMeetings } from './meeting-rows'

/**
 * The step states of the given meetings (shared/meetings/meeting-steps.ts), read in one transaction:
 * their documents, the letters those carry, invitees, roles, attendance and minutes. The meeting list
 * asks only for the meetings it shows, so the cost stays with what is on the screen.
 */
export async function loadMeetingStepStates(db: PkkDatabase, meetings: readonly Meeting[]): Promise<Map<string, MeetingStepStates>> {
  const ids = meetings.map((m) => m.id)
  return db.transaction('r', [db.profile, db.documents, db.letters, db.inviteeLists, db.people, db.organisations, db.roles, db.attendanceLists, db.minutes, db.deliveries], async () => {
    const profile = (await getProfile(db)) ?? null
    const documents = ids.length ? await db.documents.where('meetingId').anyOf(ids).toArray() : []
    const letterIds = [...new Set(documents.flatMap((d) => (d.letterId ? [d.letterId] : [])))]
    const letters = (await db.letters.bulkGet(letterIds)).filter((l): l is Letter => l !== undefined)
    const active = new Set(letters.filter((l) => l.status === 'aktif').map((l) => l.id))
    // Roles are printed only by the decree: read for meetings whose issued documents' keys are compared.
    const issuedIn = new Set(documents.filter((d) => d.letterId && active.has(d.letterId) && d.frozen).map((d) => d.meetingId))
    const inviteeRows = await inviteesOfMeetings(db, ids)
    const roleRows = issuedIn.size ? await db.roles.where('meetingId').anyOf([...issuedIn]).toArray() : []
    const attendance = await attendanceOfMeetings(db, ids)
    const minutes = await db.minutes.bulkGet(ids)
    // Sends are counted only under an issued invitation: read for those meetings alone.
    const deliveries = (await Promise.all([...issuedIn].map((id) => deliveriesOf(db, id)))).flat()
    const people = new Map((await db.people.bulkGet([...new Set(inviteeRows.flatMap((i) => (i.personId ? [i.personId] : [])))])).flatMap((p) => (p ? [[p.id, p] as const] : [])))
    const orgIds = new Set<string>()
    for (const i of inviteeRows) if (i.organisationId) orgIds.add(i.organisationId)
    for (const p of people.values()) if (p.organisationId) orgIds.add(p.organisationId)
    const organisations = new Map((await db.organisations.bulkGet([...orgIds])).flatMap((o) => (o ? [[o.id, o] as const] : [])))

    const out = new Map<string, MeetingStepStates>()
    meetings.forEach((meeting, i) => {
      const own = inviteeRows.filter((r) => r.meetingId === meeting.id)
      out.set(
        meeting.id,
        meetingStepStates({
          meeting,
          profile,
          invitees: resolveInvitees(own, people, organisations),
          roles: sortRoles(roleRows.filter((r) => r.meetingId === meeting.id)),
          documents: documents.filter((d) => d.meetingId === meeting.id),
          letters,
          attendance: attendance.filter((a) => a.meetingId === meeting.id),
          minutes: minutes[i] ?? null,
          deliveries: deliveries.filter((d) => d.meetingId === meeting.id)
        })
      )
    })
    return out
  })
}

/** The step states of the meetings shown, live: they follow every issue, correction, invitee and mark. */
export const useMeetingStepStates = (meetings: readonly Meeting[] | undefined) =>
  useLiveQuery(() => loadMeetingStepStates(getDb(), meetings ?? []), [meetings])
