import type { ActionItem, Meeting, Organisation, Person } from '../model'

export const NO_OWNER = '(penanggung jawab belum ditentukan)'

/** Who a follow-up belongs to, as the secretary reads it: the OPD, the person (with the OPD), or the free text. */
export function actionOwner(
  item: Pick<ActionItem, 'organisationId' | 'personId' | 'ownerText'>,
  organisations: ReadonlyMap<string, Pick<Organisation, 'name'>>,
  people: ReadonlyMap<string, Pick<Person, 'name' | 'organisationId'>>
): { key: string; label: string } {
  const org = item.organisationId ? organisations.get(item.organisationId) : undefined
  if (org && item.organisationId) return { key: `o:${item.organisationId}`, label: org.name }
  const person = item.personId ? people.get(item.personId) : undefined
  if (person && item.personId) {
    const personOrg = person.organisationId ? organisations.get(person.organisationId) : undefined
    // A person's follow-up is listed under the person's OPD, so one OPD's work stays on one list.
    if (personOrg && person.organisationId) return { key: `o:${person.organisationId}`, label: personOrg.name }
    return { key: `p:${item.personId}`, label: person.name }
  }
  const free = item.ownerText.trim()
  return free ? { key: `t:${free.toLocaleLowerCase('id-ID')}`, label: free } : { key: '-', label: NO_OWNER }
}

/** The person's name beside the OPD when the item names both. */
export function actionOwnerDetail(
  item: Pick<ActionItem, 'organisationId' | 'personId' | 'ownerText'>,
  organisations: ReadonlyMap<string, Pick<Organisation, 'name'>>,
  people: ReadonlyMap<string, Pick<Person, 'name' | 'organisationId'>>
): string {
  const person = item.personId ? people.get(item.personId) : undefined
  const owner = actionOwner(item, organisations, people).label
  const parts = [owner]
  if (person && person.name !== owner) parts.push(person.name)
  if (item.ownerText.trim() && item.ownerText.trim() !== owner) parts.push(item.ownerText.trim())
  return parts.join(' — ')
}

export function isOpen(item: Pick<ActionItem, 'status'>): boolean {
  return item.status === 'terbuka'
}

export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, todayIso: string): boolean {
  return isOpen(item) && item.due !== '' && item.due < todayIso
}

/** Due date first (none last), then the order they were written down. */
export function byDue(a: Pick<ActionItem, 'due' | 'createdAt'>, b: Pick<ActionItem, 'due' | 'createdAt'>): number {
  if (a.due !== b.due) return a.due === '' ? 1 : b.due === '' ? -1 : a.due.localeCompare(b.due)
  return a.createdAt.localeCompare(b.createdAt)
}

export interface OwnerGroup<T> {
  key: string
  label: string
  items: T[]
}

/** Items per OPD (or person), the groups by name, items by due date; "no owner" comes last. */
export function groupByOwner<T extends Pick<ActionItem, 'organisationId' | 'personId' | 'ownerText' | 'due' | 'createdAt'>>(
  items: readonly T[],
  organisations: ReadonlyMap<string, Pick<Organisation, 'name'>>,
  people: ReadonlyMap<string, Pick<Person, 'name' | 'organisationId'>>
): OwnerGroup<T>[] {
  const groups = new Map<string, OwnerGroup<T>>()
  for (const item of items) {
    const { key, label } = actionOwner(item, organisations, people)
    const g = groups.get(key) ?? { key, label, items: [] }
    g.items.push(item)
    groups.set(key, g)
  }
  const out = [...groups.values()]
  for (const g of out) g.items.sort(byDue)
  return out.sort((a, b) => (a.key === '-' ? 1 : b.key === '-' ? -1 : a.label.localeCompare(b.label, 'id')))
}

export const MAX_AGENDA_ITEMS = 50
const MAX_AGENDA_TEXT = 1000

/** The agenda line a carried follow-up becomes: "Tindak lanjut: <what> (<owner>)". */
export function carriedAgendaLine(what: string, owner: string): string {
  const line = `Tindak lanjut: ${what.trim().replace(/\s+/g, ' ')}${owner && owner !== NO_OWNER ? ` (${owner})` : ''}`
  return line.length > MAX_AGENDA_TEXT ? `${line.slice(0, MAX_AGENDA_TEXT - 1)}…` : line
}

/**
 * The next meeting's agenda with the carried lines appended once each (a line already there is not
 * repeated); refused when the agenda would exceed what a meeting holds.
 */
export function carryIntoAgenda(agenda: readonly string[], lines: readonly string[]): string[] {
  const next = [...agenda]
  for (const l of lines) if (!next.includes(l)) next.push(l)
  if (next.length > MAX_AGENDA_ITEMS) throw new Error(`Susunan acara rapat paling banyak ${MAX_AGENDA_ITEMS} butir.`)
  return next
}

/** The first meeting that starts after `meeting` ends: where open follow-ups are carried by default. */
export function nextMeeting<M extends Pick<Meeting, 'id' | 'dates'>>(meetings: readonly M[], meeting: Pick<Meeting, 'id' | 'dates'>): M | undefined {
  const end = [...meeting.dates].sort().at(-1) ?? ''
  return [...meetings]
    .filter((m) => m.id !== meeting.id && ([...m.dates].sort()[0] ?? '') > end)
    .sort((a, b) => ([...a.dates].sort()[0] ?? '').localeCompare([...b.dates].sort()[0] ?? ''))[0]
}
