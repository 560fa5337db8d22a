import { useLiveQuery } from 'dexie-react-hooks'
import { thawLayout } from '@shared/documents/frozen-layout'
import { inviteeContact, undanganKind, type InviteeView } from '@shared/meetings'
import type { Delivery, Letter, Meeting, MeetingDocument, OfficeProfile, UndanganDraft } from '@shared/model'
import type { DocumentLayout } from '@shared/documents/layout'
import { getDb, type PkkDatabase } from './db'
import { deliveriesOf } from './deliveries-repo'
import { getMeetingDocument } from './documents-repo'
import { inviteeViews } from './meetings-repo'
import { getProfile } from './profile-repo'
import { meetingInvitees } from './meeting-rows'

/** What the sending list shows of one meeting, read in one transaction. */
export interface SendingData {
  meeting: Meeting
  profile: OfficeProfile | null
  invitees: InviteeView[]
  /** Phone and e-mail per invitee id, from Kontak. */
  contacts: ReadonlyMap<string, { phone: string; email: string }>
  undangan: { doc: MeetingDocument; draft: UndanganDraft } | null
  /** The invitation's active register entry; null before issue (or after its number was cancelled). */
  letter: Letter | null
  /** The letters as they print under that number (the frozen copy), when issued. */
  printed: DocumentLayout | null
  deliveries: Delivery[]
}

export async function loadSending(db: PkkDatabase, meetingId: string): Promise<SendingData | null> {
  return db.transaction('r', [db.meetings, db.profile, db.inviteeLists, db.people, db.organisations, db.documents, db.letters, db.deliveries], async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting) return null
    const invitees = await inviteeViews(db, meetingId)
    const rows = await meetingInvitees(db, meetingId)
    const people = new Map((await db.people.bulkGet(rows.flatMap((i) => (i.personId ? [i.personId] : [])))).flatMap((p) => (p ? [[p.id, p] as const] : [])))
    const orgs = new Map((await db.organisations.bulkGet(rows.flatMap((i) => (i.organisationId ? [i.organisationId] : [])))).flatMap((o) => (o ? [[o.id, o] as const] : [])))
    const contacts = new Map(rows.map((r) => [r.id, inviteeContact(r, people, orgs)]))
    const doc = await getMeetingDocument(db, meetingId, 'undangan')
    const found = doc?.letterId ? await db.letters.get(doc.letterId) : undefined
    const letter = found?.status === 'aktif' ? found : null
    const profile = (await getProfile(db)) ?? null
    // An invitation issued by a version that kept no frozen copy prints from the data, as its card does.
    const printed =
      letter && doc?.frozen?.letterId === letter.id
        ? thawLayout(doc.frozen.layout)
        : letter && doc?.undangan && profile
          ? undanganKind.layout({ profile, meeting, invitees, roles: [] }, doc.undangan, letter.number)
          : null
    return {
      meeting,
      profile,
      invitees,
      contacts,
      undangan: doc?.undangan ? { doc, draft: doc.undangan } : null,
      letter,
      printed,
      deliveries: await deliveriesOf(db, meetingId)
    }
  })
}

export const useSending = (meetingId: string) => useLiveQuery(() => loadSending(getDb(), meetingId), [meetingId])
