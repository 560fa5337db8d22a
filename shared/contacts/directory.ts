import type { Group, Organisation, Person } from '../model/contacts'
import { foldText, personNameKey } from './normalise'
import { queryMatcher, searchKey } from './search'

/** A person as the list shows it: the organisation's and groups' names resolved, search text ready. */
export interface PersonRow {
  person: Person
  organisationName: string
  groupNames: string[]
  /** Folded name, position, organisation, e-mail and phone digits. */
  key: string
  /** The name without titles, for sorting. */
  sortName: string
}

export interface OrganisationRow {
  organisation: Organisation
  peopleCount: number
  groupNames: string[]
  key: string
}

export interface GroupRow {
  group: Group
  peopleCount: number
  organisationCount: number
  key: string
}

export interface ContactsDirectory {
  people: PersonRow[]
  organisations: OrganisationRow[]
  groups: GroupRow[]
}

/** Resolves every link once, so typing in the search box only filters strings (5,000 rows in a few ms). */
export function buildDirectory(people: readonly Person[], organisations: readonly Organisation[], groups: readonly Group[]): ContactsDirectory {
  const orgById = new Map(organisations.map((o) => [o.id, o]))
  const groupById = new Map(groups.map((g) => [g.id, g]))
  const peopleOfOrg = new Map<string, number>()
  const peopleOfGroup = new Map<string, number>()
  const orgsOfGroup = new Map<string, number>()
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
  const groupNames = (ids: readonly string[]) => ids.map((id) => groupById.get(id)?.name).filter((n): n is string => n !== undefined)

  const personRows = people.map((p): PersonRow => {
    if (p.organisationId) bump(peopleOfOrg, p.organisationId)
    for (const g of p.groupIds) bump(peopleOfGroup, g)
    const organisationName = (p.organisationId && orgById.get(p.organisationId)?.name) || ''
    const names = groupNames(p.groupIds)
    return {
      person: p,
      organisationName,
      groupNames: names,
      key: searchKey([p.name, p.position, organisationName, p.email, ...names], p.phone),
      sortName: personNameKey(p.name) || foldText(p.name)
    }
  })
  for (const o of organisations) for (const g of o.groupIds) bump(orgsOfGroup, g)
  const organisationRows = organisations.map((o): OrganisationRow => {
    const names = groupNames(o.groupIds)
    return {
      organisation: o,
      peopleCount: peopleOfOrg.get(o.id) ?? 0,
      groupNames: names,
      key: searchKey([o.name, o.headTitle, o.address, o.email, ...names], o.phone)
    }
  })
  const groupRows = groups.map(
    (g): GroupRow => ({
      group: g,
      peopleCount: peopleOfGroup.get(g.id) ?? 0,
      organisationCount: orgsOfGroup.get(g.id) ?? 0,
      key: searchKey([g.name, g.description])
    })
  )
  return { people: personRows, organisations: organisationRows, groups: groupRows }
}

export function filterRows<T extends { key: string }>(rows: readonly T[], query: string): T[] {
  const match = queryMatcher(query)
  return rows.filter((r) => match(r.key))
}
