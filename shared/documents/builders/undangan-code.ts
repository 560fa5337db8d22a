import { textWidthMm, type Block, type FloatingImage, type PageSetup } from '../layout'
import { breakLine, lineHeightPt } from '../measure'
import { qrPng } from '../png'
import { qrMatrix } from '../qr'
import { mmToPt, ptToMm } from '../units'
import type { ImageBag } from './images'

/**
 * The recipient's personal code on a letter of one invitation per recipient (docs/formats.md
 * "Kode registrasi"): printed small under the address, and as a QR code right of the address block,
 * so that the meja registrasi finds her by typing or scanning it.
 */
export interface RegistrationCode {
  /** As printed: "K7Q-2MX". */
  printed: string
  /** What the QR code holds: the code alone, "K7Q2MX". */
  qr: string
}

/**
 * The QR code's side with its quiet zone (four white modules around the symbol, which a reader needs):
 * 22 mm, a symbol of 16 mm that a phone or a webcam held over the letter reads. The quiet zone lies in
 * the right margin and in the blank line above, so the symbol lines up with the text's right edge and
 * with the top of "Kepada Yth.".
 */
export const CODE_QR_MM = 22
/** Room between the address lines and the QR code's quiet zone. */
const CODE_QR_GAP_MM = 1
export const CODE_SIZE_PT = 9
/** Pixels per module: 29 modules (quiet zone included) become 116 px, about 130 dpi at 22 mm; small in a merge of 500. */
const QR_SCALE = 4
const QUIET_MODULES = 4

export interface CodeImage {
  png: Uint8Array
  /** Modules across, quiet zone included. */
  modules: number
}

const imageCache = new Map<string, CodeImage>()
const IMAGE_CACHE_MAX = 2_000

/**
 * The code's QR image. A code's image is made once and kept (one merge redrawn for the preview, the
 * PDF and the DOCX asks for the same 65 images again); the oldest are let go past a few meetings' worth.
 */
export function registrationQr(payload: string): CodeImage {
  const cached = imageCache.get(payload)
  if (cached) return cached
  const matrix = qrMatrix(payload)
  const made = { png: qrPng(matrix, QR_SCALE, QUIET_MODULES), modules: matrix.length + 2 * QUIET_MODULES }
  if (imageCache.size >= IMAGE_CACHE_MAX) {
    const oldest = imageCache.keys().next().value
    if (oldest !== undefined) imageCache.delete(oldest)
  }
  imageCache.set(payload, made)
  return made
}

/** The address block as the letter prints it: "Kepada Yth.", the addressee's lines, "di", the place. */
export interface AddressLines {
  addressee: readonly string[]
  place: string
  /** Indent of the place line under "di". */
  placeIndentMm: number
  /** Space after the block, before the opening. */
  afterPt: number
}

/**
 * The address block's paragraphs. With a code, the QR code stands right of the block's first lines,
 * which are kept clear of it (a longer line is broken at a word there, as it would wrap, and runs on at
 * the full width below the code); the code itself takes the blank line after the place, in small type,
 * so the letter is as long as without it. Without a code, the block is exactly what it always was.
 */
export function addressBlocks(a: AddressLines, code: RegistrationCode | undefined, bag: ImageBag, page: PageSetup): Block[] {
  const line = (text: string): Block => ({ kind: 'paragraph', text, keepWithNext: true })
  if (!code) {
    return [
      line('Kepada Yth.'),
      ...a.addressee.map(line),
      line('di'),
      { kind: 'paragraph', text: a.place, indent: { leftMm: a.placeIndentMm }, spacing: { afterPt: a.afterPt } }
    ]
  }
  const widthMm = textWidthMm(page)
  const linePt = lineHeightPt(page.fontSizePt)
  const codeLinePt = lineHeightPt(CODE_SIZE_PT)
  const qr = registrationQr(code.qr)
  // Never taller than the shortest the block can be: "Kepada Yth.", the addressee, "di", the place and the code.
  const sideMm = Math.min(CODE_QR_MM, ptToMm((3 + a.addressee.length) * linePt + codeLinePt))
  const quietMm = (sideMm * QUIET_MODULES) / qr.modules
  const image = bag.place('kode-qr', { mime: 'image/png', data: qr.png }, sideMm)
  const floating: FloatingImage = { ...image, xMm: widthMm - sideMm + quietMm, yMm: -quietMm }
  const footPt = mmToPt(sideMm - quietMm)
  const besidePt = mmToPt(floating.xMm - CODE_QR_GAP_MM)
  const fullPt = mmToPt(widthMm)
  // Lines are counted from the top of "Kepada Yth.": a line that starts above the image's foot stands beside it.
  let row = 1
  const fit = (text: string, indentMm = 0): string[] => {
    const from = row
    const widthAt = (i: number) => ((from + i) * linePt < footPt ? besidePt : fullPt) - mmToPt(indentMm)
    const lines = breakLine(text, widthAt, page.fontSizePt, page.font)
    row += lines.length
    return lines
  }
  const addressee = a.addressee.flatMap((l) => fit(l))
  row++ // "di"
  const place = fit(a.place, a.placeIndentMm)
  return [
    { kind: 'paragraph', text: 'Kepada Yth.', keepWithNext: true, floating },
    ...addressee.map(line),
    line('di'),
    ...place.map((text): Block => ({ kind: 'paragraph', text, indent: { leftMm: a.placeIndentMm }, keepWithNext: true })),
    {
      kind: 'paragraph',
      text: [{ text: 'Kode registrasi: ' }, { text: code.printed, bold: true }],
      sizePt: CODE_SIZE_PT,
      spacing: { afterPt: Math.max(0, a.afterPt - codeLinePt) }
    }
  ]
}
