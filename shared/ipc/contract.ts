import { z } from 'zod'
import { bytes } from '../model/common'
import { MIN_CERT_PASSWORD } from '../model/certificate'
import { MAX_LINK_CHARS } from '../meetings/sending-links'

export { channels } from './channels'

export const fileKinds = ['pdf', 'docx', 'xlsx', 'csv', 'json', 'zip', 'pkkzip'] as const
export type FileKind = (typeof fileKinds)[number]
export const fileKindLabel: Record<FileKind, string> = {
  pdf: 'Dokumen PDF',
  docx: 'Dokumen Word',
  xlsx: 'Buku kerja Excel',
  csv: 'Teks CSV',
  json: 'Berkas data Sekretariat PKK',
  zip: 'Arsip ZIP',
  pkkzip: 'Cadangan Sekretariat PKK dengan foto'
}

export const MAX_FILE_BYTES = 200 * 1024 * 1024

/**
 * A suggested file name only: the user picks the folder in the save dialog.
 * No separators, no "..", no drive letters, no control or reserved characters.
 */
export const safeFileName = z
  .string()
  .min(1)
  .max(180)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n) && !n.includes('..') && n.trim() === n && !/^\.+$/.test(n), {
    message: 'Nama berkas tidak sah'
  })

export const saveFileArgs = z.object({
  suggestedName: safeFileName,
  kind: z.enum(fileKinds),
  data: bytes.refine((d) => d.byteLength <= MAX_FILE_BYTES, { message: 'Berkas terlalu besar' })
})
export type SaveFileArgs = z.infer<typeof saveFileArgs>
export type SaveFileResult = { saved: true; fileName: string } | { saved: false }

export const printPdfArgs = z.object({
  title: z.string().min(1).max(200),
  data: bytes.refine((d) => d.byteLength > 0 && d.byteLength <= MAX_FILE_BYTES)
})
export type PrintPdfArgs = z.infer<typeof printPdfArgs>

export const openExternalArgs = z.object({
  url: z
    .string()
    .max(2000)
    .refine((u) => {
      try {
        const p = new URL(u)
        return p.protocol === 'https:' || p.protocol === 'mailto:'
      } catch {
        return false
      }
    }, 'Hanya alamat https: atau mailto: yang boleh dibuka')
})

// ---------- sending invitations (shared/meetings/sending-*.ts)

/**
 * The links the sending list opens: a WhatsApp chat (https://wa.me/62...) or a new e-mail (mailto:),
 * nothing else, and within the length Windows opens (sending-links.ts MAX_LINK_CHARS).
 */
export function isSendLink(raw: string): boolean {
  if (raw.length > MAX_LINK_CHARS) return false
  let u: URL
  try {
    u = new URL(raw)
  } catch {
    return false
  }
  if (u.protocol === 'mailto:') return u.pathname.includes('@') && !/[\r\n]/.test(decodeURIComponentSafe(u.pathname))
  return u.protocol === 'https:' && u.hostname === 'wa.me' && u.port === '' && !u.username && !u.password && /^\/62\d{8,13}$/.test(u.pathname)
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return '\n'
  }
}

export const openSendLinkArgs = z.object({
  url: z.string().max(MAX_LINK_CHARS, { message: 'Tautan terlalu panjang' }).refine(isSendLink, { message: 'Hanya tautan WhatsApp (https://wa.me/62…) atau e-mail (mailto:) yang boleh dibuka' })
})

/** The invitees' PDFs and their .zip: written by main into a folder of its own under Documents, never a path from the page. */
export const MAX_SENDING_FILES = 1000
const sendingFileName = safeFileName.refine((n) => /\.(pdf|zip)$/i.test(n), { message: 'Hanya berkas PDF atau ZIP' })
export const saveSendingFilesArgs = z.object({
  folder: safeFileName,
  files: z
    .array(z.object({ name: sendingFileName, data: bytes }))
    .min(1)
    .max(MAX_SENDING_FILES)
    .refine((fs) => fs.reduce((n, f) => n + f.data.byteLength, 0) <= MAX_FILE_BYTES, { message: 'Berkas terlalu besar' })
    .refine((fs) => new Set(fs.map((f) => f.name.toLowerCase())).size === fs.length, { message: 'Nama berkas kembar' })
})
export type SaveSendingFilesArgs = z.infer<typeof saveSendingFilesArgs>
export interface SaveSendingFilesResult {
  /** Where the files are, as she should read it ("C:\\Users\\…\\Undangan 296-SKR-… per penerima"), or "Unduhan" in a browser. */
  location: string
  /** Whether the files can be shown in their folder (the desktop app) or came as downloads (a browser). */
  canShow: boolean
}
export const showSendingFileArgs = z.object({ folder: safeFileName, name: sendingFileName })
export type ShowSendingFileArgs = z.infer<typeof showSendingFileArgs>

