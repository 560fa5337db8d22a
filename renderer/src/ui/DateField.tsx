import { useEffect, useId, useState, type Ref } from 'react'
import { formatDayDate, formatTypedDate, formatTypedTime, parseTypedDate, parseTypedTime, type TypedResult } from '@shared/calendar'
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form'

interface TypedFieldProps {
  label: string
  /** The label is read by screen readers only (a list of dates under one legend). */
  hideLabel?: boolean
  /** The form's own message (required, out of range); the field's reading of what she typed comes first. */
  error?: string | undefined
  hint?: string
  /** The stored value: ISO "yyyy-mm-dd" for dates, "HH:MM" for times, '' when empty; what she typed while it is not yet valid. */
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  inputRef?: Ref<HTMLInputElement>
  className?: string
}

interface TypedKind {
  parse: (text: string) => TypedResult
  show: (value: string) => string
  /** What is written beside the box for a valid value. */
  beside: (value: string) => string
  /** Written beside the box while it holds no valid value (the time zone). */
  besideEmpty?: string
  placeholder: string
  width: string
}

/** What the form receives for a text: the stored value once it reads, '' when empty, else the text itself (which the form's schema refuses). */
function emitted(kind: TypedKind, text: string): string {
  const r = kind.parse(text)
  return r.ok ? r.value : r.empty ? '' : text
}

function TypedField({ kind, label, hideLabel, error, hint, value, onChange, onBlur, inputRef, className }: TypedFieldProps & { kind: TypedKind }) {
  const id = useId()
  const [text, setText] = useState(() => kind.show(value))
  const [touched, setTouched] = useState(false)
  // A value set from outside (a reset, a reload) replaces the text unless the text already means it.
  useEffect(() => {
    setText((current) => (emitted(kind, current) === value ? current : kind.show(value)))
  }, [value, kind])
  const reading = kind.parse(text)
  const ownError = !reading.ok && !reading.empty && (touched || Boolean(error)) ? reading.message : undefined
  const message = ownError ?? error
  const besideText = reading.ok ? kind.beside(reading.value) : (kind.besideEmpty ?? '')
  const besideId = `${id}-beside`
  const msgId = `${id}-msg`
  return (
    <div className={['field', 'typed-field', message ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <div className="typed-row">
        <input
          id={id}
          ref={inputRef}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={kind.placeholder}
          style={{ width: kind.width }}
          value={text}
          aria-invalid={Boolean(message)}
          aria-describedby={[besideText ? besideId : '', message || hint ? msgId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            setText(e.target.value)
            onChange(emitted(kind, e.target.value))
          }}
          onBlur={() => {
            setTouched(true)
            // A date read well is shown the office's way once she leaves the box.
            if (reading.ok) setText(kind.show(reading.value))
            onBlur?.()
          }}
        />
        <span id={besideId} className="typed-beside" aria-live="polite">
          {besideText}
        </span>
      </div>
      {message ? (
        <small id={msgId} className="field-error" role="alert">
          {message}
        </small>
      ) : hint ? (
        <small id={msgId} className="field-hint">
          {hint}
        </small>
      ) : null}
    </div>
  )
}

const dateKind: TypedKind = {
  parse: parseTypedDate,
  show: formatTypedDate,
  beside: formatDayDate,
  placeholder: 'hh/bb/tttt',
  width: '11rem'
}

/** A date field that reads "17/12/2026", "17-12-2026", "17 Desember 2026" or "17 Des 2026" whatever the computer's language, spells the day out beside ("Kamis, 17 Desember 2026") and refuses dates that do not exist; the value is ISO. */
export function DateField(props: TypedFieldProps) {
  return <TypedField kind={dateKind} {...props} />
}

const timeKinds = new Map<string, TypedKind>()
function timeKind(zone: string): TypedKind {
  const known = timeKinds.get(zone)
  if (known) return known
  const kind: TypedKind = { parse: parseTypedTime, show: formatTypedTime, beside: (v) => `pukul ${formatTypedTime(v)} ${zone}`, besideEmpty: zone, placeholder: 'jj.mm', width: '6rem' }
  timeKinds.set(zone, kind)
  return kind
}

/** A time field in 24 hours ("09.00" or "09:00"), with the office's zone beside it; the value is "HH:MM". */
export function TimeField({ zone, ...props }: TypedFieldProps & { zone: string }) {
  return <TypedField kind={timeKind(zone)} {...props} />
}

type ControlledProps<T extends FieldValues> = Omit<TypedFieldProps, 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'error'> & {
  control: Control<T>
  name: FieldPath<T>
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** DateField bound to a react-hook-form field; the form's message for the field is shown under it. */
export function FormDateField<T extends FieldValues>({ control, name, ...props }: ControlledProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField {...props} value={asText(field.value)} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} error={fieldState.error?.message} />
      )}
    />
  )
}

/** TimeField bound to a react-hook-form field. */
export function FormTimeField<T extends FieldValues>({ control, name, zone, ...props }: ControlledProps<T> & { zone: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TimeField {...props} zone={zone} value={asText(field.value)} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} error={fieldState.error?.message} />
      )}
    />
  )
}
