import { useEffect, useMemo, useState } from 'react'
import { formatDateLong } from '@shared/calendar'
import { signerOptions } from '@shared/meetings'
import {
  checkImage,
  MAX_OFFICE_SIGNERS,
  newId,
  officeSignerFields,
  officeSignerKindLabel,
  officeSignerKinds,
  type ImageAsset,
  type OfficeProfile,
  type OfficeSigner,
  type OfficeSignerFields,
  type OfficeSignerKind
} from '@shared/model'
import { getDb } from '../../data/db'
import { deleteOfficeSigner, saveOfficeSigner } from '../../data/profile-repo'
import { FormDateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { readFileBytes } from '../../ui/format'
import { errorText } from '../../ui/error-text'
import { useModelForm } from '../../ui/model-form'

const emptyDraft = (kind: OfficeSignerKind, ketuaTitle: string): OfficeSignerFields => ({
  id: newId(),
  kind,
  name: '',
  title: kind === 'an' ? '' : ketuaTitle,
  from: '',
  to: ''
})

function period(s: Pick<OfficeSigner, 'kind' | 'from' | 'to'>): string {
  if (s.kind === 'an') return '—'
  if (!s.from && !s.to) return 'tanpa batas tanggal'
  return [s.from ? `mulai ${formatDateLong(s.from)}` : '', s.to ? `sampai ${formatDateLong(s.to)}` : 'sampai sekarang'].filter(Boolean).join(' ')
}

function Thumb({ image }: { image: ImageAsset | undefined }) {
  const url = useMemo(() => (image ? URL.createObjectURL(new Blob([image.data as Uint8Array<ArrayBuffer>], { type: image.mime })) : null), [image])
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url])
  return url ? <img src={url} alt={`Tanda tangan ${image?.name ?? ''}`} style={{ maxHeight: 40 }} /> : <span className="muted">belum ada</span>
}

/**
 * Pengaturan › Penandatangan: besides the Ketua (Data Kantor), the acting chairs (Pj., Plt., Plh.) with the
 * dates they serve and those who sign a.n. Ketua, each with her own signature image. Documents pick from here.
 */
