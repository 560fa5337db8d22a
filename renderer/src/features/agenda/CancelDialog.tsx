import { useEffect, useState } from 'react'
import { formatDateLong } from '@shared/calendar'
import { cancelLetterFields, type Letter } from '@shared/model'
import { getDb } from '../../data/db'
import { cancelLetter } from '../../data/letters-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { useModelForm } from '../../ui/model-form'

/** Cancelling keeps the number in the register, marked batal with the reason; it is never given again. */
export function CancelDialog({ letter, onClose }: { letter: Letter; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const { register, handleSubmit, formState, setFocus } = useModelForm(cancelLetterFields, { defaultValues: { reason: '' } })
  useEffect(() => setFocus('reason'), [setFocus])

  const submit = handleSubmit(async ({ reason }) => {
    setError(null)
    try {
      await cancelLetter(getDb(), letter.id, reason)
      onClose()
    } catch (err) {
      setError(errorText(err))
    }
  })

  return (
    <Dialog title="Batalkan nomor surat" onClose={onClose} dirty={formState.isDirty}>
      <form noValidate aria-label="Batalkan nomor surat" onSubmit={(ev) => void submit(ev)}>
        <p className="issued-number small neutral">{letter.number}</p>
        <p className="muted">
          {formatDateLong(letter.date)} · {letter.perihal}
        </p>
        <p>Nomor ini tetap tercatat di buku agenda dengan tanda Batal dan tidak akan dipakai lagi.</p>
        <Field label="Alasan pembatalan" error={formState.errors.reason?.message}>
          {(p) => <textarea {...p} rows={2} maxLength={500} {...register('reason')} />}
        </Field>
        {error && <Notice kind="error">{error}</Notice>}
        <DialogFooter cancel="Kembali" primary={{ label: 'Batalkan nomor', danger: true, disabled: formState.isSubmitting }} />
      </form>
    </Dialog>
  )
}
