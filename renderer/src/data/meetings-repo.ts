import { checked } from '@shared/datafile'
import { meetingFields, newId, printable, type Invitee, type Meeting, type MeetingFields, type OfficeProfile, type Organisation, type Person } from '@shared/model'
import { compareMeetingsNewestFirst, nextMeetings, DaysHaveAttendanceError, daysLosingRecords, fitAttendanceRow, moveToNumber, officeRegion, organisationKey, personKey, remapMeetingDays, renumber, resolveInvitees, splitNewKeys, type InviteeView } from '@shared/meetings'
import { comparePersonNames, compareText } from '@shared/contacts/sort'
import type { PkkDatabase } from './db'
import { meetingAttendance, meetingInvitees, writeAttendance, writeInvitees } from './meeting-rows'

export async function createMeeting(db: PkkDatabase, fields: MeetingFields, now = new Date()): Promise<Meeting> {
  const valid = printable(meetingFields).parse(fields)
  const m = checked('meetings', { ...valid, id: newId(), createdAt: now.toISOString(), updatedAt: now.toISOString() })
  await db.meetings.add(m)
  return m
}

export interface UpdateMeetingOptions {
  now?: Date
  /** The secretary agreed to remove days that hold recorded attendance, and their records with them. */
  removeDaysWithRecords?: boolean
}

/**
 * Saves a meeting's edited fields. Attendance belongs to the meeting's day, so when the dates change
 * the attendance rows follow in the same transaction (shared/meetings/meeting-days.ts). A removed day
 * that holds records is refused with DaysHaveAttendanceError unless `removeDaysWithRecords`; its rows
 * are then deleted.
 */
export async function updateMeeting(db: PkkDatabase, id: string, fields: MeetingFields, options: UpdateMeetingOptions = {}): Promise<Meeting> {
  const valid = printable(meetingFields).parse(fields)
  const now = options.now ?? new Date()
  return db.transaction('rw', db.meetings, db.attendanceLists, async () => {
    const current = await db.meetings.get(id)
    if (!current) throw new Error('Rapat tidak ditemukan; mungkin sudah dihapus di jendela lain.')
    const remap = remapMeetingDays(current.dates, valid.dates)
    const rows = await meetingAttendance(db, id)
    const losses = daysLosingRecords(remap, rows)
    if (losses.length > 0 && !options.removeDaysWithRecords) throw new DaysHaveAttendanceError(losses)
    const removed = new Set(remap.removed.map((r) => r.day))
    const moved = rows.flatMap((r) => {
      const to = remap.moves.get(r.day)
      return to !== undefined && to !== r.day ? [checked('attendance', fitAttendanceRow({ ...r, day: to }))] : []
    })
    await writeAttendance(db, id, { remove: rows.filter((r) => removed.has(r.day)).map((r) => r.id), put: moved })
    const next = checked('meetings', { ...current, ...valid, updatedAt: now.toISOString() })
    await db.meetings.put(next)
    return next
  })
}

/** A meeting whose documents already carry a number stays: the register must keep pointing at it. */
export async function deleteMeeting(db: PkkDatabase, id: string): Promise<void> {
  const parts = [db.documents, db.roles, db.actionItems, db.deliveries, db.meetingPhotos] as const
  await db.transaction('rw', [db.meetings, db.letters, db.minutes, db.laporan, db.files, db.inviteeLists, db.attendanceLists, ...parts], async () => {
    const numbered = await db.letters.where('meetingId').equals(id).count()
    if (numbered > 0) {
      throw new Error(`Rapat ini tidak dapat dihapus karena sudah memiliki ${numbered} surat bernomor di Buku Agenda Surat Keluar.`)
    }
    // The photo and scan files only this meeting names go too (others may name the same file).
    const photoHashes = (await db.meetingPhotos.where('meetingId').equals(id).toArray()).map((p) => p.hash)
    const scanHash = (await db.laporan.get(id))?.scan?.hash
    // Everything that hangs on the meeting goes with it; nothing is left pointing at nothing.
    for (const table of parts) await table.where('meetingId').equals(id).delete()
    await db.inviteeLists.delete(id)
    await db.attendanceLists.delete(id)
    await db.minutes.delete(id)
    await db.laporan.delete(id)
    await db.meetings.delete(id)
    const scans = new Set((await db.laporan.toArray()).flatMap((l) => (l.scan ? [l.scan.hash] : [])))
    for (const hash of new Set([...photoHashes, ...(scanHash ? [scanHash] : [])])) {
      if (!scans.has(hash) && (await db.meetingPhotos.where('hash').equals(hash).count()) === 0) await db.files.delete(hash)
    }
  })
}

