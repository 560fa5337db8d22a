import { z } from 'zod'
import { id, isoDate, requiredText, text } from './common'

export const monthStyles = ['roman', 'arabic'] as const
export const counterModes = ['per-code', 'shared'] as const
export const insertStyles = ['letter', 'decimal'] as const

/** How this office numbers its letters (FORMATS.md "Letter numbers"). */
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

/** Last main number used per counter and year; key is the code, or '*' when one counter serves all. */
export const counter = z.object({
  id: z.string(),
  key: z.string(),
  year: z.number().int().min(1900).max(9999),
  last: z.number().int().min(0)
})
export type Counter = z.infer<typeof counter>

export const letterStatuses = ['aktif', 'batal'] as const
export type LetterStatus = (typeof letterStatuses)[number]

/** One entry of the Buku Agenda Surat Keluar; every issued number has one, cancelled ones too. */
export const letterDetails = z.object({
  date: isoDate,
  kepada: text(2000),
  perihal: requiredText(1000, 'Perihal'),
  lampiran: text(200),
  tembusan: text(2000)
})
export type LetterDetails = z.infer<typeof letterDetails>

export const letter = letterDetails.extend({
  id,
  code: z.string(),
  counterKey: z.string(),
  year: z.number().int(),
  seq: z.number().int().min(1),
  /** 0 for a main number; 1, 2, ... for inserted numbers (nomor sisipan) after `seq`. */
  insert: z.number().int().min(0),
  number: z.string(),
  status: z.enum(letterStatuses),
  cancelReason: text(500),
  source: z.enum(['app', 'manual']),
  meetingId: id.optional(),
  documentKind: text(60),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Letter = z.infer<typeof letter>
