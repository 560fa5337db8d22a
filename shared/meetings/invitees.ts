import type { Organisation, OrganisationKind, Person } from '../model'
import { rolePosition } from './keputusan-roles'
import { officeLevelLabel, type OfficeProfile } from '../model'

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
  // "Kepala Dinas" of "Dinas Komunikasi dan Informatika ..." is addressed without the shared word twice.
  const line = rolePosition(person.position, orgName)
  if (line) addressee.push(line)
  return { id: inv.id, key: inv.key, kind: 'person', name: person.name, position: person.position, organisationName: orgName, organisationKind: organisation?.kind, addressee, order: inv.order }
}

/**
 * An organisation invite is addressed to its head (docs/formats.md "Addressees"): organisationAddressee.
 * `officeRegion` ("Provinsi Sumatera Barat") is the inviting office's, for an organisation named without one.
 */
export function organisationView(inv: { id: string; key: string; order: number }, organisation: Organisation, officeRegion?: string): InviteeView {
  const head = organisationAddressee(organisation.headTitle, organisation.name, officeRegion)
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
  organisations: ReadonlyMap<string, Organisation>,
  officeRegion?: string
): InviteeView[] {
  const out: InviteeView[] = []
  for (const inv of [...invitees].sort((a, b) => a.order - b.order)) {
    if (inv.personId) {
      const p = people.get(inv.personId)
      if (p) out.push(personView(inv, p, p.organisationId ? organisations.get(p.organisationId) : undefined))
    } else if (inv.organisationId) {
      const o = organisations.get(inv.organisationId)
      if (o) out.push(organisationView(inv, o, officeRegion))
    }
  }
  return out
}

/** Invitees as the attendance roster lists them (the same name, position and office as the sheet). */
export function rosterInvitees(views: readonly InviteeView[]): { inviteeId: string; name: string; position: string; organisation: string }[] {
  return views.map((v) => ({ inviteeId: v.id, name: v.name, position: v.position, organisation: v.organisationName }))
}

/** "Provinsi Sumatera Barat": the inviting office's region, for organisations named without one; none at the national office. */
export function officeRegion(profile: Pick<OfficeProfile, 'level' | 'regionName'> | undefined): string | undefined {
  if (!profile || profile.level === 'pusat' || !profile.regionName.trim()) return undefined
  return `${officeLevelLabel[profile.level]} ${profile.regionName.trim().replace(/\s+/g, ' ')}`
}

const LEVEL = '(?:Provinsi|Kabupaten|Kota|Kecamatan|Desa|Kelurahan)'
/** The region at the end of a name: "Dinas Kesehatan Provinsi Sumatera Barat" -> "Provinsi Sumatera Barat". */
export function regionOf(text: string): string | undefined {
  return new RegExp(`(?:^|\\s)(${LEVEL}\\s+\\S.*)$`, 'iu').exec(text.trim())?.[1]
}
/** Heads of a region are named with the region's name alone: "Gubernur Sumatera Barat", "Bupati Agam", "Camat Lubuk Kilangan". */
const REGION_HEAD = /^(Gubernur|Wakil Gubernur|Bupati|Wakil Bupati|Wali Kota|Walikota|Wakil Wali Kota|Camat|Lurah|Kepala Desa|Wali Nagari)$/i

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean)
const fold = (s: string) => s.toLocaleLowerCase('id-ID')
/** A post and its office share a stem: Sekretaris and Sekretariat, Inspektur and Inspektorat, Direktur and Direktorat. */
const sameStem = (a: string, b: string) => a.length >= 6 && b.length >= 6 && fold(a).slice(0, 6) === fold(b).slice(0, 6)

/**
 * The addressee of an organisation, composed from its head's title and its name (docs/formats.md "Addressees"):
 * - the words the title ends with and the name begins with are written once ("Kepala Dinas" + "Dinas Komunikasi
 *   dan Informatika Provinsi Sumatera Barat" is "Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat");
 * - an organisation named after its head's post is not repeated ("Sekretaris Daerah" + "Sekretariat Daerah
 *   Provinsi Sumatera Barat" is "Sekretaris Daerah Provinsi Sumatera Barat"), nor a region's government
 *   ("Pemerintah Provinsi ..." is the region);
 * - a head of a region takes the region's name ("Gubernur" + "Pemerintah Provinsi Sumatera Barat" is "Gubernur
 *   Sumatera Barat");
 * - the region is added when neither the title nor the name holds it, from the inviting office ("Sekretaris
 *   Daerah" + "Sekretariat Daerah" at a provincial office is "Sekretaris Daerah Provinsi Sumatera Barat").
 */
export function organisationAddressee(headTitle: string, organisationName: string, officeRegionName?: string): string {
  const title = headTitle.trim().replace(/\s+/g, ' ') || 'Pimpinan'
  const name = organisationName.trim().replace(/\s+/g, ' ')
  const region = regionOf(name) ?? regionOf(title) ?? officeRegionName?.trim()
  if (REGION_HEAD.test(title)) return region ? `${title} ${region.replace(new RegExp(`^${LEVEL}\\s+`, 'iu'), '')}` : title
  const composed = composeHead(title, name)
  if (regionOf(composed) || !region) return composed
  // "Badan Permusyawaratan Desa" + "Desa Sukamaju": the shared word once.
  return rolePosition(composed, region)
}

function composeHead(title: string, name: string): string {
  if (!name) return title
  // The government of a region is the region itself: "Sekretaris Daerah" of "Pemerintah Provinsi X".
  const government = /^Pemerintah(?:an)?\s+/i.exec(name)
  if (government && regionOf(name) && words(title).length > 1) return `${title} ${name.slice(government[0].length)}`
  const t = words(title)
  const o = words(name)
  for (let n = Math.min(t.length, o.length); n > 0; n--) {
    const tail = t.slice(t.length - n)
    const stem = sameStem(tail[0] ?? '', o[0] ?? '') && tail.slice(1).every((w, i) => fold(w) === fold(o[i + 1] ?? ''))
    if (stem && fold(tail[0] ?? '') !== fold(o[0] ?? '')) return [...t, ...o.slice(n)].join(' ')
  }
  return rolePosition(title, name)
}

/**
 * The Instansi printed beside an invitee (the attached list, the attendance sheet): an organisation's addressee
 * already names it, so nothing; a person's organisation unless her position already names it.
 */
export function printedOrganisation(view: Pick<InviteeView, 'kind' | 'position' | 'organisationName'>): string {
  if (view.kind === 'organisation') return ''
  return fold(view.position).includes(fold(view.organisationName)) ? '' : view.organisationName
}
