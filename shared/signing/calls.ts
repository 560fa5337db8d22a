import { createSelfSignedArgs, inspectP12Args, signPdfArgs, verifyPdfArgs } from '../ipc/contract'
import { createSelfSignedP12, officeFingerprints, openP12, type CertificateInfo } from './certificates'
import { signPdf, type SignPdfResult } from './sign'
import { verifyPdf, type VerifyResult } from './verify'

/**
 * The signing calls behind window.pkk.signing, arguments checked with the contract's schemas first.
 * Main's IPC handlers and the browser bridge both run exactly these: bytes in, bytes out.
 */
export async function createSelfSignedCall(raw: unknown, now: Date = new Date()): Promise<{ p12: Uint8Array; info: CertificateInfo }> {
  const args = createSelfSignedArgs.parse(raw)
  return createSelfSignedP12({ commonName: args.commonName, organisation: args.organisation, password: args.password, now })
}

export function inspectP12Call(raw: unknown): CertificateInfo {
  const args = inspectP12Args.parse(raw)
  return openP12(args.p12, args.password).info
}

export function signPdfCall(raw: unknown): SignPdfResult {
  const args = signPdfArgs.parse(raw)
  return signPdf({
    pdf: args.pdf,
    p12: args.p12,
    password: args.password,
    reason: args.reason,
    location: args.location,
    ...(args.contactInfo ? { contactInfo: args.contactInfo } : {}),
    signedAt: new Date(args.signedAt),
    utcOffsetMinutes: args.utcOffsetMinutes
  })
}

export function verifyPdfCall(raw: unknown): VerifyResult {
  const args = verifyPdfArgs.parse(raw)
  return verifyPdf(args.pdf, { officeFingerprints: officeFingerprints(args.officeCertificates) })
}
