import CRC32 from 'crc-32'
import { foldText } from '../contacts/normalise'
import { roleGroupLabel, roleGroups, type MeetingRole, type Organisation, type Person, type RoleGroup, type RoleInput } from '../model'

const groupRank = new Map<RoleGroup, number>(roleGroups.map((g, i) => [g, i]))

/** Panitia, then narasumber, then moderator; within a group in the secretary's order. */
export function sortRoles<T extends Pick<MeetingRole, 'group' | 'order'>>(roles: readonly T[]): T[] {
  return [...roles].sort((a, b) => (groupRank.get(a.group) ?? 9) - (groupRank.get(b.group) ?? 9) || a.order - b.order)
}

export function rolesOf<T extends Pick<MeetingRole, 'group' | 'order'>>(roles: readonly T[], group: RoleGroup): T[] {
  return sortRoles(roles.filter((r) => r.group === group))
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean)
// One collator for every comparison: localeCompare with a locale and options sets one up per call (some 2 ms
// for the 65 invitees of a meeting page, each read); Intl.Collator's compare is the same comparison.
const baseLetters = new Intl.Collator('id', { sensitivity: 'base' })
const same = (a: string, b: string) => baseLetters.compare(a, b) === 0

/**
 * Jabatan/Instansi as the lampiran prints it, from the address book's position and organisation, without the
 * word they share: "Kepala Dinas" + "Dinas Kesehatan Provinsi Sumatera Barat" is "Kepala Dinas Kesehatan
 * Provinsi Sumatera Barat"; "Kepala Bidang Kesehatan Masyarakat" + "Dinas Kesehatan ..." keeps both.
 */
export function rolePosition(position: string, organisationName: string): string {
  const pos = position.trim().replace(/\s+/g, ' ')
  const org = organisationName.trim().replace(/\s+/g, ' ')
  if (!org) return pos
  if (!pos) return org
  if (pos.toLocaleLowerCase('id-ID').includes(org.toLocaleLowerCase('id-ID'))) return pos
  const p = words(pos)
  const o = words(org)
  for (let n = Math.min(p.length, o.length); n > 0; n--) {
    const tail = p.slice(p.length - n)
    if (tail.every((w, i) => same(w, o[i] ?? ''))) return [...p.slice(0, p.length - n), ...o].join(' ')
  }
  return `${pos} ${org}`
}

/** A role's name and position taken from the address book; both stay editable. */
export function rolePrefill(person: Pick<Person, 'id' | 'name' | 'position'>, organisation: Pick<Organisation, 'name'> | undefined) {
  return { personId: person.id, name: person.name, position: rolePosition(person.position, organisation?.name ?? '') }
}

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID')

/**
 * Why a role may not be added as it is, or null: the same person twice in one group (a speaker may also
 * moderate, but nobody is in the committee twice).
 */
export function roleConflict(
  existing: readonly Pick<MeetingRole, 'id' | 'group' | 'personId' | 'name'>[],
  input: Pick<RoleInput, 'group' | 'personId' | 'name'>,
  ignoreId?: string
): string | null {
  const clash = existing.find(
    (r) =>
      r.id !== ignoreId &&
      r.group === input.group &&
      ((input.personId !== undefined && r.personId === input.personId) || fold(r.name) === fold(input.name))
  )
  return clash ? `${clash.name} sudah tercantum sebagai ${roleGroupLabel[input.group]}.` : null
}

/** "Panitia Pelaksana, Narasumber dan Moderator": the groups a decree appoints, in their order. */
export function groupsPhrase(groups: Iterable<RoleGroup>): string {
  const present = new Set(groups)
  const names = roleGroups.filter((g) => present.has(g)).map((g) => roleGroupLabel[g])
  const list = names.length > 0 ? names : roleGroups.map((g) => roleGroupLabel[g])
  return list.length === 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} dan ${list.at(-1) ?? ''}`
}

/**
 * What a decree does with the groups it names: a committee is formed (membentuk), speakers and
 * moderators are appointed (menunjuk). Active for the article ("Membentuk Panitia Pelaksana serta
 * menunjuk Narasumber dan Moderator"), passive for Menimbang ("dibentuk ... serta ditunjuk ...").
 */
export function appointmentPhrase(groups: Iterable<RoleGroup>, voice: 'active' | 'passive'): string {
  const given = new Set(groups)
  const present = given.size > 0 ? given : new Set(roleGroups)
  const others = roleGroups.filter((g) => g !== 'panitia' && present.has(g))
  const [form, appoint] = voice === 'active' ? ['Membentuk', 'menunjuk'] : ['dibentuk', 'ditunjuk']
  const parts = [
    ...(present.has('panitia') ? [`${form} ${groupsPhrase(['panitia'])}`] : []),
    ...(others.length > 0 ? [`${appoint} ${groupsPhrase(others)}`] : [])
  ]
  const text = parts.join(' serta ')
  return voice === 'active' ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/** Where each role moves in its group; the other roles of the group keep their order. */
export function moveInGroup<T extends Pick<MeetingRole, 'id' | 'group' | 'order'>>(roles: readonly T[], roleId: string, delta: -1 | 1): { id: string; order: number }[] {
  const role = roles.find((r) => r.id === roleId)
  if (!role) return []
  const list = rolesOf(roles, role.group)
  const i = list.findIndex((r) => r.id === roleId)
  const a = list[i]
  const b = list[i + delta]
  if (!a || !b) return []
  // Orders may repeat after an import; renumbering the whole group makes the swap certain.
  const next = list.map((r) => r.id)
  next[i] = b.id
  next[i + delta] = a.id
  return next.map((id, n) => ({ id, order: n + 1 }))
}

/**
 * Address-book matches in the order the role form offers them (Enter takes the first): whoever the typed words
 * name as a whole comes before whoever merely contains them, so "kepala dinas kesehatan" finds the Kepala Dinas
 * Kesehatan before a Kepala Bidang of that Dinas.
 */
export function rankForRole<T extends { name: string; position: string; organisationName: string }>(rows: readonly T[], query: string): T[] {
  const q = foldText(query).replace(/\s+/g, ' ')
  if (!q) return [...rows]
  const score = (r: T) => {
    // The typed words at the start of a word of the name.
    if (` ${foldText(r.name)}`.includes(` ${q}`)) return 0
    if (foldText(rolePosition(r.position, r.organisationName)).includes(q)) return 1
    return 2
  }
  return rows
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.r)
}

/**
 * What the decree prints of its roles (group, order in the group, title, name, Jabatan/Instansi, materi),
 * as a short code: stored when the number is issued, so a change of the roles afterwards is noticed
 * and the office decides between a correction under the same number and a new number.
 */
export function rolesFingerprint(roles: readonly Pick<MeetingRole, 'group' | 'order' | 'roleTitle' | 'name' | 'position' | 'topic'>[]): string {
  const printed = sortRoles(roles).map((r) => [r.group, r.roleTitle.trim(), r.name.trim(), r.position.trim(), r.topic.trim()])
  return `peran:${(CRC32.str(JSON.stringify(printed)) >>> 0).toString(16).padStart(8, '0')}:${roles.length}`
}
