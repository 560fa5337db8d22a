import type { UseFormRegisterReturn } from 'react-hook-form'
import type { Letter, LetterCode } from '@shared/model'
import { Field } from '../../ui/Field'
import { CodeSelect } from '../agenda/CodeSelect'

/** The heading of a meeting document's card, with its register number or "Belum bernomor". */
export function DocumentCardHead({ title, issued, testId }: { title: string; issued: Letter | null; testId: string }) {
  return (
    <div className="page-head">
      <h3>{title}</h3>
      {issued ? (
        <span className="badge" data-testid={testId}>
          Nomor {issued.number}
        </span>
      ) : (
        <span className="badge warn">Belum bernomor</span>
      )}
    </div>
  )
}

/** The letter code of a document; once issued it is part of the number, so changing it means a new number, not a correction. */
export function DocumentCodeField({
  issued,
  codes,
  field,
  error
}: {
  issued: Letter | null
  codes: LetterCode[]
  field: UseFormRegisterReturn
  error: string | undefined
}) {
  return (
    <Field label="Kode surat" error={error}>
      {(p) => (issued ? <input id={p.id} value={issued.code} readOnly /> : <CodeSelect codes={codes} field={field} id={p.id} invalid={p['aria-invalid']} />)}
    </Field>
  )
}
