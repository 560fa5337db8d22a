import forge from 'node-forge'
import { latin1 } from './bytes'
import { afterText, formatFingerprint, nameOf, normalizeFingerprint } from './report'
import { describeCertificate, type CertificateInfo } from './certificates'
import { parseDict, PdfSyntaxError, readTextString } from './pdf-objects'
import { entryOf, readStructure, signatureFields, updatesAfter, XrefStreamUnsupported, type LaterUpdate, type PdfStructure, type SignatureField } from './pdf-structure'

/** Larger files are refused with a message rather than checked: hashing them would freeze the window. */
export const MAX_VERIFY_BYTES = 25 * 1024 * 1024
/** At most this many signatures (with fields or not) are checked in one file. */
export const MAX_SIGNATURES = 10

export interface VerifyOptions {
  /**
   * SHA-256 fingerprints of the office's own certificates (hex, any case, colons or spaces allowed), from
   * the certificates table. Only a signature by one of them can make a file "tidak berubah sejak ditandatangani".
   */
  officeFingerprints: readonly string[]
}

/** One signature of a PDF (a signature field's /V) as the app's own check sees it. */
export interface SignatureCheck {
  /** The signature field's full name (/T). */
  fieldName: string | null
  /** Object number of the signature dictionary. */
  objectNumber: number
  subFilter: string
  /** The signer's certificate: subject, CN, and its SHA-256 fingerprint (`sha256`). */
  signer: CertificateInfo | null
  /** The signer's certificate is one of the office's own (by SHA-256 fingerprint). */
  byOffice: boolean
  /** From the signed signingTime attribute, else the dictionary's /M. */
  signedAt: string | null
  reason: string | null
  location: string | null
  byteRange: number[]
  /** Where the signed ranges end (the second range's end): the file as it was when signed. */
  signedLength: number
  /** Bytes of the file after the signed ranges: incremental updates made after this signature. */
  bytesAfter: number
  /** The incremental updates after this signature and the objects each adds, replaces or deletes. */
  updatesAfter: LaterUpdate[]
  /** The signed ranges run from the first byte to the last: nothing was added after signing. */
  coversWholeFile: boolean
  /** The hash of the signed ranges equals the one inside the signature. */
  digestMatches: boolean
  /** The signature over the signed attributes verifies with the certificate's key. */
  signatureValid: boolean
  /** The certificate's own signature checks out against its issuer in the file (null: issuer not in the file). */
  certificateIntact: boolean | null
  /** What is wrong with the signature itself (not with what came after it). */
  problems: string[]
  /** The signature is valid for the bytes it covers (which may not be the whole file: see coversWholeFile). */
  ok: boolean
}

/** A /ByteRange in the file that no signature field points to: reported, never trusted. */
export interface UnreferencedSignature {
  /** Offset of "/ByteRange" in the file. */
  at: number
  /** The object it sits in, when its header precedes it. */
  objectNumber: number | null
  byteRange: number[] | null
  /** Who the signature inside claims to be, when it can be read (not verified). */
  signerCommonName: string | null
  signerSha256: string | null
}

export interface VerifyResult {
  /** Only when a valid signature by an office certificate covers the whole file and nothing else is wrong. */
  ok: boolean
  /** Every signature field's signature, in the order of the file. */
  signatures: SignatureCheck[]
  unreferenced: UnreferencedSignature[]
  /** Problems of the file as a whole: unreadable structure, xref streams, size. */
  problems: string[]
  fileLength: number
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


function byteRangeOf(value: string): number[] | null {
  const m = /^\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]$/.exec(value.trim())
  return m ? m.slice(1, 5).map(Number) : null
}

function hexContents(text: string, start: number, end: number): string {
  if (text[start] !== '<' || text[start + 1] === '<' || text[end - 1] !== '>') throw new Broken('/Contents tanda tangan bukan string heksadesimal')
  return signatureBytes(text.slice(start + 1, end - 1))
}

