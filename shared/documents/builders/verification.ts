import { formatDayDate, todayIso } from '../../calendar'
import { groupedHex } from '../fingerprint'
import type { Block, DocumentLayout, FigureBlock, ImagePlacement } from '../layout'
import { qrPng } from '../png'
import { qrMatrix } from '../qr'

/** What the signature is, named honestly (docs/signing.md): a CMS detached signature, not PAdES. */
export const SIGNATURE_KIND = 'tanda tangan digital PKCS#7 (adbe.pkcs7.detached)'

/** The visible part of a digital signature: who, when, the document's fingerprint, and a QR code of them. */
export interface VisibleSignature {
  signerName: string
  /** The certificate's organisation. */
  organisation?: string
  signedAt: Date
  /** Office clock: WIB 7, WITA 8, WIT 9. */
  utcOffsetHours: number
  zone: string
  /** SHA-256 of the document's data (layoutFingerprint), hex. */
  fingerprint: string
  selfSigned: boolean
}

/** "Jumat, 20 Desember 2019 pukul 10.05 WIB" */
export function signingTimeText(at: Date, utcOffsetHours: number, zone: string): string {
  const local = new Date(at.getTime() + utcOffsetHours * 3_600_000)
  const hh = String(local.getUTCHours()).padStart(2, '0')
  const mm = String(local.getUTCMinutes()).padStart(2, '0')
  return `${formatDayDate(todayIso(at, utcOffsetHours))} pukul ${hh}.${mm} ${zone}`
}

/** Bytes a QR code of this encoder holds comfortably (version 10, level M, holds 213). */
const MAX_QR_BYTES = 200

/** What the QR code says: readable by any phone's camera; a long name is shortened to fit the code. */
export function qrPayload(v: VisibleSignature): string {
  const local = new Date(v.signedAt.getTime() + v.utcOffsetHours * 3_600_000).toISOString().slice(0, 16)
  const offset = `+${String(v.utcOffsetHours).padStart(2, '0')}:00`
  const text = (name: string) => `TTD DIGITAL SEKRETARIAT PKK\n${name}\n${local}${offset}\nSHA-256 ${v.fingerprint}`
  let name = v.signerName.trim()
  while (new TextEncoder().encode(text(name)).length > MAX_QR_BYTES && name.length > 1) name = `${name.slice(0, -2)}…`
  return text(name)
}

export function visibleSignatureBlock(v: VisibleSignature, qr: ImagePlacement): FigureBlock {
  const trust = v.selfSigned ? 'sertifikat buatan kantor sendiri (self-signed)' : 'sertifikat dari penerbit'
  return {
    kind: 'figure',
    image: qr,
    imageColumnMm: qr.widthMm + 4,
    border: true,
    sizePt: 9,
    lines: [
      [{ text: 'Ditandatangani secara digital oleh ' }, { text: v.signerName, bold: true }],
      ...(v.organisation ? [v.organisation] : []),
      `Waktu: ${signingTimeText(v.signedAt, v.utcOffsetHours, v.zone)}`,
      `Jenis: ${SIGNATURE_KIND}, ${trust}`,
      'Sidik SHA-256 isi dokumen:',
      groupedHex(v.fingerprint),
      [{ text: 'Keaslian berkas PDF ini dapat diperiksa dengan Adobe Reader, pdfsig, atau menu Periksa PDF di aplikasi Sekretariat PKK.', italic: true }]
    ],
    spacing: { beforePt: 12 }
  }
}

const QR_KEY = 'qr-tanda-tangan'
const QR_MM = 27
const QR_BESIDE_MM = 22

/** The block in the room left of a right-hand signature: the same facts in smaller type, without the closing hint. */
export function besideSignatureBlock(v: VisibleSignature, qr: ImagePlacement): FigureBlock {
  const full = visibleSignatureBlock(v, qr)
  const { spacing: _spacing, ...rest } = full
  return { ...rest, imageColumnMm: qr.widthMm + 3, sizePt: 7, lines: full.lines.slice(0, -1) }
}

/**
 * The layout with the visible signature block (and its QR code). When the document ends with a
 * signature on the right (alone or closing a keep-together group), the block stands in the free space
 * left of it, so the signed document has as many pages as the unsigned one; otherwise it follows the
 * last block of the last section.
 */
export function withVisibleSignature(layout: DocumentLayout, v: VisibleSignature): DocumentLayout {
  const last = layout.sections.at(-1)
  if (!last) throw new Error('Dokumen tanpa isi tidak dapat ditandatangani')
  const images = { ...layout.images, [QR_KEY]: { mime: 'image/png' as const, data: qrPng(qrMatrix(qrPayload(v))) } }
  const beside = withAside(last.blocks, besideSignatureBlock(v, { image: QR_KEY, widthMm: QR_BESIDE_MM, heightMm: QR_BESIDE_MM }))
  const blocks = beside ?? [...last.blocks, visibleSignatureBlock(v, { image: QR_KEY, widthMm: QR_MM, heightMm: QR_MM })]
  return { ...layout, images, sections: [...layout.sections.slice(0, -1), { ...last, blocks }] }
}

/** The blocks with `aside` given to the final right-hand signature, or null when the document does not end with one. */
function withAside(blocks: readonly Block[], aside: FigureBlock): Block[] | null {
  const end = blocks.at(-1)
  if (!end) return null
  const head = blocks.slice(0, -1)
  if (end.kind === 'signature') return end.position === 'right' && end.columnStart >= 0.4 && !end.aside ? [...head, { ...end, aside }] : null
  if (end.kind === 'keep-together') {
    const inner = withAside(end.blocks, aside)
    return inner ? [...head, { ...end, blocks: inner }] : null
  }
  return null
}
