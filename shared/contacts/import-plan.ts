import { duplicateReasonLabel, OrganisationDuplicateIndex, PersonDuplicateIndex, type DuplicateReason, type OrganisationLike, type PersonLike } from './duplicates'
import type { ImportRow, ImportValidation, RejectedRow } from './import-rows'
import { foldText } from './normalise'

export interface ImportDuplicate {
  /** A contact already in the address book ... */
  existing?: { id: string; name: string }
  /** ... or an earlier row of the same file. */
  fileRow?: number
  reasons: DuplicateReason[]
}

export interface PlannedRow extends ImportRow {
  duplicates: ImportDuplicate[]
}

export interface ImportPlan {
  rows: PlannedRow[]
  rejected: RejectedRow[]
  emptyRows: number
  /** Organisations the import will create, as first written in the file. */
  newOrganisations: string[]
  newGroups: string[]
}

export interface ExistingContacts {
  people: readonly (PersonLike & { id: string })[]
  organisations: readonly (OrganisationLike & { id: string })[]
  groups: readonly { id: string; name: string }[]
}

export const groupNameKey = (name: string): string => foldText(name)

/**
 * What an import would do, before anything is written: which rows are likely people the
 * address book already has (or that appear twice in the file), and which organisations and
 * groups are new. The commit repeats the matching inside its transaction.
 */
export function planImport(validation: ImportValidation, existing: ExistingContacts): ImportPlan {
  const people = new PersonDuplicateIndex(existing.people)
  const inFile = new PersonDuplicateIndex<PersonLike & { id: string; row: number }>()
  const orgs = new OrganisationDuplicateIndex<OrganisationLike>(existing.organisations)
  const groupKeys = new Set(existing.groups.map((g) => groupNameKey(g.name)))
  const newOrganisations: string[] = []
  const newGroups: string[] = []

  const rows = validation.accepted.map((r): PlannedRow => {
    const duplicates: ImportDuplicate[] = [
      ...people.match(r.draft).map((m) => ({ existing: { id: m.item.id, name: m.item.name }, reasons: m.reasons })),
      ...inFile.match(r.draft).map((m) => ({ fileRow: m.item.row, reasons: m.reasons }))
    ]
    inFile.add({ ...r.draft, id: `row-${r.row}`, row: r.row })
    const orgName = r.draft.organisationName
    if (orgName && !orgs.find(orgName)) {
      orgs.add({ name: orgName })
      newOrganisations.push(orgName)
    }
    for (const g of r.draft.groupNames) {
      if (!groupKeys.has(groupNameKey(g))) {
        groupKeys.add(groupNameKey(g))
        newGroups.push(g)
      }
    }
    return { ...r, duplicates }
  })
  return { rows, rejected: validation.rejected, emptyRows: validation.emptyRows, newOrganisations, newGroups }
}

export function describeImportDuplicate(d: ImportDuplicate): string {
  const why = d.reasons.map((r) => duplicateReasonLabel[r]).join(', ')
  if (d.existing) return `mirip kontak "${d.existing.name}" yang sudah ada (${why})`
  return `mirip baris ${d.fileRow ?? '?'} di berkas ini (${why})`
}
