import type { Snapshot } from '../datafile/format'
import { documentFileName } from '../documents/file-names'
import type { DocumentLayout } from '../documents/layout'
import type { Meeting, MeetingDocument } from '../model'
import { resolveInvitees, type InviteeView } from './invitees'
import { undanganLayout } from './undangan-data'
import { kesimpulanMaker, notulenMaker } from './minutes-makers'
import { keputusanMaker } from './keputusan-data'
import { daftarHadirMaker } from './attendance-maker'

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

type DocumentMaker = (ctx: MeetingContext) => RenderableDocument[]

const undangan: DocumentMaker = (ctx) => {
  const doc = ctx.documents.find((d) => d.kind === 'undangan')
  const profile = ctx.snapshot.profile[0]
  if (!doc?.undangan || !profile) return []
  const number = ctx.numberOf(doc)
  const layout = undanganLayout({ profile, meeting: ctx.meeting, draft: doc.undangan, invitees: ctx.invitees, number })
  return [{ fileName: documentFileName(number ? 'Undangan' : 'Draf Undangan', number ?? ctx.meeting.title), layout }]
}

/** Every document kind the headless renderer and the demo produce; a new kind adds its maker here. */
export const documentMakers: readonly DocumentMaker[] = [undangan, keputusanMaker, notulenMaker, kesimpulanMaker, daftarHadirMaker]

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
      organisations
    ),
    documents: snapshot.documents.filter((d) => d.meetingId === meeting.id),
    numberOf: (doc) => {
      const l = doc?.letterId ? letters.get(doc.letterId) : undefined
      return l?.status === 'aktif' ? l.number : undefined
    }
  }
}

/** All documents of one meeting, as the app would make them. */
export function meetingDocuments(snapshot: Snapshot, meeting: Meeting): RenderableDocument[] {
  const ctx = meetingContext(snapshot, meeting)
  return documentMakers.flatMap((make) => make(ctx))
}
