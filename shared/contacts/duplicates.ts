import { emailKey, organisationNameKey, personNameKey, phoneKey } from './normalise'

export type DuplicateReason = 'name' | 'phone' | 'email'
export const duplicateReasonLabel: Record<DuplicateReason, string> = {
  name: 'nama sama',
  phone: 'nomor telepon sama',
  email: 'e-mail sama'
}

export interface PersonLike {
  id?: string
  name: string
  phone?: string
  email?: string
}
export interface OrganisationLike {
  id?: string
  name: string
}

export interface DuplicateMatch<T> {
  item: T
  reasons: DuplicateReason[]
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  if (!key) return
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/** Looks people up by name, phone and e-mail key at once; built once, so 5,000 checks stay instant. */
export class PersonDuplicateIndex<T extends PersonLike> {
  private readonly byName = new Map<string, T[]>()
  private readonly byPhone = new Map<string, T[]>()
  private readonly byEmail = new Map<string, T[]>()

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item)
  }

  add(item: T): void {
    push(this.byName, personNameKey(item.name), item)
    push(this.byPhone, phoneKey(item.phone ?? ''), item)
    push(this.byEmail, emailKey(item.email ?? ''), item)
  }

  /** Everyone who is likely the same person as `draft`, with why; `excludeId` is the record being edited. */
  match(draft: PersonLike, excludeId?: string): DuplicateMatch<T>[] {
    const found = new Map<T, DuplicateReason[]>()
    const note = (list: T[] | undefined, reason: DuplicateReason) => {
      for (const item of list ?? []) {
        if (excludeId !== undefined && item.id === excludeId) continue
        const reasons = found.get(item)
        if (reasons) reasons.push(reason)
        else found.set(item, [reason])
      }
    }
    const name = personNameKey(draft.name)
    const phone = phoneKey(draft.phone ?? '')
    const email = emailKey(draft.email ?? '')
    if (name) note(this.byName.get(name), 'name')
    if (phone) note(this.byPhone.get(phone), 'phone')
    if (email) note(this.byEmail.get(email), 'email')
    return [...found].map(([item, reasons]) => ({ item, reasons }))
  }
}

export class OrganisationDuplicateIndex<T extends OrganisationLike> {
  private readonly byName = new Map<string, T[]>()

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item)
  }

  add(item: T): void {
    push(this.byName, organisationNameKey(item.name), item)
  }

  /** The organisation of this name, if one exists (the first one when the book already has twins). */
  find(name: string): T | undefined {
    return this.byName.get(organisationNameKey(name))?.[0]
  }

  match(draft: OrganisationLike, excludeId?: string): DuplicateMatch<T>[] {
    const key = organisationNameKey(draft.name)
    if (!key) return []
    return (this.byName.get(key) ?? [])
      .filter((item) => excludeId === undefined || item.id !== excludeId)
      .map((item) => ({ item, reasons: ['name'] }))
  }
}

/**
 * Likely duplicates of a draft among existing records. People: same name once titles,
 * degrees, case, spaces and diacritics are set aside, or the same phone number or e-mail.
 * Organisations: the same name after the same folding.
 */
export function findLikelyDuplicates<T extends PersonLike>(
  kind: 'person',
  draft: PersonLike,
  existing: Iterable<T>,
  options?: { excludeId?: string }
): DuplicateMatch<T>[]
export function findLikelyDuplicates<T extends OrganisationLike>(
  kind: 'organisation',
  draft: OrganisationLike,
  existing: Iterable<T>,
  options?: { excludeId?: string }
): DuplicateMatch<T>[]
export function findLikelyDuplicates(
  kind: 'person' | 'organisation',
  draft: PersonLike,
  existing: Iterable<PersonLike>,
  options: { excludeId?: string } = {}
): DuplicateMatch<PersonLike>[] {
  const index = kind === 'person' ? new PersonDuplicateIndex(existing) : new OrganisationDuplicateIndex(existing)
  return index.match(draft, options.excludeId)
}

/** For the list: the ids of every record that has at least one likely twin in the same list. */
export function idsWithLikelyTwins<T extends PersonLike & { id: string }>(people: readonly T[]): Set<string> {
  const index = new PersonDuplicateIndex(people)
  const out = new Set<string>()
  for (const p of people) if (index.match(p, p.id).length > 0) out.add(p.id)
  return out
}

export function describeDuplicate(match: DuplicateMatch<PersonLike>): string {
  return `${match.item.name} (${match.reasons.map((r) => duplicateReasonLabel[r]).join(', ')})`
}