export async function listMeetings(db: PkkDatabase): Promise<Meeting[]> {
  const all = await db.meetings.toArray()
  return all.sort(compareMeetingsNewestFirst)
}

/**
 * The `limit` soonest meetings still to come (their last day today or later), soonest first: read from
 * the index of the meetings' days, so a 10-year office's past meetings are not read.
 */
export async function upcomingMeetings(db: PkkDatabase, today: string, limit: number): Promise<Meeting[]> {
  return nextMeetings(await db.meetings.where('dates').aboveOrEqual(today).toArray(), today, limit)
}

export interface AddResult {
  added: number
  /** Names of those already invited; they are not added again. */
  duplicates: string[]
}

/** Adds invitees by key ("p:<id>" person, "o:<id>" organisation); someone already invited is refused by name. */
export async function addInvitees(db: PkkDatabase, meetingId: string, keys: string[], now = new Date()): Promise<AddResult> {
  return db.transaction('rw', db.inviteeLists, db.people, db.organisations, db.meetings, async () => {
    if (!(await db.meetings.get(meetingId))) throw new Error('Rapat tidak ditemukan.')
    const existing = await meetingInvitees(db, meetingId)
    const { fresh, duplicates } = splitNewKeys(
      existing.map((i) => i.key),
      keys
    )
    let order = existing.reduce((max, i) => Math.max(max, i.order), 0)
    const rows: Invitee[] = []
    for (const key of fresh) {
      const targetId = key.slice(2)
      const isPerson = key.startsWith('p:')
      const found = isPerson ? await db.people.get(targetId) : await db.organisations.get(targetId)
      if (!found) continue
      rows.push({
        id: newId(),
        meetingId,
        key,
        kind: isPerson ? 'person' : 'organisation',
        ...(isPerson ? { personId: targetId } : { organisationId: targetId }),
        order: ++order,
        createdAt: now.toISOString()
      })
    }
    await writeInvitees(db, meetingId, { put: rows, addOnly: true })
    const names: string[] = []
    for (const key of duplicates) {
      const targetId = key.slice(2)
      const found = key.startsWith('p:') ? await db.people.get(targetId) : await db.organisations.get(targetId)
      names.push(found?.name ?? key)
    }
    return { added: rows.length, duplicates: names }
  })
}

/** Everyone in a group: its people, and (optionally) its organisations addressed to their heads. */
export async function groupKeys(db: PkkDatabase, groupId: string, includeOrganisations: boolean): Promise<string[]> {
  const people = await db.people.where('groupIds').equals(groupId).toArray()
  const keys = people.sort((a, b) => comparePersonNames(a.name, b.name)).map((p) => personKey(p.id))
  if (includeOrganisations) {
    const orgs = await db.organisations.where('groupIds').equals(groupId).toArray()
    keys.push(...orgs.sort((a, b) => compareText(a.name, b.name)).map((o) => organisationKey(o.id)))
  }
  return keys
}

export async function removeInvitee(db: PkkDatabase, meetingId: string, inviteeId: string): Promise<void> {
  await writeInvitees(db, meetingId, { remove: [inviteeId] })
}

