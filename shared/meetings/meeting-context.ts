import type { Snapshot } from '../datafile/format'
import type { DocumentLayout } from '../documents/layout'
import type { Meeting, MeetingDocument, MeetingRole, OfficeProfile } from '../model'
import { officeRegion, resolveInvitees, type InviteeView } from './invitees'

/**
 * The types every document maker shares. A leaf module: the makers import it, and the registry that
 * imports the makers (document-kinds.ts) is imported by none of them.
 */
export interface RenderableDocument {
  /** Without extension: "Undangan 296-SKR-PKK-PROP-XII-2019". */
  fileName: string
  layout: DocumentLayout
}

/** What every document builder of a meeting gets: the meeting and everything around it, from one snapshot. */
export interface MeetingContext {
  snapshot: Snapshot
  meeting: Meeting
  invitees: InviteeView[]
  documents: MeetingDocument[]
  numberOf(doc: MeetingDocument | undefined): string | undefined
}

/** The data a numbered document (Undangan, Keputusan) is made from, wherever it runs: app, CLI, tests. */
export interface DocumentSources {
  profile: OfficeProfile
  meeting: Meeting
  invitees: readonly InviteeView[]
  roles: readonly MeetingRole[]
}

export function meetingContext(snapshot: Snapshot, meeting: Meeting): MeetingContext {
  const people = new Map(snapshot.people.map((p) => [p.id, p]))
  const organisations = new Map(snapshot.organisations.map((o) => [o.id, o]))
  const letters = new Map(snapshot.letters.map((l) => [l.id, l]))
  return {
    snapshot,
    meeting,
    invitees: resolveInvitees(
      snapshot.invitees.filter((i) => i.meetingId === meeting.id),
      people,
      organisations,
      officeRegion(snapshot.profile[0])
    ),
    documents: snapshot.documents.filter((d) => d.meetingId === meeting.id),
    numberOf: (doc) => {
      const l = doc?.letterId ? letters.get(doc.letterId) : undefined
      return l?.status === 'aktif' ? l.number : undefined
    }
  }
}
