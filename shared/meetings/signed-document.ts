import { utcOffset } from '../calendar'
import { withVisibleSignature } from '../documents/builders/verification'
import { layoutFingerprint } from '../documents/fingerprint'
import type { DocumentLayout } from '../documents/layout'
import type { TimeZoneLabel } from '../model'
import type { CertificateInfo } from '../signing/certificates'

/**
 * The layout a digitally signed PDF is rendered from: the document as it is, then the visible block
 * naming the certificate's holder, the signing time on the office's clock, and the SHA-256 fingerprint
 * of the document's data (taken before the block is added). The same `signedAt` must go to signPdf,
 * so the printed time and the signature's time agree.
 */
export async function signedLayout(
  layout: DocumentLayout,
  signer: Pick<CertificateInfo, 'commonName' | 'organisation' | 'selfSigned' | 'subject'>,
  signedAt: Date,
  zone: TimeZoneLabel
): Promise<{ layout: DocumentLayout; fingerprint: string }> {
  const fingerprint = await layoutFingerprint(layout)
  return {
    fingerprint,
    layout: withVisibleSignature(layout, {
      signerName: signer.commonName || signer.subject,
      ...(signer.organisation ? { organisation: signer.organisation } : {}),
      signedAt,
      utcOffsetHours: utcOffset[zone],
      zone,
      fingerprint,
      selfSigned: signer.selfSigned
    })
  }
}

/** The /Reason of the signature: what is signed, within the contract's 200 characters. */
export function signingReason(documentLabel: string, meetingTitle: string): string {
  const r = `${documentLabel}: ${meetingTitle.trim()}`
  return r.length > 200 ? `${r.slice(0, 199)}…` : r
}
