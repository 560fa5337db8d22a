import type { UseFormRegister, FieldValues, Path } from 'react-hook-form'
import { signerRoleLabel, signerRoles } from '@shared/model'

/** Who signs: the Ketua, or someone for her (a.n.), or an acting chair; per meeting or document. */
export function SignerFields<T extends FieldValues>({ register, prefix, role }: { register: UseFormRegister<T>; prefix: string; role: string }) {
  const p = (k: string) => `${prefix}.${k}` as Path<T>
  return (
    <fieldset className="fieldset">
      <legend>Penandatangan</legend>
      <div className="grid-3">
        <div className="field">
          <label htmlFor={`${prefix}-role`}>Sebagai</label>
          <select id={`${prefix}-role`} {...register(p('role'))}>
            {signerRoles.map((r) => (
              <option key={r} value={r}>
                {signerRoleLabel[r]}
              </option>
            ))}
          </select>
        </div>
        {role === 'an' && (
          <div className="field">
            <label htmlFor={`${prefix}-title`}>Jabatan penandatangan</label>
            <input id={`${prefix}-title`} placeholder="Wakil Ketua / Sekretaris" {...register(p('ownTitle'))} />
          </div>
        )}
        {role !== 'ketua' && (
          <div className="field">
            <label htmlFor={`${prefix}-name`}>Nama penandatangan</label>
            <input id={`${prefix}-name`} {...register(p('name'))} />
          </div>
        )}
      </div>
      <label className="check">
        <input type="checkbox" {...register(p('useSignatureImage'))} /> Bubuhkan gambar tanda tangan Ketua
      </label>
      <label className="check">
        <input type="checkbox" {...register(p('useStamp'))} /> Bubuhkan stempel
      </label>
    </fieldset>
  )
}
