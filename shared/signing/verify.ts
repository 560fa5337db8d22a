import forge from 'node-forge'
import { bytesToBinary, concatBytes, latin1 } from './bytes'
import { describeCertificate, type CertificateInfo } from './certificates'
import { parseDict, entry, readTextString } from './pdf-objects'

/** One signature of a PDF as the app's own check sees it. */
export interface SignatureCheck {
  subFilter: string
  signer: CertificateInfo | null
  /** From the signed signingTime attribute, else the dictionary's /M. */
  signedAt: string | null
  reason: string | null
  location: string | null
  byteRange: number[]
  /** The signed ranges run from the first byte to the last: nothing was added after signing. */
  coversWholeFile: boolean
  /** The hash of the signed ranges equals the one inside the signature. */
  digestMatches: boolean
  /** The signature over the signed attributes verifies with the certificate's key. */
  signatureValid: boolean
  /** The certificate's own signature checks out against its issuer in the file (null: issuer not in the file). */
  certificateIntact: boolean | null
  problems: string[]
  ok: boolean
}

export interface VerifyResult {
  ok: boolean
  signatures: SignatureCheck[]
  /** One sentence for the secretary. */
  summary: string
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5'
}

const DIGESTS: Record<string, () => forge.md.MessageDigest> = {
  '2.16.840.1.101.3.4.2.1': () => forge.md.sha256.create(),
  '2.16.840.1.101.3.4.2.2': () => forge.md.sha384.create(),
  '2.16.840.1.101.3.4.2.3': () => forge.md.sha512.create(),
  '1.3.14.3.2.26': () => forge.md.sha1.create()
}
const RSA_SIGNATURES = new Set(['1.2.840.113549.1.1.1', '1.2.840.113549.1.1.5', '1.2.840.113549.1.1.11', '1.2.840.113549.1.1.12', '1.2.840.113549.1.1.13'])

class Broken extends Error {}

// forge takes an options object here since 0.10; its typings only know the older boolean.
const fromDer = forge.asn1.fromDer as unknown as (
  bytes: forge.util.ByteStringBuffer,
  options: { parseAllBytes: boolean; strict: boolean; decodeBitStrings: boolean }
) => forge.asn1.Asn1

type Node = forge.asn1.Asn1
const U = forge.asn1.Class.UNIVERSAL
const T = forge.asn1.Type

/** The children of a constructed node of the expected tag: a SEQUENCE, a SET, or a context tag [n]. */
function kids(n: Node | undefined, what: string, tag: 'seq' | 'set' | number = 'seq'): Node[] {
  const ok =
    n &&
    Array.isArray(n.value) &&
    (tag === 'seq'
      ? n.tagClass === U && n.type === T.SEQUENCE
      : tag === 'set'
        ? n.tagClass === U && n.type === T.SET
        : n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === tag)
  if (!ok) throw new Broken(`Struktur tanda tangan rusak (${what})`)
  return n.value as Node[]
}
function scalar(n: Node | undefined, type: number, what: string): string {
  if (!n || n.tagClass !== U || n.type !== type || typeof n.value !== 'string') throw new Broken(`Struktur tanda tangan rusak (${what})`)
  return n.value
}
const oidOf = (n: Node | undefined, what: string) => forge.asn1.derToOid(scalar(n, T.OID, what))
const der = (n: Node) => forge.asn1.toDer(n).getBytes()

/** An AlgorithmIdentifier: the OID, with absent or NULL parameters only. */
function algorithm(n: Node | undefined, what: string): string {
  const [oid, params, ...rest] = kids(n, what)
  if (rest.length > 0 || (params && !(params.tagClass === U && params.type === T.NULL && params.value === ''))) throw new Broken(`Struktur tanda tangan rusak (${what})`)
  return oidOf(oid, what)
}

function findSignatureDicts(text: string): { at: number; byteRange: number[] | null }[] {
  const out: { at: number; byteRange: number[] | null }[] = []
  const re = /\/ByteRange/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const br = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(m.index, m.index + 80))
    out.push({ at: m.index, byteRange: br ? br.slice(1, 5).map(Number) : null })
  }
  return out
}

