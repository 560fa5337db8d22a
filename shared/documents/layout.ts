/**
 * The neutral description of a document that both renderers (DOCX and PDF) read.
 * Builders produce it from domain data; it is plain data (bytes of images included),
 * so it can cross a worker boundary and be compared in tests.
 * Lengths are millimetres, type sizes points.
 */

export type Paper = 'F4' | 'A4'
export type Orientation = 'portrait' | 'landscape'
/** 'sans' is Arial in DOCX and Liberation Sans in PDF; 'serif' is Times New Roman / Liberation Serif. */
export type FontFamily = 'sans' | 'serif'
export type Align = 'left' | 'center' | 'right' | 'justify'

/** docs/formats.md "Page and type": F4 (folio) is the usual office paper, A4 must be possible. */
export const PAPER_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  F4: { width: 215, height: 330 },
  A4: { width: 210, height: 297 }
}

export interface MarginsMm {
  top: number
  bottom: number
  left: number
  right: number
}

/** docs/formats.md "Page and type": top 2.5 cm, bottom 3, left 3, right 2.5 cm. */
export const DEFAULT_MARGINS_MM: Readonly<MarginsMm> = { top: 25, bottom: 30, left: 30, right: 25 }

/**
 * Page numbers start on the second page of every section (the first page carries the kop).
 * Tata naskah dinas: "- 2 -" centred at the top; registers often number at the bottom right.
 */
export interface PageNumbering {
  position: 'top' | 'bottom'
  align: 'center' | 'right'
  dashes: boolean
}

export interface PageSetup {
  paper: Paper
  orientation: Orientation
  marginsMm: MarginsMm
  font: FontFamily
  fontSizePt: number
  pageNumbers?: PageNumbering
}

export function defaultPageSetup(paper: Paper = 'F4', orientation: Orientation = 'portrait'): PageSetup {
  return { paper, orientation, marginsMm: { ...DEFAULT_MARGINS_MM }, font: 'sans', fontSizePt: 12 }
}

/** Page size in millimetres after orientation. */
export function pageSizeMm(page: PageSetup): { width: number; height: number } {
  const p = PAPER_MM[page.paper]
  return page.orientation === 'landscape' ? { width: p.height, height: p.width } : { width: p.width, height: p.height }
}

/** Width between the left and right margins. */
export function textWidthMm(page: PageSetup): number {
  return pageSizeMm(page).width - page.marginsMm.left - page.marginsMm.right
}

// ---------- text ----------

export interface TextRun {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
}

/** A plain string or styled runs; "\n" inside a run is a line break within the paragraph. */
export type RichText = string | readonly TextRun[]

export interface Indent {
  /** Where the lines of the paragraph start, from the left margin. */
  leftMm?: number
  /** First line starts this much right of `leftMm`. */
  firstLineMm?: number
  /** First line starts this much left of `leftMm` (wrapped lines align with `leftMm`). */
  hangingMm?: number
}

export interface Spacing {
  beforePt?: number
  afterPt?: number
  /** Multiple of single line spacing (1 = single). */
  line?: number
}

// ---------- images ----------

export type ImageMime = 'image/png' | 'image/jpeg'

/** Image bytes kept once per document and referenced by key from blocks (a merge repeats the same logo). */
export interface ImageData {
  mime: ImageMime
  data: Uint8Array
}

export interface ImagePlacement {
  /** Key in `DocumentLayout.images`. */
  image: string
  widthMm: number
  heightMm: number
}

/**
 * An image beside a paragraph that takes no room in the flow (Word's "in front of text"): placed from
 * the left margin and from the top of its paragraph. The builder keeps the text clear of it (a
 * recipient's registration QR code right of the address, builders/undangan-code.ts).
 */
export interface FloatingImage extends ImagePlacement {
  xMm: number
  yMm: number
}

// ---------- blocks ----------

/** Kop surat: logo on the left, centred lines (office name bold capitals, address...), a rule below. */
export interface LetterheadBlock {
  kind: 'letterhead'
  logo?: ImagePlacement
  /** Width of the logo column; the text is centred in the rest (or on the page when `balanced`). */
  logoColumnMm: number
  /** An empty column of the logo's width on the right, so the text is centred on the page. */
  balanced: boolean
  lines: readonly LetterheadLine[]
  rule: 'thick-thin' | 'double' | 'single' | 'none'
  /** Space between the rule and what follows. */
  afterPt?: number
}

export interface LetterheadLine {
  text: string
  sizePt: number
  bold?: boolean
  italic?: boolean
}

export interface ParagraphBlock {
  kind: 'paragraph'
  text: RichText
  align?: Align
  indent?: Indent
  spacing?: Spacing
  sizePt?: number
  /** On the same page as the first line of the next block ("Kepada Yth." with the addressee). */
  keepWithNext?: boolean
  floating?: FloatingImage
}

export interface ListItem {
  /** The marker for 'explicit' lists (KESATU, KEDUA...); ignored otherwise. */
  label?: string
  text: RichText
}

/** 'alpha' numbers a., b., c.; 'decimal' 1., 2., 3.; 'explicit' prints each item's label (KESATU, KEDUA...). */
export type ListStyle = 'alpha' | 'decimal' | 'explicit'

export interface ListBlock {
  kind: 'list'
  style: ListStyle
  items: readonly ListItem[]
  /** Width reserved for the marker; wrapped lines align at indent + markerWidth (hanging indent). */
  markerWidthMm: number
  indentMm?: number
  align?: Align
  /** Space after each item. */
  itemAfterPt?: number
  spacing?: Spacing
  /** The last item on the same page as the first line of the next block (a numbered speaker with her summary). */
  keepWithNext?: boolean
}