export function SignersPanel({ profile }: { profile: OfficeProfile | null }) {
  // The signer being added or changed; its form is made afresh for each.
  const [draft, setDraft] = useState<OfficeSignerFields | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const signers = profile?.signers ?? []
  const today = new Date().toISOString().slice(0, 10)
  const printed = new Map(profile ? signerOptions(profile, today).map((o) => [o.id, o.title]) : [])

  const edit = (s: OfficeSigner) => {
    const { signature: _signature, ...fields } = s
    setMessage(null)
    setDraft(fields)
  }

  return (
    <section className="panel" aria-label="Penandatangan">
      <h2>Penandatangan</h2>
      <p className="muted">
        Ketua definitif diisi di Data Kantor. Di sini: Pj., Plt. atau Plh. Ketua beserta masa jabatannya, dan yang menandatangani atas nama (a.n.)
        Ketua, masing-masing dengan gambar tanda tangannya sendiri. Setiap surat memilih penandatangannya dari daftar ini.
      </p>
      {!profile && <Notice kind="info">Simpan data kantor terlebih dahulu.</Notice>}
      {signers.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th>Nama</th>
              <th>Jabatan (seperti tercetak)</th>
              <th>Masa jabatan</th>
              <th>Tanda tangan</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {signers.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{s.kind === 'an' ? `a.n. Ketua, ${printed.get(s.id) ?? s.title}` : (printed.get(s.id) ?? s.title)}</td>
                <td>{period(s)}</td>
                <td>
                  <Thumb image={s.signature} />
                </td>
                <td>
                  <div className="toolbar">
                    <button type="button" onClick={() => edit(s)} aria-label={`Ubah ${s.name}`}>
                      Ubah
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() =>
                        void deleteOfficeSigner(getDb(), s.id).then(
                          () => setMessage({ kind: 'success', text: `Penandatangan ${s.name} dihapus.` }),
                          (err: unknown) => setMessage({ kind: 'error', text: errorText(err) })
                        )
                      }
                      aria-label={`Hapus ${s.name}`}
                    >
                      Hapus
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!draft && (
        <button
          type="button"
          disabled={!profile || signers.length >= MAX_OFFICE_SIGNERS}
          onClick={() => {
            setMessage(null)
            setDraft(emptyDraft('pj', profile?.ketuaTitle ?? ''))
          }}
        >
          Tambah penandatangan
        </button>
      )}
      {draft && (
        <SignerForm
          key={draft.id}
          draft={draft}
          current={signers.find((s) => s.id === draft.id)}
          onCancel={() => setDraft(null)}
          onSaved={(name) => {
            setDraft(null)
            setMessage({ kind: 'success', text: `Penandatangan ${name} tersimpan.` })
          }}
        />
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  )
}

/** One signer's fields through the model's schema, each message beside its field; the image is read and checked as it is picked. */
function SignerForm({ draft, current, onCancel, onSaved }: { draft: OfficeSignerFields; current: OfficeSigner | undefined; onCancel: () => void; onSaved: (name: string) => void }) {
  const { register, control, handleSubmit, formState, watch } = useModelForm(officeSignerFields, { defaultValues: draft })
  const e = formState.errors
  // undefined: keep the stored image; null: remove it.
  const [image, setImage] = useState<ImageAsset | null | undefined>(undefined)
  const [imageError, setImageError] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const kind = watch('kind')

  async function pickImage(file: File | undefined) {
    if (!file) return
    const check = checkImage(file.name, await readFileBytes(file))
    if (!check.ok) {
      setImageError(`${file.name}: ${check.message}`)
      return
    }
    setImageError(undefined)
    setImage(check.image)
  }

  const save = handleSubmit(async (fields) => {
    setError(null)
    try {
      await saveOfficeSigner(getDb(), fields, image)
      onSaved(fields.name)
    } catch (err) {
      setError(errorText(err, 'Isian Anda masih ada di layar; coba simpan sekali lagi.'))
    }
  })
  const shown = image ?? (image === undefined ? current?.signature : undefined)

  return (
    <form aria-label="Penandatangan kantor" noValidate onSubmit={save}>
      <div className="grid-3">
        <Field label="Sebagai" error={e.kind?.message}>
          {(p) => (
            <select {...p} {...register('kind')}>
              {officeSignerKinds.map((k) => (
                <option key={k} value={k}>
                  {officeSignerKindLabel[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Nama penandatangan" error={e.name?.message}>
          {(p) => <input {...p} {...register('name')} />}
        </Field>
        <Field
          label="Jabatan penandatangan"
          error={e.title?.message}
          hint={kind === 'an' ? 'Mis. Wakil Ketua, Sekretaris; “a.n. Ketua …” ditulis otomatis.' : 'Mis. Ketua TP PKK Kabupaten Agam; Pj./Plt./Plh. ditulis otomatis sekali.'}
        >
          {(p) => <input {...p} {...register('title')} />}
        </Field>
        {kind !== 'an' && (
          <>
            <FormDateField control={control} name="from" label="Mulai menjabat" />
            <FormDateField control={control} name="to" label="Sampai (kosong = belum ditentukan)" />
          </>
        )}
        <Field label="Gambar tanda tangan (PNG/JPEG)" error={imageError}>
          {(p) => (
            <input
              {...p}
              type="file"
              accept="image/png,image/jpeg"
              onChange={(ev) => {
                void pickImage(ev.target.files?.[0])
                ev.target.value = ''
              }}
            />
          )}
        </Field>
      </div>
      {shown && (
        <p>
          <Thumb image={shown} />{' '}
          <button type="button" className="danger" onClick={() => setImage(null)}>
            Hapus gambar tanda tangan
          </button>
        </p>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          Simpan penandatangan
        </button>
        <button type="button" onClick={onCancel}>
          Batal
        </button>
      </div>
    </form>
  )
}
