import Dexie, { type EntityTable } from 'dexie'
import { emptySnapshot, packAttendance, packInvitees, type AttendanceList, type InviteeList, type KeyOf, type PackedRowTable, type RecordOf, type Snapshot, type TableName } from '@shared/datafile'
import { freezeIssuedDocuments } from '@shared/meetings'
import { toSignerChoice, type Attendance, type Invitee, type Meeting, type MeetingDocument, type NumberingSettings, type StoredFile } from '@shared/model'
import { journalMiddleware, type JournalWriter } from './journal'

/** The IndexedDB name. Fixed forever: renaming it orphans every office's data. */
export const DB_NAME = 'sekretariat-pkk'

/** The practice database ("Coba data contoh"): the sample office, kept apart from the office's own data. */
export const PRACTICE_DB_NAME = 'sekretariat-pkk-latihan'

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

/**
 * v5: the register's entries by their last change (letters.updatedAt), so the record kept outside the
 * database takes the newest entries after every number without reading the whole register (guard.ts
 * lettersSince: 20,000 records in a 10-year office). An index only; every record stays as it is.
 */
export const STORES_V5 = {
  letters: 'id, &[counterKey+year+seq+insert], [year+code], year, date, meetingId, status, updatedAt'
}

/**
 * v6: signatures drawn at the meja registrasi, one per attendance record (shared/model/signature.ts).
 * A new table only; every record stays as it is.
 */
export const STORES_V6 = {
  signatures: 'id, &attendanceId, [meetingId+day]'
}

/**
 * v7: invitations sent (shared/model/delivery.ts), read per meeting and per invitee. A new table only;
 * every record stays as it is.
 */
export const STORES_V7 = {
  deliveries: 'id, [meetingId+inviteeId]'
}

/**
 * v8: a meeting's photos and its Laporan Kegiatan (descriptor tables, in every data file), and `files`,
 * the content-addressed store of photo and scan bytes under their SHA-256. `files` is no descriptor
 * table: data files and the change journal never carry its bytes; backups copy new files beside the
 * data file (docs/data-format.md "Photos and scans"). New tables only.
 */
export const STORES_V8 = {
  meetingPhotos: 'id, meetingId, hash',
  laporan: 'meetingId',
  files: 'hash'
}

/**
 * v9: invitees and attendance kept per meeting, one record holding all the meeting's rows
 * (shared/datafile/packed.ts): a restore writes 1,200 records instead of 80,000 in a 10-year office,
 * and Chromium's IndexedDB spends its time per record. The data file and the change journal keep one
 * record per row. `*personIds` and `*organisationIds` find the meetings that invite a contact. The
 * upgrade packs the rows of version 8; the row tables go.
 */
export const STORES_V9 = {
  invitees: null,
  attendance: null,
  inviteeLists: 'meetingId, *personIds, *organisationIds',
  attendanceLists: 'meetingId'
}

/** Tables of the database that are not in the data file (their own backup, see STORES_V8). */
export const STORE_ONLY_TABLES = ['files'] as const

/** The schema version this code opens; older databases are upgraded (with a backup first). */
export const DB_VERSION = 9

/** The data-file tables the database keeps as Dexie tables of their own (all but the packed ones). */
export type RowTableName = Exclude<TableName, PackedRowTable>

/**
 * One Dexie table per descriptor (shared/datafile/tables.ts), typed from it: the record schema's type
 * and its primary key. test/unit/data/db-tables.test.ts checks that the stores above declare exactly
 * the descriptor's tables, with the descriptor's key first.
 */
export type PkkTable<N extends TableName> = EntityTable<RecordOf<N>, Extract<KeyOf<N>, keyof RecordOf<N>>>

export class PkkDatabase extends Dexie {
  profile!: PkkTable<'profile'>
  settings!: PkkTable<'settings'>
  organisations!: PkkTable<'organisations'>
  people!: PkkTable<'people'>
  groups!: PkkTable<'groups'>
  letterCodes!: PkkTable<'letterCodes'>
  counters!: PkkTable<'counters'>
  letters!: PkkTable<'letters'>
  meetings!: PkkTable<'meetings'>
  documents!: PkkTable<'documents'>
  roles!: PkkTable<'roles'>
  legalBases!: PkkTable<'legalBases'>
  minutes!: PkkTable<'minutes'>
  actionItems!: PkkTable<'actionItems'>
  certificates!: PkkTable<'certificates'>
  signatures!: PkkTable<'signatures'>
  deliveries!: PkkTable<'deliveries'>
  meetingPhotos!: PkkTable<'meetingPhotos'>
  laporan!: PkkTable<'laporan'>
  /** A meeting's invitees, one record per meeting (STORES_V9); read and written through meeting-rows.ts. */
  inviteeLists!: EntityTable<InviteeList, 'meetingId'>
  /** A meeting's attendance rows, one record per meeting (STORES_V9); read and written through meeting-rows.ts. */
  attendanceLists!: EntityTable<AttendanceList, 'meetingId'>
  /** Photo and scan bytes by SHA-256 (STORES_V8); not in the data file. */
  files!: EntityTable<StoredFile, 'hash'>
  /** Receives every committed write for the change journal (journal.ts); null: nothing is journaled (practice data, tests). */
  journalWriter: JournalWriter | null = null

