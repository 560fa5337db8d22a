import { useState, type ReactNode } from 'react'
import { Dialog, DialogFooter } from '../../ui/Dialog'
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
      <DialogFooter
        cancelAutoFocus
        primary={{
          label: confirmLabel,
          danger: true,
          disabled: busy,
          onClick: () => {
            setBusy(true)
            onConfirm().then(onClose, (err: unknown) => {
              setError(errorText(err))
              setBusy(false)
            })
          }
        }}
      />
    </Dialog>
  )
}
