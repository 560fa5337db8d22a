/**
 * Reading a signed PDF by its structure, for the verifier: every classic cross-reference section
 * (newest first, through /Prev), the objects each one adds, replaces or deletes, and the signature
 * fields of the AcroForm with the signature dictionaries their /V points to. The PDF is read as
 * latin1 text, so a string index is a byte offset. Cross-reference streams are not read: they are
 * reported as not supported (XrefStreamUnsupported), never guessed.
 */
import { arrayItems, parseDict, parseRef, PdfSyntaxError, readTextString, skipSpace, skipValue, type Dict, type DictEntry, type Ref } from './pdf-objects'

export class XrefStreamUnsupported extends PdfSyntaxError {}

export interface XrefEntry {
  offset: number
  gen: number
  inUse: boolean
}

/** One cross-reference section and its trailer: one revision of the file. */
export interface XrefSection {
  /** Where "xref" starts. */
  at: number
  entries: Map<number, XrefEntry>
  trailer: Dict
}

export interface PdfStructure {
  text: string
  /** Newest first, as the /Prev chain runs. */
  sections: XrefSection[]
  /** Object number -> the newest entry (a newer free entry deletes an older object). */
  objects: Map<number, XrefEntry>
}

/** Bounds, so a hostile file cannot make the check run away. */
const MAX_SECTIONS = 500
const MAX_FIELDS = 2000
const MAX_DEPTH = 32
const MAX_TYPED = 100

function lastStartxref(text: string): number {
  const at = text.lastIndexOf('startxref')
  if (at < 0) throw new PdfSyntaxError('PDF tanpa "startxref"')
  const m = /^startxref\s+(\d+)/.exec(text.slice(at, at + 40))
  if (!m) throw new PdfSyntaxError('Nilai "startxref" tidak terbaca')
  return Number(m[1])
}

function readSection(text: string, offset: number): XrefSection {
  // Tolerated as readers do: white space where the offset points (@signpdf's offsets point at the line break before "xref").
  let at = offset
  while (at < offset + 4 && /[\0\t\n\f\r ]/.test(text[at] ?? '')) at++
  if (!text.startsWith('xref', at)) {
    if (/^\d+\s+\d+\s+obj/.test(text.slice(at, at + 40))) {
      throw new XrefStreamUnsupported('PDF ini memakai xref stream (cross-reference stream); pemeriksa tanda tangan aplikasi ini hanya membaca tabel xref biasa. Periksa dengan Adobe Reader atau pdfsig.')
    }
    throw new PdfSyntaxError(`Tabel xref tidak ditemukan pada posisi ${at}`)
  }
  const entries = new Map<number, XrefEntry>()
  let i = skipSpace(text, at + 4)
  while (/\d/.test(text[i] ?? '')) {
    const head = /^(\d+)\s+(\d+)/.exec(text.slice(i, i + 40))
    if (!head) throw new PdfSyntaxError('Subbagian xref tidak terbaca')
    const first = Number(head[1])
    const count = Number(head[2])
    if (count > text.length / 18) throw new PdfSyntaxError('Subbagian xref lebih panjang dari berkasnya')
    i = skipSpace(text, i + head[0].length)
    for (let k = 0; k < count; k++) {
      const row = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(i, i + 20))
      if (!row) throw new PdfSyntaxError(`Baris xref tidak terbaca pada posisi ${i}`)
      // Within one section the first row for a number counts.
      if (!entries.has(first + k)) entries.set(first + k, { offset: Number(row[1]), gen: Number(row[2]), inUse: row[3] === 'n' })
      i = skipSpace(text, i + 18)
    }
  }
  if (!text.startsWith('trailer', i)) throw new PdfSyntaxError('Trailer tidak ditemukan')
  const trailer = parseDict(text, skipSpace(text, i + 7))
  if (entryOf(trailer, 'XRefStm')) {
    throw new XrefStreamUnsupported('PDF ini memakai xref stream tambahan (/XRefStm); pemeriksa tanda tangan aplikasi ini hanya membaca tabel xref biasa. Periksa dengan Adobe Reader atau pdfsig.')
  }
  return { at, entries, trailer }
}