  constructor(name: string = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: a number shown as issued must survive a power cut (DESIGN.md pitfalls).
    super(name, { ...options, chromeTransactionDurability: 'strict' })
    // Before open: Dexie builds its layers when the database opens.
    this.use(journalMiddleware(() => this.journalWriter))
    this.version(1).stores(STORES_V1)
    // v2: meetings with their invitees, documents, roles, attendance, minutes and follow-ups; the legal-basis library. New tables only; existing records are kept as they are.
    this.version(2).stores(STORES_V2)
    this.version(3).stores(STORES_V3)
    // v4: no index changes. Meetings and drafts saved before the office kept its signers hold
    // role/ownTitle/name: they are rewritten as today's signer choice. Then every issued Undangan and
    // Keputusan gets the frozen copy it prints from (shared/meetings/document-kinds freezeIssuedDocuments),
    // made from the data as it is at the upgrade.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const read = <T>(name: string) => tx.table<T>(name).toArray()
        const meetings = (await read<Meeting>('meetings')).map((m) => (hasChoice(m.signer) ? m : { ...m, signer: toSignerChoice(m.signer) }))
        const documents = (await read<MeetingDocument>('documents')).map(withSignerChoice)
        await tx.table('meetings').bulkPut(meetings)
        await tx.table('documents').bulkPut(documents)
        const snapshot: Snapshot = {
          ...emptySnapshot(),
          profile: await read('profile'),
          people: await read('people'),
          organisations: await read('organisations'),
          letters: await read('letters'),
          meetings,
          invitees: await read('invitees'),
          documents,
          roles: await read('roles')
        }
        const frozen = freezeIssuedDocuments(snapshot)
        const before = new Map(snapshot.documents.map((d) => [d.id, d]))
        const changed = frozen.documents.filter((d) => before.get(d.id) !== d)
        if (changed.length > 0) await tx.table('documents').bulkPut(changed)
      })
    this.version(5).stores(STORES_V5)
    this.version(6).stores(STORES_V6)
    this.version(7).stores(STORES_V7)
    this.version(8).stores(STORES_V8)
    // v9: the rows of version 8 packed per meeting, in the upgrade's one transaction (the row tables are read here, then dropped).
    this.version(9)
      .stores(STORES_V9)
      .upgrade(async (tx) => {
        const [invitees, attendance] = await Promise.all([tx.table<Invitee>('invitees').toArray(), tx.table<Attendance>('attendance').toArray()])
        await tx.table<InviteeList>('inviteeLists').bulkAdd(packInvitees(invitees))
        await tx.table<AttendanceList>('attendanceLists').bulkAdd(packAttendance(attendance))
      })
  }
}

// Compile-time: the class has a table property for every descriptor (a missing one fails typecheck here).
export type PkkTables = { [N in RowTableName]: PkkTable<N> }
const _everyTable = (db: PkkDatabase): PkkTables => db
void _everyTable

const hasChoice = (s: unknown): boolean => typeof s === 'object' && s !== null && typeof (s as { signerId?: unknown }).signerId === 'string'

/** A draft saved before the office kept its signers (role/ownTitle/name), as today's signer choice. */
function withSignerChoice(d: MeetingDocument): MeetingDocument {
  if (d.undangan && !hasChoice(d.undangan.signer)) d = { ...d, undangan: { ...d.undangan, signer: toSignerChoice(d.undangan.signer) } }
  if (d.keputusan && !hasChoice(d.keputusan.signer)) d = { ...d, keputusan: { ...d.keputusan, signer: toSignerChoice(d.keputusan.signer) } }
  return d
}

let instance: PkkDatabase | undefined

/** The one database of the app; tests may pass their own instance to the repositories instead. */
export function getDb(): PkkDatabase {
  instance ??= new PkkDatabase()
  return instance
}

export function setDb(db: PkkDatabase): void {
  instance = db
}