/** A list that is the value of a label-colon-value row (Acara : 1. ... 2. ...). */
export interface ListValue {
  kind: 'list'
  style: ListStyle
  items: readonly ListItem[]
  markerWidthMm: number
}

export type FieldValue = RichText | ListValue

export interface FieldRow {
  label: string
  value: FieldValue
}

/**
 * Label-colon-value rows aligned on the colon: "Nomor : 296/SKR/...".
 * The colon sits at indent + labelWidth; values start colonWidth further and wrap there.
 */
export interface FieldsBlock {
  kind: 'fields'
  rows: readonly FieldRow[]
  labelWidthMm: number
  colonWidthMm: number
  indentMm?: number
  align?: Align
  rowAfterPt?: number
  spacing?: Spacing
}

export interface TableColumn {
  /** Share of the table's width; shares are normalised, so 1/12 and 5 both work. */
  width: number
  align?: Align
  /**
   * false: no vertical rule between this column and the one before it, so the two read as one
   * column (the halves of a daftar hadir's zig-zag signature column under one spanning header).
   */
  ruleBefore?: boolean
}

export interface TableCell {
  text: RichText
  align?: Align
  bold?: boolean
  colSpan?: number
  verticalAlign?: 'top' | 'middle' | 'bottom'
  /** Pen strokes on their own line above the cell's text (a signature over the Daftar Hadir's dotted line). */
  ink?: InkPlacement
}

/**
 * Pen strokes in a box of widthMm x heightMm at the cell's left: the PDF draws them as vector paths,
 * the DOCX shows `image`, the same strokes rasterised (a transparent PNG), inline in the cell.
 */
export interface InkPlacement {
  widthMm: number
  heightMm: number
  /** Polylines x0, y0, x1, y1, ... in millimetres from the box's top left (y down). */
  strokes: readonly (readonly number[])[]
  lineWidthPt: number
  /** Key in `DocumentLayout.images`. */
  image: string
}

export interface TableRow {
  cells: readonly TableCell[]
  minHeightMm?: number
}

/**
 * A table whose header rows repeat on every page and whose rows never split across pages
 * (a row of the agenda book stays whole).
 */
export interface TableBlock {
  kind: 'table'
  columns: readonly TableColumn[]
  headerRows: readonly TableRow[]
  rows: readonly TableRow[]
  borders: 'all' | 'none'
  sizePt?: number
  minRowHeightMm?: number
  /** Horizontal and vertical inner padding of every cell. */
  cellPaddingMm?: { x: number; y: number }
  headerShade?: boolean
  spacing?: Spacing
  /**
   * The last row stays on the page of the block after the table (a list's end with the signature
   * that certifies it); when both move to the next page, the header rows repeat above the row.
   */
  keepWithNext?: boolean
  /**
   * So many of the last rows stay on one page (a list's last page never holds a row or two alone);
   * with `keepWithNext` they go with the block after the table.
   */
  lastRowsTogether?: number
}

/**
 * Signature block (docs/formats.md "Signature block"): title lines, room for signature and stamp,
 * the name, optionally a line below (NIP). Images, when given, overlay the blank space and
 * the name as ink does on paper.
 */
export interface SignatureBlock {
  kind: 'signature'
  position: 'right' | 'left'
  /**
   * Share of the text width left of the column on the right (0.5: the right half). The column
   * is as wide whether it stands right or left.
   */
  columnStart: number
  titleLines: readonly string[]
  spaceMm: number
  name: string
  nameBold: boolean
  nameUnderline: boolean
  belowName?: string
  signature?: ImagePlacement
  stamp?: ImagePlacement
  spacing?: Spacing
  /**
   * A figure in the free space left of a signature that stands on the right, on the same rows: the
   * visible part of a digital signature (builders/verification.ts), so that it does not need a page
   * of its own. The PDF places it there; the DOCX prints it after the signature.
   */
  aside?: FigureBlock
}

/**
 * An image beside lines of text, never split across pages: a signature's QR code beside who signed,
 * when, and the document's fingerprint (builders/verification.ts). Optionally boxed.
 */
export interface FigureBlock {
  kind: 'figure'
  image: ImagePlacement
  /** Width of the image's column; the lines take the rest. */
  imageColumnMm: number
  lines: readonly RichText[]
  border: boolean
  sizePt?: number
  spacing?: Spacing
}

export interface SpacerBlock {
  kind: 'spacer'
  heightMm: number
}

export interface PageBreakBlock {
  kind: 'page-break'
}

/**
 * Blocks that stay on one page (closing sentence with the signature, the tembusan list):
 * when they would cross a page they start on the next one, as Word's "keep with next".
 * A group longer than a page simply flows on.
 */
export interface KeepTogetherBlock {
  kind: 'keep-together'
  blocks: readonly Block[]
}

export type Block =
  | LetterheadBlock
  | ParagraphBlock
  | ListBlock
  | FieldsBlock
  | TableBlock
  | SignatureBlock
  | SpacerBlock
  | FigureBlock
  | PageBreakBlock
  | KeepTogetherBlock

/** A run of pages with one page setup; page numbers restart in each section (one letter of a merge). */
export interface Section {
  page: PageSetup
  blocks: readonly Block[]
}

export interface DocumentLayout {
  title: string
  /** Office name, written into the file's properties. */
  author?: string
  images: Readonly<Record<string, ImageData>>
  sections: readonly Section[]
  /**
   * A bundle of documents in one file (the Laporan Kegiatan's DOCX): its pages are numbered across every
   * section, "<bundleFooter> - halaman N dari M" at the foot's right from the second page on (Word's PAGE
   * and NUMPAGES fields), and the sections' own page numbers are left out (they would count the bundle's pages).
   */
  bundleFooter?: string
}
