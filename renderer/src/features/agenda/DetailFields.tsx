import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { Field } from '../../ui/Field'
import type { LetterFormValues } from './letter-form'

/** Kepada, Perihal, Lampiran, Tembusan: the columns of the register a letter fills in. */
export function DetailFields({ register, errors }: { register: UseFormRegister<LetterFormValues>; errors: FieldErrors<LetterFormValues> }) {
  return (
    <>
      <Field label="Kepada" error={errors.kepada?.message} hint="Contoh: Kepala OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat">
        {(p) => <textarea {...p} {...register('kepada')} rows={2} />}
      </Field>
      <Field label="Perihal" error={errors.perihal?.message}>
        {(p) => <input {...p} {...register('perihal')} />}
      </Field>
      <div className="grid-2">
        <Field label="Lampiran" error={errors.lampiran?.message} hint="Contoh: 1 (satu) lembar">
          {(p) => <input {...p} {...register('lampiran')} />}
        </Field>
        <Field label="Tembusan" error={errors.tembusan?.message}>
          {(p) => <textarea {...p} {...register('tembusan')} rows={1} />}
        </Field>
      </div>
    </>
  )
}
