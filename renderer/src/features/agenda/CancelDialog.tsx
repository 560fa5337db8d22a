import { useEffect, useRef, useState } from 'react'
import { formatDateLong } from '@shared/calendar'
import type { Letter } from '@shared/model'
import { getDb } from '../../data/db'
import { cancelLetter } from '../../data/letters-repo'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/** Cancelling keeps the number in the register, marked batal with the reason; it is never given again. */
export function CancelDialog({ letter, onClose }: { letter: Letter; onClose: () => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  useEffect(() => reasonRef.current?.focus(), [])

  async function submit() {
    setError(null)
    setBusy(true)
    try {
      await cancelLetter(getDb(), letter.id, reason)
      onClose()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title="Batalkan nomor surat" onClose={onClose}>
      <form
        noValidate
        aria-label="Batalkan nomor surat"
        onSubmit={(ev) => {
          ev.preventDefault()
          void submit()
        }}
      >
        <p className="issued-number small neutral">{letter.number}</p>
        <p className="muted">
          {formatDateLong(letter.date)} · {letter.perihal}
        </p>
        <p>Nomor ini tetap tercatat di buku agenda dengan tanda Batal dan tidak akan dipakai lagi.</p>
        <Field label="Alasan pembatalan" error={error && reason.trim() === '' ? error : undefined}>
          {(p) => <textarea {...p} value={reason} onChange={(ev) => setReason(ev.target.value)} rows={2} maxLength={500} ref={reasonRef} />}
        </Field>
        {error && reason.trim() !== '' && <Notice kind="error">{error}</Notice>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Kembali
          </button>
          <button type="submit" className="danger" disabled={busy}>
            Batalkan nomor
          </button>
        </div>
      </form>
    </Dialog>
  )
}
