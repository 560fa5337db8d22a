import type { Block, DocumentLayout, ImagePlacement, Section, TableRow } from '../layout'

/**
 * The Laporan Kegiatan as one DOCX: the front's and the parts' sections one after another, each part's
 * images under keys of their own (two parts may both call their logo "logo1"). No pdf-lib here: the meeting
 * page imports this with the first screen.
 */
const rekey = (p: ImagePlacement, prefix: string): ImagePlacement => ({ ...p, image: `${prefix}${p.image}` })

function rekeyBlock(b: Block, prefix: string): Block {
  switch (b.kind) {
    case 'letterhead':
      return b.logo ? { ...b, logo: rekey(b.logo, prefix) } : b
    case 'figure':
      return { ...b, image: rekey(b.image, prefix) }
    case 'signature':
      return {
        ...b,
        ...(b.signature ? { signature: rekey(b.signature, prefix) } : {}),
        ...(b.stamp ? { stamp: rekey(b.stamp, prefix) } : {}),
        ...(b.aside ? { aside: { ...b.aside, image: rekey(b.aside.image, prefix) } } : {})
      }
    case 'keep-together':
      return { ...b, blocks: b.blocks.map((x) => rekeyBlock(x, prefix)) }
    case 'paragraph':
      return b.floating ? { ...b, floating: { ...b.floating, image: `${prefix}${b.floating.image}` } } : b
    case 'table': {
      // Signatures drawn at the meja registrasi: the DOCX shows each as an image of the layout.
      const row = (r: TableRow): TableRow => ({ ...r, cells: r.cells.map((c) => (c.ink ? { ...c, ink: { ...c.ink, image: `${prefix}${c.ink.image}` } } : c)) })
      return { ...b, headerRows: b.headerRows.map(row), rows: b.rows.map(row) }
    }
    default:
      return b
  }
}

/** The front and the parts as one layout for the DOCX (each part's sections keep their own page setup). */
export function laporanDocxLayout(title: string, author: string | undefined, layouts: readonly DocumentLayout[]): DocumentLayout {
  const images: Record<string, DocumentLayout['images'][string]> = {}
  const sections: Section[] = []
  layouts.forEach((l, i) => {
    const prefix = `b${i}-`
    for (const [k, v] of Object.entries(l.images)) images[`${prefix}${k}`] = v
    for (const s of l.sections) sections.push({ ...s, blocks: s.blocks.map((b) => rekeyBlock(b, prefix)) })
  })
  return { title, ...(author ? { author } : {}), images, sections }
}