function checkSignature(pdf: Uint8Array, st: PdfStructure, field: SignatureField, office: ReadonlySet<string>): SignatureCheck {
  const { text } = st
  const d = field.dict
  const value = (key: string) => {
    const e = entryOf(d, key)
    return e ? text.slice(e.valueStart, e.valueEnd) : undefined
  }
  const base: SignatureCheck = {
    fieldName: field.name,
    objectNumber: field.sig.num,
    subFilter: (value('SubFilter') ?? '').trim().replace(/^\//, ''),
    signer: null,
    byOffice: false,
    signedAt: pdfDateToIso(readTextString(value('M')) ?? null),
    reason: readTextString(value('Reason')) ?? null,
    location: readTextString(value('Location')) ?? null,
    byteRange: [],
    signedLength: 0,
    bytesAfter: pdf.length,
    updatesAfter: [],
    coversWholeFile: false,
    digestMatches: false,
    signatureValid: false,
    certificateIntact: null,
    problems: [],
    ok: false
  }
  try {
    const contents = entryOf(d, 'Contents')
    const br = entryOf(d, 'ByteRange')
    if (!contents) throw new Broken('Kamus tanda tangan tanpa /Contents')
    if (!br) throw new Broken('Kamus tanda tangan tanpa /ByteRange')
    const parsed = parseCms(hexContents(text, contents.valueStart, contents.valueEnd))
    base.signer = describeCertificate(parsed.signerCert)
    base.byOffice = office.has(base.signer.sha256)
    if (parsed.signingTime) base.signedAt = parsed.signingTime.toISOString()
    const range = byteRangeOf(text.slice(br.valueStart, br.valueEnd))
    if (!range) throw new Broken('ByteRange tanda tangan tidak terbaca')
    base.byteRange = range
    const [a = -1, b = -1, c = -1, len = -1] = range
    if (a !== 0 || b <= 0 || c <= b || c + len > pdf.length) throw new Broken('ByteRange tanda tangan tidak sah')
    base.signedLength = c + len
    base.bytesAfter = pdf.length - base.signedLength
    base.coversWholeFile = base.bytesAfter === 0
    base.updatesAfter = updatesAfter(st, base.signedLength)
    // The one gap must be this dictionary's own /Contents, and the dictionary itself must be signed.
    if (b !== contents.valueStart || c !== contents.valueEnd) throw new Broken('ByteRange tidak tepat mengapit /Contents kamus tanda tangan ini')
    if (field.objectAt < 0 || field.objectAt >= b || d.end > base.signedLength) throw new Broken('Kamus tanda tangan berada di luar bagian yang ditandatanganinya')
    const digest = DIGESTS[parsed.digestOid]?.()
    if (!digest) throw new Broken('Algoritma hash tidak didukung')
    digest.update(text.slice(0, b))
    digest.update(text.slice(c, c + len))
    base.digestMatches = digest.digest().getBytes() === parsed.messageDigest
    if (!base.digestMatches) base.problems.push('Isi dokumen sudah berubah setelah ditandatangani.')
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

/** Every "/ByteRange" of the file text outside the signature dictionaries the fields point to. */
function unreferencedByteRanges(text: string, fields: readonly SignatureField[]): UnreferencedSignature[] {
  const out: UnreferencedSignature[] = []
  const re = /\/ByteRange(?![^\s/<>[\]()%{}])/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index
    if (fields.some((f) => at >= f.dict.start && at < f.dict.end)) continue
    // One more than the bound is enough to refuse the file; the rest is not read.
    if (out.length > MAX_SIGNATURES) break
    const found: UnreferencedSignature = { at, objectNumber: null, byteRange: null, signerCommonName: null, signerSha256: null }
    const obj = text.lastIndexOf(' obj', at)
    const head = obj >= 0 ? /(\d+)\s+\d+\s+obj$/.exec(text.slice(Math.max(0, obj - 24), obj + 4)) : null
    if (head) found.objectNumber = Number(head[1])
    const br = /^\/ByteRange\s*(\[[^\]]{0,80}\])/.exec(text.slice(at, at + 100))
    found.byteRange = br?.[1] ? byteRangeOf(br[1]) : null
    try {
      // Best effort, to name who it claims to be: the dictionary that holds it, its /Contents read (not verified).
      const open = obj >= 0 ? text.indexOf('<<', obj) : -1
      if (open >= 0 && open < at) {
        const contents = entryOf(parseDict(text, open), 'Contents')
        if (contents) {
          const cert = describeCertificate(parseCms(hexContents(text, contents.valueStart, contents.valueEnd)).signerCert)
          found.signerCommonName = cert.commonName || cert.subject
          found.signerSha256 = cert.sha256
        }
      }
    } catch {
      // Unreadable: it is reported without a name.
    }
    out.push(found)
  }
  return out
}

function summarize(r: Omit<VerifyResult, 'summary' | 'ok'>, office: ReadonlySet<string>): { ok: boolean; summary: string } {
  const { signatures, unreferenced, problems } = r
  if (problems.length > 0) {
    return { ok: false, summary: signatures.length + unreferenced.length > 0 ? `Tanda tangan digital TIDAK dapat dinyatakan sah: ${problems[0]}` : (problems[0] ?? '') }
  }
  if (signatures.length === 0 && unreferenced.length === 0) return { ok: false, summary: 'PDF ini tidak memuat tanda tangan digital.' }
  const broken = signatures.find((s) => !s.ok)
  if (broken) return { ok: false, summary: `Tanda tangan digital TIDAK sah oleh ${nameOf(broken)}: ${broken.problems[0] ?? 'pemeriksaan gagal'}` }
  const first = unreferenced[0]
  if (first) {
    const who = first.signerCommonName ? ` atas nama ${first.signerCommonName}` : ''
    return {
      ok: false,
      summary: `Tanda tangan digital TIDAK sah: ada ${unreferenced.length} tanda tangan (/ByteRange${first.objectNumber !== null ? ` di objek ${first.objectNumber}` : ''})${who} yang tidak dirujuk oleh kolom tanda tangan mana pun; tanda tangan seperti itu tidak dipercaya.`
    }
  }
  const whole = signatures.find((s) => s.byOffice && s.coversWholeFile)
  if (whole) return { ok: true, summary: `Tanda tangan digital sah oleh ${nameOf(whole)} (sertifikat kantor): dokumen tidak berubah sejak ditandatangani.` }
  const lastOffice = signatures.filter((s) => s.byOffice).sort((a, b) => b.signedLength - a.signedLength)[0]
  const others = signatures.filter((s) => !s.byOffice)
  const othersText = others.length ? ` Tanda tangan lain di berkas ini: ${others.map((s) => `ditandatangani oleh sertifikat lain atas nama ${nameOf(s)}`).join('; ')}.` : ''
  if (lastOffice) {
    return {
      ok: false,
      summary: `Tanda tangan digital oleh ${nameOf(lastOffice)} (sertifikat kantor) sah untuk bagian yang ditandatanganinya, tetapi dokumen SUDAH BERUBAH setelah ditandatangani. ${afterText(lastOffice)}; tambahan itu tidak dilindungi tanda tangan kantor.${othersText}`
    }
  }
  const s = others.at(-1)
  const fp = s?.signer ? ` (sidik SHA-256 ${formatFingerprint(s.signer.sha256)})` : ''
  if (office.size === 0) {
    return { ok: false, summary: `Tanda tangan digital ${s ? `atas nama ${nameOf(s)}${fp}` : ''} tidak dapat dicocokkan: belum ada sertifikat kantor yang tersimpan (Pengaturan › Sertifikat tanda tangan digital).` }
  }
  return { ok: false, summary: `Bukan tanda tangan kantor: PDF ini ditandatangani oleh sertifikat lain atas nama ${s ? nameOf(s) : '?'}${fp}, bukan sertifikat kantor yang tersimpan.` }
}

/**
 * Reads the PDF's structure (classic xref sections through /Prev, the AcroForm's signature fields and
 * the signature dictionaries their /V points to) and checks every signature: the ByteRange encloses
 * exactly its own /Contents, the hash of the signed bytes, the signature with the signer's key, the
 * certificate against its issuer when the issuer is in the file, and what was added after it. The file
 * is "tidak berubah sejak ditandatangani" only when a valid signature by one of the office's own
 * certificates (by SHA-256 fingerprint) covers the whole file, every other signature is valid for what
 * it covers, and no /ByteRange stands outside a signature field. Whether an issuer is trusted is not
 * judged here (no trust list): Adobe Reader or pdfsig do that.
 */
export function verifyPdf(pdf: Uint8Array, options: VerifyOptions): VerifyResult {
  const office = new Set(options.officeFingerprints.map(normalizeFingerprint).filter(Boolean))
  const base: Omit<VerifyResult, 'summary' | 'ok'> = { signatures: [], unreferenced: [], problems: [], fileLength: pdf.length }
  if (pdf.length > MAX_VERIFY_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })
    const message = `PDF ini ${mb(pdf.length)} MB, lebih besar dari batas pemeriksaan ${mb(MAX_VERIFY_BYTES)} MB (agar aplikasi tidak macet); periksa dengan Adobe Reader atau pdfsig.`
    return { ...base, problems: [message], ok: false, summary: message }
  }
  const text = latin1(pdf)
  let structure: PdfStructure | undefined
  let fields: SignatureField[] = []
  try {
    structure = readStructure(text)
    fields = signatureFields(structure)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    base.problems.push(err instanceof XrefStreamUnsupported ? message : `Struktur PDF tidak terbaca (${err instanceof PdfSyntaxError ? message : 'rusak'}).`)
  }
  base.unreferenced = unreferencedByteRanges(text, fields)
  if (fields.length + base.unreferenced.length > MAX_SIGNATURES) {
    base.problems.push(`PDF ini memuat lebih dari ${MAX_SIGNATURES} tanda tangan; pemeriksaan dihentikan agar aplikasi tidak macet.`)
  } else if (structure) {
    const st = structure
    base.signatures = fields.map((f) => checkSignature(pdf, st, f, office)).sort((a, b) => a.signedLength - b.signedLength)
  }
  return { ...base, ...summarize(base, office) }
}
