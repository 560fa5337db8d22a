/**
 * One descriptor per table of the office's database: the one list the Dexie schema check, the data
 * file (its shape, its checksum's table order, reading and writing), the labels, the JSON Schema and
 * the table in docs/data-format.md are all derived from. A leaf module: it imports only the model
 * and the base64 helpers.
 *
 * The order of the entries is the order of the tables in a data file, and so the order the checksum
 * is computed over: never reorder them (a new table goes at the end).
 */
import { z } from 'zod'
import {
  actionItem,
  attendance,
  certificate,
  signature,
  counter,
  delivery,
  group,
  imageMimes,
  invitee,
  laporan,
  legalBasis,
  meetingPhoto,
  letter,
  MAX_OFFICE_SIGNERS,
  officeSignerFields,
  letterCode,
  MAX_IMAGE_BYTES,
  MAX_CERTIFICATE_BYTES,
  meeting,
  meetingDocument,
  meetingRole,
  minutes,
  numberingSettings,
  officeProfile,
  organisation,
  person,
  text,
  type Certificate,
  type ImageAsset,
  type OfficeProfile
} from '../model'
import { base64ToBytes, bytesToBase64 } from './base64'

/** The data file format in which a table first appeared (and the database version too, unless `dbSince` says otherwise). */
export type TableSince = 1 | 2 | 4 | 5 | 6

export interface TableDescriptor<S extends z.ZodType = z.ZodType, J extends z.ZodType = z.ZodType> {
  /** The record as the database keeps it; every write of the data layer and every restore checks it. */
  readonly record: S
  /** The record as the data file holds it (bytes as base64 text); the record schema itself when they are the same. */
  readonly json: J
  toJson(record: z.output<S>): z.output<J>
  fromJson(json: z.output<J>): z.output<S>
  /** The primary key's field (Dexie's first index, unique in a data file). */
  readonly key: string
  /** The table's name for the office (restore summary, problems). */
  readonly label: string
  readonly since: TableSince
  /** The database schema version in which the table first appeared, when it is not `since` (the two stopped growing together at format 3 / database 5). */
  readonly dbSince?: number
  /** At most this many records (the profile: one). */
  readonly maxRows?: number
  /** What the table holds, in the words of docs/data-format.md (its table is generated from these). */
  readonly about: string
}

/** A table whose records are written to the file exactly as the database keeps them. */
const sameInFile = <S extends z.ZodType>(record: S) => ({
  record,
  json: record,
  toJson: (r: z.output<S>): z.output<S> => r,
  fromJson: (j: z.output<S>): z.output<S> => j
})

// ---- images and bytes: in the file they are base64 text

// Only padded base64 (what bytesToBase64 writes) is accepted: anything looser would make atob throw while
// reading instead of being reported.
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
export const imageJson = z.object({
  mime: z.enum(imageMimes),
  name: text(200),
  base64: z
    .string()
    .min(4, { message: 'Data gambar kosong' })
    // abort: a text too long is not run through the pattern (a 10 MB text would overflow the regex engine's stack).
    .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4, { message: 'Ukuran gambar harus di bawah 2 MB', abort: true })
    .regex(BASE64, { message: 'Data gambar bukan base64 yang utuh' })
})
export type ImageJson = z.infer<typeof imageJson>

export const imageToJson = (img: ImageAsset): ImageJson => ({ mime: img.mime, name: img.name, base64: bytesToBase64(img.data) })
export const imageFromJson = (img: ImageJson): ImageAsset => ({ mime: img.mime, name: img.name, data: base64ToBytes(img.base64) })

// ---- profile: the letterhead's images. A new image field of the profile is one more key here and in
// profileJson; a list of records with images (e.g. signers) gets its own line in both directions.

const profileImageKeys = ['logo', 'ketuaSignature', 'stamp'] as const

// The office's other signers carry their own signature images, base64 like the logo.
const officeSignerJson = officeSignerFields.safeExtend({ signature: imageJson.optional() })
export const profileJson = officeProfile.extend({
  logo: imageJson.optional(),
  ketuaSignature: imageJson.optional(),
  stamp: imageJson.optional(),
  signers: z.array(officeSignerJson).max(MAX_OFFICE_SIGNERS).optional()
})
export type ProfileJson = z.infer<typeof profileJson>

