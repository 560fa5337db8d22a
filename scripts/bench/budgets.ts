/** Budgets on the project's 2-core machine, warm medians in Node ("Speed": 20x LibreOffice and more). */
export const DOC_BUDGETS_MS: Readonly<Record<string, { pdf?: number; docx?: number }>> = {
  undangan: { pdf: 45 },
  'undangan-65': { pdf: 250, docx: 100 },
  keputusan: { pdf: 45 },
  'daftar-hadir-65': { pdf: 50, docx: 100 },
  'daftar-hadir-500': { pdf: 200, docx: 1000 },
  notulen: { pdf: 45 },
  kesimpulan: { pdf: 45 },
  // Issue 20: the whole Laporan Kegiatan bundle with 12 photos, warm.
  'laporan-12-foto': { pdf: 2000 }
}
/** Every document of up to this many pages is at least LO_RATIO_MIN times quicker than LibreOffice in the same run. */
export const LO_RATIO_PAGES = 6
export const LO_RATIO_MIN = 20
/** From the click on "Simpan PDF"/"Simpan DOCX" to the file, in the built app in Chromium. */
export const CLICK_BUDGETS_MS: Readonly<Record<string, { cold?: number; warm: number }>> = {
  undangan: { cold: 400, warm: 100 },
  'daftar-hadir-65': { cold: 400, warm: 100 },
  'undangan-65': { warm: 600 }
}
export const DATA_OP_MS = 50
export const FIRST_SCREEN_MS = 1000
/** Issue 18 (speed): the register's first page read from an index, issuing with the journal's durable write, backup and restore. */
export const REGISTER_PAGE_MS = 20
export const ISSUE_MS = 40
export const BACKUP_MS = 1_000
export const RESTORE_FULL_MS = 5_000
export const RESTORE_EMPTY_MS = 4_000
export const KB = 1024
export const INITIAL_JS_GZIP_BYTES = 250 * KB

export interface BudgetCheck {
  /** What is measured: "Surat Undangan PDF, warm median". */
  what: string
  limit: number
  value: number
  /** 'ratio': at least `limit` (LibreOffice's time over ours); the others: at most `limit`. */
  unit: 'ms' | 'bytes' | 'count' | 'ratio'
  pass: boolean
  /** How far over (positive) or under (negative) the budget, in the unit. */
  over: number
  /** Why it was missed, when known (profile, or what the operation does). */
  why?: string
}

export function check(what: string, value: number, limit: number, unit: BudgetCheck['unit'], why?: string): BudgetCheck {
  const pass = value <= limit
  return { what, limit, value, unit, pass, over: value - limit, ...(!pass && why ? { why } : {}) }
}

/** A value in its unit: "123 ms", "1.23 s", "323 KB", "2". */
export function formatValue(value: number, unit: BudgetCheck['unit']): string {
  const v = Math.abs(value)
  if (unit === 'bytes') return `${Math.round(v / KB)} KB`
  if (unit === 'count') return String(v)
  if (unit === 'ratio') return `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}x`
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 || Number.isInteger(v) ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`
}

/** "+23 ms (15%) over", "80 ms under"; bytes as KB (1024). */
export function formatOver(c: BudgetCheck): string {
  if (c.unit === 'count') return c.pass ? 'yes' : `no (${c.value})`
  if (c.unit === 'ratio') return c.pass ? 'met' : `${Math.round((c.over / c.limit) * 100)}% short`
  const amount = formatValue(c.over, c.unit)
  const pct = c.limit ? ` (${Math.round((Math.abs(c.over) / c.limit) * 100)}%)` : ''
  return c.pass ? `${amount} under` : `+${amount}${pct} over`
}
