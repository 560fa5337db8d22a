import { useEffect, useRef, useState } from 'react'
import { numberingSettings, type LetterCode, type NumberingSettings } from '@shared/model'
import { buildLetterNumber, checkPattern, placeholderLabel, placeholders, type Placeholder } from '@shared/numbering'
import { getDb } from '../../data/db'
import { saveNumberingSettings } from '../../data/letters-settings-repo'
import { useModelForm } from '../../ui/model-form'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

// The pattern's own rules (placeholders, {nomor}, {kode} with separate counters) checked while typing.
const settingsForm = numberingSettings.superRefine((v, ctx) => {
  for (const message of checkPattern(v.pattern, { counterMode: v.counterMode, scope: 'kantor' }).errors) {
    ctx.addIssue({ code: 'custom', path: ['pattern'], message })
  }
})

/** Example numbers for the live preview: the next of a code, and an inserted one. */
function examples(values: NumberingSettings, code: LetterCode | undefined, officeCode: string, today: string): string[] {
  const c = code ?? { code: 'SKR', pattern: '', classification: '' }
  const out: string[] = []
  for (const [seq, insert] of [
    [7, 0],
    [7, 1]
  ] as const) {
    const r = buildLetterNumber(values, { ...c, pattern: '' }, { seq, insert, code: c.code, officeCode: officeCode || 'PKK-PROP', classification: c.classification || '000', date: today })
    if (r.ok) out.push(r.number)
  }
  return out
}

export function NumberingSettingsForm({
  settings,
  codes,
  officeCode,
  today
}: {
  settings: NumberingSettings
  codes: LetterCode[]
  officeCode: string
  today: string
}) {
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const form = useModelForm<NumberingSettings>(settingsForm, { defaultValues: settings, mode: 'onChange' })
  const { register, handleSubmit, formState, reset, watch, setValue } = form
  const patternRef = useRef<HTMLInputElement | null>(null)
  const e = formState.errors

  useEffect(() => {
    if (!formState.isDirty) reset(settings)
  }, [settings, reset, formState.isDirty])

  const values = watch()
  const check = checkPattern(values.pattern ?? '', { counterMode: values.counterMode, scope: 'kantor' })
  const sample = examples(values, codes.find((c) => c.active && c.code === 'SKR') ?? codes.find((c) => c.active), officeCode, today)

  function insertPlaceholder(p: Placeholder) {
    const el = patternRef.current
    const current = values.pattern ?? ''
    const at = el?.selectionStart ?? current.length
    const end = el?.selectionEnd ?? at
    const next = `${current.slice(0, at)}{${p}}${current.slice(end)}`
    setValue('pattern', next, { shouldDirty: true, shouldValidate: true })
    requestAnimationFrame(() => {
      el?.focus()
      const caret = at + p.length + 2
      el?.setSelectionRange(caret, caret)
    })
  }

  const onSubmit = handleSubmit(async (v) => {
    try {
      await saveNumberingSettings(getDb(), v)
      reset(v)
      setStatus({ kind: 'success', text: 'Pengaturan penomoran tersimpan.' })
    } catch (err) {
      setStatus({ kind: 'error', text: `Gagal menyimpan: ${errorText(err, 'Isian Anda masih ada di layar; coba simpan sekali lagi.')}` })
    }
  })

  const patternField = register('pattern')
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pola dan gaya nomor">
      <Field label="Pola nomor surat" error={e.pattern?.message}>
        {(p) => (
          <input
            {...p}
            {...patternField}
            ref={(el) => {
              patternField.ref(el)
              patternRef.current = el
            }}
            className="mono"
            spellCheck={false}
          />
        )}
      </Field>
      <div className="chips" aria-label="Sisipkan penanda">
        {placeholders.map((p) => (
          <button key={p} type="button" className="chip" title={placeholderLabel[p]} onClick={() => insertPlaceholder(p)}>
            {`{${p}}`}
          </button>
        ))}
      </div>
      <div className="pattern-example" aria-live="polite">
        {check.ok && sample.length ? (
          <>
            <span className="muted">Contoh:</span> <strong className="mono">{sample[0]}</strong>
            <span className="muted"> · sisipan </span>
            <strong className="mono">{sample[1]}</strong>
          </>
        ) : (
          <span className="muted">Contoh muncul setelah pola benar.</span>
        )}
        {!officeCode && <span className="muted"> (kode kantor belum diisi; contoh memakai PKK-PROP)</span>}
      </div>
      {check.warnings.map((w) => (
        <p key={w} className="field-hint" style={{ margin: '0.2rem 0' }}>
          ⚠ {w}
        </p>
      ))}
      <div className="grid-4">
        <Field label="Nol di depan nomor" error={e.padding?.message}>
          {(p) => (
            <select {...p} {...register('padding', { setValueAs: (v: string | number) => Number(v) })}>
              <option value={0}>Tanpa nol (7)</option>
              <option value={2}>2 digit (07)</option>
              <option value={3}>3 digit (007)</option>
              <option value={4}>4 digit (0007)</option>
            </select>
          )}
        </Field>
        <Field label="Penulisan bulan" error={e.monthStyle?.message}>
          {(p) => (
            <select {...p} {...register('monthStyle')}>
              <option value="roman">Angka Romawi (XII)</option>
              <option value="arabic">Angka biasa (12)</option>
            </select>
          )}
        </Field>
        <Field label="Nomor urut" error={e.counterMode?.message}>
          {(p) => (
            <select {...p} {...register('counterMode')}>
              <option value="per-code">Terpisah per jenis surat</option>
              <option value="shared">Satu urutan untuk semua surat</option>
            </select>
          )}
        </Field>
        <Field label="Nomor sisipan" error={e.insertStyle?.message}>
          {(p) => (
            <select {...p} {...register('insertStyle')}>
              <option value="letter">Huruf (22a, 22b)</option>
              <option value="decimal">Angka (22.1, 22.2)</option>
            </select>
          )}
        </Field>
      </div>
      {values.counterMode !== settings.counterMode && (
        <Notice kind="info">
          Setelah cara penomoran diubah, nomor berikutnya melanjutkan nomor tertinggi yang sudah dipakai tahun itu, agar tidak ada nomor
          yang terulang.
        </Notice>
      )}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          Simpan pola nomor
        </button>
        {formState.isDirty && (
          <button type="button" onClick={() => reset(settings)}>
            Batalkan perubahan
          </button>
        )}
      </div>
    </form>
  )
}
