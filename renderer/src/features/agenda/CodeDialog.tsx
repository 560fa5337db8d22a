import { useEffect, useRef, useState } from 'react'
import type { LetterCode, NumberingSettings } from '@shared/model'
import { checkPattern } from '@shared/numbering'
import { getDb } from '../../data/db'
import { addLetterCode, updateLetterCode } from '../../data/letters-settings-repo'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/** Adds a letter code or edits one (the code itself stays once created: letters refer to it). */
export function CodeDialog({ code, settings, onClose }: { code: LetterCode | null; settings: NumberingSettings; onClose: () => void }) {
  const [values, setValues] = useState({
    code: code?.code ?? '',
    name: code?.name ?? '',
    pattern: code?.pattern ?? '',
    classification: code?.classification ?? ''
  })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const codeRef = useRef<HTMLInputElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  useEffect(() => (code ? nameRef : codeRef).current?.focus(), [code])
  const patternCheck = values.pattern.trim() ? checkPattern(values.pattern, { counterMode: settings.counterMode, scope: 'jenis' }) : null
  const set = (k: keyof typeof values) => (ev: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: ev.target.value }))

  async function submit() {
    setBusy(true)
    setError(null)
    try {
      if (code) await updateLetterCode(getDb(), code.code, { name: values.name, pattern: values.pattern, classification: values.classification, active: code.active })
      else await addLetterCode(getDb(), values)
      onClose()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={code ? `Ubah kode ${code.code}` : 'Tambah kode surat'} onClose={onClose}>
      <form
        noValidate
        aria-label={code ? 'Ubah kode surat' : 'Tambah kode surat'}
        onSubmit={(ev) => {
          ev.preventDefault()
          void submit()
        }}
      >
        <div className="grid-2">
          <Field label="Kode" hint={code ? 'Kode tidak dapat diubah; nonaktifkan dan buat kode baru bila perlu.' : 'Contoh: SKR, KEP, POKJA I, PKJ-3'}>
            {(p) => <input {...p} value={values.code} onChange={set('code')} readOnly={Boolean(code)} maxLength={40} ref={codeRef} />}
          </Field>
          <Field label="Nama jenis surat">
            {(p) => <input {...p} value={values.name} onChange={set('name')} maxLength={200} ref={nameRef} />}
          </Field>
        </div>
        <Field
          label="Pola khusus (opsional)"
          error={patternCheck && !patternCheck.ok ? patternCheck.errors.join(' ') : undefined}
          hint={patternCheck?.warnings.join(' ') || 'Kosongkan untuk memakai pola kantor.'}
        >
          {(p) => <input {...p} className="mono" value={values.pattern} onChange={set('pattern')} spellCheck={false} maxLength={200} />}
        </Field>
        <Field label="Kode klasifikasi arsip (opsional)" hint="Dipakai bila pola memuat {klasifikasi}, mis. 005">
          {(p) => <input {...p} value={values.classification} onChange={set('classification')} maxLength={40} />}
        </Field>
        {error && <Notice kind="error">{error}</Notice>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Batal
          </button>
          <button type="submit" className="primary" disabled={busy || (patternCheck !== null && !patternCheck.ok)}>
            {code ? 'Simpan' : 'Tambah'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
