import type { Block, ImageData, SignatureBlock } from '../layout'
import type { ImageBag } from './images'
import { stripOnBehalfPrefix, withActingPrefix } from '../../model/signer'
import { splitAtRegion } from './words'

/** Who signs a document, chosen per document (docs/formats.md "Signature block"). */
export interface Signer {
  /** The signer's own title: "Ketua TP PKK Provinsi Sumatera Barat", "Sekretaris", "Wakil Ketua". */
  title: string
  /** Name as the office writes it: "Ny. Hj. Nevi Irwan Prayitno". */
  name: string
  /** Signing for the Ketua: the Ketua's title, printed as "a.n. KETUA TP PKK ..." above the own title. */
  onBehalfOf?: string
  /** An acting chair signs as Pj., Plt. or Plh. (written once even when the title already carries it). */
  acting?: 'Pj.' | 'Plt.' | 'Plh.'
  /** Civil servants only; the Ketua of a TP PKK has none. */
  nip?: string
  signatureImage?: ImageData
  stampImage?: ImageData
}

export interface SignatureOptions {
  position?: SignatureBlock['position']
  columnStart?: number
  spaceMm?: number
  /** The office's rule for every signer's name (docs/formats.md "Tata naskah"); not underlined unless it says so. */
  nameUnderline?: boolean
  beforePt?: number
  afterPt?: number
}

/** Title lines: "a.n." line(s) in capitals, then the own title ending in a comma. */
export function signerTitleLines(s: Signer): string[] {
  const own = splitAtRegion(s.acting ? withActingPrefix(s.acting, s.title) : s.title)
  const lines = s.onBehalfOf ? [...splitAtRegion(`a.n. ${stripOnBehalfPrefix(s.onBehalfOf).toUpperCase()}`, 30), ...own] : own
  const last = lines.length - 1
  return lines.map((l, i) => (i === last && !l.endsWith(',') ? `${l},` : l))
}

export function buildSignature(s: Signer, bag: ImageBag, o: SignatureOptions = {}): SignatureBlock {
  return {
    kind: 'signature',
    position: o.position ?? 'right',
    columnStart: o.columnStart ?? 0.5,
    titleLines: signerTitleLines(s),
    spaceMm: o.spaceMm ?? 25,
    name: s.name,
    nameBold: true,
    nameUnderline: o.nameUnderline ?? false,
    belowName: s.nip ? `NIP. ${s.nip}` : undefined,
    signature: s.signatureImage ? bag.place('ttd', s.signatureImage, 40, 22) : undefined,
    stamp: s.stampImage ? bag.place('cap', s.stampImage, 35, 35) : undefined,
    spacing: o.beforePt || o.afterPt ? { beforePt: o.beforePt, afterPt: o.afterPt } : undefined
  }
}

/**
 * The end of a body with the signature block that closes it. A signature never starts a page by
 * itself: it keeps the body's last block with it (the closing paragraph, whole; a table's last row,
 * under its repeated header). A group longer than a page flows on, as keep-together does.
 */
/** A list's last page holds at least so many rows: the signature never certifies a row or two alone. */
export const LAST_ROWS = 3

export function signedEnd(body: readonly Block[], signature: readonly Block[]): Block[] {
  const sig = signature.flatMap((b) => (b.kind === 'keep-together' ? b.blocks : [b]))
  const group = (blocks: readonly Block[]): Block => ({ kind: 'keep-together', blocks })
  const last = body.at(-1)
  if (!last || last.kind === 'page-break') return [...body, group(sig)]
  if (last.kind === 'table') return [...body.slice(0, -1), { ...last, keepWithNext: true, lastRowsTogether: Math.max(last.lastRowsTogether ?? 0, LAST_ROWS) }, group(sig)]
  // Headings kept with the last block ("G. Penutup") join the group, or they would stay behind when it moves.
  let start = body.length - 1
  while (start > 0) {
    const before = body[start - 1]
    if (before?.kind !== 'paragraph' || !before.keepWithNext) break
    start--
  }
  const tail = body.slice(start).flatMap((b) => (b.kind === 'keep-together' ? b.blocks : [b]))
  return [...body.slice(0, start), group([...tail, ...sig])]
}
