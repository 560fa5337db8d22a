import { z } from 'zod'
import { personFields } from '../model/contacts'
import { requiredText } from '../model/common'
import { printable } from '../model/printable'
import { importFieldLabel, importFields, type ColumnMapping, type ImportField } from './columns'

/** One person as read from a row, before it has an id or a link to an organisation. */
export interface PersonDraft {
  name: string
  position: string
  phone: string
  email: string
  notes: string
  /** Matched to an existing organisation by normalised name when the import is committed. */
  organisationName: string
  groupNames: string[]
}

export interface ImportRowProblem {
  field: ImportField | null
  message: string
}

export interface ImportRow {
  /** The row number Excel shows (the header is usually row 1). */
  row: number
  draft: PersonDraft
  /** Things changed on the way in that the user should know about (e.g. a restored leading 0). */
  warnings: string[]
}

export interface RejectedRow {
  row: number
  /** What the row holds in the name column, to recognise it by; may be empty. */
  name: string
  problems: ImportRowProblem[]
}

export interface ImportValidation {
  accepted: ImportRow[]
  rejected: RejectedRow[]
  /** Rows whose mapped cells are all empty (spacers, blank rows left for walk-ins). */
  emptyRows: number
}

/** The contact form's rules, and like every input, no character the documents cannot print (model/printable.ts). */
const draftSchema = printable(
  personFields.pick({ name: true, position: true, phone: true, email: true, notes: true }).extend({
    organisationName: z.string().trim().max(400, { message: 'Nama instansi paling banyak 400 karakter' }),
    groupNames: z.array(requiredText(200, 'Nama kelompok'))
  })
)

const fieldOfKey: Record<string, ImportField> = {
  name: 'name',
  position: 'position',
  phone: 'phone',
  email: 'email',
  notes: 'notes',
  organisationName: 'organisation',
  groupNames: 'groups'
}

// Excel stores 081234567890 typed as a number as 81234567890; Indonesian numbers start with 0 or 62.
const LOST_LEADING_ZERO = /^[1-9]\d{7,12}$/

// What offices write in a phone column for "no number": "tidak ada", "-", "belum ada", "tdk ada", "kosong", "n/a".
const NO_PHONE = /^(?:[-–—.]+|(?:tidak|tdk|tak|belum|blm)\.? ?(?:ada|punya)|kosong|nihil|n\/?a)$/i

/**
 * Restores the 0 Excel dropped from a phone number kept as a number, and reads "tidak ada" (or "-",
 * "belum ada") as no phone at all, so the person is imported without one; says so when it does either.
 */
export function repairPhone(raw: string): { phone: string; warning?: string } {
  const phone = raw.trim()
  if (NO_PHONE.test(phone.replace(/\s+/g, ' '))) {
    return { phone: '', warning: `Nomor telepon "${phone}" dibaca sebagai belum ada nomor; orangnya diimpor tanpa nomor telepon.` }
  }
  if (LOST_LEADING_ZERO.test(phone) && !phone.startsWith('62')) {
    return { phone: `0${phone}`, warning: `Angka 0 di depan nomor telepon ditambahkan kembali (${phone} → 0${phone}); Excel menyimpannya sebagai angka.` }
  }
  return { phone }
}

/** "Pengurus TP PKK; OPD Terkait" or one group per line; commas also separate. */
export function splitGroupNames(cell: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of cell.split(/[;,\n]/)) {
    const name = part.trim()
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase())
      out.push(name)
    }
  }
  return out
}

function quote(value: string): string {
  const v = value.trim()
  return v.length > 40 ? `"${v.slice(0, 40)}…"` : `"${v}"`
}

/**
 * Checks every data row below the header against the same rules as the contact form and
 * lists, per row and per field, what is wrong, in Indonesian. `headerIndex` is the header's
 * index in `table` (0 = Excel row 1). Nothing is thrown: a bad row is reported, the rest go on.
 */
export function validateImportRows(table: readonly (readonly string[])[], mapping: ColumnMapping, headerIndex: number): ImportValidation {
  const accepted: ImportRow[] = []
  const rejected: RejectedRow[] = []
  let emptyRows = 0
  const cell = (row: readonly string[], field: ImportField) => {
    const col = mapping[field]
    return col === null ? '' : (row[col] ?? '')
  }

  for (let i = headerIndex + 1; i < table.length; i++) {
    const row = table[i] ?? []
    const rowNumber = i + 1
    if (importFields.every((f) => cell(row, f).trim() === '')) {
      emptyRows++
      continue
    }
    const warnings: string[] = []
    const repaired = repairPhone(cell(row, 'phone'))
    if (repaired.warning) warnings.push(repaired.warning)
    const raw = {
      name: cell(row, 'name'),
      position: cell(row, 'position'),
      phone: repaired.phone,
      email: cell(row, 'email').trim().replace(/^mailto:/i, ''),
      notes: cell(row, 'notes'),
      organisationName: cell(row, 'organisation').trim(),
      groupNames: splitGroupNames(cell(row, 'groups'))
    }
    const parsed = draftSchema.safeParse(raw)
    if (parsed.success) {
      accepted.push({ row: rowNumber, draft: parsed.data, warnings })
      continue
    }
    const problems: ImportRowProblem[] = []
    const seen = new Set<string>()
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '')
      const field = fieldOfKey[key] ?? null
      if (seen.has(key)) continue
      seen.add(key)
      const value = field === null ? '' : field === 'groups' ? cell(row, 'groups') : String(raw[key as keyof typeof raw] ?? '')
      const shown = value.trim() && field !== 'name' ? ` (isi: ${quote(value)})` : ''
      problems.push({ field, message: `${issue.message}${shown}` })
    }
    rejected.push({ row: rowNumber, name: raw.name.trim(), problems })
  }
  return { accepted, rejected, emptyRows }
}

/** "Baris 7 · E-mail: Alamat e-mail tidak valid (isi: "siti@")", as the rejected list prints it. */
export function describeProblem(row: number, problem: ImportRowProblem): string {
  const label = problem.field ? `${importFieldLabel[problem.field]}: ` : ''
  return `Baris ${row} · ${label}${problem.message}`
}
