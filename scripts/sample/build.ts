import { createHash } from 'node:crypto'
import { base64ToBytes, emptySnapshot, toDataFile, type DataFile, type Snapshot } from '../../shared/datafile'
import {
  defaultLetterCodes,
  defaultNumberingSettings,
  type Counter,
  type Group,
  type Letter,
  type OfficeProfile,
  type Organisation,
  type Person
} from '../../shared/model'
import { buildLetterNumber, counterId, counterKey } from '../../shared/numbering'
import { sampleCounters2019, sampleLetters, type SampleLetter } from './letters'
import { pngImageData, sampleLogoPng } from './logo'
import { sampleGroups, sampleOrganisations } from './organisations'
import { KETUA_NAME, SEKRETARIS_NAME, samplePeople } from './people'

/** Written into the file as the app version that made it; fixed so the sample does not change with releases. */
export const SAMPLE_APP_VERSION = '0.1.0'
const SEED = 'sekretariat-pkk/sampel/sumbar-2019'

// Fixed times in December 2019 (UTC; 09.00 WIB is 02.00Z) so every run writes the same bytes.
const PROFILE_AT = '2019-12-02T01:30:00.000Z'
const CONTACTS_AT = '2019-12-02T02:00:00.000Z'
const EXPORTED_AT = new Date('2019-12-14T04:00:00.000Z')

function digest(...parts: string[]): Buffer {
  return createHash('sha256').update([SEED, ...parts].join('/')).digest()
}

/** A stable UUID-shaped id (version 8, "custom") derived from the seed and a key. */
export function sampleId(kind: string, key: string): string {
  const h = digest(kind, key).toString('hex')
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// Mobile prefixes common in West Sumatra (Telkomsel, Indosat, XL).
const mobilePrefixes = ['0812', '0813', '0852', '0853', '0811', '0821', '0822', '0856', '0857', '0817', '0819', '0878']

/** A plausible, stable mobile number such as 0812-6634-1209. */
function samplePhone(key: string): string {
  const h = digest('phone', key)
  const prefix = mobilePrefixes[h[0]! % mobilePrefixes.length]!
  const digits = Array.from(h.subarray(1, 9), (b) => String(b % 10)).join('')
  return `${prefix}-${digits.slice(0, 4)}-${digits.slice(4)}`
}

/** The number exactly as the app's numbering issues it: 295/SKR/PKK-PROP/XII/2019. */
function letterNumber(l: SampleLetter, officeCode: string): string {
  const codeRow = defaultLetterCodes.find((c) => c.code === l.code)
  const built = buildLetterNumber(defaultNumberingSettings, codeRow, {
    seq: l.seq,
    insert: 0,
    code: l.code,
    officeCode,
    classification: codeRow?.classification ?? '',
    date: l.date
  })
  if (!built.ok) throw new Error(`Nomor ${l.code} ${l.seq}: ${built.problem.message}`)
  return built.number
}

function profile(): OfficeProfile {
  return {
    id: 'office',
    level: 'provinsi',
    regionName: 'Sumatera Barat',
    officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
    address: 'Jalan Rasuna Said No. 76 Padang',
    phone: '(0751) 31614',
    email: 'tppkk.sumbar@gmail.com',
    website: 'tppkk.sumbarprov.go.id',
    ketuaName: KETUA_NAME,
    ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
    sekretarisName: SEKRETARIS_NAME,
    placeName: 'Padang',
    officeCode: 'PKK-PROP',
    paper: 'F4',
    timeZone: 'WIB',
    logo: { mime: 'image/png', name: 'logo-contoh.png', data: sampleLogoPng() },
    updatedAt: PROFILE_AT
  }
}

const groupId = (key: string) => sampleId('group', key)
const organisationId = (key: string) => sampleId('organisation', key)

function groups(): Group[] {
  return sampleGroups.map((g) => ({ id: groupId(g.key), name: g.name, description: g.description, createdAt: CONTACTS_AT }))
}

function organisations(): Organisation[] {
  return sampleOrganisations.map((o) => ({
    id: organisationId(o.key),
    name: o.name,
    kind: o.kind,
    headTitle: o.headTitle,
    address: o.address,
    phone: o.phone,
    email: o.email,
    groupIds: [groupId(o.group)],
    createdAt: CONTACTS_AT,
    updatedAt: CONTACTS_AT
  }))
}

function people(): Person[] {
  return samplePeople.map((p) => {
    const key = `${p.org}/${p.position}/${p.name}`
    return {
      id: sampleId('person', key),
      name: p.name,
      position: p.position,
      organisationId: organisationId(p.org),
      phone: samplePhone(key),
      email: '',
      groupIds: [groupId(p.group)],
      notes: '',
      createdAt: CONTACTS_AT,
      updatedAt: CONTACTS_AT
    }
  })
}

function counters(): Counter[] {
  return Object.entries(sampleCounters2019).map(([code, last]) => {
    const key = counterKey(defaultNumberingSettings.counterMode, code)
    return { id: counterId(key, 2019), key, year: 2019, last }
  })
}

function letters(officeCode: string): Letter[] {
  return sampleLetters.map((l) => {
    const at = `${l.date}T03:00:00.000Z` // 10.00 WIB on the letter's date
    return {
      id: sampleId('letter', `${l.code}/2019/${l.seq}`),
      date: l.date,
      kepada: l.kepada,
      perihal: l.perihal,
      lampiran: l.lampiran,
      tembusan: l.tembusan,
      code: l.code,
      counterKey: counterKey(defaultNumberingSettings.counterMode, l.code),
      year: 2019,
      seq: l.seq,
      insert: 0,
      number: letterNumber(l, officeCode),
      status: 'aktif',
      cancelReason: '',
      source: 'app',
      documentKind: '',
      createdAt: at,
      updatedAt: at
    }
  })
}

/** The whole sample office as the data layer would hold it. */
export function buildSampleSnapshot(): Snapshot {
  const office = profile()
  return {
    ...emptySnapshot(),
    profile: [office],
    settings: [{ ...defaultNumberingSettings }],
    organisations: organisations(),
    people: people(),
    groups: groups(),
    letterCodes: defaultLetterCodes.map((c) => ({ ...c })),
    counters: counters(),
    letters: letters(office.officeCode)
  }
}

export function buildSampleFile(): DataFile {
  return toDataFile(buildSampleSnapshot(), SAMPLE_APP_VERSION, EXPORTED_AT)
}

/** The file's text exactly as written to resources/sample/sumbar-2019.json. */
export function buildSampleText(): string {
  return `${JSON.stringify(buildSampleFile(), null, 2)}\n`
}

/**
 * The sample text with each image replaced by a digest of its pixels, for "is the committed file current?":
 * the same pixels compressed by another zlib are the same sample.
 */
export function comparableSampleText(text: string): string {
  let file: { tables?: { profile?: Record<string, { mime?: string; base64?: string } | string>[] } }
  try {
    file = JSON.parse(text) as typeof file
  } catch {
    return text
  }
  for (const profile of file.tables?.profile ?? []) {
    for (const image of Object.values(profile)) {
      if (typeof image !== 'object' || image.mime !== 'image/png' || typeof image.base64 !== 'string') continue
      image.base64 = `piksel:${createHash('sha256').update(pngImageData(base64ToBytes(image.base64))).digest('hex')}`
    }
  }
  return JSON.stringify(file, null, 2)
}
