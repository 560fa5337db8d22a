import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

/** What a footer inside the dialog needs of it: the way out that asks first when something is typed. */
const DialogClose = createContext<(() => void) | null>(null)

/**
 * A modal built on <dialog>: Esc closes it, focus stays inside while it is open. A form that holds typed
 * data passes `dirty`: Escape, × or "Batal" then asks "Buang yang sudah diketik?" instead of throwing it away.
 * Every dialog ends with one <DialogFooter>: the primary action on the right, "Batal" left of it.
 * It is drawn at the end of <body>, not where it is written: a dialog opened from a document's form
 * (signing a PDF from the Undangan card) holds a form of its own, and a form inside a form is sent by
 * the browser itself instead of by its handler. Its submit does not reach the form it was opened from.
 */
export function Dialog({ title, onClose, children, wide, dirty = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; dirty?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [asking, setAsking] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  const askId = useId()
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  useEffect(() => {
    if (asking) keep.current?.focus()
  }, [asking])
  const requestClose = () => {
    if (dirty) setAsking(true)
    else onClose()
  }
  return createPortal(
    <dialog
      ref={ref}
      className={wide ? 'dialog wide' : 'dialog'}
      aria-label={title}
      // React hands events up its own tree, past the portal: the page's form must not take the dialog's submit as its own.
      onSubmit={(e) => e.stopPropagation()}
      onCancel={(e) => {
        e.preventDefault()
        // A second Escape while asking means "no, keep typing".
        if (asking) setAsking(false)
        else requestClose()
      }}
    >
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Tutup" onClick={requestClose}>
          ×
        </button>
      </header>
      {asking && (
        <div className="discard-ask" role="alertdialog" aria-modal="true" aria-labelledby={askId}>
          <p id={askId}>
            <strong>Buang yang sudah diketik?</strong> Isian di formulir ini belum disimpan.
          </p>
          <div className="dialog-actions">
            <button type="button" ref={keep} onClick={() => setAsking(false)}>
              Kembali mengisi
            </button>
            <button type="button" className="danger" onClick={onClose}>
              Buang
            </button>
          </div>
        </div>
      )}
      <div className="dialog-body" inert={asking}>
        <DialogClose.Provider value={requestClose}>{children}</DialogClose.Provider>
      </div>
    </dialog>,
    document.body
  )
}

/** The dialog's main action: a submit button of the form around the footer, or a button with its own click. */
export interface DialogAction {
  label: ReactNode
  /** Without it the button submits the form the footer stands in. */
  onClick?: () => void
  disabled?: boolean
  /** Deleting, cancelling a number: drawn as a dangerous action. */
  danger?: boolean
  autoFocus?: boolean
  describedBy?: string
}

/**
 * The one footer of every dialog: further actions (if any) on the left, then "Batal", then the primary
 * action on the far right. "Batal" leaves through the dialog (it asks first when the form is dirty),
 * unless `onCancel` says otherwise; `cancel={null}` leaves it out (a dialog that only says "Selesai").
 */
export function DialogFooter({
  primary,
  cancel = 'Batal',
  onCancel,
  cancelDisabled,
  cancelAutoFocus,
  extra,
  sticky
}: {
  primary?: DialogAction
  cancel?: string | null
  onCancel?: () => void
  cancelDisabled?: boolean
  cancelAutoFocus?: boolean
  extra?: ReactNode
  sticky?: boolean
}) {
  const close = useContext(DialogClose)
  const leave = onCancel ?? close ?? undefined
  const primaryClass = primary?.danger ? 'primary danger' : 'primary'
  return (
    <div className={sticky ? 'dialog-actions sticky-actions' : 'dialog-actions'} data-testid="dialog-footer">
      {extra && <div className="dialog-actions-extra">{extra}</div>}
      {cancel !== null && (
        <button type="button" onClick={leave} disabled={cancelDisabled} autoFocus={cancelAutoFocus}>
          {cancel}
        </button>
      )}
      {primary && (
        <button
          type={primary.onClick ? 'button' : 'submit'}
          className={primaryClass}
          onClick={primary.onClick}
          disabled={primary.disabled}
          autoFocus={primary.autoFocus}
          aria-describedby={primary.describedBy}
        >
          {primary.label}
        </button>
      )}
    </div>
  )
}
