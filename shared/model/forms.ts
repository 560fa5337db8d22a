import { z } from 'zod'
import { MIN_CERT_PASSWORD } from './certificate'
import { requiredText, text } from './common'
import { letterCode } from './letters'
import { legalBasisKinds, roleGroups } from './roles'

/**
 * The schemas of the forms that type something that is not stored as typed (a reason, a password, a
 * file to read): each form of the app checks its values through a schema of the model (docs/forms.md).
 */

/** "Batalkan nomor surat": the reason kept beside the cancelled number. */
export const cancelLetterFields = z.object({ reason: requiredText(500, 'Alasan pembatalan') })
export type CancelLetterFields = z.infer<typeof cancelLetterFields>

/** A letter code as typed in "Tambah kode surat" / "Ubah kode". */
export const letterCodeFields = letterCode.pick({ code: true, name: true, pattern: true, classification: true })
export type LetterCodeFields = z.infer<typeof letterCodeFields>

/** A legal basis added to the office's library; 'auto' cites it where its text suggests. */
export const legalBasisInput = z.object({
  text: requiredText(1000, 'Dasar hukum'),
  kind: z.union([z.literal('auto'), z.enum(legalBasisKinds)])
})
export type LegalBasisInput = z.infer<typeof legalBasisInput>

/** A file picked in a form: its name and bytes, read before the form is sent. */
const pickedFile = z.object({ name: z.string(), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array) })

/** "Impor berkas .p12 / .pfx": the file and the password that opens it. */
export const p12ImportFields = z.object({
  file: pickedFile.nullable().refine((f) => f !== null, { message: 'Pilih berkas sertifikat (.p12 atau .pfx)' }),
  password: z.string().min(1, { message: 'Isi kata sandi berkas sertifikat' })
})
export type P12ImportFields = z.infer<typeof p12ImportFields>

/** "Buat sertifikat sendiri": owner, organisation, and the new password typed twice. */
export const selfSignedFields = z
  .object({
    name: requiredText(64, 'Nama pemilik'),
    organisation: text(64),
    password: z.string().min(MIN_CERT_PASSWORD, { message: `Kata sandi paling sedikit ${MIN_CERT_PASSWORD} karakter` }),
    again: z.string()
  })
  .refine((v) => v.password === v.again, { message: 'Kedua kata sandi tidak sama; ketik ulang yang kedua', path: ['again'] })
export type SelfSignedFields = z.infer<typeof selfSignedFields>

/** "Tanda tangan digital": which of the office's certificates, and its password (never stored). */
export const signPdfFields = z.object({
  certificateId: z.string().min(1, { message: 'Pilih sertifikat' }),
  password: z.string().min(1, { message: 'Isi kata sandi sertifikat' })
})
export type SignPdfFields = z.infer<typeof signPdfFields>

/** A role typed in "Tambah orang" of the Keputusan step; the committee title is chosen from a list or typed. */
export const roleFormFields = z.object({
  group: z.enum(roleGroups),
  personId: z.string().optional(),
  name: z.string(),
  position: z.string(),
  titleChoice: z.string(),
  titleOther: z.string(),
  topic: z.string()
})
export type RoleFormFields = z.infer<typeof roleFormFields>
/** The choice that means "the title is typed in titleOther". */
export const OTHER_ROLE_TITLE = '__lainnya__'
/** The role the form describes, for the model's roleInput schema. */
export function roleFromForm(f: RoleFormFields) {
  const roleTitle = f.group === 'panitia' ? (f.titleChoice === OTHER_ROLE_TITLE ? f.titleOther : f.titleChoice) : ''
  return { group: f.group, roleTitle, name: f.name, position: f.position, topic: f.group === 'narasumber' ? f.topic : '', ...(f.personId ? { personId: f.personId } : {}) }
}
/** Where a message of roleInput shows in the form: the typed title takes the committee title's messages. */
export function roleFormPath(path: readonly PropertyKey[]): string {
  const head = String(path[0] ?? '')
  return head === 'roleTitle' ? 'titleOther' : head
}
