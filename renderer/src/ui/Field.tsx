import { useId, type ReactNode } from 'react'

/** A labelled form control with its error message underneath, linked for screen readers. */
export function Field({
  label,
  error,
  hint,
  children
}: {
  label: string
  error?: string | undefined
  hint?: string
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
}) {
  const id = useId()
  const msgId = `${id}-msg`
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), ...(error || hint ? { 'aria-describedby': msgId } : {}) })}
      {error ? (
        <small id={msgId} className="field-error">
          {error}
        </small>
      ) : hint ? (
        <small id={msgId} className="field-hint">
          {hint}
        </small>
      ) : null}
    </div>
  )
}
