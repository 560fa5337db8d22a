import { letterCodeFields } from '../model/forms'
import type { CounterMode } from '../model/letters'
import { checkPattern } from './pattern'

/**
 * "Tambah kode surat" / "Ubah kode": the code's fields, and its own pattern (when one is typed) by the
 * pattern's rules under the office's counter mode, each message on the pattern field.
 */
export function letterCodeForm(counterMode: CounterMode) {
  return letterCodeFields.superRefine((v, ctx) => {
    if (v.pattern.trim() === '') return
    for (const message of checkPattern(v.pattern, { counterMode, scope: 'jenis' }).errors) ctx.addIssue({ code: 'custom', path: ['pattern'], message })
  })
}
