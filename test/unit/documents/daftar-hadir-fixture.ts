import { readFileSync } from 'node:fs'
import { readDataFile, type Snapshot } from '../../../shared/datafile'
import { personView, sheetParticipants, type InviteeView, type Participant } from '../../../shared/meetings'
import { defaultDaftarHadirSettings, type DaftarHadirSettings, type Meeting } from '../../../shared/model'

const samplePath = new URL('../../../resources/sample/sumbar-2019.json', import.meta.url)

export function sampleSnapshot(): Snapshot {
  const result = readDataFile(readFileSync(samplePath, 'utf8'))
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return result.snapshot
}

/** The Rapat Konsultasi of Jumat, 20 Desember 2019 (seed 002). */
export const rakon: Meeting = {
  id: 'rakon',
  title: 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula Kantor Tim Penggerak PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang',
  agenda: [],
  basis: [],
  objectives: [],
  signer: { signerId: 'ketua', useSignatureImage: false, useStamp: false },
  notes: '',
  createdAt: '2019-12-10T02:00:00.000Z',
  updatedAt: '2019-12-10T02:00:00.000Z'
}

/** The 65 people of the sample invited one by one, in the address book's order, as InviteeViews. */
export function sampleInvitees(snapshot: Snapshot): InviteeView[] {
  const orgs = new Map(snapshot.organisations.map((o) => [o.id, o]))
  return snapshot.people.map((p, i) => personView({ id: `inv-${i + 1}`, key: `p:${p.id}`, order: i + 1 }, p, p.organisationId ? orgs.get(p.organisationId) : undefined))
}

export function sampleParticipants(snapshot: Snapshot = sampleSnapshot()): Participant[] {
  return sheetParticipants(sampleInvitees(snapshot), {
    people: new Map(snapshot.people.map((p) => [p.id, p])),
    organisations: new Map(snapshot.organisations.map((o) => [o.id, o])),
    groups: new Map(snapshot.groups.map((g) => [g.id, g]))
  })
}

export const sheetSettings = (patch: Partial<DaftarHadirSettings> = {}): DaftarHadirSettings => ({ ...defaultDaftarHadirSettings, ...patch })
