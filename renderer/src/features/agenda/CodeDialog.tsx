import { useEffect, useMemo, useState } from 'react'
import type { LetterCode, LetterCodeFields, NumberingSettings } from '@shared/model'
import { checkPattern, letterCodeForm } from '@shared/numbering'
import { getDb } from '../../data/db'
import { addLetterCode, updateLetterCode } from '../../data/letters-settings-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { useModelForm } from '../../ui/model-form'

/** Adds a letter code or edits one (the code itself stays once created: letters refer to it). */
export function CodeDialog({ code, settings, onClose }: { code: LetterCode | null; settings: NumberingSettings; onClose: () => void }) {
  const schema = useMemo(() => letterCodeForm(settings.counterMode), [settings.counterMode])
  const { register, handleSubmit, formState, setFocus, watch } = useModelForm<LetterCodeFields>(schema, {
    // The pattern's rules are checked while it is typed.
    mode: 'onChange',
    defaultValues: { code: code?.code ?? '', name: code?.name ?? '', pattern: code?.pattern ?? '', classification: code?.classification ?? '' }
  })
  const e = formState.errors
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setFocus(code ? 'name' : 'code'), [code, setFocus])
  const pattern = watch('pattern')
  const warnings = pattern.trim() ? checkPattern(pattern, { counterMode: settings.counterMode, scope: 'jenis' }).warnings : []

  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      if (code) await updateLetterCode(getDb(), code.code, { name: values.name, pattern: values.pattern, classification: values.classification, active: code.active })
      else await addLetterCode(getDb(), values)
      onClose()
    } catch (err) {
      setError(errorText(err))
    }
  })

  return (
    <Dialog title={code ? `Ubah kode ${code.code}` : 'Tambah kode surat'} onClose={onClose} dirty={formState.isDirty}>
      <form noValidate aria-label={code ? 'Ubah kode surat' : 'Tambah kode surat'} onSubmit={submit}>
        <div className="grid-2">
          <Field label="Kode" error={e.code?.message} hint={code ? 'Kode tidak dapat diubah; nonaktifkan dan buat kode baru bila perlu.' : 'Contoh: SKR, KEP, POKJA I, PKJ-3'}>
            {(p) => <input {...p} {...register('code')} readOnly={Boolean(code)} maxLength={40} />}
          </Field>
          <Field label="Nama jenis surat" error={e.name?.message}>
            {(p) => <input {...p} {...register('name')} maxLength={200} />}
          </Field>
        </div>
        <Field label="Pola khusus (opsional)" error={e.pattern?.message} hint={warnings.join(' ') || 'Kosongkan untuk memakai pola kantor.'}>
          {(p) => <input {...p} className="mono" {...register('pattern')} spellCheck={false} maxLength={200} />}
        </Field>
        <Field label="Kode klasifikasi arsip (opsional)" error={e.classification?.message} hint="Dipakai bila pola memuat {klasifikasi}, mis. 005">
          {(p) => <input {...p} {...register('classification')} maxLength={40} />}
        </Field>
        {error && <Notice kind="error">{error}</Notice>}
        <DialogFooter primary={{ label: code ? 'Simpan' : 'Tambah', disabled: formState.isSubmitting }} />
      </form>
    </Dialog>
  )
}
