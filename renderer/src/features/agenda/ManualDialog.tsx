import { useEffect, useState } from 'react'
import { type Letter, type LetterCode } from '@shared/model'
import { describeRange, parseSeqInput } from '@shared/numbering'
import { getDb } from '../../data/db'
import { useManualPreview } from '../../data/letters-hooks'
import { NumberingError, registerManualLetter } from '../../data/letters-repo'
import { useModelForm } from '../../ui/model-form'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { FormDateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { CodeSelect } from './CodeSelect'
import { DetailFields } from './DetailFields'
import { emptyLetterForm, manualForm, type LetterFormValues } from './letter-form'
import { errorText } from '../../ui/error-text'

/**
 * "Daftarkan nomor manual": a letter numbered outside the app enters the register with its own number.
 * A number that skips others asks first; the skipped ones are then recorded as batal "nomor tidak terpakai".
 */
export function ManualDialog({
  codes,
  today,
  defaultCode,
  onClose,
  onIssued
}: {
  codes: LetterCode[]
  today: string
  defaultCode: string
  onClose: () => void
  onIssued?: (letter: Letter) => void
}) {
  const [error, setError] = useState<string | null>(null)
  const [confirmGap, setConfirmGap] = useState(false)
  const [done, setDone] = useState<Letter | null>(null)
  const form = useModelForm<LetterFormValues>(manualForm, { defaultValues: emptyLetterForm(defaultCode, today) })
  const { register, handleSubmit, formState, watch, setFocus } = form
  useEffect(() => setFocus('code'), [setFocus])
  const e = formState.errors
  const [code, nomor, date] = watch(['code', 'nomor', 'date'])
  const parsed = parseSeqInput(nomor)
  const preview = useManualPreview(parsed && code ? { code, seq: parsed.seq, insert: parsed.insert, date } : null)
  const missing = preview?.ok ? preview.missing : []

  const onSubmit = handleSubmit(async (values) => {
    setError(null)
    const seq = parseSeqInput(values.nomor)
    if (!seq) return
    try {
      const letter = await registerManualLetter(getDb(), { ...values, ...seq, confirmGap })
      setDone(letter)
      onIssued?.(letter)
    } catch (err) {
      if (err instanceof NumberingError && err.code === 'gap') setConfirmGap(false)
      setError(errorText(err))
    }
  })

  if (done) {
    return (
      <Dialog title="Nomor manual terdaftar" onClose={onClose}>
        <p className="issued-number" data-testid="nomor-manual">
          {done.number}
        </p>
        <p>Surat ini sekarang tercatat di buku agenda{missing.length ? `, bersama nomor ${describeRange(missing)} sebagai nomor tidak terpakai` : ''}.</p>
        <DialogFooter cancel={null} primary={{ label: 'Selesai', onClick: onClose, autoFocus: true }} />
      </Dialog>
    )
  }

  return (
    <Dialog title="Daftarkan nomor manual" onClose={onClose}>
      <p className="muted" style={{ marginTop: 0 }}>
        Untuk surat yang nomornya diambil di luar aplikasi, agar urutan nomor di buku agenda tetap utuh.
      </p>
      <form onSubmit={onSubmit} noValidate aria-label="Daftarkan nomor manual">
        <div className="grid-3">
          <Field label="Jenis surat" error={e.code?.message}>
            {(p) => <CodeSelect codes={codes} field={register('code')} id={p.id} describedBy={p['aria-describedby']} invalid={p['aria-invalid']} />}
          </Field>
          <Field label="Nomor urut" error={e.nomor?.message} hint="mis. 296 atau 22a">
            {(p) => <input {...p} {...register('nomor')} inputMode="text" autoComplete="off" />}
          </Field>
          <FormDateField control={form.control} name="date" label="Tanggal surat" />
        </div>
        <div className="next-number" aria-live="polite">
          {preview?.number && (
            <>
              <span className="muted">Akan tercatat sebagai</span>
              <strong>{preview.number}</strong>
            </>
          )}
          {preview && !preview.ok && <span className="field-error">{preview.problem.message}</span>}
        </div>
        {missing.length > 0 && (
          <Notice kind="warning">
            <p style={{ margin: '0 0 0.4rem' }}>
              Nomor {describeRange(missing)} belum tercatat dan akan terlewati. Bila surat-surat itu ada, daftarkan dulu satu per satu.
            </p>
            <label className="check">
              <input type="checkbox" checked={confirmGap} onChange={(ev) => setConfirmGap(ev.target.checked)} />
              Catat nomor {describeRange(missing)} sebagai batal (nomor tidak terpakai)
            </label>
          </Notice>
        )}
        <DetailFields register={register} errors={e} />
        {error && <Notice kind="error">{error}</Notice>}
        <DialogFooter primary={{ label: 'Daftarkan', disabled: formState.isSubmitting || (missing.length > 0 && !confirmGap) }} />
      </form>
    </Dialog>
  )
}