function profileToJson(p: OfficeProfile): ProfileJson {
  // The keys keep the record's order (so a file's bytes, and its checksum, stay what they were).
  const { signers, ...rest } = p
  const out: ProfileJson = { ...rest, logo: undefined, ketuaSignature: undefined, stamp: undefined }
  for (const k of profileImageKeys) {
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
  for (const k of profileImageKeys) {
    const img = p[k]
    if (img) out[k] = imageFromJson(img)
    else delete out[k]
  }
  if (signers) out.signers = signers.map(({ signature, ...s }) => (signature ? { ...s, signature: imageFromJson(signature) } : s))
  return out
}

// The .p12 travels as base64 too; it stays encrypted with its own password.
export const certificateJson = certificate.extend({
  p12: z
    .string()
    .max(Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4, { message: 'Berkas sertifikat paling besar 1 MB', abort: true })
    .regex(BASE64, { message: 'Data sertifikat bukan base64 yang utuh' })
})
export type CertificateJson = z.infer<typeof certificateJson>

// ---- the tables, in file (and checksum) order

export const tableDescriptors = {
  profile: {
    record: officeProfile,
    json: profileJson,
    toJson: profileToJson,
    fromJson: profileFromJson,
    key: 'id',
    label: 'Data kantor',
    since: 1,
    maxRows: 1,
    about:
      'At most one record (`id: "office"`): the letterhead (*kop surat*) and signature data: level and region, office name, address, phone, e-mail, website, the Ketua\'s name and title, the Sekretaris, place name for dates (`Padang, 17 Desember 2019`), office code for letter numbers (`PKK-PROP`), paper (F4/A4), time zone (WIB/WITA/WIT), and the optional images `logo`, `ketuaSignature`, `stamp`.'
  },
  settings: {
    ...sameInFile(numberingSettings),
    key: 'id',
    label: 'Pengaturan penomoran',
    since: 1,
    about:
      'The numbering settings (`id: "numbering"`): number pattern (default `{nomor}/{kode}/{kantor}/{bulan}/{tahun}`), zero padding, Roman or Arabic month, one counter per code or one shared counter, style of inserted numbers (`22a` or `22.1`).'
  },
  organisations: {
    ...sameInFile(organisation),
    key: 'id',
    label: 'Organisasi',
    since: 1,
    about:
      'OPD, TP PKK units and other bodies: name, kind (`opd`, `pkk`, `lainnya`), the head\'s title used to address them (`Kepala Dinas Kesehatan Provinsi Sumatera Barat`), address, phone, e-mail, groups.'
  },
  people: {
    ...sameInFile(person),
    key: 'id',
    label: 'Orang',
    since: 1,
    about: 'Contacts: name as the office writes it (`Ny. Hj. ...`, degrees included), position, organisation, phone, e-mail, groups, notes.'
  },
  groups: {
    ...sameInFile(group),
    key: 'id',
    label: 'Kelompok',
    since: 1,
    about: 'Contact groups (`OPD Terkait`, `Pengurus TP PKK Provinsi`, ...) used to invite many at once.'
  },
  letterCodes: {
    ...sameInFile(letterCode),
    key: 'code',
    label: 'Kode surat',
    since: 1,
    about: 'The office\'s letter type or unit codes (`KEP`, `SKR`, `POKJA I`..`POKJA IV`), keyed by `code`, each with an optional own pattern and archive classification.'
  },
  counters: {
    ...sameInFile(counter),
    key: 'id',
    label: 'Penghitung nomor',
    since: 1,
    about: 'The last main number used per counter and year (`id` `2019:SKR`, `key` the code or `*` for a shared counter). The next number is `last + 1`.'
  },
  letters: {
    ...sameInFile(letter),
    key: 'id',
    label: 'Surat keluar',
    since: 1,
    about:
      'The *Buku Agenda Surat Keluar*: one record for every number ever issued, cancelled (*batal*) ones included: date, kepada, perihal, lampiran, tembusan, the counter slot (`counterKey`, `year`, `seq`, `insert`; `insert` > 0 is a *nomor sisipan*), the number as printed, status and where it came from.'
  },
  meetings: {
    ...sameInFile(meeting),
    key: 'id',
    label: 'Rapat',
    since: 2,
    about: 'Meetings (*rapat*): title, kind, dates, time, place, agenda, bases, objectives, signer.'
  },
  invitees: {
    ...sameInFile(invitee),
    key: 'id',
    label: 'Undangan rapat (penerima)',
    since: 2,
    about: 'Who is invited to a meeting: a person or an organisation (through its head\'s title), in order; one record per invitee.'
  },
  documents: {
    ...sameInFile(meetingDocument),
    key: 'id',
    label: 'Dokumen rapat',
    since: 2,
    about: 'The documents of a meeting (undangan, keputusan, daftar hadir, notulen, kesimpulan), their wording and the letter (number) they carry.'
  },
  roles: {
    ...sameInFile(meetingRole),
    key: 'id',
    label: 'Panitia, narasumber, moderator',
    since: 2,
    about: 'The people a Keputusan names for a meeting (panitia, narasumber, moderator) with their position and task, in order.'
  },
  legalBases: {
    ...sameInFile(legalBasis),
    key: 'id',
    label: 'Dasar hukum (Mengingat)',
    since: 2,
    about: 'The office\'s library of legal bases (*Mengingat*) for a Keputusan: text, order, active or not.'
  },
  attendance: {
    ...sameInFile(attendance),
    key: 'id',
    label: 'Kehadiran',
    since: 2,
    about:
      'Attendance: one record per invitee and meeting day (status, delegate, note), and one per walk-in with the name, position and organisation written down.'
  },
  minutes: {
    ...sameInFile(minutes),
    key: 'meetingId',
    label: 'Notulen',
    since: 2,
    about: 'The minutes (*notulen*) of a meeting, keyed by `meetingId`: opening, speeches, discussion, conclusions, as rich text.'
  },
  actionItems: {
    ...sameInFile(actionItem),
    key: 'id',
    label: 'Tindak lanjut',
    since: 2,
    about: 'Follow-ups from the minutes: what, who (an OPD, a person or free text), when, status, and the meeting it was carried to.'
  },
  certificates: {
    record: certificate,
    json: certificateJson,
    toJson: (c: Certificate): CertificateJson => ({ ...c, p12: bytesToBase64(c.p12) }),
    fromJson: (c: CertificateJson): Certificate => ({ ...c, p12: base64ToBytes(c.p12) }),
    key: 'id',
    label: 'Sertifikat tanda tangan',
    since: 2,
    about: 'The office\'s signing certificates: the PKCS#12 (`.p12`, base64 in the file, still encrypted with its own password), label, subject, issuer, validity.'
  },
  signatures: {
    ...sameInFile(signature),
    key: 'id',
    label: 'Tanda tangan peserta',
    since: 4,
    dbSince: 6,
    about:
      'Signatures drawn at the meja registrasi: vector strokes (whole-number x, y pairs in the pad\'s box of `width` x `height`), one per attendance record (`attendanceId`), printed into the Daftar Hadir\'s signature slot.'
  },
  deliveries: {
    ...sameInFile(delivery),
    key: 'id',
    label: 'Pengiriman undangan',
    since: 5,
    dbSince: 7,
    about:
      'Invitations sent (*terkirim*): one record per invitee of a meeting and channel (`whatsapp`, `email`, `tangan`, `pos`, `lainnya`), with the time sent, the letter (number) sent, and for a letter carried by hand who received it and when (the *Buku Ekspedisi*).'
  },
  meetingPhotos: {
    ...sameInFile(meetingPhoto),
    key: 'id',
    label: 'Foto kegiatan',
    since: 6,
    dbSince: 8,
    about:
      'The photos of a meeting for its Laporan Kegiatan: the SHA-256 `hash` of the stored photo (its bytes are not in the data file but in the content-addressed photo store, see "Photos and scans"), size in pixels, caption and order.'
  },
  laporan: {
    ...sameInFile(laporan),
    key: 'meetingId',
    label: 'Laporan kegiatan',
    since: 6,
    dbSince: 8,
    about:
      'The Laporan Kegiatan of a meeting, keyed by `meetingId`: the sections she writes (latar belakang, pelaksanaan, hasil, penutup; empty ones print what the meeting says), two or four photos per page, and the optional scanned signed attendance sheet (`scan.hash`, an image or a PDF in the photo store).'
  }
} as const satisfies Record<string, TableDescriptor>

export type TableDescriptors = typeof tableDescriptors
export type TableName = keyof TableDescriptors
/** A record of a table as the database keeps it. */
export type RecordOf<N extends TableName> = z.output<TableDescriptors[N]['record']>
/** A record of a table as the data file holds it. */
export type JsonRecordOf<N extends TableName> = z.output<TableDescriptors[N]['json']>
/** The primary key's field of a table. */
export type KeyOf<N extends TableName> = TableDescriptors[N]['key']

/** Every table in file order. */
export const tableNames = Object.keys(tableDescriptors) as readonly TableName[]

/** One table's descriptor with its record types spelled out (what generic code over a table name works with). */
export interface TableDescriptorOf<N extends TableName> {
  readonly record: z.ZodType<RecordOf<N>>
  readonly json: z.ZodType<JsonRecordOf<N>>
  toJson(record: RecordOf<N>): JsonRecordOf<N>
  fromJson(json: JsonRecordOf<N>): RecordOf<N>
  readonly key: KeyOf<N>
  readonly label: string
  readonly since: TableSince
  readonly dbSince?: number
  readonly maxRows?: number
  readonly about: string
}

/** The descriptor of one table, typed by its name. */
export function tableDescriptor<N extends TableName>(name: N): TableDescriptorOf<N> {
  // TypeScript cannot follow a generic index into the descriptor object's union; each entry was checked against TableDescriptor above.
  return tableDescriptors[name] as unknown as TableDescriptorOf<N>
}

/** The value of a record's primary key. */
export function recordKey<N extends TableName>(name: N, record: RecordOf<N>): string {
  return String((record as Record<string, unknown>)[tableDescriptors[name].key])
}
