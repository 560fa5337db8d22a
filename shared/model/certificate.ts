import { z } from 'zod'
import { bytes, id, requiredText, text } from './common'

/**
 * The office's signing certificate: a PKCS#12 (.p12) file as the office received or the app made it.
 * The file is itself encrypted with its password; the password is never stored in plain text.
 */
/** The largest .p12 the office keeps (the import form refuses bigger ones). */
export const MAX_CERTIFICATE_BYTES = 1024 * 1024

export const certificate = z.object({
  id,
  label: requiredText(200, 'Nama sertifikat'),
  p12: bytes.refine((b) => b.byteLength > 0 && b.byteLength <= MAX_CERTIFICATE_BYTES, { message: 'Berkas sertifikat tidak valid' }),
  subject: text(500),
  issuer: text(500),
  notBefore: z.string().max(40),
  notAfter: z.string().max(40),
  selfSigned: z.boolean(),
  /** SHA-256 of the certificate (hex, capitals), kept at import: how the verifier knows the office's own signature. */
  sha256: z.string().regex(/^[0-9A-F]{64}$/).optional(),
  createdAt: z.string().max(40)
})
export type Certificate = z.infer<typeof certificate>

/** A certificate's password is at least this long; it protects the private key inside the .p12. */
export const MIN_CERT_PASSWORD = 8
