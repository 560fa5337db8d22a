export { CertificateError, MIN_PASSWORD, createSelfSignedP12, describeCertificate, officeFingerprints, openP12, p12PublicFingerprints, type CertificateInfo, type SelfSignedRequest } from './certificates'
export { signPdf, type SignPdfRequest, type SignPdfResult } from './sign'
export { formatFingerprint, normalizeFingerprint, officeCertificateArgs, plainOwner, verificationDetails } from './report'
export {
  MAX_VERIFY_BYTES,
  verifyPdf,
  type SignatureCheck,
  type UnreferencedSignature,
  type VerifyOptions,
  type VerifyResult
} from './verify'
export { type LaterUpdate, type ObjectChange } from './pdf-structure'
export { PdfSyntaxError } from './pdf-objects'
export { SUB_FILTER } from './placeholder'
