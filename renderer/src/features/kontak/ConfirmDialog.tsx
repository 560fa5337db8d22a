import { useState, type ReactNode } from 'react'
import { Dialog } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/** Asks before something is deleted; shows why it failed without closing. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose
}: {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => Promise<void>
  onClose: () => void
}) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Batal
        </button>
        <button
          type="button"
          className="primary danger-fill"
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            try {
              await onConfirm()
              onClose()
            } catch (err) {
              setError(errorText(err))
              setBusy(false)
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
