import { z } from 'zod'
import {
  counter,
  group,
  invitee,
  meeting,
  meetingDocument,
  meetingRole,
  legalBasis,
  attendance,
  minutes,
  actionItem,
  certificate,
  imageMimes,
  MAX_IMAGE_BYTES,
  letter,
  letterCode,
  numberingSettings,
  MAX_OFFICE_SIGNERS,
  officeProfile,
  officeSignerFields,
  organisation,
  person,
  text,
  type Counter,
  type Group,
  type Invitee,
  type Meeting,
  type MeetingDocument,
  type MeetingRole,
  type LegalBasis,
  type Attendance,
  type Minutes,
  type ActionItem,
  type Certificate,
  type Letter,
  type LetterCode,
  type NumberingSettings,
  type ImageAsset,
  type OfficeProfile,
  type Organisation,
  type Person
} from '../model'
import CRC32 from 'crc-32'
import { base64ToBytes, bytesToBase64 } from './base64'

export const DATA_FORMAT = 'sekretariat-pkk-data'
/** Bump on every change of the file's shape; older files are upgraded in upgrade.ts. */
export const DATA_VERSION = 2

/** Everything the database holds, as the data layer reads and writes it. */
export interface Snapshot {
  profile: OfficeProfile[]
  settings: NumberingSettings[]
  organisations: Organisation[]
  people: Person[]
  groups: Group[]
  letterCodes: LetterCode[]
  counters: Counter[]
  letters: Letter[]
  meetings: Meeting[]
  invitees: Invitee[]
  documents: MeetingDocument[]
  roles: MeetingRole[]
  legalBases: LegalBasis[]
  attendance: Attendance[]
  minutes: Minutes[]
  actionItems: ActionItem[]
  certificates: Certificate[]
}
export type TableName = keyof Snapshot
export const tableNames: readonly TableName[] = [
  'profile',
  'settings',
  'organisations',
  'people',
  'groups',
  'letterCodes',
  'counters',
  'letters',
  'meetings',
  'invitees',
  'documents',
  'roles',
  'legalBases',
  'attendance',
  'minutes',
  'actionItems',
  'certificates'
]

export const emptySnapshot = (): Snapshot => ({
  profile: [],
  settings: [],
  organisations: [],
  people: [],
  groups: [],
  letterCodes: [],
  counters: [],
  letters: [],
  meetings: [],
  invitees: [],
  documents: [],
  roles: [],
  legalBases: [],
  attendance: [],
  minutes: [],
  actionItems: [],
  certificates: []
})

// In the file an image is base64 text; in the database it is bytes. Only padded base64 (what bytesToBase64
// writes) is accepted: anything looser would make atob throw while reading instead of being reported.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const imageJson = z.object({
  mime: z.enum(imageMimes),
  name: text(200),
  base64: z
    .string()
    .min(4, { message: 'Data gambar kosong' })
    .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4, { message: 'Ukuran gambar harus di bawah 2 MB' })
    .regex(BASE64, { message: 'Data gambar bukan base64 yang utuh' })
})
// The .p12 travels as base64 too; it stays encrypted with its own password.
const certificateJson = certificate.extend({ p12: z.string().regex(BASE64, { message: 'Data sertifikat bukan base64 yang utuh' }) })

// The office's other signers carry their own signature images, base64 like the logo.
const officeSignerJson = officeSignerFields.safeExtend({ signature: imageJson.optional() })
const profileJson = officeProfile.extend({
  logo: imageJson.optional(),
  ketuaSignature: imageJson.optional(),
  stamp: imageJson.optional(),
  signers: z.array(officeSignerJson).max(MAX_OFFICE_SIGNERS).optional()
})

/**
 * CRC-32 of the tables exactly as they are written (JSON.stringify of `tables`): one changed byte, a
 * renamed key or a changed value anywhere in the data makes it differ. A check against damage, not
 * against someone who edits the file on purpose (they can recompute it).
 */
export function tablesChecksum(tables: unknown): string {
  return `crc32:${(CRC32.str(JSON.stringify(tables)) >>> 0).toString(16).padStart(8, '0')}`
}
export const CHECKSUM_PATTERN = /^crc32:[0-9a-f]{8}$/

export const dataFileSchema = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  office: z.object({ name: z.string(), code: z.string() }).nullable(),
  /** tablesChecksum(tables); files written before it existed, or by hand, have none. */
  checksum: z.string().max(100).optional(),
  tables: z.object({
    profile: z.array(profileJson).max(1),
    settings: z.array(numberingSettings),
    organisations: z.array(organisation),
    people: z.array(person),
    groups: z.array(group),
    letterCodes: z.array(letterCode),
    counters: z.array(counter),
    letters: z.array(letter),
    meetings: z.array(meeting),
    invitees: z.array(invitee),
    documents: z.array(meetingDocument),
    roles: z.array(meetingRole),
    legalBases: z.array(legalBasis),
    attendance: z.array(attendance),
    minutes: z.array(minutes),
    actionItems: z.array(actionItem),
    certificates: z.array(certificateJson)
  })
})
export type DataFile = z.infer<typeof dataFileSchema>
type ProfileJson = z.infer<typeof profileJson>

const imageKeys = ['logo', 'ketuaSignature', 'stamp'] as const

const imageToJson = (img: ImageAsset) => ({ mime: img.mime, name: img.name, base64: bytesToBase64(img.data) })
const imageFromJson = (img: z.infer<typeof imageJson>): ImageAsset => ({ mime: img.mime, name: img.name, data: base64ToBytes(img.base64) })

function profileToJson(p: OfficeProfile): ProfileJson {
  const { signers, ...rest } = p
  const out: ProfileJson = { ...rest, logo: undefined, ketuaSignature: undefined, stamp: undefined }
  for (const k of imageKeys) {
    const img = p[k]
    if (img) out[k] = imageToJson(img)
    else delete out[k]
  }
  if (signers) out.signers = signers.map(({ signature, ...s }) => (signature ? { ...s, signature: imageToJson(signature) } : s))
  return out
}

function profileFromJson(p: ProfileJson): OfficeProfile {
  const { signers, ...rest } = p
  const out: OfficeProfile = { ...rest, logo: undefined, ketuaSignature: undefined, stamp: undefined }
  for (const k of imageKeys) {
    const img = p[k]
    if (img) out[k] = imageFromJson(img)
    else delete out[k]
  }
  if (signers) out.signers = signers.map(({ signature, ...s }) => (signature ? { ...s, signature: imageFromJson(signature) } : s))
  return out
}

export function toDataFile(snapshot: Snapshot, appVersion: string, now: Date = new Date()): DataFile {
  const p = snapshot.profile[0]
  const tables: DataFile['tables'] = {
    ...snapshot,
    profile: snapshot.profile.map(profileToJson),
    certificates: snapshot.certificates.map((c) => ({ ...c, p12: bytesToBase64(c.p12) }))
  }
  return {
    format: DATA_FORMAT,
    version: DATA_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    office: p ? { name: p.officeName, code: p.officeCode } : null,
    checksum: tablesChecksum(tables),
    tables
  }
}

export function snapshotFromDataFile(file: DataFile): Snapshot {
  return {
    ...file.tables,
    profile: file.tables.profile.map(profileFromJson),
    certificates: file.tables.certificates.map((c) => ({ ...c, p12: base64ToBytes(c.p12) }))
  }
}
