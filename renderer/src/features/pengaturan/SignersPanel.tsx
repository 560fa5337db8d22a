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
import { DateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { readFileBytes } from '../../ui/format'
import { errorText } from '../../ui/error-text'

type Draft = OfficeSignerFields & { image: ImageAsset | null | undefined }
type Errors = Partial<Record<keyof OfficeSignerFields | 'image', string>>

const emptyDraft = (kind: OfficeSignerKind, ketuaTitle: string): Draft => ({
  id: newId(),
  kind,
  name: '',
  title: kind === 'an' ? '' : ketuaTitle,
  from: '',
  to: '',
  image: undefined
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
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const signers = profile?.signers ?? []
  const today = new Date().toISOString().slice(0, 10)
  const printed = new Map(profile ? signerOptions(profile, today).map((o) => [o.id, o.title]) : [])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d))

  async function pickImage(file: File | undefined) {
    if (!file) return
    const check = checkImage(file.name, await readFileBytes(file))
    if (!check.ok) {
      setErrors((e) => ({ ...e, image: `${file.name}: ${check.message}` }))
      return
    }
    setErrors((e) => ({ ...e, image: undefined }))
    set('image', check.image)
  }

  async function save() {
    if (!draft) return
    const { image, ...fields } = draft
    const parsed = officeSignerFields.safeParse(fields)
    if (!parsed.success) {
      const next: Errors = {}
      for (const i of parsed.error.issues) {
        const key = i.path[0] as keyof Errors | undefined
        if (key && !next[key]) next[key] = i.message
      }
      setErrors(next)
      return
    }
    try {
      await saveOfficeSigner(getDb(), parsed.data, image)
      setDraft(null)
      setErrors({})
      setMessage({ kind: 'success', text: `Penandatangan ${parsed.data.name} tersimpan.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  const edit = (s: OfficeSigner) => {
    const { signature: _signature, ...fields } = s
    setErrors({})
    setMessage(null)
    setDraft({ ...fields, image: undefined })
  }
  const current = draft ? signers.find((s) => s.id === draft.id) : undefined

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
                  <button type="button" className="danger" onClick={() =>
                      void deleteOfficeSigner(getDb(), s.id).then(
                        () => setMessage({ kind: 'success', text: `Penandatangan ${s.name} dihapus.` }),
                        (err: unknown) => setMessage({ kind: 'error', text: errorText(err) })
                      )
                    } aria-label={`Hapus ${s.name}`}>
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
            setErrors({})
            setMessage(null)
            setDraft(emptyDraft('pj', profile?.ketuaTitle ?? ''))
          }}
        >
          Tambah penandatangan
        </button>
      )}
      {draft && (
        <form
          aria-label="Penandatangan kantor"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <div className="grid-3">
            <Field label="Sebagai">
              {(p) => (
                <select {...p} value={draft.kind} onChange={(e) => set('kind', e.target.value as OfficeSignerKind)}>
                  {officeSignerKinds.map((k) => (
                    <option key={k} value={k}>
                      {officeSignerKindLabel[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Nama penandatangan" error={errors.name}>
              {(p) => <input {...p} value={draft.name} onChange={(e) => set('name', e.target.value)} />}
            </Field>
            <Field
              label="Jabatan penandatangan"
              error={errors.title}
              hint={draft.kind === 'an' ? 'Mis. Wakil Ketua, Sekretaris; “a.n. Ketua …” ditulis otomatis.' : 'Mis. Ketua TP PKK Kabupaten Agam; Pj./Plt./Plh. ditulis otomatis sekali.'}
            >
              {(p) => <input {...p} value={draft.title} onChange={(e) => set('title', e.target.value)} />}
            </Field>
            {draft.kind !== 'an' && (
              <>
                <DateField label="Mulai menjabat" error={errors.from} value={draft.from} onChange={(v) => set('from', v)} />
                <DateField label="Sampai (kosong = belum ditentukan)" error={errors.to} value={draft.to} onChange={(v) => set('to', v)} />
              </>
            )}
            <Field label="Gambar tanda tangan (PNG/JPEG)" error={errors.image}>
              {(p) => (
                <input
                  {...p}
                  type="file"
                  accept="image/png,image/jpeg"
                  onChange={(e) => {
                    void pickImage(e.target.files?.[0])
                    e.target.value = ''
                  }}
                />
              )}
            </Field>
          </div>
          {(draft.image ?? (draft.image === undefined ? current?.signature : undefined)) && (
            <p>
              <Thumb image={draft.image ?? current?.signature} />{' '}
              <button type="button" className="danger" onClick={() => set('image', null)}>
                Hapus gambar tanda tangan
              </button>
            </p>
          )}
          <div className="toolbar">
            <button type="submit" className="primary">
              Simpan penandatangan
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Batal
            </button>
          </div>
        </form>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  )
}
