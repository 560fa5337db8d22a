import { useEffect, useRef, useState } from 'react'
import { formatDateLong } from '@shared/calendar'
import { type Letter, type LetterCode } from '@shared/model'
import { getDb } from '../../data/db'
import { holdRegisterReads, useNextNumber } from '../../data/letters-hooks'
import { issueLetter } from '../../data/letters-repo'
import { useModelForm } from '../../ui/model-form'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { FormDateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { CodeSelect } from './CodeSelect'
import { DetailFields } from './DetailFields'
import { emptyLetterForm, issueForm, type LetterFormValues } from './letter-form'
import { errorText } from '../../ui/error-text'

/** "Catat surat keluar": takes the next number for a letter and shows it large, to write on the letter. */
export function IssueDialog({
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
  /** Told about each number taken, e.g. to show the letter's year in the register. */
  onIssued?: (letter: Letter) => void
}) {
  const [issued, setIssued] = useState<Letter | null>(null)
  const [error, setError] = useState<string | null>(null)
  const form = useModelForm<LetterFormValues>(issueForm, { defaultValues: emptyLetterForm(defaultCode, today) })
  const { register, handleSubmit, formState, watch, reset, setFocus } = form
  // The dialog is open by now (its own effect ran first): start at the first field.
  useEffect(() => setFocus('code'), [setFocus])
  const e = formState.errors
  const code = watch('code')
  const date = watch('date')
  // Not while the number is being taken or shown: the issue's commit would have the preview re-read the
  // register while the number waits for its journal entry, and behind the issued number it shows nothing.
  const preview = useNextNumber(issued || formState.isSubmitting ? '' : code, date)

  const onSubmit = handleSubmit(async (values) => {
    setError(null)
    // The register behind the dialog reads the new number once the number itself is drawn.
    const release = holdRegisterReads()
    try {
      const letter = await issueLetter(getDb(), values)
      setIssued(letter)
      onIssued?.(letter)
    } catch (err) {
      setError(errorText(err))
    } finally {
      release()
    }
  })

  if (issued) {
    return (
      <Dialog title="Nomor surat diberikan" onClose={onClose}>
        <IssuedNumber
          letter={issued}
          onAnother={() => {
            reset(emptyLetterForm(issued.code, issued.date))
            setIssued(null)
          }}
          onClose={onClose}
        />
      </Dialog>
    )
  }

  return (
    <Dialog title="Catat surat keluar" onClose={onClose}>
      <form onSubmit={onSubmit} noValidate aria-label="Catat surat keluar">
        <div className="grid-2">
          <Field label="Jenis surat" error={e.code?.message}>
            {(p) => <CodeSelect codes={codes} field={register('code')} id={p.id} describedBy={p['aria-describedby']} invalid={p['aria-invalid']} />}
          </Field>
          <FormDateField control={form.control} name="date" label="Tanggal surat" />
        </div>
        <div className="next-number" aria-live="polite">
          {preview?.ok ? (
            <>
              <span className="muted">{preview.kind === 'insert' ? 'Nomor sisipan yang akan diberikan' : 'Nomor yang akan diberikan'}</span>
              <strong data-testid="nomor-berikutnya">{preview.number}</strong>
              {preview.kind === 'insert' && (
                <small className="muted">Tanggal surat lebih awal dari nomor terakhir, jadi diberi nomor sisipan setelah {preview.after}.</small>
              )}
            </>
          ) : preview ? (
            <span className="field-error">{preview.problem.message}</span>
          ) : (
            <span className="muted">…</span>
          )}
        </div>
        {date > today && (
          <Notice kind="warning">
            Tanggal surat ({formatDateLong(date)}) sesudah hari ini. Surat lain yang dicatat dengan tanggal sebelumnya akan mendapat nomor sisipan.
          </Notice>
        )}
        <DetailFields register={register} errors={e} />
        {error && <Notice kind="error">{error}</Notice>}
        <DialogFooter primary={{ label: 'Ambil nomor', disabled: formState.isSubmitting }} />
      </form>
    </Dialog>
  )
}

function IssuedNumber({ letter, onAnother, onClose }: { letter: Letter; onAnother: () => void; onClose: () => void }) {
  const ref = useRef<HTMLParagraphElement>(null)
  const [copied, setCopied] = useState(false)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div>
      <p className="muted" style={{ margin: 0 }}>
        Tulis nomor ini pada surat:
      </p>
      <p className="issued-number" ref={ref} tabIndex={-1} data-testid="nomor-diberikan">
        {letter.number}
      </p>
      {letter.insert > 0 && <Notice kind="info">Nomor sisipan: tanggal surat lebih awal dari nomor terakhir, jadi nomor urut utama tidak bergeser.</Notice>}
      <dl className="kv">
        <dt>Tanggal</dt>
        <dd>{formatDateLong(letter.date)}</dd>
        <dt>Perihal</dt>
        <dd>{letter.perihal}</dd>
        {letter.kepada && (
          <>
            <dt>Kepada</dt>
            <dd>{letter.kepada}</dd>
          </>
        )}
      </dl>
      <DialogFooter
        cancel={null}
        extra={
          <>
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(letter.number).then(
                  () => setCopied(true),
                  () => setCopied(false)
                )
              }}
            >
              {copied ? 'Tersalin' : 'Salin nomor'}
            </button>
            <button type="button" onClick={onAnother}>
              Catat surat lain
            </button>
          </>
        }
        primary={{ label: 'Selesai', onClick: onClose }}
      />
    </div>
  )
}
