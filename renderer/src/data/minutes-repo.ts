import { checked, checkedAll } from '@shared/datafile'
import { actionItem, minutes as minutesSchema, newId, printable, type ActionItem, type ActionStatus, type Minutes } from '@shared/model'
import { actionOwner, carriedAgendaLine, carryIntoAgenda, emptyMinutes, isOpen, meetingLastDay, meetingRecap, rosterInvitees, type MeetingRecap, type MinutesInput } from '@shared/meetings'
import type { PkkDatabase } from './db'
import { inviteeViews } from './meetings-repo'
import { meetingAttendance } from './meeting-rows'

export async function getMinutes(db: PkkDatabase, meetingId: string): Promise<Minutes | undefined> {
  return db.minutes.get(meetingId)
}

/**
 * Saves the whole minutes record of a meeting (the editor saves as it is typed, so this runs often:
 * one put, validated first). Throws a ZodError on data the model refuses.
 */
export async function saveMinutes(db: PkkDatabase, next: Omit<Minutes, 'updatedAt'>, now = new Date()): Promise<Minutes> {
  // The editor's fields are checked first (a ZodError the editor shows, naming a character no font
  // prints: the text stays in the editor and its journal), then the record as written.
  const valid = checked('minutes', printable(minutesSchema).parse({ ...next, updatedAt: now.toISOString() }))
  return db.transaction('rw', db.minutes, db.meetings, async () => {
    if (!(await db.meetings.get(valid.meetingId))) throw new Error('Rapat tidak ditemukan; mungkin sudah dihapus.')
    await db.minutes.put(valid)
    return valid
  })
}

export type ActionFields = Pick<ActionItem, 'what' | 'ownerText' | 'due' | 'status'> & Partial<Pick<ActionItem, 'organisationId' | 'personId'>>

export async function addActionItem(db: PkkDatabase, meetingId: string, fields: ActionFields, now = new Date()): Promise<ActionItem> {
  // The editor's fields are checked first (a ZodError the editor shows), then the record as written.
  const item = checked('actionItems', printable(actionItem).parse({ ...fields, id: newId(), meetingId, createdAt: now.toISOString(), updatedAt: now.toISOString() }))
  await db.transaction('rw', db.actionItems, db.meetings, async () => {
    if (!(await db.meetings.get(meetingId))) throw new Error('Rapat tidak ditemukan; mungkin sudah dihapus.')
    await db.actionItems.add(item)
  })
  return item
}

export async function updateActionItem(db: PkkDatabase, id: string, patch: Partial<ActionFields>, now = new Date()): Promise<ActionItem> {
  return db.transaction('rw', db.actionItems, async () => {
    const current = await db.actionItems.get(id)
    if (!current) throw new Error('Tindak lanjut tidak ditemukan; mungkin sudah dihapus.')
    // What the patch brings must print; text stored before the check came in is left as it is.
    printable(actionItem.partial()).parse(patch)
    const next = actionItem.parse({ ...current, ...patch, updatedAt: now.toISOString() })
    // An emptied OPD or person choice removes the link rather than keeping the old one.
    if ('organisationId' in patch && !patch.organisationId) delete next.organisationId
    if ('personId' in patch && !patch.personId) delete next.personId
    const row = checked('actionItems', next)
    await db.actionItems.put(row)
    return row
  })
}

export async function setActionStatus(db: PkkDatabase, id: string, status: ActionStatus, now = new Date()): Promise<ActionItem> {
  return updateActionItem(db, id, { status }, now)
}

export async function deleteActionItem(db: PkkDatabase, id: string): Promise<void> {
  await db.actionItems.delete(id)
}

