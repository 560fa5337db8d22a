import { useId } from 'react'
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form'
import { formatDateLong } from '@shared/calendar'
import { resolveSigner, signerOptions, type ProfileForSigner } from '@shared/meetings'
import { signerRoleLabel, toSignerChoice, type SignerChoice } from '@shared/model'
import { Field } from '../../ui/Field'
import { settingsHref } from '../pengaturan/sections'

const noProfile: ProfileForSigner = { officeName: '', ketuaName: '', ketuaTitle: '', signers: [] }
const validDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d)

/**
 * Who signs a meeting or one of its documents: one of the office's signers (Pengaturan › Penandatangan), or
 * whoever serves on the document's date. The ids are unique per form, so two forms on one page never share one.
 */
export function SignerFields<T extends FieldValues>({
  register,
  prefix,
  profile,
  dateIso,
  choice,
  error
}: {
  register: UseFormRegister<T>
  prefix: string
  profile: ProfileForSigner | null | undefined
  /** The document's date (the meeting's first day for a meeting's default). */
  dateIso: string
  choice: SignerChoice | undefined
  error?: string
}) {
  const uid = useId()
  const p = (k: string) => `${prefix}.${k}` as Path<T>
  const office = profile ?? noProfile
  const date = validDate(dateIso) ? dateIso : ''
  const current = toSignerChoice(choice)
  const options = signerOptions(office, date)
  const serving = resolveSigner(office, { signerId: '', useSignatureImage: false, useStamp: false }, date)
  const chosen = resolveSigner(office, current, date)
  const chosenOption = options.find((o) => o.id === chosen?.signerId)
  const legacy = !current.signerId && current.legacy?.name ? current.legacy : undefined
  const autoLabel = legacy
    ? `Seperti tertulis di draf: ${signerRoleLabel[legacy.role]}, ${legacy.name}`
    : `Yang menjabat pada tanggal surat${serving ? ` (${serving.block.name})` : ' (belum ada)'}`
  return (
    <fieldset className="fieldset">
      <legend>Penandatangan</legend>
      <Field label="Ditandatangani oleh" error={error}>
        {(f) => (
          <select {...f} {...register(p('signerId'))}>
            <option value="">{autoLabel}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} — {o.kind === 'an' ? `a.n. Ketua, ${o.title}` : o.title}
                {o.kind !== 'an' && !o.serves ? ' (tidak menjabat pada tanggal ini)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted" data-testid="penandatangan-menjabat">
        {date && serving ? `Menjabat pada ${formatDateLong(date)}: ${serving.block.name}, ${serving.block.title}. ` : ''}
        {options.length === 0 ? 'Belum ada penandatangan di Pengaturan. ' : ''}
        <a href={settingsHref('penandatangan')}>Tambah atau ubah penandatangan di Pengaturan</a>
      </p>
      <label className="check" htmlFor={`${uid}-image`}>
        <input id={`${uid}-image`} type="checkbox" {...register(p('useSignatureImage'))} /> Bubuhkan gambar tanda tangan penandatangan
        {current.useSignatureImage && chosen && !chosenOption?.hasSignatureImage ? ` (${chosen.block.name} belum punya gambar tanda tangan di Pengaturan)` : ''}
      </label>
      <label className="check" htmlFor={`${uid}-stamp`}>
        <input id={`${uid}-stamp`} type="checkbox" {...register(p('useStamp'))} /> Bubuhkan stempel
      </label>
    </fieldset>
  )
}