export interface AppInfo {
  version: string
  platform: 'electron' | 'browser'
  dataLocation: string
}

export const menuCommands = ['backup', 'navigate:beranda', 'navigate:rapat', 'navigate:agenda', 'navigate:kontak', 'navigate:pengaturan', 'about'] as const
export type MenuCommand = (typeof menuCommands)[number]

/** The meja registrasi (registration mode) on or off; main makes the window full screen and turns the menu off while on. */
export const kioskSetArgs = z.object({ on: z.boolean() }).strict()
export type KioskSetArgs = z.infer<typeof kioskSetArgs>

export const backupReasons = ['manual', 'harian', 'keluar', 'sebelum-pulihkan', 'sebelum-migrasi'] as const
export type BackupReason = (typeof backupReasons)[number]
export const backupReasonLabel: Record<BackupReason, string> = {
  manual: 'Dibuat manual',
  harian: 'Cadangan harian',
  keluar: 'Saat aplikasi ditutup',
  'sebelum-pulihkan': 'Sebelum pemulihan',
  'sebelum-migrasi': 'Sebelum pembaruan basis data'
}

/**
 * A backup's file name is generated by main and only ever read back by that exact shape. Since the
 * sequence number ("-n42") backups are ordered by it, not by the time in the name (the clock can be wrong);
 * names without one are from before it and count as older than any numbered backup.
 */
export const BACKUP_NAME = /^cadangan-(\d{4}-\d{2}-\d{2})_(\d{6})-(manual|harian|keluar|sebelum-pulihkan|sebelum-migrasi)(?:-n(\d{1,12}))?\.json$/
export const MAX_BACKUP_CHARS = 512 * 1024 * 1024

export const writeBackupArgs = z.object({
  reason: z.enum(backupReasons),
  json: z.string().min(2).max(MAX_BACKUP_CHARS)
})
export type WriteBackupArgs = z.infer<typeof writeBackupArgs>
export const readBackupArgs = z.object({ fileName: z.string().regex(BACKUP_NAME, 'Nama berkas cadangan tidak sah') })

export interface BackupEntry {
  fileName: string
  /** ISO time the backup was made. */
  at: string
  reason: BackupReason
  bytes: number
  /** Main's sequence number (the order backups were written in); 0 for backups from before it. */
  seq?: number
  /** Read back and checked (a whole data file whose checksum matches); only these count toward KEEP_BACKUPS. */
  verified?: boolean
}

export interface BackupStatus {
  /** Where automatic backups go, as the user should read it. */
  folder: string
  automatic: boolean
  last: BackupEntry | null
  count: number
  /**
   * Set when the computer's clock reads earlier than the newest backup's time (the clock was set back):
   * backups are still written and kept, ordered by their number, but their times cannot be trusted.
   */
  clockBehind?: { newestAt: string; now: string } | null
}

// ---- the photo store beside the backups (docs/data-format.md "Photos and scans"): files named by their SHA-256

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Kode isi berkas (SHA-256) tidak sah')
export const storedFileMimes = ['image/jpeg', 'image/png', 'application/pdf'] as const
/** Which of these files the backup folder holds whole (read back and hashed). */
export const photosHaveArgs = z.object({ hashes: z.array(sha256).max(5_000) })
export const photosWriteArgs = z.object({
  hash: sha256,
  mime: z.enum(storedFileMimes),
  data: bytes.refine((d) => d.byteLength > 0 && d.byteLength <= 20 * 1024 * 1024, { message: 'Berkas foto kosong atau terlalu besar' })
})
export type PhotosWriteArgs = z.infer<typeof photosWriteArgs>
export const photosReadArgs = z.object({ hash: sha256 })
/** A stored file read back: its bytes when they hash to its name; `damaged` when they do not. */
export type PhotoReadResult = { status: 'ok'; mime: (typeof storedFileMimes)[number]; data: Uint8Array } | { status: 'missing' } | { status: 'damaged' }
/** The file name of a stored file in the backup folder's "foto" folder. */
export const storedFileName = (hash: string, mime: (typeof storedFileMimes)[number]): string =>
  `${hash}.${mime === 'application/pdf' ? 'pdf' : mime === 'image/png' ? 'png' : 'jpg'}`
