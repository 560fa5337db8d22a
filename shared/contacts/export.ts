import type { Group, Organisation, Person } from '../model/contacts'
import { organisationKindLabel } from '../model/contacts'
import { comparePersonNames, compareText } from './sort'

/** Headers chosen so that importing an exported file maps every column by itself. */
export const peopleExportHeaders = ['Nama', 'Jabatan', 'Instansi', 'No. HP', 'E-mail', 'Kelompok', 'Keterangan'] as const
export const organisationExportHeaders = ['Nama Organisasi', 'Jenis', 'Jabatan Pimpinan', 'Alamat', 'Telepon', 'E-mail', 'Kelompok'] as const

export interface ContactsExport {
  people: string[][]
  organisations: string[][]
}

/** The address book as rows of text (header first), sorted by name, ready for a spreadsheet. */
export function buildContactsExport(people: readonly Person[], organisations: readonly Organisation[], groups: readonly Group[]): ContactsExport {
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  const groupName = new Map(groups.map((g) => [g.id, g.name]))
  const groupsOf = (ids: readonly string[]) =>
    ids
      .map((id) => groupName.get(id))
      .filter((n): n is string => n !== undefined)
      .join('; ')
  const peopleRows = [...people]
    .sort((a, b) => comparePersonNames(a.name, b.name))
    .map((p) => [p.name, p.position, p.organisationId ? (orgName.get(p.organisationId) ?? '') : '', p.phone, p.email, groupsOf(p.groupIds), p.notes])
  const orgRows = [...organisations]
    .sort((a, b) => compareText(a.name, b.name))
    .map((o) => [o.name, organisationKindLabel[o.kind], o.headTitle, o.address, o.phone, o.email, groupsOf(o.groupIds)])
  return { people: [[...peopleExportHeaders], ...peopleRows], organisations: [[...organisationExportHeaders], ...orgRows] }
}
