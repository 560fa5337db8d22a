import { z } from 'zod'
import { text } from './common'

/** Who signs a document: the Ketua herself, someone for her (a.n.), or an acting chair (FORMATS.md "Signature block"). */
export const signerRoles = ['ketua', 'an', 'pj', 'plt', 'plh'] as const
export type SignerRole = (typeof signerRoles)[number]
export const signerRoleLabel: Record<SignerRole, string> = {
  ketua: 'Ketua',
  an: 'a.n. Ketua (atas nama)',
  pj: 'Pj. Ketua',
  plt: 'Plt. Ketua',
  plh: 'Plh. Ketua'
}
export const signer = z.object({
  role: z.enum(signerRoles),
  /** The signer's own title when signing a.n. Ketua: "Wakil Ketua", "Ketua I", "Sekretaris". */
  ownTitle: text(200),
  /** Empty for the Ketua: her name comes from the office profile. */
  name: text(200),
  useSignatureImage: z.boolean(),
  useStamp: z.boolean()
})
export type Signer = z.infer<typeof signer>
export const ketuaSigner: Signer = { role: 'ketua', ownTitle: '', name: '', useSignatureImage: false, useStamp: false }
