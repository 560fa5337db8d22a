import Dexie, { type EntityTable } from 'dexie'
import { toSignerChoice } from '@shared/model'
import type {
  ActionItem,
  Attendance,
  Certificate,
  Counter,
  Group,
  Invitee,
  Letter,
  LegalBasis,
  LetterCode,
  Meeting,
  MeetingDocument,
  MeetingRole,
  Minutes,
  NumberingSettings,
  OfficeProfile,
  Organisation,
  Person
} from '@shared/model'

/** The IndexedDB name. Fixed forever: renaming it orphans every office's data. */
export const DB_NAME = 'sekretariat-pkk'

export type SettingsRow = NumberingSettings

/** Version 1 as first released; kept verbatim so the migration test can build a v1 database. */
export const STORES_V1 = {
  profile: 'id',
  settings: 'id',
  organisations: 'id, name, kind, *groupIds',
  people: 'id, name, organisationId, *groupIds',
  groups: 'id, name',
  letterCodes: 'code, order',
  counters: 'id, [key+year]',
  // The unique compound index is the last line of defence against a duplicate number.
  letters: 'id, &[counterKey+year+seq+insert], [year+code], year, date, meetingId, status'
}

export const STORES_V2 = {
  meetings: 'id, title, *dates, updatedAt',
  invitees: 'id, meetingId, &[meetingId+key], personId, organisationId',
  documents: 'id, meetingId, [meetingId+kind], letterId',
  roles: 'id, meetingId, personId',
  legalBases: 'id, order',
  attendance: 'id, meetingId, [meetingId+day], inviteeId',
  minutes: 'meetingId, updatedAt',
  actionItems: 'id, meetingId, organisationId, personId, status, due',
  certificates: 'id, createdAt'
}

/**
 * v3: the single meetingId index goes from the three largest per-meeting tables; the compound
 * index that starts with meetingId serves the same queries (Dexie reads where('meetingId') from
 * it), and a 10-year office writes about 80,000 fewer index entries on a restore. Indexes only;
 * every record stays as it is.
 */
export const STORES_V3 = {
  invitees: 'id, &[meetingId+key], personId, organisationId',
  documents: 'id, [meetingId+kind], letterId',
  attendance: 'id, [meetingId+day], inviteeId'
}

/** The schema version this code opens; older databases are upgraded (with a backup first). */
export const DB_VERSION = 3

export class PkkDatabase extends Dexie {
  profile!: EntityTable<OfficeProfile, 'id'>
  settings!: EntityTable<SettingsRow, 'id'>
  organisations!: EntityTable<Organisation, 'id'>
  people!: EntityTable<Person, 'id'>
  groups!: EntityTable<Group, 'id'>
  letterCodes!: EntityTable<LetterCode, 'code'>
  counters!: EntityTable<Counter, 'id'>
  letters!: EntityTable<Letter, 'id'>
  meetings!: EntityTable<Meeting, 'id'>
  invitees!: EntityTable<Invitee, 'id'>
  documents!: EntityTable<MeetingDocument, 'id'>
  roles!: EntityTable<MeetingRole, 'id'>
  legalBases!: EntityTable<LegalBasis, 'id'>
  attendance!: EntityTable<Attendance, 'id'>
  minutes!: EntityTable<Minutes, 'meetingId'>
  actionItems!: EntityTable<ActionItem, 'id'>
  certificates!: EntityTable<Certificate, 'id'>

  constructor(name: string = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: a number shown as issued must survive a power cut (DESIGN.md pitfalls).
    super(name, { chromeTransactionDurability: 'strict', ...options })
    this.version(1).stores(STORES_V1)
    // v2: meetings with their invitees, documents, roles, attendance, minutes and follow-ups; the legal-basis library. New tables only; existing records are kept as they are.
    this.version(2).stores(STORES_V2)
    this.version(3).stores(STORES_V3)
    // Meetings and drafts saved before the office kept its signers hold role/ownTitle/name: read as today's choice.
    // (Dexie calls the hook with undefined for a get() that finds nothing.)
    this.meetings.hook('reading', (m: Meeting | undefined) => (!m || hasChoice(m.signer) ? m : { ...m, signer: toSignerChoice(m.signer) }))
    this.documents.hook('reading', (d: MeetingDocument | undefined) => {
      if (!d) return d
      if (d.undangan && !hasChoice(d.undangan.signer)) d = { ...d, undangan: { ...d.undangan, signer: toSignerChoice(d.undangan.signer) } }
      if (d.keputusan && !hasChoice(d.keputusan.signer)) d = { ...d, keputusan: { ...d.keputusan, signer: toSignerChoice(d.keputusan.signer) } }
      return d
    })
  }
}

const hasChoice = (s: unknown): boolean => typeof s === 'object' && s !== null && typeof (s as { signerId?: unknown }).signerId === 'string'

let instance: PkkDatabase | undefined

/** The one database of the app; tests may pass their own instance to the repositories instead. */
export function getDb(): PkkDatabase {
  instance ??= new PkkDatabase()
  return instance
}

export function setDb(db: PkkDatabase): void {
  instance = db
}
