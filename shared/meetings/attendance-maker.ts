import { documentFileName } from '../documents/file-names'
import { defaultDaftarHadirSettings } from '../model'
import { daftarHadirLayout, sheetParticipants } from './attendance-sheet'
import type { MeetingContext, RenderableDocument } from './meeting-context'

/**
 * The Daftar Hadir of every meeting day, with the meeting's sheet settings (or the defaults): the
 * sheet follows from the invitees, so a meeting with invitees always has one.
 */
export function daftarHadirMaker(ctx: MeetingContext): RenderableDocument[] {
  const profile = ctx.snapshot.profile[0]
  if (!profile || ctx.invitees.length === 0) return []
  const settings = ctx.documents.find((d) => d.kind === 'daftar-hadir')?.daftarHadir ?? defaultDaftarHadirSettings
  const participants = sheetParticipants(ctx.invitees, {
    people: new Map(ctx.snapshot.people.map((p) => [p.id, p])),
    organisations: new Map(ctx.snapshot.organisations.map((o) => [o.id, o])),
    groups: new Map(ctx.snapshot.groups.map((g) => [g.id, g]))
  })
  // The signatures and records of this meeting, printed on each day's sheet.
  const records = {
    rows: ctx.snapshot.attendance.filter((r) => r.meetingId === ctx.meeting.id),
    signatures: ctx.snapshot.signatures.filter((g) => g.meetingId === ctx.meeting.id)
  }
  return [...ctx.meeting.dates].sort().map((day) => ({
    fileName: daftarHadirFileName(ctx.meeting.title, day),
    layout: daftarHadirLayout({ profile, meeting: ctx.meeting, day, participants, settings, records })
  }))
}

/** "Daftar Hadir 2019-12-20 Rapat Konsultasi ...": one file per day, sorted by day. */
export function daftarHadirFileName(meetingTitle: string, day: string): string {
  return documentFileName('Daftar Hadir', day, meetingTitle)
}
