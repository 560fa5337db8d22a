import { useState } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { DialogFooter } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/**
 * Saving from a contact dialog: closes the dialog when the save succeeds, otherwise keeps it open with the reason.
 * Return the promise of `save` from the submit handler so the form stays "submitting" until it settles.
 */
export function useSaveAndClose(onClose: () => void) {
  const [error, setError] = useState<string | null>(null)
  const save = async (write: () => Promise<unknown>) => {
    setError(null)
    try {
      await write()
      onClose()
    } catch (err) {
      setError(`Gagal menyimpan: ${errorText(err, 'Isian Anda masih ada di layar; coba simpan sekali lagi.')}`)
    }
  }
  return { error, save }
}

/** The end of a contact dialog's form: the save error, if any, then the dialog's footer ("Batal" asks first when something is typed). */
export function DialogFormFooter({ error, submitting, submitLabel = 'Simpan' }: { error: string | null; submitting: boolean; submitLabel?: string }) {
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <DialogFooter primary={{ label: submitLabel, disabled: submitting }} />
    </>
  )
}

/** The phone and e-mail fields of a person or an organisation, side by side in a two-column grid. */
export function PhoneEmailFields({
  phoneLabel,
  phoneHint,
  phone,
  email,
  errors
}: {
  phoneLabel: string
  phoneHint?: string
  phone: UseFormRegisterReturn
  email: UseFormRegisterReturn
  errors: { phone?: { message?: string | undefined } | undefined; email?: { message?: string | undefined } | undefined }
}) {
  return (
    <>
      <Field label={phoneLabel} error={errors.phone?.message} {...(phoneHint ? { hint: phoneHint } : {})}>
        {(p) => <input {...p} {...phone} inputMode="tel" autoComplete="off" />}
      </Field>
      <Field label="E-mail" error={errors.email?.message}>
        {(p) => <input {...p} {...email} type="email" autoComplete="off" />}
      </Field>
    </>
  )
}
