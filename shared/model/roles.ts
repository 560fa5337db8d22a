import { z } from 'zod'
import { id, isoDate, requiredText, text } from './common'
import { signer } from './signer'

/** Who does what at a meeting, as the Keputusan appoints them (docs/formats.md "Keputusan Ketua"). */
export const roleGroups = ['panitia', 'narasumber', 'moderator'] as const
export type RoleGroup = (typeof roleGroups)[number]
export const roleGroupLabel: Record<RoleGroup, string> = { panitia: 'Panitia Pelaksana', narasumber: 'Narasumber', moderator: 'Moderator' }

/** Committee titles in their usual order; an office may type others. */
export const defaultCommitteeTitles = ['Penanggung Jawab', 'Ketua', 'Wakil Ketua', 'Sekretaris', 'Bendahara', 'Anggota'] as const

export const meetingRole = z.object({
  id,
  meetingId: id,
  group: z.enum(roleGroups),
  /** "Ketua", "Anggota", ... for the committee; empty for speakers and moderators. */
  roleTitle: text(200),
  /** From the address book, or empty when added on the spot. */
  personId: id.optional(),
  name: requiredText(200, 'Nama'),
  /** Jabatan/Instansi as printed in the lampiran. */
  position: text(500),
  /** Materi, for a narasumber. */
  topic: text(1000),
  order: z.number().int()
})
export type MeetingRole = z.infer<typeof meetingRole>

/** What the secretary types for one role; the committee needs its title in the panitia. */
export const roleInput = meetingRole
  .pick({ group: true, roleTitle: true, personId: true, name: true, position: true, topic: true })
  .refine((r) => r.group !== 'panitia' || r.roleTitle.length > 0, { message: 'Jabatan dalam panitia wajib diisi', path: ['roleTitle'] })
export type RoleInput = z.input<typeof roleInput>

/**
 * Where a decree cites an entry of the library (docs/formats.md "Mengingat and Memperhatikan"): regulations under
 * Mengingat, other documents (a work programme, a letter, minutes) under Memperhatikan.
 */
export const legalBasisKinds = ['mengingat', 'memperhatikan'] as const
export type LegalBasisKind = (typeof legalBasisKinds)[number]
export const legalBasisKindLabel: Record<LegalBasisKind, string> = {
  mengingat: 'Mengingat (peraturan)',
  memperhatikan: 'Memperhatikan (dokumen lain)'
}

/** The office's library of legal bases for "Mengingat" (Perpres 99/2017, Permendagri 36/2020, ...) and "Memperhatikan". */
export const legalBasis = z.object({
  id,
  text: requiredText(1000, 'Dasar hukum'),
  order: z.number().int(),
  active: z.boolean(),
  /** Absent in data made before it was kept: guessed from the text (shared/meetings/legal-basis-kind.ts). */
  kind: z.enum(legalBasisKinds).optional()
})
export type LegalBasis = z.infer<typeof legalBasis>

export const defaultLegalBases: readonly string[] = [
  'Peraturan Presiden Republik Indonesia Nomor 99 Tahun 2017 tentang Gerakan Pemberdayaan dan Kesejahteraan Keluarga',
  'Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 36 Tahun 2020 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 99 Tahun 2017 tentang Gerakan Pemberdayaan dan Kesejahteraan Keluarga'
]

export const articleStyles = ['KESATU', 'PERTAMA'] as const
export type ArticleStyle = (typeof articleStyles)[number]

const someText = (items: readonly string[]) => items.some((t) => t.trim().length > 0)

/** The editable text of a Keputusan Ketua, kept in the meeting's document record. */
export const keputusanDraft = z.object({
  date: isoDate,
  /** "Ditetapkan di". */
  place: requiredText(100, 'Tempat penetapan'),
  /** TENTANG ..., printed in capitals. */
  subject: requiredText(1000, 'Tentang'),
  menimbang: z
    .array(text(2000))
    .max(20)
    .refine(someText, { message: 'Isi minimal satu Menimbang' }),
  mengingat: z
    .array(text(2000))
    .max(30)
    .refine(someText, { message: 'Isi minimal satu Mengingat' }),
  /**
   * Documents the decree takes into account that are no regulation (Program Kerja, a letter, minutes). Absent in
   * drafts made before it was kept: their Mengingat lines are then sorted by legalBasisKind when printed.
   */
  memperhatikan: z.array(text(2000)).max(30).optional(),
  articleStyle: z.enum(articleStyles),
  /**
   * The articles from KESATU on, before the closing one: generated from the roles when the draft is made
   * (shared/meetings/keputusan-defaults), then the secretary's text.
   */
  articles: z
    .array(text(3000))
    .max(30)
    .refine(someText, { message: 'Isi minimal satu diktum' }),
  /** The last article: when the decree takes effect. */
  closing: requiredText(1000, 'Diktum penutup'),
  /** Print the kop surat above the decree. */
  kop: z.boolean(),
  code: requiredText(40, 'Kode surat'),
  signer,
  /** rolesFingerprint of the roles when the number was issued or last corrected; absent before issuing. */
  rolesAtIssue: z.string().max(40).optional()
})
export type KeputusanDraft = z.infer<typeof keputusanDraft>
