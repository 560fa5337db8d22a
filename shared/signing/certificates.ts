import forge from 'node-forge'
import { MIN_CERT_PASSWORD } from '../model/certificate'
import { binaryToBytes, bytesToBinary } from './bytes'

/** What the app shows and stores about a certificate (the .p12 itself stays encrypted). */
export interface CertificateInfo {
  subject: string
  issuer: string
  commonName: string
  organisation: string
  notBefore: string
  notAfter: string
  selfSigned: boolean
  serial: string
  /** SHA-256 of the certificate (DER), hex in capitals, as certificate viewers show it. */
  sha256: string
}

export interface SigningIdentity {
  key: forge.pki.rsa.PrivateKey
  certificate: forge.pki.Certificate
  /** Every certificate of the .p12, the signer's first: all go into the signature. */
  chain: forge.pki.Certificate[]
  info: CertificateInfo
}

export class CertificateError extends Error {}

type Attr = { shortName?: string; name?: string; type: string; value: unknown; valueTagClass?: unknown }

/** forge keeps attribute values as the bytes of their ASN.1 string type; names are UTF-8 or BMP. */
function attrText(a: Attr): string {
  const raw = typeof a.value === 'string' ? a.value : ''
  try {
    if (a.valueTagClass === forge.asn1.Type.UTF8) return forge.util.decodeUtf8(raw)
    if (a.valueTagClass === forge.asn1.Type.BMPSTRING) {
      let s = ''
      for (let i = 0; i + 1 < raw.length; i += 2) s += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1))
      return s
    }
  } catch {
    // Not valid UTF-8: show the bytes as they are rather than fail.
  }
  return raw
}

function dn(attrs: readonly Attr[]): string {
  return attrs.map((a) => `${a.shortName ?? a.name ?? a.type}=${attrText(a)}`).join(', ')
}

function firstAttr(attrs: readonly Attr[], shortName: string): string {
  const a = attrs.find((x) => x.shortName === shortName)
  return a ? attrText(a) : ''
}

export function certificateDer(cert: forge.pki.Certificate): Uint8Array {
  return binaryToBytes(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes())
}

export function describeCertificate(cert: forge.pki.Certificate): CertificateInfo {
  const subject = cert.subject.attributes as Attr[]
  const issuer = cert.issuer.attributes as Attr[]
  const md = forge.md.sha256.create()
  md.update(bytesToBinary(certificateDer(cert)))
  return {
    subject: dn(subject),
    issuer: dn(issuer),
    commonName: firstAttr(subject, 'CN'),
    organisation: firstAttr(subject, 'O'),
    notBefore: cert.validity.notBefore.toISOString(),
    notAfter: cert.validity.notAfter.toISOString(),
    selfSigned: cert.isIssuer(cert) && verifiesItself(cert),
    serial: cert.serialNumber,
    sha256: md.digest().toHex().toUpperCase()
  }
}

function verifiesItself(cert: forge.pki.Certificate): boolean {
  try {
    return cert.verify(cert)
  } catch {
    return false
  }
}

/** Opens a .p12 with its password: the private key and the certificate that belongs to it. */
export function openP12(p12: Uint8Array, password: string): SigningIdentity {
  let pfx: forge.pkcs12.Pkcs12Pfx
  try {
    pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytesToBinary(p12)), false, password)
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    if (/password|mac|invalid/i.test(msg)) throw new CertificateError('Kata sandi sertifikat salah, atau berkas bukan sertifikat .p12.')
    throw new CertificateError(`Berkas sertifikat tidak dapat dibaca: ${msg}`)
  }
  const bagsOf = (type: string) => pfx.getBags({ bagType: type })[type] ?? []
  const keys = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag ?? ''), ...bagsOf(forge.pki.oids.keyBag ?? '')].flatMap((b) => (b.key ? [b.key] : []))
  const certs = bagsOf(forge.pki.oids.certBag ?? '').flatMap((b) => (b.cert ? [b.cert] : []))
  const key = keys[0] as forge.pki.rsa.PrivateKey | undefined
  if (!key) throw new CertificateError('Sertifikat tidak berisi kunci privat (atau kata sandinya salah).')
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0
  })
  if (!own) throw new CertificateError('Tidak ada sertifikat yang cocok dengan kunci privat di berkas .p12 ini.')
  return { key, certificate: own, chain: [own, ...certs.filter((c) => c !== own)], info: describeCertificate(own) }
}

export interface SelfSignedRequest {
  commonName: string
  organisation: string
  /** Two-letter country; Indonesia. */
  country?: string
  password: string
  now?: Date
  validYears?: number
}

function generateKeyPair(bits: number): Promise<forge.pki.rsa.KeyPair> {
  // The callback form uses the platform's own generator (Node crypto, WebCrypto) when there is one.
  return new Promise((resolve, reject) => {
    forge.pki.rsa.generateKeyPair({ bits, e: 0x10001 }, (err, pair) => (err ? reject(err) : resolve(pair)))
  })
}

