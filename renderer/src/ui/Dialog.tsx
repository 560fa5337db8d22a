import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/**
 * A modal built on <dialog>: Esc closes it, focus stays inside while it is open. A form that holds typed
 * data passes `dirty`: Escape or × then asks "Buang yang sudah diketik?" instead of throwing it away.
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
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog wide' : 'dialog'}
      aria-label={title}
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
        {children}
      </div>
    </dialog>
  )
}