/** The signature dictionary around a /ByteRange: the "<<" that opens its object. */
function sigDictFields(text: string, at: number): { subFilter: string; reason: string | null; location: string | null; m: string | null } {
  const obj = text.lastIndexOf(' obj', at)
  const open = obj >= 0 ? text.indexOf('<<', obj) : -1
  try {
    if (open < 0 || open > at) throw new Broken('')
    const dict = parseDict(text, open)
    return {
      subFilter: (entry(text, dict, 'SubFilter') ?? '').trim().replace(/^\//, ''),
      reason: readTextString(entry(text, dict, 'Reason')) ?? null,
      location: readTextString(entry(text, dict, 'Location')) ?? null,
      m: readTextString(entry(text, dict, 'M')) ?? null
    }
  } catch {
    return { subFilter: '', reason: null, location: null, m: null }
  }
}

function pdfDateToIso(m: string | null): string | null {
  const d = m ? /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'(\d{2})'?)?/.exec(m) : null
  if (!d) return null
  const utc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(d[4]), Number(d[5]), Number(d[6]))
  const offset = d[8] ? (d[8] === '+' ? 1 : -1) * (Number(d[9]) * 60 + Number(d[10])) : 0
  return new Date(utc - offset * 60_000).toISOString()
}

/** The /Contents hex string: one letter case only, the DER first, then nothing but zero padding. */
function signatureBytes(hex: string): string {
  if (!/^[0-9a-f]*$/.test(hex) && !/^[0-9A-F]*$/.test(hex)) throw new Broken('Isi tanda tangan bukan heksadesimal baku')
  if (hex.length % 2) throw new Broken('Panjang isi tanda tangan ganjil')
  return forge.util.hexToBytes(hex)
}

interface Parsed {
  signedAttrsSet: string
  digestOid: string
  signature: string
  messageDigest: string
  signingTime: Date | null
  certs: forge.pki.Certificate[]
  signerCert: forge.pki.Certificate
}

