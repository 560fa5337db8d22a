import { z } from 'zod'
import { email, id, phone, requiredText, text, stamp } from './common'

export const organisationKinds = ['opd', 'pkk', 'lainnya'] as const
export type OrganisationKind = (typeof organisationKinds)[number]
export const organisationKindLabel: Record<OrganisationKind, string> = {
  opd: 'OPD / Instansi Pemerintah',
  pkk: 'TP PKK',
  lainnya: 'Lainnya'
}

export const organisationFields = z.object({
  name: requiredText(400, 'Nama organisasi'),
  kind: z.enum(organisationKinds),
  headTitle: text(400),
  address: text(400),
  phone,
  email,
  groupIds: z.array(id).max(500)
})
export type OrganisationFields = z.infer<typeof organisationFields>
export const organisation = organisationFields.extend({ id, createdAt: stamp, updatedAt: stamp })
export type Organisation = z.infer<typeof organisation>

export const personFields = z.object({
  name: requiredText(200, 'Nama'),
  position: text(400),
  organisationId: id.optional(),
  phone,
  email,
  groupIds: z.array(id).max(500),
  notes: text(1000)
})
export type PersonFields = z.infer<typeof personFields>
export const person = personFields.extend({ id, createdAt: stamp, updatedAt: stamp })
export type Person = z.infer<typeof person>

export const groupFields = z.object({ name: requiredText(200, 'Nama kelompok'), description: text(500) })
export type GroupFields = z.infer<typeof groupFields>
export const group = groupFields.extend({ id, createdAt: stamp })
export type Group = z.infer<typeof group>

export const emptyPerson: PersonFields = { name: '', position: '', phone: '', email: '', groupIds: [], notes: '' }
export const emptyOrganisation: OrganisationFields = {
  name: '',
  kind: 'opd',
  headTitle: '',
  address: '',
  phone: '',
  email: '',
  groupIds: []
}