/** Every xref section from the newest back through /Prev. */
export function readStructure(text: string): PdfStructure {
  const sections: XrefSection[] = []
  const seen = new Set<number>()
  let at: number | undefined = lastStartxref(text)
  while (at !== undefined) {
    if (seen.has(at)) throw new PdfSyntaxError('Rantai /Prev xref berulang')
    if (seen.size >= MAX_SECTIONS) throw new PdfSyntaxError(`Lebih dari ${MAX_SECTIONS} pembaruan bertahap; pemeriksaan dihentikan`)
    seen.add(at)
    const section = readSection(text, at)
    sections.push(section)
    const prev = valueText(text, entryOf(section.trailer, 'Prev'))
    if (prev !== undefined && !/^\d+$/.test(prev)) throw new PdfSyntaxError('/Prev trailer tidak terbaca')
    at = prev !== undefined ? Number(prev) : undefined
  }
  const objects = new Map<number, XrefEntry>()
  for (const s of sections) for (const [num, e] of s.entries) if (!objects.has(num)) objects.set(num, e)
  return { text, sections, objects }
}

export function entryOf(dict: Dict, key: string): DictEntry | undefined {
  return dict.entries.find((e) => e.key === key)
}

function valueText(text: string, e: DictEntry | undefined): string | undefined {
  return e ? text.slice(e.valueStart, e.valueEnd).trim() : undefined
}

/** Where the body of object `num` starts (after "num gen obj") according to `entry`. */
function objectBody(text: string, num: number, entry: XrefEntry | undefined): number {
  if (!entry?.inUse) throw new PdfSyntaxError(`Objek ${num} tidak ada di xref`)
  const m = /^(\d+)\s+(\d+)\s+obj\b\s*/.exec(text.slice(entry.offset, entry.offset + 40))
  if (!m || Number(m[1]) !== num || Number(m[2]) !== entry.gen) throw new PdfSyntaxError(`Objek ${num} tidak berada di posisi xref-nya`)
  return skipSpace(text, entry.offset + m[0].length)
}

export function objectDictAt(pdf: PdfStructure, ref: Ref): Dict {
  const entry = pdf.objects.get(ref.num)
  if (entry && entry.gen !== ref.gen) throw new PdfSyntaxError(`Rujukan ${ref.num} ${ref.gen} R tidak cocok dengan generasi objeknya`)
  return parseDict(pdf.text, objectBody(pdf.text, ref.num, entry))
}

/** A dictionary value given directly or as an indirect reference. */
export function dictValue(pdf: PdfStructure, dict: Dict, key: string): Dict | undefined {
  const e = entryOf(dict, key)
  if (!e) return undefined
  if (pdf.text.startsWith('<<', e.valueStart)) return parseDict(pdf.text, e.valueStart)
  const ref = parseRef(valueText(pdf.text, e))
  if (!ref) throw new PdfSyntaxError(`/${key} bukan kamus`)
  return objectDictAt(pdf, ref)
}

/** An array value given directly or as an indirect reference: its items as text. */
export function arrayValue(pdf: PdfStructure, dict: Dict, key: string): string[] | undefined {
  const e = entryOf(dict, key)
  if (!e) return undefined
  const v = valueText(pdf.text, e) ?? ''
  if (v.startsWith('[')) return arrayItems(v)
  const ref = parseRef(v)
  if (!ref) throw new PdfSyntaxError(`/${key} bukan larik`)
  const start = objectBody(pdf.text, ref.num, pdf.objects.get(ref.num))
  return arrayItems(pdf.text.slice(start, skipValue(pdf.text, start)))
}

export function nameValue(pdf: PdfStructure, dict: Dict, key: string): string | undefined {
  const v = valueText(pdf.text, entryOf(dict, key))
  return v?.startsWith('/') ? v.slice(1) : undefined
}

/** A signature field of the AcroForm and the signature dictionary its /V points to. */
export interface SignatureField {
  /** The field's full name (/T of it and its parents, joined by "."). */
  name: string | null
  field: Ref
  /** The signature dictionary (/V). */
  sig: Ref
  dict: Dict
  /** Where "N G obj" of the signature dictionary starts. */
  objectAt: number
}

