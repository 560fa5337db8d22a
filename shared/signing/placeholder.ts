import { ascii, concatBytes, latin1 } from './bytes'
import {
  arrayItems,
  entry,
  objectDict,
  parseRef,
  PdfSyntaxError,
  pdfTextString,
  readXref,
  refText,
  type Dict,
  type Ref,
  type XrefInfo
} from './pdf-objects'

/** What a signature dictionary says about the signing, besides the signature itself. */
export interface SignatureFields {
  reason: string
  location: string
  /** The signer's name as the certificate gives it. */
  name: string
  contactInfo?: string
  signedAt: Date
  /** Minutes east of UTC for /M (WIB 420); UTC when absent. */
  utcOffsetMinutes?: number
}

export const SUB_FILTER = 'adbe.pkcs7.detached'
/** Fixed-width ByteRange, rewritten in place once the offsets are known (the file length must not change). */
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]'

/** "D:20191220100000+07'00'" */
export function pdfDate(d: Date, offsetMinutes = 0): string {
  const local = new Date(d.getTime() + offsetMinutes * 60_000)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  const stamp = `${p(local.getUTCFullYear(), 4)}${p(local.getUTCMonth() + 1)}${p(local.getUTCDate())}${p(local.getUTCHours())}${p(local.getUTCMinutes())}${p(local.getUTCSeconds())}`
  if (offsetMinutes === 0) return `D:${stamp}Z`
  const sign = offsetMinutes > 0 ? '+' : '-'
  const abs = Math.abs(offsetMinutes)
  return `D:${stamp}${sign}${p(Math.floor(abs / 60))}'${p(abs % 60)}'`
}

function lastPage(text: string, xref: XrefInfo, pagesRef: Ref): Ref {
  let ref = pagesRef
  for (let depth = 0; depth < 32; depth++) {
    const dict = objectDict(text, xref, ref)
    if (entry(text, dict, 'Type')?.trim() !== '/Pages') return ref
    const kids = entry(text, dict, 'Kids')
    const last = kids ? arrayItems(kids).at(-1) : undefined
    const next = parseRef(last)
    if (!next) throw new PdfSyntaxError('Halaman PDF tidak ditemukan')
    ref = next
  }
  throw new PdfSyntaxError('Pohon halaman PDF terlalu dalam')
}

function rewriteDict(text: string, dict: Dict, replace: Record<string, string>): string {
  const lines = dict.entries.filter((e) => !(e.key in replace)).map((e) => `/${e.key} ${text.slice(e.valueStart, e.valueEnd)}`)
  for (const [k, v] of Object.entries(replace)) lines.push(`/${k} ${v}`)
  return `<<\n${lines.join('\n')}\n>>`
}

/**
 * Appends an incremental update holding an empty signature: the signature dictionary with a
 * zero-filled /Contents of `signatureBytes` bytes, an invisible signature field on the last page,
 * the form that lists it, and a classic xref section pointing back to the original one. The
 * original bytes stay as they were.
 */