function randomSerial(): string {
  const hex = forge.util.bytesToHex(forge.random.getBytesSync(16))
  // Positive: the first bit clear.
  return `${(parseInt(hex[0] ?? '0', 16) & 0x7).toString(16)}${hex.slice(1)}`
}

export const MIN_PASSWORD = MIN_CERT_PASSWORD

/**
 * A self-signed certificate for an office without one from a certification authority, as a .p12
 * whose private key is encrypted with the password (AES-256, PBKDF2-SHA-256).
 */
export async function createSelfSignedP12(req: SelfSignedRequest): Promise<{ p12: Uint8Array; info: CertificateInfo }> {
  if (req.password.length < MIN_PASSWORD) throw new CertificateError(`Kata sandi paling sedikit ${MIN_PASSWORD} karakter.`)
  const cn = req.commonName.trim()
  if (!cn) throw new CertificateError('Nama pemilik sertifikat wajib diisi.')
  const now = req.now ?? new Date()
  const pair = await generateKeyPair(2048)
  const cert = forge.pki.createCertificate()
  cert.publicKey = pair.publicKey
  cert.serialNumber = randomSerial()
  // A few minutes back: a clock slightly behind must not see the certificate as "not yet valid".
  cert.validity.notBefore = new Date(now.getTime() - 5 * 60_000)
  cert.validity.notAfter = new Date(now.getTime())
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + (req.validYears ?? 5))
  const utf8 = forge.asn1.Type.UTF8
  const attrs = [
    { shortName: 'CN', value: cn, valueTagClass: utf8 },
    ...(req.organisation.trim() ? [{ shortName: 'O', value: req.organisation.trim(), valueTagClass: utf8 }] : []),
    { shortName: 'C', value: (req.country ?? 'ID').toUpperCase() }
  ] as forge.pki.CertificateField[]
  cert.setSubject(attrs)
  cert.setIssuer(attrs)
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ])
  cert.sign(pair.privateKey, forge.md.sha256.create())
  const asn1 = forge.pkcs12.toPkcs12Asn1(pair.privateKey, [cert], req.password, {
    algorithm: 'aes256',
    count: 10000,
    friendlyName: cn,
    // forge passes this on to PBES2 (its typings do not list it): PBKDF2 with HMAC-SHA-256, not SHA-1.
    prfAlgorithm: 'sha256'
  } as Parameters<typeof forge.pkcs12.toPkcs12Asn1>[3])
  return { p12: binaryToBytes(forge.asn1.toDer(asn1).getBytes()), info: describeCertificate(cert) }
}

const PKCS12_CERT_BAG = '1.2.840.113549.1.12.10.1.3'
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1'

/**
 * SHA-256 fingerprints of the certificates a .p12 keeps without encryption (what the app's own
 * self-signed .p12 does), read without the password; the private key is never touched. A .p12 that
 * encrypts its certificates too (OpenSSL's default) gives none: store the fingerprint when it is imported.
 */
export function p12PublicFingerprints(p12: Uint8Array): string[] {
  const out: string[] = []
  try {
    const A = forge.asn1
    const seq = (n: forge.asn1.Asn1 | undefined) => (n && Array.isArray(n.value) ? n.value : [])
    const octets = (n: forge.asn1.Asn1 | undefined): string => {
      if (!n) return ''
      if (typeof n.value === 'string') return n.value
      // BER may split an OCTET STRING into constructed parts.
      return seq(n).map(octets).join('')
    }
    const oid = (n: forge.asn1.Asn1 | undefined) => (n && n.type === A.Type.OID && typeof n.value === 'string' ? A.derToOid(n.value) : '')
    const pfx = A.fromDer(bytesToBinary(p12))
    const authSafe = seq(pfx)[1]
    if (oid(seq(authSafe)[0]) !== forge.pki.oids.data) return out
    const contents = A.fromDer(octets(seq(seq(authSafe)[1])[0]))
    for (const info of seq(contents)) {
      // Only plain "data" content infos: encrypted ones need the password.
      if (oid(seq(info)[0]) !== forge.pki.oids.data) continue
      for (const bag of seq(A.fromDer(octets(seq(seq(info)[1])[0])))) {
        const [bagId, bagValue] = seq(bag)
        if (oid(bagId) !== PKCS12_CERT_BAG) continue
        const [certId, certValue] = seq(seq(bagValue)[0])
        if (oid(certId) !== X509_CERTIFICATE) continue
        const md = forge.md.sha256.create()
        md.update(octets(seq(certValue)[0]))
        out.push(md.digest().toHex().toUpperCase())
      }
    }
  } catch {
    // Not readable without the password, or not a .p12: no fingerprints.
  }
  return out
}

/**
 * The office's certificate fingerprints from the certificates table: the one stored at import, else the
 * ones the .p12 shows without its password.
 */
export function officeFingerprints(rows: readonly { p12: Uint8Array; sha256?: string | undefined }[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.sha256 ? [r.sha256.toUpperCase()] : p12PublicFingerprints(r.p12))))]
}
