import { useEffect, useState } from 'react'
import {
  defaultKetuaTitle,
  emptyProfileFields,
  officeLevelLabel,
  officeLevels,
  officeProfileFields,
  paperSizes,
  timeZones,
  type OfficeProfile,
  type OfficeProfileFields
} from '@shared/model'
import { getDb } from '../../data/db'
import { saveProfile } from '../../data/profile-repo'
import { useModelForm } from '../../ui/model-form'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

function toFields(p: OfficeProfile | null): OfficeProfileFields {
  if (!p) return emptyProfileFields
  const { id: _id, logo: _l, ketuaSignature: _s, stamp: _st, updatedAt: _u, ...fields } = p
  return { ...emptyProfileFields, ...fields }
}

/** Pengaturan Kantor: what the letterhead and the signature blocks print. */
export function ProfileForm({ profile }: { profile: OfficeProfile | null }) {
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const form = useModelForm<OfficeProfileFields>(officeProfileFields, { defaultValues: toFields(profile) })
  const { register, handleSubmit, formState, reset, watch, setValue } = form
  const e = formState.errors

  // When another window or a restore changes the profile, show it, unless the user is typing.
  useEffect(() => {
    if (!formState.isDirty) reset(toFields(profile))
  }, [profile, reset, formState.isDirty])

  const level = watch('level')
  const region = watch('regionName')

  const onSubmit = handleSubmit(async (fields) => {
    try {
      await saveProfile(getDb(), fields)
      reset(fields)
      setStatus({ kind: 'success', text: 'Data kantor tersimpan.' })
    } catch (err) {
      // The form keeps what was typed; only the message changes.
      setStatus({ kind: 'error', text: `Gagal menyimpan: ${errorText(err, 'Isian Anda masih ada di layar; coba simpan sekali lagi.')}` })
    }
  })

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-label="Data kantor">
      <h2>Data Kantor (kop surat)</h2>
      <div className="grid-3">
        <Field label="Tingkat" error={e.level?.message}>
          {(p) => (
            <select {...p} {...register('level')}>
              {officeLevels.map((l) => (
                <option key={l} value={l}>
                  {officeLevelLabel[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Nama wilayah" error={e.regionName?.message} hint="Contoh: Sumatera Barat">
          {(p) => <input {...p} {...register('regionName')} />}
        </Field>
        <Field label="Tempat penandatanganan" error={e.placeName?.message} hint="Nama kota pada tanggal surat, mis. Padang">
          {(p) => <input {...p} {...register('placeName')} />}
        </Field>
      </div>
      <Field label="Nama kantor seperti tercetak pada kop" error={e.officeName?.message} hint="TIM PENGGERAK PKK PROVINSI SUMATERA BARAT">
        {(p) => <input {...p} {...register('officeName')} />}
      </Field>
      <Field label="Alamat" error={e.address?.message}>
        {(p) => <input {...p} {...register('address')} />}
      </Field>
      <div className="grid-3">
        <Field label="Telepon" error={e.phone?.message}>
          {(p) => <input {...p} {...register('phone')} inputMode="tel" />}
        </Field>
        <Field label="E-mail" error={e.email?.message}>
          {(p) => <input {...p} {...register('email')} type="email" />}
        </Field>
        <Field label="Situs web" error={e.website?.message}>
          {(p) => <input {...p} {...register('website')} />}
        </Field>
      </div>
      <div className="grid-2">
        <Field label="Nama Ketua (seperti ditulis kantor)" error={e.ketuaName?.message} hint="Contoh: Ny. Hj. Nevi Irwan Prayitno">
          {(p) => <input {...p} {...register('ketuaName')} />}
        </Field>
        <Field label="Jabatan Ketua pada tanda tangan" error={e.ketuaTitle?.message}>
          {(p) => (
            <div className="toolbar" style={{ marginBottom: 0, flexWrap: 'nowrap' }}>
              <input {...p} {...register('ketuaTitle')} />
              <button
                type="button"
                title="Isi dari tingkat dan wilayah"
                onClick={() => setValue('ketuaTitle', defaultKetuaTitle(level, region), { shouldDirty: true, shouldValidate: true })}
              >
                Isi otomatis
              </button>
            </div>
          )}
        </Field>
        <Field label="Nama Sekretaris" error={e.sekretarisName?.message}>
          {(p) => <input {...p} {...register('sekretarisName')} />}
        </Field>
        <Field label="Kode kantor pada nomor surat" error={e.officeCode?.message} hint="Contoh: PKK-PROP. Huruf, angka, dan tanda - . / di antaranya; tanpa spasi.">
          {(p) => <input {...p} {...register('officeCode')} />}
        </Field>
      </div>
      <div className="grid-3">
        <Field label="Ukuran kertas" error={e.paper?.message}>
          {(p) => (
            <select {...p} {...register('paper')}>
              {paperSizes.map((s) => (
                <option key={s} value={s}>
                  {s === 'F4' ? 'F4 / Folio (215 × 330 mm)' : 'A4 (210 × 297 mm)'}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Zona waktu" error={e.timeZone?.message}>
          {(p) => (
            <select {...p} {...register('timeZone')}>
              {timeZones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          Simpan data kantor
        </button>
        {formState.isDirty && (
          <button type="button" onClick={() => reset(toFields(profile))}>
            Batalkan perubahan
          </button>
        )}
        {Object.keys(e).length > 0 && <span className="field-error">Periksa isian yang ditandai merah.</span>}
      </div>
    </form>
  )
}