function parseCms(binary: string): Parsed {
  const buf = forge.util.createBuffer(binary)
  let root: Node
  try {
    root = fromDer(buf, { parseAllBytes: false, strict: true, decodeBitStrings: false })
  } catch {
    throw new Broken('Isi tanda tangan tidak dapat dibaca (bukan CMS/PKCS#7)')
  }
  const rest = buf.bytes()
  if (/[^\0]/.test(rest)) throw new Broken('Ada data asing setelah tanda tangan di dalam /Contents')
  if (der(root) !== binary.slice(0, binary.length - rest.length)) throw new Broken('Tanda tangan tidak dalam bentuk DER baku')
  const [ctype, explicit, ...more] = kids(root, 'ContentInfo')
  if (more.length || oidOf(ctype, 'ContentInfo') !== OID.signedData) throw new Broken('Isi tanda tangan bukan SignedData')
  const [signedData, ...extra] = kids(explicit, 'SignedData', 0)
  if (extra.length) throw new Broken('Struktur tanda tangan rusak (SignedData)')
  const parts = kids(signedData, 'SignedData')
  const [version, digestAlgs, encap] = parts
  if (forge.util.bytesToHex(scalar(version, T.INTEGER, 'versi')) !== '01') throw new Broken('Versi SignedData tidak dikenal')
  const encapParts = kids(encap, 'encapContentInfo')
  if (encapParts.length !== 1 || oidOf(encapParts[0], 'encapContentInfo') !== OID.data) throw new Broken('Tanda tangan tidak terlepas (detached) dari isi')
  let i = 3
  let certs: forge.pki.Certificate[] = []
  const certsNode = parts[i]
  if (certsNode && certsNode.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && certsNode.type === 0) {
    try {
      // Certificates are read again with their bit strings decoded, as forge's certificate reader expects.
      certs = kids(certsNode, 'sertifikat', 0).map((c) => {
        const [tbs, outerAlg, sig, ...more] = kids(c, 'sertifikat')
        kids(tbs, 'sertifikat')
        scalar(sig, T.BITSTRING, 'sertifikat')
        if (more.length) throw new Broken('Struktur sertifikat rusak')
        algorithm(outerAlg, 'algoritma sertifikat')
        return forge.pki.certificateFromAsn1(forge.asn1.fromDer(der(c)))
      })
    } catch (err) {
      throw new Broken(err instanceof Broken ? err.message : 'Sertifikat di dalam tanda tangan rusak atau memakai kunci selain RSA')
    }
    i++
  }
  if (parts[i]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && parts[i]?.type === 1) {
    kids(parts[i], 'crls', 1)
    i++
  }
  const signerInfos = kids(parts[i], 'signerInfos', 'set')
  if (parts.length !== i + 1 || signerInfos.length !== 1) throw new Broken('Tanda tangan harus memuat tepat satu penanda tangan')
  const [siVersion, sid, digestAlg, signedAttrs, sigAlg, sigValue, ...unsigned] = kids(signerInfos[0], 'SignerInfo')
  if (forge.util.bytesToHex(scalar(siVersion, T.INTEGER, 'versi penanda tangan')) !== '01') throw new Broken('Versi SignerInfo tidak dikenal')
  if (unsigned.length > 1) throw new Broken('Struktur SignerInfo rusak')
  if (unsigned[0]) kids(unsigned[0], 'atribut tak bertanda tangan', 1)
  const digestOid = algorithm(digestAlg, 'algoritma hash')
  if (!DIGESTS[digestOid]) throw new Broken(`Algoritma hash ${digestOid} tidak didukung`)
  const listed = kids(digestAlgs, 'digestAlgorithms', 'set').map((a) => algorithm(a, 'digestAlgorithms'))
  if (listed.length !== 1 || listed[0] !== digestOid) throw new Broken('Daftar algoritma hash tidak cocok dengan penanda tangan')
  if (!RSA_SIGNATURES.has(algorithm(sigAlg, 'algoritma tanda tangan'))) throw new Broken('Algoritma tanda tangan tidak didukung (hanya RSA)')
  const attrs = new Map<string, Node[]>()
  for (const a of kids(signedAttrs, 'atribut bertanda tangan', 0)) {
    const [type, values, ...x] = kids(a, 'atribut')
    const oid = oidOf(type, 'atribut')
    if (x.length || attrs.has(oid)) throw new Broken('Atribut bertanda tangan rusak')
    attrs.set(oid, kids(values, 'atribut', 'set'))
  }
  const ct = attrs.get(OID.contentType)
  if (!ct || ct.length !== 1 || oidOf(ct[0], 'contentType') !== OID.data) throw new Broken('Atribut contentType tidak sah')
  const md = attrs.get(OID.messageDigest)
  if (!md || md.length !== 1) throw new Broken('Atribut messageDigest tidak ada')
  const st = attrs.get(OID.signingTime)?.[0]
  const signingTime =
    st?.type === T.UTCTIME && typeof st.value === 'string'
      ? forge.asn1.utcTimeToDate(st.value)
      : st?.type === T.GENERALIZEDTIME && typeof st.value === 'string'
        ? forge.asn1.generalizedTimeToDate(st.value)
        : null
  // The signature covers the attributes encoded as a SET (RFC 5652 §5.4), not as the [0] they are stored in.
  const asSet = forge.asn1.create(U, T.SET, true, kids(signedAttrs, 'atribut bertanda tangan', 0))
  const [sidIssuer, sidSerial] = kids(sid, 'issuerAndSerialNumber')
  const serial = forge.util.bytesToHex(scalar(sidSerial, T.INTEGER, 'nomor seri'))
  kids(sidIssuer, 'penerbit')
  const issuerDer = der(sidIssuer as Node)
  const signerCert = certs.find((c) => rawIssuerDer(c) === issuerDer && stripZeros(c.serialNumber) === stripZeros(serial))
  if (!signerCert) throw new Broken('Sertifikat penanda tangan tidak ada di dalam tanda tangan')
  return {
    signedAttrsSet: der(asSet),
    digestOid,
    signature: scalar(sigValue, T.OCTETSTRING, 'nilai tanda tangan'),
    messageDigest: scalar(md[0], T.OCTETSTRING, 'messageDigest'),
    signingTime,
    certs,
    signerCert
  }
}

const stripZeros = (hex: string) => hex.toLowerCase().replace(/^0+/, '')

/** The issuer name exactly as encoded in the certificate (forge's parsed names flatten multi-valued RDNs). */
function rawIssuerDer(cert: forge.pki.Certificate): string {
  const tbs = (cert as forge.pki.Certificate & { tbsCertificate?: Node }).tbsCertificate
  const fields = tbs && Array.isArray(tbs.value) ? tbs.value : []
  const first = fields[0]
  const offset = first && first.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0
  const issuer = fields[offset + 2]
  return issuer ? der(issuer) : der(forge.pki.distinguishedNameToAsn1(cert.issuer))
}

/**
 * True when a certificate in the file (its issuer, or itself when self-signed) verifies the signer's
 * certificate; false when its named issuer is there and does not; null when the issuer is not in the
 * file. A changed name inside a self-signed certificate leaves no issuer that verifies it.
 */
function certificateIntact(cert: forge.pki.Certificate, certs: forge.pki.Certificate[]): boolean | null {
  const verifies = (issuer: forge.pki.Certificate) => {
    try {
      return issuer.verify(cert)
    } catch {
      return false
    }
  }
  if (certs.some(verifies)) return true
  return certs.some((c) => c.subject.hash === cert.issuer.hash) || cert.subject.hash === cert.issuer.hash ? false : null
}

