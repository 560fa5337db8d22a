import { parseIsoDate, romanMonth } from '../calendar'
import type { LetterCode, NumberingSettings } from '../model/letters'
import { checkPattern, patternProblem, patternUses } from './pattern'
import { problem, type NumberingProblem } from './problem'
import type { InsertStyle, MonthStyle } from './types'

/** The suffix of an inserted number: 1 -> "a", 26 -> "z", 27 -> "aa" (letter style) or 1 -> ".1" (decimal style). */
export function insertSuffix(insert: number, style: InsertStyle): string {
  if (!Number.isInteger(insert) || insert < 0) throw new RangeError(`Nomor sisipan tidak valid: ${insert}`)
  if (insert === 0) return ''
  if (style === 'decimal') return `.${insert}`
  // Bijective base 26, as spreadsheet columns count: z is followed by aa.
  let n = insert
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(97 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** The inverse of insertSuffix for what a person types: "a" -> 1, "aa" -> 27, "1" or ".1" -> 1; null when unreadable. */
export function parseInsertSuffix(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/^\./, '')
  if (t === '') return 0
  if (/^[0-9]{1,4}$/.test(t)) {
    const n = Number(t)
    return n >= 1 ? n : null
  }
  if (/^[a-z]{1,3}$/.test(t)) {
    let n = 0
    for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 96)
    return n
  }
  return null
}

/** Reads a hand-typed running number: "296", "022", "22a", "22.1", "22 b". */
export function parseSeqInput(text: string): { seq: number; insert: number } | null {
  const m = /^\s*0*([0-9]{1,6})\s*(\.?\s*[0-9]{1,4}|[a-zA-Z]{1,3})?\s*$/.exec(text)
  if (!m?.[1]) return null
  const seq = Number(m[1])
  if (seq < 1) return null
  const rawInsert = (m[2] ?? '').replace(/\s/g, '')
  // "22 1" without a dot is ambiguous with a typo; only a dot marks a decimal insert.
  if (/^[0-9]/.test(rawInsert)) return null
  const insert = parseInsertSuffix(rawInsert)
  return insert === null ? null : { seq, insert }
}

/** "296", "004", "22a", "022.1": the {nomor} part of a letter number. */
export function formatSeq(seq: number, insert: number, options: { padding: number; insertStyle: InsertStyle }): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Nomor urut tidak valid: ${seq}`)
  return String(seq).padStart(options.padding, '0') + insertSuffix(insert, options.insertStyle)
}

/** XII, or 12 for offices that write the month in Arabic digits (`01/SKR/PKK.DIY/1/2023`). */
export function formatMonth(month: number, style: MonthStyle): string {
  const roman = romanMonth(month) // also checks the month is 1..12
  return style === 'roman' ? roman : String(month)
}

/** The pattern in force for a code: its own when it has one, the office's otherwise. */
export function patternFor(settings: Pick<NumberingSettings, 'pattern'>, code: Pick<LetterCode, 'pattern'> | undefined): string {
  const own = code?.pattern.trim() ?? ''
  return own !== '' ? own : settings.pattern
}

export interface NumberParts {
  seq: number
  insert: number
  code: string
  officeCode: string
  classification: string
  date: string
}

export type BuildResult = { ok: true; number: string } | { ok: false; problem: NumberingProblem }

/**
 * Fills the pattern: with the default `{nomor}/{kode}/{kantor}/{bulan}/{tahun}`,
 * seq 296 of SKR on 2019-12-17 for PKK-PROP gives `296/SKR/PKK-PROP/XII/2019`.
 */
export function buildLetterNumber(
  settings: Pick<NumberingSettings, 'pattern' | 'padding' | 'monthStyle' | 'insertStyle' | 'counterMode'>,
  codeRow: Pick<LetterCode, 'code' | 'pattern' | 'classification'> | undefined,
  parts: NumberParts
): BuildResult {
  const pattern = patternFor(settings, codeRow)
  const own = codeRow && codeRow.pattern.trim() !== ''
  const check = checkPattern(pattern, { counterMode: settings.counterMode, scope: own ? 'jenis' : 'kantor' })
  if (!check.ok) return { ok: false, problem: patternProblem(check.errors, own ? `jenis ${parts.code}` : 'kantor') }
  if (patternUses(pattern, 'kantor') && parts.officeCode.trim() === '') {
    return { ok: false, problem: problem('no-office-code', 'Kode kantor belum diisi. Isi "Kode kantor pada nomor surat" di Pengaturan > Data Kantor.') }
  }
  if (patternUses(pattern, 'klasifikasi') && parts.classification.trim() === '') {
    return {
      ok: false,
      problem: problem(
        'missing-classification',
        `Pola nomor memuat {klasifikasi}, tetapi kode klasifikasi untuk jenis surat ${parts.code} belum diisi (Pengaturan > Penomoran Surat).`
      )
    }
  }
  const { year, month } = parseIsoDate(parts.date)
  const values: Record<string, string> = {
    nomor: formatSeq(parts.seq, parts.insert, settings),
    kode: parts.code,
    kantor: parts.officeCode.trim(),
    bulan: formatMonth(month, settings.monthStyle),
    tahun: String(year),
    klasifikasi: parts.classification.trim()
  }
  const number = check.tokens.map((t) => (t.kind === 'text' ? t.text : (values[t.name] ?? ''))).join('')
  return { ok: true, number }
}
