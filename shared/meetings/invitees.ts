import type { Organisation, OrganisationKind, Person } from '../model'
import { rolePosition } from './keputusan-roles'

/** How an invitee appears in the address block, the attached list and the attendance sheet. */
export interface InviteeView {
  id: string
  key: string
  kind: 'person' | 'organisation'
  /** Person: the name as written (Ny. Hj. ...). Organisation: its head's title. */
  name: string
  /** Person: position. Organisation: empty. */
  position: string
  organisationName: string
  /** The kind of the person's organisation or of the organisation invited (protocol order); undefined when none. */
  organisationKind?: OrganisationKind | undefined
  /** Lines after "Kepada Yth." for a letter to this invitee. */
  addressee: string[]
  order: number
}

export const personKey = (personId: string) => `p:${personId}`
export const organisationKey = (organisationId: string) => `o:${organisationId}`

export function personView(
  inv: { id: string; key: string; order: number },
  person: Person,
  organisation: Organisation | undefined
): InviteeView {
  const orgName = organisation?.name ?? ''
  const addressee = [person.name]
  if (person.position && orgName && !person.position.includes(orgName)) addressee.push(`${person.position} ${orgName}`)
  else if (person.position) addressee.push(person.position)
  else if (orgName) addressee.push(orgName)
  return { id: inv.id, key: inv.key, kind: 'person', name: person.name, position: person.position, organisationName: orgName, organisationKind: organisation?.kind, addressee, order: inv.order }
}

/**
 * An organisation invite is addressed to its head: the head's title joined to the organisation's name
 * without repeating the words they share ("Kepala Dinas" + "Dinas Komunikasi dan Informatika Provinsi
 * Sumatera Barat" is "Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat"), so a title
 * without the region gets it from the name; a title that already holds the name is kept as it is.
 */
export function organisationView(inv: { id: string; key: string; order: number }, organisation: Organisation): InviteeView {
  const head = rolePosition(organisation.headTitle.trim() || 'Pimpinan', organisation.name)
  return {
    id: inv.id,
    key: inv.key,
    kind: 'organisation',
    name: head,
    position: '',
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    addressee: [head],
    order: inv.order
  }
}

/** Keys already present are refused with the names, so nobody is invited twice (issue: duplicates refused). */
export function splitNewKeys(existing: Iterable<string>, requested: string[]): { fresh: string[]; duplicates: string[] } {
  const seen = new Set(existing)
  const fresh: string[] = []
  const duplicates: string[] = []
  for (const k of requested) {
    if (seen.has(k)) duplicates.push(k)
    else {
      seen.add(k)
      fresh.push(k)
    }
  }
  return { fresh, duplicates }
}

/** The invitees of a meeting in their order, resolved against the address book (people and organisations by id). */
export function resolveInvitees(
  invitees: readonly { id: string; key: string; order: number; personId?: string | undefined; organisationId?: string | undefined }[],
  people: ReadonlyMap<string, Person>,
  organisations: ReadonlyMap<string, Organisation>
): InviteeView[] {
  const out: InviteeView[] = []
  for (const inv of [...invitees].sort((a, b) => a.order - b.order)) {
    if (inv.personId) {
      const p = people.get(inv.personId)
      if (p) out.push(personView(inv, p, p.organisationId ? organisations.get(p.organisationId) : undefined))
    } else if (inv.organisationId) {
      const o = organisations.get(inv.organisationId)
      if (o) out.push(organisationView(inv, o))
    }
  }
  return out
}

/** Invitees as the attendance roster lists them (the same name, position and office as the sheet). */
export function rosterInvitees(views: readonly InviteeView[]): { inviteeId: string; name: string; position: string; organisation: string }[] {
  return views.map((v) => ({ inviteeId: v.id, name: v.name, position: v.position, organisation: v.organisationName }))
}
