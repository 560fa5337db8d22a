import type { MeetingContext, RenderableDocument } from './meeting-context'
import { meetingRecap } from './attendance-recap'
import { rosterInvitees } from './invitees'
import { kesimpulanFileName, kesimpulanLayout, notulenFileName, notulenLayout, type MinutesInput } from './minutes-data'

/** Everything the Notulen and the Kesimpulan need, from the snapshot; undefined before any minutes are written. */
export function minutesInput(ctx: MeetingContext): MinutesInput | undefined {
  const { snapshot, meeting } = ctx
  const profile = snapshot.profile[0]
  const minutes = snapshot.minutes.find((m) => m.meetingId === meeting.id)
  if (!profile || !minutes) return undefined
  return {
    profile,
    meeting,
    minutes,
    actionItems: snapshot.actionItems.filter((a) => a.meetingId === meeting.id),
    organisations: new Map(snapshot.organisations.map((o) => [o.id, o])),
    people: new Map(snapshot.people.map((p) => [p.id, p])),
    recap: meetingRecap(
      rosterInvitees(ctx.invitees),
      snapshot.attendance.filter((a) => a.meetingId === meeting.id),
      meeting.dates
    ).meeting.total
  }
}

export function notulenMaker(ctx: MeetingContext): RenderableDocument[] {
  const input = minutesInput(ctx)
  return input ? [{ fileName: notulenFileName(ctx.meeting), layout: notulenLayout(input) }] : []
}

/** The conclusions as their own document, once there are any. */
export function kesimpulanMaker(ctx: MeetingContext): RenderableDocument[] {
  const input = minutesInput(ctx)
  return input && input.minutes.kesimpulan.length > 0 ? [{ fileName: kesimpulanFileName(ctx.meeting), layout: kesimpulanLayout(input) }] : []
}
