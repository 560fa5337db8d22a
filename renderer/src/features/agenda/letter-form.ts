import { z } from 'zod'
import { isoDate, requiredText, text } from '@shared/model'
import { parseSeqInput } from '@shared/numbering'

/** One form shape for issuing, hand registration and editing; `nomor` is used by hand registration only. */
export const letterForm = z.object({
  code: z.string(),
  nomor: z.string(),
  date: isoDate,
  kepada: text(2000),
  perihal: requiredText(1000, 'Perihal'),
  lampiran: text(200),
  tembusan: text(2000)
})
export type LetterFormValues = z.infer<typeof letterForm>

export const issueForm = letterForm.extend({ code: requiredText(40, 'Jenis surat') })

export const manualForm = issueForm.extend({
  nomor: z
    .string()
    .trim()
    .min(1, { message: 'Nomor urut wajib diisi' })
    .refine((v) => parseSeqInput(v) !== null, { message: 'Tulis nomor urut saja, mis. 296, 022, 22a atau 22.1' })
})

export const emptyLetterForm = (code: string, date: string): LetterFormValues => ({
  code,
  nomor: '',
  date,
  kepada: '',
  perihal: '',
  lampiran: '',
  tembusan: ''
})
