import { checked, checkedAll } from '@shared/datafile'
import { moveInGroup, roleConflict, rolePrefill, sortRoles } from '@shared/meetings'
import { newId, roleInput, type MeetingRole, type RoleGroup, type RoleInput } from '@shared/model'
import type { PkkDatabase } from './db'

/** A role refused with a reason the secretary can act on (Indonesian). */
export class RoleError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoleError'
  }
}

type RoleFields = Omit<MeetingRole, 'id' | 'meetingId' | 'order'>

function parseRole(raw: RoleInput): RoleFields {
  const r = roleInput.safeParse(raw)
  if (!r.success) throw new RoleError(r.error.issues.map((i) => i.message).join('; '))
  const { personId, ...rest } = r.data
  return personId ? { ...rest, personId } : rest
}

/** The meeting's panitia, narasumber and moderator, each group in the secretary's order. */
export async function listRoles(db: PkkDatabase, meetingId: string): Promise<MeetingRole[]> {
  return sortRoles(await db.roles.where('meetingId').equals(meetingId).toArray())
}

/** Adds a role at the end of its group; someone already in the group is refused by name. */
export async function addRole(db: PkkDatabase, meetingId: string, raw: RoleInput): Promise<MeetingRole> {
  const input = parseRole(raw)
  return db.transaction('rw', db.roles, db.meetings, db.people, async () => {
    if (!(await db.meetings.get(meetingId))) throw new RoleError('Rapat tidak ditemukan; mungkin sudah dihapus.')
    if (input.personId && !(await db.people.get(input.personId))) throw new RoleError('Orang ini tidak ada lagi di buku alamat.')
    const existing = await db.roles.where('meetingId').equals(meetingId).toArray()
    const conflict = roleConflict(existing, input)
    if (conflict) throw new RoleError(conflict)
    const order = existing.filter((r) => r.group === input.group).reduce((max, r) => Math.max(max, r.order), 0) + 1
    const role = checked('roles', { id: newId(), meetingId, ...input, order })
    await db.roles.add(role)
    return role
  })
}

export interface AddPeopleResult {
  added: number
  /** Names already in the group; they are not added again. */
  skipped: string[]
}

/** Several people of the address book at once under one title (the Anggota of a committee), in the order given. */
export async function addRolesFromPeople(
  db: PkkDatabase,
  meetingId: string,
  group: RoleGroup,
  roleTitle: string,
  personIds: readonly string[]
): Promise<AddPeopleResult> {
  return db.transaction('rw', db.roles, db.meetings, db.people, db.organisations, async () => {
    if (!(await db.meetings.get(meetingId))) throw new RoleError('Rapat tidak ditemukan; mungkin sudah dihapus.')
    const existing = await db.roles.where('meetingId').equals(meetingId).toArray()
    let order = existing.filter((r) => r.group === group).reduce((max, r) => Math.max(max, r.order), 0)
    const skipped: string[] = []
    let added = 0
    for (const personId of personIds) {
      const person = await db.people.get(personId)
      if (!person) continue
      const org = person.organisationId ? await db.organisations.get(person.organisationId) : undefined
      const input = parseRole({ group, roleTitle, topic: '', ...rolePrefill(person, org) })
      if (roleConflict(existing, input)) {
        skipped.push(person.name)
        continue
      }
      const role = checked('roles', { id: newId(), meetingId, ...input, order: ++order })
      await db.roles.add(role)
      existing.push(role)
      added++
    }
    return { added, skipped }
  })
}

/** Saves an edited role; its group and place in the order stay. */
export async function updateRole(db: PkkDatabase, roleId: string, raw: RoleInput): Promise<MeetingRole> {
  const input = parseRole(raw)
  return db.transaction('rw', db.roles, async () => {
    const current = await db.roles.get(roleId)
    if (!current) throw new RoleError('Data ini tidak ditemukan; mungkin sudah dihapus di jendela lain.')
    if (input.group !== current.group) throw new RoleError('Kelompok tidak dapat diubah; hapus lalu tambahkan di kelompok lain.')
    const others = await db.roles.where('meetingId').equals(current.meetingId).toArray()
    const conflict = roleConflict(others, input, roleId)
    if (conflict) throw new RoleError(conflict)
    const { personId: _old, ...rest } = current
    const next = checked('roles', { ...rest, ...input })
    await db.roles.put(next)
    return next
  })
}

export async function removeRole(db: PkkDatabase, roleId: string): Promise<void> {
  await db.roles.delete(roleId)
}

/** Moves a role one place up or down within its group. */
export async function moveRole(db: PkkDatabase, roleId: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(roleId)
    if (!role) return
    const group = await db.roles.where('meetingId').equals(role.meetingId).toArray()
    const byId = new Map(group.map((r) => [r.id, r]))
    const moved = moveInGroup(group, roleId, delta).flatMap((u) => {
      const r = byId.get(u.id)
      return r ? [{ ...r, order: u.order }] : []
    })
    await db.roles.bulkPut(checkedAll('roles', moved))
  })
}
