/**
 * Just enough PDF syntax to add a signature to a file: the classic cross-reference table (what
 * pdfmake writes), the trailer, and dictionaries of objects. The PDF is read as latin1 text, so a
 * string index is a byte offset. Files with cross-reference streams are refused with a clear message.
 */

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20])
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)))

export class PdfSyntaxError extends Error {}

export interface Ref {
  num: number
  gen: number
}

export interface DictEntry {
  key: string
  valueStart: number
  valueEnd: number
}

export interface Dict {
  start: number
  /** Just after the closing ">>". */
  end: number
  entries: DictEntry[]
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (WS.has(c)) i++
    else if (c === 0x25) {
      // A comment runs to the end of its line.
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    } else break
  }
  return i
}

function token(text: string, i: number): number {
  while (i < text.length && !WS.has(text.charCodeAt(i)) && !DELIM.has(text.charCodeAt(i))) i++
  return i
}

/** The end of the value starting at `i` (after leading space); "12 0 R" counts as one value. */
export function skipValue(text: string, start: number): number {
  const i = skipSpace(text, start)
  const c = text[i]
  if (c === undefined) throw new PdfSyntaxError('PDF terpotong')
  if (text.startsWith('<<', i)) return parseDict(text, i).end
  if (c === '<') {
    const close = text.indexOf('>', i)
    if (close < 0) throw new PdfSyntaxError('String heksadesimal tidak ditutup')
    return close + 1
  }
  if (c === '(') return skipLiteralString(text, i)
  if (c === '[') {
    let j = skipSpace(text, i + 1)
    while (text[j] !== ']') {
      if (j >= text.length) throw new PdfSyntaxError('Larik tidak ditutup')
      j = skipSpace(text, skipValue(text, j))
    }
    return j + 1
  }
  if (c === '/') return token(text, i + 1)
  const end = token(text, i)
  if (end === i) throw new PdfSyntaxError(`Nilai PDF tidak dikenal pada posisi ${i}`)
  // An indirect reference: integer, integer, R.
  if (/^\d+$/.test(text.slice(i, end))) {
    const g = skipSpace(text, end)
    const gEnd = token(text, g)
    if (gEnd > g && /^\d+$/.test(text.slice(g, gEnd))) {
      const r = skipSpace(text, gEnd)
      if (text[r] === 'R' && token(text, r) === r + 1) return r + 1
    }
  }
  return end
}

function skipLiteralString(text: string, i: number): number {
  let depth = 0
  for (let j = i; j < text.length; j++) {
    const c = text[j]
    if (c === '\\') j++
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return j + 1
  }
  throw new PdfSyntaxError('String tidak ditutup')
}

/** The top-level entries of the dictionary starting at `start` ("<<"). */
export function parseDict(text: string, start: number): Dict {
  if (!text.startsWith('<<', start)) throw new PdfSyntaxError(`Kamus PDF diharapkan pada posisi ${start}`)
  const entries: DictEntry[] = []
  let i = skipSpace(text, start + 2)
  while (!text.startsWith('>>', i)) {
    if (i >= text.length) throw new PdfSyntaxError('Kamus PDF tidak ditutup')
    if (text[i] !== '/') throw new PdfSyntaxError(`Kunci kamus diharapkan pada posisi ${i}`)
    const keyEnd = token(text, i + 1)
    const valueStart = skipSpace(text, keyEnd)
    const valueEnd = skipValue(text, valueStart)
    entries.push({ key: text.slice(i + 1, keyEnd), valueStart, valueEnd })
    i = skipSpace(text, valueEnd)
  }
  return { start, end: i + 2, entries }
}

export function entry(text: string, dict: Dict, key: string): string | undefined {
  const e = dict.entries.find((x) => x.key === key)
  return e ? text.slice(e.valueStart, e.valueEnd) : undefined
}

export function parseRef(value: string | undefined): Ref | undefined {
  const m = value ? /^(\d+)\s+(\d+)\s+R$/.exec(value.trim()) : null
  return m ? { num: Number(m[1]), gen: Number(m[2]) } : undefined
}

export const refText = (r: Ref) => `${r.num} ${r.gen} R`

export interface XrefInfo {
  /** Object number -> byte offset, newest section first. */
  offsets: Map<number, { offset: number; gen: number }>
  /** The newest trailer. */
  trailer: Dict
  /** Where the newest cross-reference section starts (the value after "startxref"). */
  startxref: number
  /** /Size of the newest trailer. */
  size: number
}