export async function listActionItems(db: PkkDatabase, meetingId: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('meetingId').equals(meetingId).toArray()
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

export async function listOpenActionItems(db: PkkDatabase): Promise<ActionItem[]> {
  return db.actionItems.where('status').equals('terbuka').toArray()
}

/**
 * Carries open follow-ups into a later meeting's agenda ("Tindak lanjut: ... (OPD)") and marks each
 * as carried there, in one transaction; an item already carried to that meeting is not added twice.
 */
export async function carryActionItems(db: PkkDatabase, itemIds: readonly string[], targetMeetingId: string, now = new Date()): Promise<{ carried: number }> {
  return db.transaction('rw', [db.actionItems, db.meetings, db.organisations, db.people], async () => {
    const target = await db.meetings.get(targetMeetingId)
    if (!target) throw new Error('Rapat tujuan tidak ditemukan.')
    const items = (await db.actionItems.bulkGet([...itemIds])).flatMap((i) => (i ? [i] : []))
    const movable = items.filter((i) => isOpen(i) && i.meetingId !== targetMeetingId)
    if (movable.length === 0) throw new Error('Tidak ada tindak lanjut terbuka yang dapat dibawa ke rapat itu.')
    const orgIds = new Set<string>()
    const personIds = movable.flatMap((i) => (i.personId ? [i.personId] : []))
    const people = new Map((await db.people.bulkGet(personIds)).flatMap((p) => (p ? [[p.id, p] as const] : [])))
    for (const i of movable) if (i.organisationId) orgIds.add(i.organisationId)
    for (const p of people.values()) if (p.organisationId) orgIds.add(p.organisationId)
    const organisations = new Map((await db.organisations.bulkGet([...orgIds])).flatMap((o) => (o ? [[o.id, o] as const] : [])))
    const lines = movable.map((i) => carriedAgendaLine(i.what, actionOwner(i, organisations, people).label))
    await db.meetings.put(checked('meetings', { ...target, agenda: carryIntoAgenda(target.agenda, lines), updatedAt: now.toISOString() }))
    await db.actionItems.bulkPut(checkedAll('actionItems', movable.map((i) => ({ ...i, carriedToMeetingId: targetMeetingId, updatedAt: now.toISOString() }))))
    return { carried: movable.length }
  })
}

/** The meeting's attendance per day and folded (the Notulen's peserta line), from the invitees and the attendance rows. */
export async function minutesRecap(db: PkkDatabase, meetingId: string): Promise<MeetingRecap> {
  return db.transaction('r', [db.meetings, db.inviteeLists, db.people, db.organisations, db.attendanceLists, db.profile], async () => {
    const meeting = await db.meetings.get(meetingId)
    const invitees = rosterInvitees(await inviteeViews(db, meetingId))
    const rows = await meetingAttendance(db, meetingId)
    return meetingRecap(invitees, rows, meeting?.dates ?? [])
  })
}

/**
 * Everything the Notulen and the Kesimpulan are made from, read in one transaction when a document is
 * asked for. Before anything is written the minutes are the empty defaults.
 */
export async function loadMinutesInput(db: PkkDatabase, meetingId: string): Promise<MinutesInput> {
  return db.transaction('r', [db.profile, db.meetings, db.minutes, db.actionItems, db.organisations, db.people, db.inviteeLists, db.attendanceLists], async () => {
    const profile = await db.profile.get('office')
    const meeting = await db.meetings.get(meetingId)
    if (!profile) throw new Error('Isi dulu data kantor di Pengaturan.')
    if (!meeting) throw new Error('Rapat tidak ditemukan; mungkin sudah dihapus.')
    const actionItems = await listActionItems(db, meetingId)
    const personIds = actionItems.flatMap((a) => (a.personId ? [a.personId] : []))
    const people = (await db.people.bulkGet(personIds)).flatMap((p) => (p ? [p] : []))
    const orgIds = [...actionItems.flatMap((a) => (a.organisationId ? [a.organisationId] : [])), ...people.flatMap((p) => (p.organisationId ? [p.organisationId] : []))]
    const organisations = (await db.organisations.bulkGet(orgIds)).flatMap((o) => (o ? [o] : []))
    return {
      profile,
      meeting,
      minutes: (await db.minutes.get(meetingId)) ?? emptyMinutes(meetingId, profile, new Date(), meetingLastDay(meeting)),
      actionItems,
      organisations: new Map(organisations.map((o) => [o.id, o])),
      people: new Map(people.map((p) => [p.id, p])),
      recap: (await minutesRecap(db, meetingId)).meeting.total
    }
  })
}