/** ↑/↓ of one row: the same as moving it to the number above or below. */
export async function moveInvitee(db: PkkDatabase, meetingId: string, inviteeId: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.inviteeLists, async () => {
    const list = (await meetingInvitees(db, meetingId)).sort((a, b) => a.order - b.order)
    const ids = list.map((x) => x.id)
    const i = ids.indexOf(inviteeId)
    if (i < 0 || i + delta < 0 || i + delta >= ids.length) return
    const current = new Map(list.map((x) => [x.id, x.order]))
    const changes = renumber(moveToNumber(ids, inviteeId, i + delta + 1), current)
    const byId = new Map(list.map((x) => [x.id, x]))
    await writeInvitees(db, meetingId, { put: changes.flatMap((c) => { const row = byId.get(c.id); return row ? [{ ...row, order: c.order }] : [] }) })
  })
}

/** The invitees of a meeting as documents and screens show them, in the chosen order. */
/** What the meeting page draws first: the meeting, its invitees as the table shows them, the office profile. */
export interface MeetingPageData {
  meeting: Meeting | null
  invitees: InviteeView[]
  profile: OfficeProfile | null
}

/**
 * Up to this many organisations in the office (a decade's office has some 300), the meeting page reads them all in
 * one request beside the people instead of one request per organisation in a wave after the people.
 */
const ALL_ORGANISATIONS_UP_TO = 1000

/**
 * The meeting page's first read, in one transaction and two waves of IndexedDB requests asked together: the
 * meeting, its invitee list, the profile and how many organisations the office has; then the people invited and,
 * in an office of up to `allOrganisationsUpTo` organisations, all of them in one request (one getAll instead of a
 * request per organisation, and no third wave for the organisations of the people). A larger office reads the
 * organisations invited directly beside the people, then those of the people not read yet (three waves).
 */
export async function meetingPage(db: PkkDatabase, meetingId: string, allOrganisationsUpTo = ALL_ORGANISATIONS_UP_TO): Promise<MeetingPageData> {
  return db.transaction('r', [db.meetings, db.inviteeLists, db.people, db.organisations, db.profile], async () => {
    const [meeting, list, profile, organisationCount] = await Promise.all([
      db.meetings.get(meetingId),
      meetingInvitees(db, meetingId),
      db.profile.get('office'),
      db.organisations.count()
    ])
    const { people, orgs } = await peopleAndOrganisations(db, list, organisationCount <= allOrganisationsUpTo)
    return { meeting: meeting ?? null, invitees: resolveInvitees(list, people, orgs, officeRegion(profile)), profile: profile ?? null }
  })
}

/**
 * meetingPage read with IndexedDB's own requests, one transaction, every request of a wave issued in one synchronous
 * loop and its replies counted in their callbacks (no promise per request): the same result. The organisations are
 * read in the first wave, beside the meeting and its list (up to `allOrganisationsUpTo` of them and one more, so a
 * larger office is seen), so the second wave is the people invited alone; an office with more reads the
 * organisations invited directly beside the people, then those of the people not read yet.
 */