/** The signature fields: AcroForm /Fields, down /Kids, those with /FT /Sig (inherited too) and a /V. */
export function signatureFields(pdf: PdfStructure): SignatureField[] {
  const root = parseRef(valueText(pdf.text, entryOf(pdf.sections[0]?.trailer ?? { start: 0, end: 0, entries: [] }, 'Root')))
  if (!root) throw new PdfSyntaxError('Katalog PDF (/Root) tidak ditemukan')
  const form = dictValue(pdf, objectDictAt(pdf, root), 'AcroForm')
  if (!form) return []
  const out: SignatureField[] = []
  const visited = new Set<number>()
  const walk = (items: string[], ft: string | undefined, prefix: string | null, depth: number) => {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('Pohon kolom formulir terlalu dalam')
    for (const item of items) {
      const ref = parseRef(item)
      if (!ref) throw new PdfSyntaxError('Kolom formulir bukan rujukan tak langsung')
      if (visited.has(ref.num)) continue
      visited.add(ref.num)
      if (visited.size > MAX_FIELDS) throw new PdfSyntaxError(`Lebih dari ${MAX_FIELDS} kolom formulir; pemeriksaan dihentikan`)
      const dict = objectDictAt(pdf, ref)
      const ownFt = nameValue(pdf, dict, 'FT') ?? ft
      const t = readTextString(valueText(pdf.text, entryOf(dict, 'T')))
      const name = t === undefined ? prefix : prefix ? `${prefix}.${t}` : t
      const v = entryOf(dict, 'V')
      if (ownFt === 'Sig' && v) {
        const sig = parseRef(valueText(pdf.text, v))
        if (!sig) throw new PdfSyntaxError(`Nilai /V kolom tanda tangan ${name ?? ref.num} bukan rujukan tak langsung`)
        const entry = pdf.objects.get(sig.num)
        const sigDict = objectDictAt(pdf, sig)
        if (!out.some((f) => f.sig.num === sig.num)) out.push({ name, field: ref, sig, dict: sigDict, objectAt: entry?.offset ?? -1 })
      }
      const kids = arrayValue(pdf, dict, 'Kids')
      if (kids) walk(kids, ownFt, name, depth + 1)
    }
  }
  walk(arrayValue(pdf, form, 'Fields') ?? [], undefined, null, 0)
  return out
}

export type ObjectChangeKind = 'added' | 'replaced' | 'deleted'

export interface ObjectChange {
  num: number
  change: ObjectChangeKind
  /** What the new object is, when it says: "Annot/Widget", "Page", "Sig", "XObject/Form"... */
  type: string | null
}

/** One incremental update written after a signature: its xref section and what it changes. */
export interface LaterUpdate {
  xrefAt: number
  objects: ObjectChange[]
}

function objectType(pdf: PdfStructure, num: number, entry: XrefEntry): string | null {
  try {
    const start = objectBody(pdf.text, num, entry)
    if (!pdf.text.startsWith('<<', start)) return null
    const dict = parseDict(pdf.text, start)
    const parts = [nameValue(pdf, dict, 'Type'), nameValue(pdf, dict, 'Subtype') ?? nameValue(pdf, dict, 'FT')].filter(Boolean)
    if (parts.length === 0 && entryOf(dict, 'ByteRange')) return 'Sig'
    if (parts.length === 0 && entryOf(dict, 'Fields')) return 'AcroForm'
    if (parts.length === 0 && /^\s*stream\b/.test(pdf.text.slice(dict.end, dict.end + 12))) return 'stream'
    return parts.length ? parts.join('/') : null
  } catch {
    return null
  }
}

/**
 * The updates whose xref section lies at or after `end` (the end of what a signature covers), each
 * with the objects it adds, replaces or deletes compared to the file as it was up to `end`.
 */
export function updatesAfter(pdf: PdfStructure, end: number): LaterUpdate[] {
  const before = new Map<number, XrefEntry>()
  for (const s of pdf.sections) if (s.at < end) for (const [num, e] of s.entries) if (!before.has(num)) before.set(num, e)
  return pdf.sections
    .filter((s) => s.at >= end)
    .reverse()
    .map((s) => ({
      xrefAt: s.at,
      objects: [...s.entries]
        .filter(([num]) => num !== 0)
        .sort((a, b) => a[0] - b[0])
        .map(([num, e], i) => {
          const old = before.get(num)
          const change: ObjectChangeKind = !e.inUse ? 'deleted' : old?.inUse ? 'replaced' : 'added'
          // Types are read for the first objects only: the report names a dozen, and a huge update must not stall the check.
          return { num, change, type: e.inUse && i < MAX_TYPED ? objectType(pdf, num, e) : null }
        })
    }))
}