export function lastStartxref(text: string): number {
  const at = text.lastIndexOf('startxref')
  if (at < 0) throw new PdfSyntaxError('PDF tanpa "startxref"')
  const m = /^startxref\s+(\d+)/.exec(text.slice(at, at + 40))
  if (!m) throw new PdfSyntaxError('Nilai "startxref" tidak terbaca')
  return Number(m[1])
}

/** Reads every classic xref section from the newest back through /Prev. */
export function readXref(text: string): XrefInfo {
  const startxref = lastStartxref(text)
  const offsets = new Map<number, { offset: number; gen: number }>()
  let newest: Dict | undefined
  const seen = new Set<number>()
  let at: number | undefined = startxref
  while (at !== undefined) {
    if (seen.has(at) || seen.size > 1000) throw new PdfSyntaxError('Rantai xref berulang')
    seen.add(at)
    if (!text.startsWith('xref', at)) {
      throw new PdfSyntaxError('PDF ini memakai xref stream, bukan tabel xref biasa; tidak dapat ditandatangani di sini')
    }
    let i = skipSpace(text, at + 4)
    while (/\d/.test(text[i] ?? '')) {
      const head = /^(\d+)\s+(\d+)/.exec(text.slice(i, i + 40))
      if (!head) throw new PdfSyntaxError('Subbagian xref tidak terbaca')
      const first = Number(head[1])
      const count = Number(head[2])
      i = skipSpace(text, i + head[0].length)
      for (let k = 0; k < count; k++) {
        const row = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(i, i + 20))
        if (!row) throw new PdfSyntaxError(`Baris xref tidak terbaca pada posisi ${i}`)
        const num = first + k
        if (row[3] === 'n' && !offsets.has(num)) offsets.set(num, { offset: Number(row[1]), gen: Number(row[2]) })
        i = skipSpace(text, i + 18)
      }
    }
    if (!text.startsWith('trailer', i)) throw new PdfSyntaxError('Trailer tidak ditemukan')
    const trailer = parseDict(text, skipSpace(text, i + 7))
    newest ??= trailer
    const prev = entry(text, trailer, 'Prev')
    at = prev !== undefined ? Number(prev) : undefined
  }
  if (!newest) throw new PdfSyntaxError('Trailer tidak ditemukan')
  const size = Number(entry(text, newest, 'Size'))
  if (!Number.isInteger(size)) throw new PdfSyntaxError('/Size trailer tidak terbaca')
  return { offsets, trailer: newest, startxref, size }
}

/** The dictionary of an indirect object, e.g. the catalog or a page. */
export function objectDict(text: string, xref: XrefInfo, ref: Ref): Dict {
  const at = xref.offsets.get(ref.num)
  if (!at) throw new PdfSyntaxError(`Objek ${ref.num} tidak ada di xref`)
  const m = /^(\d+)\s+(\d+)\s+obj\s*/.exec(text.slice(at.offset, at.offset + 40))
  if (!m || Number(m[1]) !== ref.num) throw new PdfSyntaxError(`Objek ${ref.num} tidak berada di posisi xref-nya`)
  return parseDict(text, skipSpace(text, at.offset + m[0].length))
}

/** Inner text of an array value "[a b c]". */
export function arrayItems(value: string): string[] {
  const v = value.trim()
  if (!v.startsWith('[')) throw new PdfSyntaxError('Larik diharapkan')
  const out: string[] = []
  let i = skipSpace(v, 1)
  while (v[i] !== ']') {
    const end = skipValue(v, i)
    out.push(v.slice(i, end))
    i = skipSpace(v, end)
    if (i >= v.length) throw new PdfSyntaxError('Larik tidak ditutup')
  }
  return out
}

/** A PDF text string that holds any Unicode: UTF-16BE with a byte-order mark, written in hex. */
export function pdfTextString(s: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

/** Reads a text string written as pdfTextString or as a plain (ASCII) literal. */
export function readTextString(value: string | undefined): string | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (v.startsWith('<') && !v.startsWith('<<')) {
    const hex = v.slice(1, -1).replace(/\s+/g, '')
    if (/^feff/i.test(hex)) {
      let s = ''
      for (let i = 4; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
      return s
    }
    let s = ''
    for (let i = 0; i + 2 <= hex.length; i += 2) s += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16))
    return s
  }
  if (v.startsWith('(')) {
    return v
      .slice(1, -1)
      .replace(/\\([nrtbf()\\])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c)
  }
  return undefined
}
