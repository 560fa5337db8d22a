import { z } from 'zod'
import { id, isoDate, requiredText, text } from './common'

export const monthStyles = ['roman', 'arabic'] as const
export const counterModes = ['per-code', 'shared'] as const
export const insertStyles = ['letter', 'decimal'] as const
export type MonthStyle = (typeof monthStyles)[number]
export type CounterMode = (typeof counterModes)[number]
export type InsertStyle = (typeof insertStyles)[number]

/** How this office numbers its letters (docs/formats.md "Letter numbers"). */
export const numberingSettings = z.object({
  id: z.literal('numbering'),
  pattern: requiredText(200, 'Pola nomor'),
  padding: z.number().int().min(0).max(6),
  monthStyle: z.enum(monthStyles),
  counterMode: z.enum(counterModes),
  insertStyle: z.enum(insertStyles)
})
export type NumberingSettings = z.infer<typeof numberingSettings>

export const DEFAULT_PATTERN = '{nomor}/{kode}/{kantor}/{bulan}/{tahun}'
export const defaultNumberingSettings: NumberingSettings = {
  id: 'numbering',
  pattern: DEFAULT_PATTERN,
  padding: 0,
  monthStyle: 'roman',
  counterMode: 'per-code',
  insertStyle: 'letter'
}

/** A type or unit code: KEP, SKR, POKJA I..IV; may carry its own pattern and archive classification. */
export const letterCode = z.object({
  code: requiredText(40, 'Kode'),
  name: requiredText(200, 'Nama jenis surat'),
  pattern: text(200),
  classification: text(40),
  active: z.boolean(),
  order: z.number().int()
})
export type LetterCode = z.infer<typeof letterCode>

export const defaultLetterCodes: LetterCode[] = [
  { code: 'KEP', name: 'Keputusan', pattern: '', classification: '', active: true, order: 1 },
  { code: 'SKR', name: 'Surat sekretariat (undangan, surat biasa)', pattern: '', classification: '', active: true, order: 2 },
  { code: 'POKJA I', name: 'Surat Pokja I', pattern: '', classification: '', active: true, order: 3 },
  { code: 'POKJA II', name: 'Surat Pokja II', pattern: '', classification: '', active: true, order: 4 },
  { code: 'POKJA III', name: 'Surat Pokja III', pattern: '', classification: '', active: true, order: 5 },
  { code: 'POKJA IV', name: 'Surat Pokja IV', pattern: '', classification: '', active: true, order: 6 }
]

/** The highest main number a counter gives or a letter carries (five digits); a typo beyond it is refused. */
export const MAX_SEQ = 99_999
/**
 * The longest number text a pattern can give: a 200-character pattern holds at most 33 placeholders
 * (`{kode}` is the shortest, 6 characters), each at most 60 characters (the office code), plus the text.
 */
export const MAX_NUMBER_CHARS = 4_000
/** The highest insert (nomor sisipan) after one main number. */
export const MAX_INSERT = 9_999

/** Last main number used per counter and year; key is the code, or '*' when one counter serves all. */
export const counter = z.object({
  id: z.string().min(1).max(60),
  key: z.string().min(1).max(40),
  year: z.number().int().min(1900).max(9999),
  last: z.number().int().min(0).max(MAX_SEQ, { message: `Nomor terakhir paling besar ${MAX_SEQ}` })
})
export type Counter = z.infer<typeof counter>

export const letterStatuses = ['aktif', 'batal'] as const
export type LetterStatus = (typeof letterStatuses)[number]

/**
 * Where an entry of the register came from: issued by the app, registered by hand (a letter written
 * outside the app), or a skipped number recorded as batal "nomor tidak terpakai" so the sequence stays whole.
 */
export const letterSources = ['app', 'manual', 'gap'] as const
export type LetterSource = (typeof letterSources)[number]

/** One entry of the Buku Agenda Surat Keluar; every issued number has one, cancelled ones too. */
export const letterDetails = z.object({
  date: isoDate,
  kepada: text(2000),
  perihal: requiredText(1000, 'Perihal'),
  lampiran: text(200),
  tembusan: text(2000)
})
export type LetterDetails = z.infer<typeof letterDetails>

/** One state of a letter's register entry: as issued, then after each correction under the same number. */
export const letterRevision = letterDetails.extend({
  at: z.string().max(40),
  kind: z.enum(['terbit', 'koreksi'])
})
export type LetterRevision = z.infer<typeof letterRevision>

export const letter = letterDetails.extend({
  id,
  code: z.string().max(40),
  counterKey: z.string().max(40),
  year: z.number().int().min(1900).max(9999),
  seq: z.number().int().min(1).max(MAX_SEQ, { message: `Nomor urut paling besar ${MAX_SEQ}` }),
  /** 0 for a main number; 1, 2, ... for inserted numbers (nomor sisipan) after `seq`. */
  insert: z.number().int().min(0).max(MAX_INSERT),
  number: z.string().min(1).max(MAX_NUMBER_CHARS),
  status: z.enum(letterStatuses),
  cancelReason: text(500),
  source: z.enum(letterSources),
  meetingId: id.optional(),
  /** The kind of document that carries this number (DocumentKind: 'undangan', 'keputusan', ...), or '' for a plain letter. */
  documentKind: text(60),
  /** The entry as issued and after each correction (absent until the first correction). */
  revisions: z.array(letterRevision).max(200).optional(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40)
})
export type Letter = z.infer<typeof letter>

/** What a caller gives to take the next number (issueLetter). */
export const issueLetterInput = z.object({
  code: requiredText(40, 'Jenis surat'),
  date: isoDate,
  kepada: text(2000).default(''),
  perihal: requiredText(1000, 'Perihal'),
  lampiran: text(200).default(''),
  tembusan: text(2000).default(''),
  meetingId: id.optional(),
  documentKind: text(60).default('')
})
export type IssueLetterInput = z.input<typeof issueLetterInput>

/** A letter written outside the app, registered by hand with the number it carries. */
export const manualLetterInput = issueLetterInput.extend({
  seq: z.number({ message: 'Nomor urut harus berupa angka' }).int().min(1, { message: 'Nomor urut paling kecil 1' }).max(MAX_SEQ, { message: `Nomor urut paling besar ${MAX_SEQ}` }),
  insert: z.number().int().min(0).max(MAX_INSERT).default(0)
})
export type ManualLetterInput = z.input<typeof manualLetterInput>
