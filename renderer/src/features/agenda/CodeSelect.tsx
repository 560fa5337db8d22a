import type { UseFormRegisterReturn } from 'react-hook-form'
import type { LetterCode } from '@shared/model'

/** The letter codes as options: "SKR – Surat sekretariat (undangan, surat biasa)". */
export function CodeSelect({
  codes,
  field,
  id,
  describedBy,
  invalid
}: {
  codes: LetterCode[]
  field: UseFormRegisterReturn
  id: string
  describedBy?: string | undefined
  invalid?: boolean
}) {
  return (
    <select id={id} {...field} aria-describedby={describedBy} aria-invalid={invalid}>
      {codes.length === 0 && <option value="">Belum ada kode surat</option>}
      {codes.map((c) => (
        <option key={c.code} value={c.code}>
          {c.code} – {c.name}
          {c.active ? '' : ' (nonaktif)'}
        </option>
      ))}
    </select>
  )
}
