import { z } from 'zod'
import { text } from './common'

/** Who signs a document: the Ketua herself, someone for her (a.n.), or an acting chair (docs/formats.md "Signature block"). */
export const signerRoles = ['ketua', 'an', 'pj', 'plt', 'plh'] as const
export type SignerRole = (typeof signerRoles)[number]
export const signerRoleLabel: Record<SignerRole, string> = {
  ketua: 'Ketua',
  an: 'a.n. Ketua (atas nama)',
  pj: 'Pj. Ketua',
  plt: 'Plt. Ketua',
  plh: 'Plh. Ketua'
}

/** The id that names the Ketua definitif (the profile's ketuaName, ketuaTitle, ketuaSignature). */
export const KETUA_SIGNER_ID = 'ketua'

/**
 * What a document keeps about its signer: a reference to one of the office's signers (Pengaturan), or ''
 * for whoever serves on the document's date; the signer's name, title and image live on the office profile.
 */
const signerChoiceShape = z.object({
  /** 'ketua', the id of an office signer, or '' (whoever serves on the document's date). */
  signerId: z.string().trim().max(64),
  useSignatureImage: z.boolean(),
  useStamp: z.boolean(),
  /** What a draft written before the office kept its signers said; printed only while no office signer is chosen. */
  legacy: z.object({ role: z.enum(signerRoles), ownTitle: text(200), name: text(200) }).optional()
})
export type SignerChoice = z.infer<typeof signerChoiceShape>

/** A draft's signer as written before the office kept its signers: role, own title and name typed on the document. */
export const legacySigner = z.object({
  role: z.enum(signerRoles),
  ownTitle: text(200),
  name: text(200),
  useSignatureImage: z.boolean(),
  useStamp: z.boolean()
})
export type LegacySigner = z.infer<typeof legacySigner>

/**
 * An old draft's signer as a choice: the Ketua stays the Ketua; anyone else keeps the typed name (as `legacy`)
 * until a signer of the office is picked. A typed-in role with no name is no signer at all: whoever serves.
 */
export function upgradeLegacySigner(s: LegacySigner): SignerChoice {
  const base = { useSignatureImage: s.useSignatureImage, useStamp: s.useStamp }
  if (s.role === 'ketua') return { signerId: KETUA_SIGNER_ID, ...base }
  if (!s.name.trim()) return { signerId: '', ...base }
  return { signerId: '', ...base, legacy: { role: s.role, ownTitle: s.ownTitle, name: s.name } }
}

/** Reads both shapes: today's choice, and the role/ownTitle/name of drafts and backups made before. */
export const signer = z.union([signerChoiceShape, legacySigner.transform(upgradeLegacySigner)])
/** The name the meeting and draft code uses for a SignerChoice. */
export type Signer = SignerChoice

/** A record read from the database may still hold the old shape; this gives today's. */
export function toSignerChoice(raw: unknown): SignerChoice {
  const parsed = signer.safeParse(raw)
  return parsed.success ? parsed.data : { signerId: '', useSignatureImage: false, useStamp: false }
}

export const ketuaSigner: SignerChoice = { signerId: KETUA_SIGNER_ID, useSignatureImage: false, useStamp: false }
/** A new meeting's signer: whoever serves on its documents' dates; images off, as before (signed by hand unless ticked). */
export const servingSigner: SignerChoice = { signerId: '', useSignatureImage: false, useStamp: false }

/** The office's signers other than the Ketua definitif: acting chairs and those who sign a.n. Ketua. */
export const officeSignerKinds = ['pj', 'plt', 'plh', 'an'] as const
export type OfficeSignerKind = (typeof officeSignerKinds)[number]
export const officeSignerKindLabel: Record<OfficeSignerKind, string> = {
  pj: 'Pj. Ketua (penjabat)',
  plt: 'Plt. Ketua (pelaksana tugas)',
  plh: 'Plh. Ketua (pelaksana harian)',
  an: 'a.n. Ketua (atas nama)'
}

export type ActingPrefix = 'Pj.' | 'Plt.' | 'Plh.'
export const actingPrefix: Record<'pj' | 'plt' | 'plh', ActingPrefix> = { pj: 'Pj.', plt: 'Plt.', plh: 'Plh.' }

// "Pj. ", "PJ ", "plt.", "Plh " at the start of a title, any case, with or without the dot.
const ACTING_AT_START = /^\s*(?:pj|plt|plh)(?:\.\s*|\s+)/i
// "a.n. ", "A.N ", "an. " at the start: the dot after the a tells it from a word.
const ON_BEHALF_AT_START = /^\s*(?:a\.\s*n\.?|an\.)\s*/i

/** The title without a Pj./Plt./Plh. the secretary already typed into it. */
export function stripActingPrefix(title: string): string {
  let t = title.trim()
  while (ACTING_AT_START.test(t)) t = t.replace(ACTING_AT_START, '').trim()
  return t
}

/** The title without an "a.n." the secretary already typed into it. */
export function stripOnBehalfPrefix(title: string): string {
  let t = title.trim()
  while (ON_BEHALF_AT_START.test(t)) t = t.replace(ON_BEHALF_AT_START, '').trim()
  return t
}

/** "Pj. Ketua TP PKK Kabupaten X" from either "Ketua TP PKK Kabupaten X" or a title that already says Pj./PJ/Plt.: the prefix once. */
export function withActingPrefix(prefix: ActingPrefix, title: string): string {
  const t = stripActingPrefix(title)
  return t ? `${prefix} ${t}` : prefix
}
