import type { ContactsDirectory } from './directory'
import { queryMatcher } from './search'
import { comparePersonNames, compareText } from './sort'

/** A choice of a people-and-organisation picker (the penanggung jawab of a tindak lanjut, ...). */
export interface ContactChoice {
  /** "o:<organisationId>" or "p:<personId>". */
  value: string
  label: string
}

/**
 * The address book as a picker offers it: organisations by name, people by name without their titles
 * ("Ny. Hj. Nevi ..." under N), both narrowed by what is typed (the address book's own search). The
 * chosen value stays offered even when the search leaves it out, so the picker never shows a blank.
 */
export function contactChoices(dir: ContactsDirectory, query: string, keep = ''): { organisations: ContactChoice[]; people: ContactChoice[] } {
  const matches = queryMatcher(query)
  const organisations = dir.organisations
    .filter((o) => matches(o.key) || `o:${o.organisation.id}` === keep)
    .sort((a, b) => compareText(a.organisation.name, b.organisation.name))
    .map((o) => ({ value: `o:${o.organisation.id}`, label: o.organisation.name }))
  const people = dir.people
    .filter((p) => matches(p.key) || `p:${p.person.id}` === keep)
    .sort((a, b) => comparePersonNames(a.person.name, b.person.name))
    .map((p) => ({ value: `p:${p.person.id}`, label: p.organisationName ? `${p.person.name} — ${p.organisationName}` : p.person.name }))
  return { organisations, people }
}