function checkOne(pdf: Uint8Array, text: string, at: number, byteRange: number[] | null, isLast: boolean): SignatureCheck {
  const fields = sigDictFields(text, at)
  const base: SignatureCheck = {
    subFilter: fields.subFilter,
    signer: null,
    signedAt: pdfDateToIso(fields.m),
    reason: fields.reason,
    location: fields.location,
    byteRange: byteRange ?? [],
    coversWholeFile: false,
    digestMatches: false,
    signatureValid: false,
    certificateIntact: null,
    problems: [],
    ok: false
  }
  try {
    if (!byteRange) throw new Broken('ByteRange tanda tangan tidak terbaca')
    const [a = -1, b = -1, c = -1, d = -1] = byteRange
    if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) throw new Broken('ByteRange tanda tangan tidak sah')
    if (text[b] !== '<' || text[c - 1] !== '>') throw new Broken('ByteRange tidak tepat mengapit isi tanda tangan')
    base.coversWholeFile = c + d === pdf.length
    const added = pdf.length - (c + d)
    if (!base.coversWholeFile && isLast) {
      base.problems.push(`Ada ${added} bita yang ditambahkan setelah tanda tangan (pembaruan bertahap); tambahan itu tidak dilindungi tanda tangan.`)
    }
    const parsed = parseCms(signatureBytes(text.slice(b + 1, c - 1)))
    base.signer = describeCertificate(parsed.signerCert)
    if (parsed.signingTime) base.signedAt = parsed.signingTime.toISOString()
    const digest = DIGESTS[parsed.digestOid]?.()
    if (!digest) throw new Broken('Algoritma hash tidak didukung')
    digest.update(bytesToBinary(concatBytes([pdf.subarray(0, b), pdf.subarray(c, c + d)])))
    base.digestMatches = digest.digest().getBytes() === parsed.messageDigest
    if (!base.digestMatches) base.problems.push('Isi dokumen sudah berubah setelah ditandatangani (hash tidak cocok).')
    const attrsDigest = DIGESTS[parsed.digestOid]?.()
    attrsDigest?.update(parsed.signedAttrsSet)
    try {
      base.signatureValid = Boolean(attrsDigest) && (parsed.signerCert.publicKey as forge.pki.rsa.PublicKey).verify(attrsDigest?.digest().getBytes() ?? '', parsed.signature)
    } catch {
      base.signatureValid = false
    }
    if (!base.signatureValid) base.problems.push('Tanda tangan tidak cocok dengan kunci sertifikat penanda tangan.')
    base.certificateIntact = certificateIntact(parsed.signerCert, parsed.certs)
    if (base.certificateIntact === false) base.problems.push('Sertifikat penanda tangan di dalam berkas sudah diubah.')
    if (base.certificateIntact === null) {
      base.problems.push('Penerbit sertifikat tidak ikut di dalam tanda tangan, sehingga keutuhan sertifikat tidak dapat diperiksa di sini; periksa dengan Adobe Reader.')
    }
    if (parsed.signingTime) {
      const t = parsed.signingTime.getTime()
      if (t < parsed.signerCert.validity.notBefore.getTime() || t > parsed.signerCert.validity.notAfter.getTime()) {
        base.problems.push('Waktu penandatanganan di luar masa berlaku sertifikat.')
      }
    }
  } catch (err) {
    base.problems.push(err instanceof Error ? err.message : String(err))
  }
  base.ok = base.problems.length === 0 && base.digestMatches && base.signatureValid && base.certificateIntact === true
  return base
}

/**
 * Checks every signature of a PDF: the ByteRange (the last one must reach the end of the file), the
 * hash of the signed bytes, the signature with the signer's key, the certificate against its issuer
 * when the issuer is in the file. Whether the issuer is trusted is not judged here (no trust list):
 * Adobe Reader or pdfsig do that.
 */
export function verifyPdf(pdf: Uint8Array): VerifyResult {
  const text = latin1(pdf)
  const found = findSignatureDicts(text)
  if (found.length === 0) return { ok: false, signatures: [], summary: 'PDF ini tidak memuat tanda tangan digital.' }
  const signatures = found.map((f, i) => checkOne(pdf, text, f.at, f.byteRange, i === found.length - 1))
  const ok = signatures.every((s) => s.ok)
  const last = signatures.at(-1)
  const who = last?.signer?.commonName ? ` oleh ${last.signer.commonName}` : ''
  const summary = ok
    ? `Tanda tangan digital sah${who}: dokumen tidak berubah sejak ditandatangani.`
    : `Tanda tangan digital TIDAK sah${who}: ${signatures.flatMap((s) => s.problems)[0] ?? 'pemeriksaan gagal'}`
  return { ok, signatures, summary }
}