export const PHOTO_FOLDER = 'foto'

/** Verified backups kept in the folder; unverifiable files never count toward it. */
export const KEEP_BACKUPS = 30
/** Unverifiable files (torn, damaged, not a data file) kept beside them, newest first, for a "read anyway". */
export const KEEP_UNVERIFIED_BACKUPS = 10
/** Unverifiable files are only ever deleted while at least this many verified backups remain. */
export const MIN_VERIFIED_BACKUPS = 5
export const KEEP_BACKUPS_IN_BROWSER = 5

// ---------- the change journal (docs/drills.md, shared/journal)

/** One journal entry is one transaction of the data layer; a whole office goes into a base, never an entry. */
export const MAX_JOURNAL_ENTRY_CHARS = 32 * 1024 * 1024
export const journalAppendArgs = z.object({ payload: z.string().min(2).max(MAX_JOURNAL_ENTRY_CHARS) })
export const journalCheckpointArgs = z.object({
  /** A data file holding every entry up to upToSeq. */
  base: z.string().min(2).max(MAX_BACKUP_CHARS),
  upToSeq: z.number().int().min(0).max(0xffffffff)
})
export type JournalCheckpointArgs = z.infer<typeof journalCheckpointArgs>

// ---------- digital signatures (docs/signing.md) ----------

export const MAX_P12_BYTES = 1024 * 1024
const p12Bytes = bytes.refine((d) => d.byteLength > 0 && d.byteLength <= MAX_P12_BYTES, { message: 'Berkas sertifikat tidak valid' })
const pdfBytes = bytes.refine((d) => d.byteLength > 8 && d.byteLength <= MAX_FILE_BYTES && String.fromCharCode(...d.subarray(0, 5)) === '%PDF-', {
  message: 'Berkas bukan PDF'
})
/** Passed in for one call and forgotten: never stored, never logged. */
const password = z.string().min(1, { message: 'Kata sandi sertifikat wajib diisi' }).max(200)
const shortText = (label: string) => z.string().trim().max(200, { message: `${label} paling banyak 200 karakter` })

export const createSelfSignedArgs = z.object({
  // X.509's upper bound for a common name and an organisation name.
  commonName: z.string().trim().min(1, { message: 'Nama pemilik sertifikat wajib diisi' }).max(64, { message: 'Nama pemilik paling banyak 64 karakter' }),
  organisation: z.string().trim().max(64, { message: 'Nama organisasi paling banyak 64 karakter' }),
  password: z.string().min(MIN_CERT_PASSWORD, { message: `Kata sandi paling sedikit ${MIN_CERT_PASSWORD} karakter` }).max(200)
})
export type CreateSelfSignedArgs = z.infer<typeof createSelfSignedArgs>

export const inspectP12Args = z.object({ p12: p12Bytes, password })
export type InspectP12Args = z.infer<typeof inspectP12Args>

export const signPdfArgs = z.object({
  pdf: pdfBytes,
  p12: p12Bytes,
  password,
  reason: shortText('Alasan'),
  location: shortText('Tempat'),
  contactInfo: shortText('Kontak').optional(),
  /** The time printed in the visible block, so the signature carries the same one. */
  signedAt: z.iso.datetime({ offset: true }),
  utcOffsetMinutes: z.number().int().min(-720).max(840)
})
export type SignPdfArgs = z.infer<typeof signPdfArgs>

/**
 * Checking a signature reads the whole file: a limit keeps it short (a 200 MB file held the window for
 * 7.5 s). Signed letters of the office are well under 1 MB.
 */
// The same limit as the verifier's own (shared/signing/verify.ts), so both say the same thing.
export const MAX_VERIFY_BYTES = 25 * 1024 * 1024
export const VERIFY_TOO_LARGE = 'PDF terlalu besar untuk diperiksa: paling besar 25 MB.'
export const verifyPdfArgs = z.object({
  pdf: pdfBytes.refine((d) => d.byteLength <= MAX_VERIFY_BYTES, { message: VERIFY_TOO_LARGE }),
  /**
   * The office's certificates (rows of the certificates table: the .p12, still encrypted, and the SHA-256
   * stored at import when there is one): only their signatures can make a file "tidak berubah".
   */
  officeCertificates: z.array(z.object({ p12: p12Bytes, sha256: z.string().regex(/^[0-9A-F]{64}$/).optional() })).max(100)
})
export type VerifyPdfArgs = z.infer<typeof verifyPdfArgs>
