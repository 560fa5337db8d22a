import { z } from 'zod'
import { id, isoDate, requiredText, text, stamp } from './common'
import { timeZones } from './office'
import { keputusanDraft } from './roles'
import { daftarHadirSettings } from './attendance'
import { signer } from './signer'
import { frozenLayout } from '../documents/frozen-layout'

export const meetingKinds = ['rapat-konsultasi', 'rapat-koordinasi', 'rakornas', 'lainnya'] as const
export type MeetingKind = (typeof meetingKinds)[number]
export const meetingKindLabel: Record<MeetingKind, string> = {
  'rapat-konsultasi': 'Rapat Konsultasi',
  'rapat-koordinasi': 'Rapat Koordinasi',
  rakornas: 'Rakornas',
  lainnya: 'Lainnya'
}

export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Jam harus berformat JJ:MM, mis. 09:00' })


export const meetingFields = z
  .object({
    title: requiredText(500, 'Nama rapat'),
    kind: z.enum(meetingKinds),
    dates: z.array(isoDate).min(1, { message: 'Isi minimal satu tanggal' }).max(14),
    timeStart: hhmm,
    /** Empty means "s.d. selesai". */
    timeEnd: z.union([hhmm, z.literal('')]),
    timeZone: z.enum(timeZones),
    place: requiredText(500, 'Tempat'),
    agenda: z.array(text(1000)).max(50),
    basis: z.array(text(2000)).max(30),
    objectives: z.array(text(2000)).max(30),
    signer,
    notes: text(5000)
  })
  .refine((m) => !m.timeEnd || m.timeEnd > m.timeStart, { message: 'Jam selesai harus setelah jam mulai', path: ['timeEnd'] })
export type MeetingFields = z.infer<typeof meetingFields>

export const meeting = meetingFields.safeExtend({ id, createdAt: stamp, updatedAt: stamp })
export type Meeting = z.infer<typeof meeting>

/** An invitee is a person, or an organisation addressed through its head's title. */
export const inviteeKinds = ['person', 'organisation'] as const
export const invitee = z.object({
  id,
  meetingId: id,
  /** "p:<personId>" or "o:<organisationId>": unique per meeting, so nobody is invited twice. */
  key: z.string().max(80).regex(/^[po]:.+$/),
  kind: z.enum(inviteeKinds),
  personId: id.optional(),
  organisationId: id.optional(),
  order: z.number().int(),
  createdAt: stamp
})
export type Invitee = z.infer<typeof invitee>

export const documentKinds = ['undangan', 'keputusan', 'daftar-hadir', 'notulen', 'kesimpulan'] as const
export type DocumentKind = (typeof documentKinds)[number]
export const documentKindLabel: Record<DocumentKind, string> = {
  undangan: 'Surat Undangan',
  keputusan: 'Keputusan Ketua',
  'daftar-hadir': 'Daftar Hadir',
  notulen: 'Notulen',
  kesimpulan: 'Kesimpulan Rapat'
}

export const sifatOptions = ['Biasa', 'Penting', 'Segera', 'Sangat Segera', 'Rahasia'] as const
export const invitationModes = ['daftar-terlampir', 'per-penerima'] as const
export type InvitationMode = (typeof invitationModes)[number]

/** The editable wording of a Surat Undangan; defaults come from the meeting (shared/meetings/undangan-defaults). */
export const undanganDraft = z.object({
  date: isoDate,
  sifat: requiredText(60, 'Sifat'),
  lampiran: text(200),
  hal: requiredText(300, 'Hal'),
  mode: z.enum(invitationModes),
  opening: requiredText(3000, 'Kalimat pembuka'),
  closing: requiredText(3000, 'Kalimat penutup'),
  tembusan: z.array(text(500)).max(20),
  code: requiredText(40, 'Kode surat'),
  signer,
  /**
   * One letter per recipient prints each recipient's personal code and its QR code under the address;
   * false leaves them off. Absent means printed: drafts saved before the code existed read unchanged.
   */
  personalCode: z.boolean().optional()
})
export type UndanganDraft = z.infer<typeof undanganDraft>

/**
 * What an issued document prints, fixed at issue and at each correction: every later save, print or
 * signature of that number comes from here, never from live data. `changeKey` condenses the meeting's
 * data the document printed (dates, place, agenda, invitees, roles, wording, signer), so a later
 * change of that data is noticed; office settings and the app's own layout rules are not in it.
 */
export const frozenCopy = z.object({
  letterId: id,
  number: z.string().max(200),
  frozenAt: z.string().max(40),
  changeKey: z.string().max(100),
  fileName: z.string().max(300),
  layout: frozenLayout
})
export type FrozenCopy = z.infer<typeof frozenCopy>

/** A document of a meeting: its wording and, once issued, the letter (number) it carries. */
export const meetingDocument = z.object({
  id,
  meetingId: id,
  kind: z.enum(documentKinds),
  letterId: id.optional(),
  frozen: frozenCopy.optional(),
  undangan: undanganDraft.optional(),
  keputusan: keputusanDraft.optional(),
  daftarHadir: daftarHadirSettings.optional(),
  createdAt: stamp,
  updatedAt: stamp
})
export type MeetingDocument = z.infer<typeof meetingDocument>
