import type { OfficeProfile, Signer } from '../model'

export interface ResolvedSigner {
  /** Lines above the signature space, e.g. ["a.n. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT", "Sekretaris,"]. */
  titleLines: string[]
  name: string
  /** The Ketua's signature image may only be used when she signs herself. */
  useSignatureImage: boolean
  useStamp: boolean
}

type ProfileForSigner = Pick<OfficeProfile, 'officeName' | 'ketuaName' | 'ketuaTitle'>

/**
 * The signature block's words (FORMATS.md "Signature block"): the Ketua signs under her title; someone
 * signing for her writes "a.n. KETUA <office>" then her own title; an acting chair signs as Pj./Plt./Plh.
 */
export function resolveSigner(signer: Signer, profile: ProfileForSigner): ResolvedSigner {
  const ketuaOfOffice = `KETUA ${profile.officeName.trim().toLocaleUpperCase('id-ID')}`
  const images = { useSignatureImage: signer.role === 'ketua' && signer.useSignatureImage, useStamp: signer.useStamp }
  switch (signer.role) {
    case 'ketua':
      return { titleLines: [`${profile.ketuaTitle},`], name: profile.ketuaName, ...images }
    case 'an':
      return { titleLines: [`a.n. ${ketuaOfOffice}`, `${signer.ownTitle.trim() || 'Sekretaris'},`], name: signer.name, ...images }
    case 'pj':
    case 'plt':
    case 'plh': {
      const prefix = { pj: 'Pj.', plt: 'Plt.', plh: 'Plh.' }[signer.role]
      return { titleLines: [`${prefix} ${profile.ketuaTitle},`], name: signer.name, ...images }
    }
  }
}
