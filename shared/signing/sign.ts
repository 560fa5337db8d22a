import forge from 'node-forge'
import { binaryToBytes, bytesToBinary, concatBytes } from './bytes'
import { openP12, type CertificateInfo, type SigningIdentity } from './certificates'
import { addSignaturePlaceholder, findPlaceholder, fixByteRange, writeContents, type SignatureFields } from './placeholder'

export interface SignPdfRequest {
  pdf: Uint8Array
  p12: Uint8Array
  password: string
  reason: string
  location: string
  contactInfo?: string
  signedAt?: Date
  utcOffsetMinutes?: number
}

export interface SignPdfResult {
  pdf: Uint8Array
  signer: CertificateInfo
  signedAt: string
  byteRange: [number, number, number, number]
}

/**
 * CMS SignedData, detached, as Adobe's adbe.pkcs7.detached expects (and as @signpdf's P12Signer
 * makes it): SHA-256, signed attributes contentType, signingTime and messageDigest, every
 * certificate of the .p12 included. This is not PAdES: no ETSI.CAdES.detached sub-filter and no
 * signing-certificate-v2 attribute (docs/signing.md).
 */
export function cmsDetached(id: SigningIdentity, content: Uint8Array, signedAt: Date): Uint8Array {
  const p7 = forge.pkcs7.createSignedData()
  p7.content = forge.util.createBuffer(bytesToBinary(content))
  for (const c of id.chain) p7.addCertificate(c)
  p7.addSigner({
    key: id.key,
    certificate: id.certificate,
    digestAlgorithm: forge.pki.oids.sha256 ?? '2.16.840.1.101.3.4.2.1',
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType ?? '', value: forge.pki.oids.data ?? '' },
      { type: forge.pki.oids.signingTime ?? '', value: signedAt as unknown as string },
      { type: forge.pki.oids.messageDigest ?? '' }
    ]
  })
  p7.sign({ detached: true })
  return binaryToBytes(forge.asn1.toDer(p7.toAsn1()).getBytes())
}

/** Room for the signature: the size of one made over nothing with the same key and certificates, plus a margin. */
export function signatureRoom(id: SigningIdentity, signedAt: Date): number {
  return cmsDetached(id, new Uint8Array(0), signedAt).length + 1024
}

/**
 * Signs a PDF (one written with a classic xref table, as pdfmake writes it) with the .p12: an
 * incremental update carries the signature; the ByteRange covers every byte but the signature's own.
 */
export function signPdf(req: SignPdfRequest): SignPdfResult {
  const id = openP12(req.p12, req.password)
  const signedAt = req.signedAt ?? new Date()
  const fields: SignatureFields = {
    reason: req.reason,
    location: req.location,
    name: id.info.commonName || id.info.subject,
    signedAt,
    ...(req.contactInfo ? { contactInfo: req.contactInfo } : {}),
    ...(req.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: req.utcOffsetMinutes } : {})
  }
  const prepared = addSignaturePlaceholder(req.pdf, fields, signatureRoom(id, signedAt))
  const at = findPlaceholder(prepared)
  const { pdf, ranges } = fixByteRange(prepared, at)
  const signed = concatBytes([pdf.subarray(0, ranges[1]), pdf.subarray(ranges[2])])
  const der = cmsDetached(id, signed, signedAt)
  return { pdf: writeContents(pdf, at, der), signer: id.info, signedAt: signedAt.toISOString(), byteRange: ranges }
}
