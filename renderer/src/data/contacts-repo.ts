import { checked, checkedAll } from '@shared/datafile'
import {
  buildContactsExport,
  buildDirectory,
  filterRows,
  groupNameKey,
  OrganisationDuplicateIndex,
  type ContactsDirectory,
  type ContactsExport,
  type PersonDraft,
  type PersonRow
} from '@shared/contacts'
import {
  groupFields,
  newId,
  organisationFields,
  personFields,
  printable,
  type Group,
  type GroupFields,
  type Organisation,
  type OrganisationFields,
  type Person,
  type PersonFields
} from '@shared/model'
import type { PkkDatabase } from './db'
import { meetingsInviting } from './meeting-rows'

/** Refused because other records still point here; `count` says how many. */
export class ContactInUseError extends Error {
  constructor(
    message: string,
    readonly count: number
  ) {
    super(message)
    this.name = 'ContactInUseError'
  }
}

export class ContactNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} tidak ditemukan; mungkin sudah dihapus di jendela lain.`)
    this.name = 'ContactNotFoundError'
  }
}

// ---- reading

export async function loadDirectory(db: PkkDatabase): Promise<ContactsDirectory> {
  return db.transaction('r', db.people, db.organisations, db.groups, async () => {
    const [people, organisations, groups] = await Promise.all([db.people.toArray(), db.organisations.toArray(), db.groups.toArray()])
    return buildDirectory(people, organisations, groups)
  })
}

/** People whose name, position, organisation, e-mail or phone contain every typed word. */
export async function searchPeople(db: PkkDatabase, query: string, limit = 200): Promise<PersonRow[]> {
  return filterRows((await loadDirectory(db)).people, query).slice(0, limit)
}

export const getPerson = (db: PkkDatabase, id: string) => db.people.get(id)
export const getOrganisation = (db: PkkDatabase, id: string) => db.organisations.get(id)

// ---- people

async function assertLinks(db: PkkDatabase, organisationId: string | undefined, groupIds: readonly string[]): Promise<void> {
  if (organisationId && !(await db.organisations.get(organisationId))) throw new ContactNotFoundError('Organisasi yang dipilih')
  const found = await db.groups.bulkGet([...groupIds])
  if (found.some((g) => g === undefined)) throw new ContactNotFoundError('Kelompok yang dipilih')
}

/** Creates (no id) or updates a person. Throws a ZodError on bad fields, nothing is written then. */
export async function savePerson(db: PkkDatabase, fields: PersonFields, id?: string, now = new Date()): Promise<Person> {
  const valid = printable(personFields).parse(fields)
  return db.transaction('rw', db.people, db.organisations, db.groups, async () => {
    await assertLinks(db, valid.organisationId, valid.groupIds)
    const current = id === undefined ? undefined : await db.people.get(id)
    if (id !== undefined && !current) throw new ContactNotFoundError('Kontak')
    const stamp = now.toISOString()
    const { organisationId, ...rest } = valid
    const next = checked('people', {
      ...rest,
      ...(organisationId ? { organisationId } : {}),
      groupIds: [...new Set(valid.groupIds)],
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? stamp,
      updatedAt: stamp
    })
    await db.people.put(next)
    return next
  })
}

/**
 * Deletes a person. Refused while she is on a meeting's invitee list: the invitation and the
 * attendance list of that meeting would lose her name.
 */
export async function deletePerson(db: PkkDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.people, db.inviteeLists, async () => {
    const invited = await meetingsInviting(db, { personId: id })
    if (invited > 0) throw new ContactInUseError(`Orang ini ada di daftar undangan ${invited} rapat; hapus dulu dari daftar undangan itu.`, invited)
    await db.people.delete(id)
  })
}

// ---- organisations

export async function saveOrganisation(db: PkkDatabase, fields: OrganisationFields, id?: string, now = new Date()): Promise<Organisation> {
  const valid = printable(organisationFields).parse(fields)
  return db.transaction('rw', db.organisations, db.groups, async () => {
    await assertLinks(db, undefined, valid.groupIds)
    const current = id === undefined ? undefined : await db.organisations.get(id)
    if (id !== undefined && !current) throw new ContactNotFoundError('Organisasi')
    const stamp = now.toISOString()
    const next = checked('organisations', {
      ...valid,
      groupIds: [...new Set(valid.groupIds)],
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? stamp,
      updatedAt: stamp
    })
    await db.organisations.put(next)
    return next
  })
}

export async function countPeopleOfOrganisation(db: PkkDatabase, id: string): Promise<number> {
  return db.people.where('organisationId').equals(id).count()
}

/**
 * Deletes an organisation. While people still belong to it this is refused with a
 * ContactInUseError, unless `unlinkPeople` is set: then those people stay, without an
 * organisation, in the same transaction. Always refused while a meeting invites it.
 */
export async function deleteOrganisation(db: PkkDatabase, id: string, options: { unlinkPeople?: boolean } = {}, now = new Date()): Promise<void> {
  await db.transaction('rw', db.organisations, db.people, db.inviteeLists, async () => {
    const invited = await meetingsInviting(db, { organisationId: id })
    if (invited > 0) {
      throw new ContactInUseError(`Organisasi ini ada di daftar undangan ${invited} rapat; hapus dulu dari daftar undangan itu.`, invited)
    }
    const members = await db.people.where('organisationId').equals(id).toArray()
    if (members.length > 0 && !options.unlinkPeople) {
      throw new ContactInUseError(`Organisasi ini masih dipakai oleh ${members.length} orang.`, members.length)
    }
    const stamp = now.toISOString()
    await db.people.bulkPut(
      checkedAll(
        'people',
        members.map((p) => {
          const { organisationId: _gone, ...rest } = p
          return { ...rest, updatedAt: stamp }
        })
      )
    )
    await db.organisations.delete(id)
  })
}

// ---- groups

export async function saveGroup(db: PkkDatabase, fields: GroupFields, id?: string, now = new Date()): Promise<Group> {
  const valid = printable(groupFields).parse(fields)
  return db.transaction('rw', db.groups, async () => {
    const current = id === undefined ? undefined : await db.groups.get(id)
    if (id !== undefined && !current) throw new ContactNotFoundError('Kelompok')
    const twin = (await db.groups.toArray()).find((g) => g.id !== id && groupNameKey(g.name) === groupNameKey(valid.name))
    if (twin) throw new Error(`Kelompok "${twin.name}" sudah ada.`)
    const next = checked('groups', { ...valid, id: current?.id ?? newId(), createdAt: current?.createdAt ?? now.toISOString() })
    await db.groups.put(next)
    return next
  })
}

/** Deletes a group; its members stay, only their membership goes, in the same transaction. */
export async function deleteGroup(db: PkkDatabase, id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.groups, db.people, db.organisations, async () => {
    const stamp = now.toISOString()
    const people = await db.people.where('groupIds').equals(id).toArray()
    await db.people.bulkPut(checkedAll('people', people.map((p) => ({ ...p, groupIds: p.groupIds.filter((g) => g !== id), updatedAt: stamp }))))
    const orgs = await db.organisations.where('groupIds').equals(id).toArray()
    await db.organisations.bulkPut(checkedAll('organisations', orgs.map((o) => ({ ...o, groupIds: o.groupIds.filter((g) => g !== id), updatedAt: stamp }))))
    await db.groups.delete(id)
  })
}

/** Makes exactly these people and organisations the members of a group. */
export async function setGroupMembers(
  db: PkkDatabase,
  groupId: string,
  members: { people: readonly string[]; organisations: readonly string[] },
  now = new Date()
): Promise<void> {
  await db.transaction('rw', db.groups, db.people, db.organisations, async () => {
    if (!(await db.groups.get(groupId))) throw new ContactNotFoundError('Kelompok')
    const stamp = now.toISOString()
    const wantPeople = new Set(members.people)
    const wantOrgs = new Set(members.organisations)
    const changedPeople = (await db.people.toArray()).filter((p) => p.groupIds.includes(groupId) !== wantPeople.has(p.id))
    await db.people.bulkPut(
      checkedAll(
        'people',
        changedPeople.map((p) => ({
          ...p,
          groupIds: wantPeople.has(p.id) ? [...p.groupIds, groupId] : p.groupIds.filter((g) => g !== groupId),
          updatedAt: stamp
        }))
      )
    )
    const changedOrgs = (await db.organisations.toArray()).filter((o) => o.groupIds.includes(groupId) !== wantOrgs.has(o.id))
    await db.organisations.bulkPut(
      checkedAll(
        'organisations',
        changedOrgs.map((o) => ({
          ...o,
          groupIds: wantOrgs.has(o.id) ? [...o.groupIds, groupId] : o.groupIds.filter((g) => g !== groupId),
          updatedAt: stamp
        }))
      )
    )
  })
}

/** Puts the chosen people into a group as well ("Pilih semua" on the Orang tab, then a group); returns how many joined. */
export async function addPeopleToGroup(db: PkkDatabase, groupId: string, personIds: readonly string[], now = new Date()): Promise<number> {
  return db.transaction('rw', db.groups, db.people, async () => {
    if (!(await db.groups.get(groupId))) throw new ContactNotFoundError('Kelompok')
    const people = (await db.people.bulkGet([...personIds])).flatMap((p) => (p && !p.groupIds.includes(groupId) ? [p] : []))
    await db.people.bulkPut(checkedAll('people', people.map((p) => ({ ...p, groupIds: [...p.groupIds, groupId], updatedAt: now.toISOString() }))))
    return people.length
  })
}

/** Saves a group and sets its members in one transaction: either both happen or neither. */
export async function saveGroupWithMembers(
  db: PkkDatabase,
  fields: GroupFields,
  members: { people: readonly string[]; organisations: readonly string[] },
  id?: string,
  now = new Date()
): Promise<Group> {
  return db.transaction('rw', db.groups, db.people, db.organisations, async () => {
    const saved = await saveGroup(db, fields, id, now)
    await setGroupMembers(db, saved.id, members, now)
    return saved
  })
}

// ---- import and export

export interface ImportResult {
  people: number
  organisationsCreated: number
  groupsCreated: number
}

/**
 * Writes an import in ONE transaction: organisations missing by normalised name are created
 * (kind "Lainnya" when unknown), then missing groups by name, then the people. Every record
 * is checked with the model's schema first; if one fails, nothing at all is written.
 * `addToGroup` puts every imported person in that group too (created if missing).
 */
export async function commitImport(
  db: PkkDatabase,
  drafts: readonly PersonDraft[],
  options: { addToGroup?: string } = {},
  now = new Date()
): Promise<ImportResult> {
  const stamp = now.toISOString()
  return db.transaction('rw', db.organisations, db.groups, db.people, async () => {
    const orgIndex = new OrganisationDuplicateIndex(await db.organisations.toArray())
    const groupsByKey = new Map((await db.groups.toArray()).map((g) => [groupNameKey(g.name), g]))
    const newOrgs: Organisation[] = []
    const newGroups: Group[] = []

    const organisationIdFor = (name: string): string | undefined => {
      if (!name.trim()) return undefined
      const found = orgIndex.find(name)
      if (found) return found.id
      const created = checked('organisations', {
        name,
        kind: guessKind(name),
        headTitle: '',
        address: '',
        phone: '',
        email: '',
        groupIds: [],
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp
      })
      orgIndex.add(created)
      newOrgs.push(created)
      return created.id
    }
    const groupIdFor = (name: string): string => {
      const key = groupNameKey(name)
      const found = groupsByKey.get(key)
      if (found) return found.id
      const created = checked('groups', { name, description: '', id: newId(), createdAt: stamp })
      groupsByKey.set(key, created)
      newGroups.push(created)
      return created.id
    }

    const extra = options.addToGroup?.trim() ? groupIdFor(options.addToGroup) : undefined
    const people = drafts.map((d) => {
      const organisationId = organisationIdFor(d.organisationName)
      const groupIds = [...new Set([...d.groupNames.map(groupIdFor), ...(extra ? [extra] : [])])]
      return checked('people', {
        name: d.name,
        position: d.position,
        ...(organisationId ? { organisationId } : {}),
        phone: d.phone,
        email: d.email,
        groupIds,
        notes: d.notes,
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp
      })
    })
    await db.organisations.bulkAdd(newOrgs)
    await db.groups.bulkAdd(newGroups)
    await db.people.bulkAdd(people)
    return { people: people.length, organisationsCreated: newOrgs.length, groupsCreated: newGroups.length }
  })
}

/** A new organisation from an import: "Dinas ...", "Badan ..." are OPD, "TP PKK ..." a PKK unit. */
function guessKind(name: string): Organisation['kind'] {
  const n = name.toLowerCase()
  if (/\b(tp[ .-]?pkk|tim penggerak|pkk)\b/.test(n)) return 'pkk'
  if (/\b(dinas|badan|biro|sekretariat daerah|inspektorat|kantor|bappeda|satuan polisi|rsud|rumah sakit umum daerah)\b/.test(n)) return 'opd'
  return 'lainnya'
}

export async function exportContacts(db: PkkDatabase): Promise<ContactsExport> {
  return db.transaction('r', db.people, db.organisations, db.groups, async () =>
    buildContactsExport(await db.people.toArray(), await db.organisations.toArray(), await db.groups.toArray())
  )
}