export function meetingPageDirect(idb: IDBDatabase, meetingId: string, allOrganisationsUpTo = ALL_ORGANISATIONS_UP_TO): Promise<MeetingPageData> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['meetings', 'inviteeLists', 'people', 'organisations', 'profile'], 'readonly')
    tx.onabort = () => reject(tx.error ?? new Error('Pembacaan rapat dibatalkan.'))
    const people = tx.objectStore('people')
    const organisations = tx.objectStore('organisations')
    /** Asks every request of a wave, then calls `done` with their results in order once the last is in. */
    const wave = (requests: IDBRequest[], done: (results: unknown[]) => void): void => {
      let left = requests.length
      if (left === 0) return done([])
      for (const r of requests)
        r.onsuccess = () => {
          if (--left === 0) done(requests.map((q) => q.result as unknown))
        }
    }
    const present = <T>(xs: unknown[]): T[] => xs.filter((x): x is T => x !== undefined)
    wave(
      [tx.objectStore('meetings').get(meetingId), tx.objectStore('inviteeLists').get(meetingId), tx.objectStore('profile').get('office'), organisations.getAll(null, allOrganisationsUpTo + 1)],
      ([meeting, stored, profile, firstOrgs]) => {
        const list = (stored as { rows: Invitee[] } | undefined)?.rows ?? []
        const { personIds, direct } = invitedIds(list)
        const everyOrg = firstOrgs as Organisation[]
        const all = everyOrg.length <= allOrganisationsUpTo
        const finish = (found: Person[], orgList: Organisation[]) => {
          const byId = new Map(found.map((p) => [p.id, p] as const))
          const orgs = new Map(orgList.map((o) => [o.id, o] as const))
          const office = (profile as OfficeProfile | undefined) ?? null
          resolve({ meeting: (meeting as Meeting | undefined) ?? null, invitees: resolveInvitees(list, byId, orgs, officeRegion(office ?? undefined)), profile: office })
        }
        if (all) return wave(personIds.map((id) => people.get(id)), (found) => finish(present(found), everyOrg))
        wave([...personIds.map((id) => people.get(id)), ...direct.map((id) => organisations.get(id))], (results) => {
          const found = present<Person>(results.slice(0, personIds.length))
          const orgList = present<Organisation>(results.slice(personIds.length))
          const more = organisationsNotRead(found, direct)
          wave(
            more.map((id) => organisations.get(id)),
            (rest) => finish(found, [...orgList, ...present<Organisation>(rest)])
          )
        })
      }
    )
  })
}

/** What an invitee list names: its people, and the organisations invited directly (each once). */
function invitedIds(list: readonly Invitee[]): { personIds: string[]; direct: string[] } {
  return {
    personIds: list.flatMap((i) => (i.personId ? [i.personId] : [])),
    direct: [...new Set(list.flatMap((i) => (i.organisationId ? [i.organisationId] : [])))]
  }
}

/** The organisations of `people` not among those already read (`read`), each once. */
function organisationsNotRead(people: Iterable<Person>, read: readonly string[]): string[] {
  const known = new Set(read)
  return [...new Set([...people].flatMap((p) => (p.organisationId && !known.has(p.organisationId) ? [p.organisationId] : [])))]
}

/**
 * The people invited and every organisation the list names (directly or through a person): one wave when every
 * organisation of the office is read (`allOrganisations`), two at most otherwise.
 */
async function peopleAndOrganisations(db: PkkDatabase, list: readonly Invitee[], allOrganisations = false): Promise<{ people: Map<string, Person>; orgs: Map<string, Organisation> }> {
  const { personIds, direct } = invitedIds(list)
  const [found, firstOrgs] = await Promise.all([db.people.bulkGet(personIds), allOrganisations ? db.organisations.toArray() : db.organisations.bulkGet(direct)])
  const people = new Map(found.flatMap((p) => (p ? [[p.id, p] as const] : [])))
  const orgs = new Map(firstOrgs.flatMap((o) => (o ? [[o.id, o] as const] : [])))
  if (allOrganisations) return { people, orgs }
  const more = organisationsNotRead(people.values(), direct)
  if (more.length) for (const o of await db.organisations.bulkGet(more)) if (o) orgs.set(o.id, o)
  return { people, orgs }
}

export async function inviteeViews(db: PkkDatabase, meetingId: string): Promise<InviteeView[]> {
  return db.transaction('r', db.inviteeLists, db.people, db.organisations, db.profile, async () => {
    const [list, profile] = await Promise.all([meetingInvitees(db, meetingId), db.profile.get('office')])
    const { people, orgs } = await peopleAndOrganisations(db, list)
    return resolveInvitees(list, people, orgs, officeRegion(profile))
  })
}