export function addSignaturePlaceholder(pdf: Uint8Array, fields: SignatureFields, signatureBytes: number): Uint8Array {
  const text = latin1(pdf)
  const xref = readXref(text)
  const rootRef = parseRef(entry(text, xref.trailer, 'Root'))
  if (!rootRef) throw new PdfSyntaxError('Katalog PDF (/Root) tidak ditemukan')
  const root = objectDict(text, xref, rootRef)
  if (entry(text, root, 'AcroForm') !== undefined) {
    throw new PdfSyntaxError('PDF ini sudah memiliki formulir atau tanda tangan; tanda tangan kedua belum didukung')
  }
  const pagesRef = parseRef(entry(text, root, 'Pages'))
  if (!pagesRef) throw new PdfSyntaxError('Daftar halaman PDF tidak ditemukan')
  const pageRef = lastPage(text, xref, pagesRef)
  const page = objectDict(text, xref, pageRef)
  const annots = entry(text, page, 'Annots')
  if (annots !== undefined && !annots.trim().startsWith('[')) throw new PdfSyntaxError('Anotasi halaman berupa objek tak langsung belum didukung')

  const sig: Ref = { num: xref.size, gen: 0 }
  const widget: Ref = { num: xref.size + 1, gen: 0 }
  const form: Ref = { num: xref.size + 2, gen: 0 }
  const contact = fields.contactInfo ? `\n/ContactInfo ${pdfTextString(fields.contactInfo)}` : ''
  const objects: [Ref, string][] = [
    [
      sig,
      `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /${SUB_FILTER}\n${BYTE_RANGE_PLACEHOLDER}\n/Contents <${'0'.repeat(signatureBytes * 2)}>\n` +
        `/Reason ${pdfTextString(fields.reason)}\n/Location ${pdfTextString(fields.location)}\n/Name ${pdfTextString(fields.name)}${contact}\n` +
        `/M (${pdfDate(fields.signedAt, fields.utcOffsetMinutes)})\n/Prop_Build << /App << /Name /Sekretariat#20PKK >> >>\n>>`
    ],
    [widget, `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/Rect [0 0 0 0]\n/V ${refText(sig)}\n/T ${pdfTextString('Tanda tangan Ketua')}\n/F 132\n/P ${refText(pageRef)}\n>>`],
    [form, `<<\n/Fields [${refText(widget)}]\n/SigFlags 3\n>>`],
    [rootRef, rewriteDict(text, root, { AcroForm: refText(form) })],
    [pageRef, rewriteDict(text, page, { Annots: `[${[...(annots ? arrayItems(annots) : []), refText(widget)].join(' ')}]` })]
  ]

  const head = pdf[pdf.length - 1] === 0x0a ? '' : '\n'
  let body = head
  const offsets: [Ref, number][] = []
  for (const [ref, dict] of objects) {
    offsets.push([ref, pdf.length + body.length])
    body += `${ref.num} ${ref.gen} obj\n${dict}\nendobj\n`
  }
  const xrefAt = pdf.length + body.length
  const rows = offsets
    .sort((a, b) => a[0].num - b[0].num)
    .map(([ref, off]) => `${ref.num} 1\n${String(off).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n \n`)
    .join('')
  const info = entry(text, xref.trailer, 'Info')
  const id = entry(text, xref.trailer, 'ID')
  const trailer = [`/Size ${form.num + 1}`, `/Root ${refText(rootRef)}`, info ? `/Info ${info}` : '', id ? `/ID ${id}` : '', `/Prev ${xref.startxref}`]
    .filter(Boolean)
    .join('\n')
  body += `xref\n0 1\n0000000000 65535 f \n${rows}trailer\n<<\n${trailer}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return concatBytes([pdf, ascii(body)])
}

export interface PlaceholderPosition {
  /** Offset of "[" after /ByteRange and the length of the bracketed text. */
  byteRangeAt: number
  byteRangeLength: number
  /** Offset of "<" of /Contents and just after its ">". */
  contentsStart: number
  contentsEnd: number
}

/** Finds the empty signature written by addSignaturePlaceholder (the last one in the file). */
export function findPlaceholder(pdf: Uint8Array): PlaceholderPosition {
  const text = latin1(pdf)
  const at = text.lastIndexOf(BYTE_RANGE_PLACEHOLDER)
  if (at < 0) throw new PdfSyntaxError('Tempat tanda tangan tidak ditemukan di PDF')
  const bracket = at + '/ByteRange '.length
  const contents = text.indexOf('/Contents <', at)
  if (contents < 0) throw new PdfSyntaxError('Tempat isi tanda tangan tidak ditemukan')
  const contentsStart = contents + '/Contents '.length
  const close = text.indexOf('>', contentsStart)
  if (close < 0 || !/^0+$/.test(text.slice(contentsStart + 1, close))) throw new PdfSyntaxError('Tempat isi tanda tangan rusak')
  return { byteRangeAt: bracket, byteRangeLength: BYTE_RANGE_PLACEHOLDER.length - '/ByteRange '.length, contentsStart, contentsEnd: close + 1 }
}

/**
 * Writes the ByteRange (everything but the /Contents hex string, up to the last byte of the file)
 * into its fixed-width slot; returns the file and the two ranges the signature must cover.
 */
export function fixByteRange(pdf: Uint8Array, p: PlaceholderPosition): { pdf: Uint8Array; ranges: [number, number, number, number] } {
  const ranges: [number, number, number, number] = [0, p.contentsStart, p.contentsEnd, pdf.length - p.contentsEnd]
  const written = `[${ranges.join(' ')}]`
  if (written.length > p.byteRangeLength) throw new PdfSyntaxError('PDF terlalu besar untuk tempat ByteRange')
  const out = pdf.slice()
  out.set(ascii(written.padEnd(p.byteRangeLength, ' ')), p.byteRangeAt)
  return { pdf: out, ranges }
}

/** Puts the DER signature as lowercase hex into /Contents, zero-padded; refuses one that does not fit. */
export function writeContents(pdf: Uint8Array, p: PlaceholderPosition, der: Uint8Array): Uint8Array {
  const room = (p.contentsEnd - p.contentsStart - 2) / 2
  if (der.length > room) throw new PdfSyntaxError(`Tanda tangan (${der.length} bita) lebih besar dari tempatnya (${room} bita)`)
  let hex = ''
  for (const b of der) hex += b.toString(16).padStart(2, '0')
  const out = pdf.slice()
  out.set(ascii(hex.padEnd(room * 2, '0')), p.contentsStart + 1)
  return out
}
