import { useEffect, useState } from 'react'
import { type Letter } from '@shared/model'
import { getDb } from '../../data/db'
import { NumberingError, renumberLetter, updateLetterDetails } from '../../data/letters-repo'
import { useModelForm } from '../../ui/model-form'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { FormDateField } from '../../ui/DateField'
import { Notice } from '../../ui/Notice'
import { DetailFields } from './DetailFields'
import { letterForm, type LetterFormValues } from './letter-form'
import { errorText } from '../../ui/error-text'

/**
 * Edits what a letter says. Its number stays; a date that no longer fits the number is refused with
 * the reason, and the secretary may instead give the letter a new number (the old one is cancelled).
 */
export function EditDialog({ letter, onClose }: { letter: Letter; onClose: () => void }) {
  const [error, setError] = useState<{ text: string; canRenumber: boolean } | null>(null)
  const [renumbered, setRenumbered] = useState<{ old: string; number: string } | null>(null)
  const form = useModelForm<LetterFormValues>(letterForm, { defaultValues: { ...letter, nomor: '' } })
  const { register, handleSubmit, formState, getValues, setFocus } = form
  useEffect(() => setFocus('date'), [setFocus])
  const e = formState.errors
  const details = (v: LetterFormValues) => ({ date: v.date, kepada: v.kepada, perihal: v.perihal, lampiran: v.lampiran, tembusan: v.tembusan })

  const onSubmit = handleSubmit(async (values) => {
    setError(null)
    try {
      await updateLetterDetails(getDb(), letter.id, details(values))
      onClose()
    } catch (err) {
      setError({ text: errorText(err), canRenumber: err instanceof NumberingError && err.problem.canRenumber === true })
    }
  })

  async function renumber() {
    try {
      const { issued } = await renumberLetter(getDb(), letter.id, details(getValues()))
      setRenumbered({ old: letter.number, number: issued.number })
    } catch (err) {
      setError({ text: errorText(err), canRenumber: false })
    }
  }

  if (renumbered) {
    return (
      <Dialog title="Surat diberi nomor baru" onClose={onClose}>
        <p className="muted" style={{ margin: 0 }}>
          Nomor baru:
        </p>
        <p className="issued-number" data-testid="nomor-baru">
          {renumbered.number}
        </p>
        <p>Nomor lama {renumbered.old} dibatalkan dan tetap tercatat di buku agenda.</p>
        <DialogFooter cancel={null} primary={{ label: 'Selesai', onClick: onClose, autoFocus: true }} />
      </Dialog>
    )
  }

  return (
    <Dialog title="Ubah data surat" onClose={onClose}>
      <form onSubmit={onSubmit} noValidate aria-label="Ubah data surat">
        <div className="grid-2">
          <div className="field">
            <span className="label">Nomor surat</span>
            <strong className="mono">{letter.number}</strong>
          </div>
          <FormDateField control={form.control} name="date" label="Tanggal surat" hint="Nomor tetap; tanggal hanya dapat diubah selama urutan nomor tetap benar." />
        </div>
        <DetailFields register={register} errors={e} />
        {error && (
          <Notice kind={error.canRenumber ? 'warning' : 'error'}>
            <p style={{ margin: 0 }}>{error.text}</p>
            {error.canRenumber && (
              <button type="button" style={{ marginTop: '0.5rem' }} onClick={() => void renumber()}>
                Beri nomor baru (nomor lama dibatalkan)
              </button>
            )}
          </Notice>
        )}
        <DialogFooter primary={{ label: 'Simpan perubahan', disabled: formState.isSubmitting }} />
      </form>
    </Dialog>
  )
}
