import type { Signer as DocumentSigner } from '../documents/builders/signature'
import type { OfficeProfile, Signer } from '../model'

type ProfileForSigner = Pick<OfficeProfile, 'officeName' | 'ketuaName' | 'ketuaTitle' | 'ketuaSignature' | 'stamp'>

const acting = { pj: 'Pj.', plt: 'Plt.', plh: 'Plh.' } as const

/**
 * The signature block's data (FORMATS.md "Signature block"): the Ketua signs under her title; someone
 * signing for her writes "a.n. KETUA <office>" then her own title; an acting chair signs as Pj./Plt./Plh.
 * The Ketua's signature image is only ever placed when she signs herself.
 */
export function documentSigner(signer: Signer, profile: ProfileForSigner): DocumentSigner {
  const stamp = signer.useStamp && profile.stamp ? { stampImage: profile.stamp } : {}
  switch (signer.role) {
    case 'ketua':
      return {
        title: profile.ketuaTitle,
        name: profile.ketuaName,
        ...(signer.useSignatureImage && profile.ketuaSignature ? { signatureImage: profile.ketuaSignature } : {}),
        ...stamp
      }
    case 'an':
      return { title: signer.ownTitle.trim() || 'Sekretaris', name: signer.name, onBehalfOf: `Ketua ${profile.officeName.trim()}`, ...stamp }
    case 'pj':
    case 'plt':
    case 'plh':
      return { title: profile.ketuaTitle, name: signer.name, acting: acting[signer.role], ...stamp }
  }
}
