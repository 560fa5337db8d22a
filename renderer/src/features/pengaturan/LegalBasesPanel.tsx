import { useEffect, useId, useState } from 'react'
import { kindOfBasis, legalBasisKind } from '@shared/meetings'
import { legalBasis, legalBasisInput, legalBasisKindLabel, legalBasisKinds, type LegalBasis, type LegalBasisKind } from '@shared/model'
import { getDb } from '../../data/db'
import { addLegalBasis, ensureLegalBases, moveLegalBasis, removeLegalBasis, updateLegalBasis } from '../../data/legal-bases-repo'
import { useLegalBases } from '../../data/roles-hooks'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { useModelForm } from '../../ui/model-form'

type Message = { kind: 'success' | 'error'; text: string }

/** The office's library of legal bases that Keputusan cite under Mengingat, in the order they are cited. */
export function LegalBasesPanel() {
  const library = useLegalBases()
  const [editing, setEditing] = useState<string | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  // The screen only reads: the library is seeded by the command that makes a decree, or by the button below.
  const empty = library?.length === 0
  const run = (p: Promise<unknown>, success?: string) =>
    p
      .then(() => setMessage(success ? { kind: 'success', text: success } : null))
      .catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }))

  return (
    <section className="panel" aria-label="Dasar hukum keputusan">
      <h2>Dasar hukum keputusan (Mengingat dan Memperhatikan)</h2>
      <p className="muted">
        Keputusan Ketua mengutip dasar hukum yang aktif di sini, dalam urutan ini; dasar yang terbit setelah tanggal keputusan tidak dikutip
        otomatis. Peraturan (UU, PP, Perpres, Permendagri, Perda, Pergub, Perbup, Perwali, Keputusan) dikutip di bawah “Mengingat”; dokumen lain
        (program kerja, surat, hasil rapat) di bawah “Memperhatikan”. Bila pustaka kosong, Perpres 99/2017 dan Permendagri 36/2020 diisikan saat keputusan pertama dibuat; nonaktifkan yang tidak
        dipakai.
      </p>
      {empty && (
        <div className="toolbar">
          <span className="muted">Pustaka masih kosong.</span>
          <button type="button" onClick={() => run(ensureLegalBases(getDb()), 'Dasar hukum bawaan diisikan.')}>
            Isi dasar hukum bawaan
          </button>
        </div>
      )}
      {library && library.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th className="num">No</th>
              <th>Dasar hukum</th>
              <th>Dikutip di bawah</th>
              <th>Aktif</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {library.map((b, i) => (
              <Row
                key={b.id}
                basis={b}
                index={i}
                last={i === library.length - 1}
                editing={editing === b.id}
                onEdit={(on) => {
                  setEditing(on ? b.id : null)
                  setMessage(null)
                }}
                onSaved={() => {
                  setEditing(null)
                  setMessage({ kind: 'success', text: 'Dasar hukum disimpan.' })
                }}
                onToggle={(active) => void run(updateLegalBasis(getDb(), b.id, { active }))}
                onKind={(kind) => void run(updateLegalBasis(getDb(), b.id, { kind }), `Dasar hukum dipindah ke ${legalBasisKindLabel[kind]}.`)}
                onMove={(d) => void run(moveLegalBasis(getDb(), b.id, d))}
                onRemove={() => void run(removeLegalBasis(getDb(), b.id), 'Dasar hukum dihapus dari pustaka.')}
              />
            ))}
          </tbody>
        </table>
      )}
      <AddBasisForm onAdded={() => setMessage({ kind: 'success', text: 'Dasar hukum ditambahkan.' })} />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  )
}

/** "Tambah dasar hukum kantor": the text, and where it is cited ('auto': as the text suggests). */
function AddBasisForm({ onAdded }: { onAdded: () => void }) {
  const id = useId()
  const { register, handleSubmit, formState, reset, setError, watch } = useModelForm(legalBasisInput, { defaultValues: { text: '', kind: 'auto' } })
  const e = formState.errors
  const typed = watch('text')
  const submit = handleSubmit(async ({ text, kind }) => {
    try {
      await addLegalBasis(getDb(), text, kind === 'auto' ? undefined : kind)
      reset({ text: '', kind: 'auto' })
      onAdded()
    } catch (err) {
      setError('text', { message: errorText(err) }, { shouldFocus: true })
    }
  })
  return (
    <form style={{ marginTop: '0.8rem' }} aria-label="Tambah dasar hukum" noValidate onSubmit={submit}>
      <Field label="Tambah dasar hukum kantor" error={e.text?.message}>
        {(p) => <textarea {...p} rows={2} placeholder="mis. Peraturan Gubernur Sumatera Barat Nomor … Tahun … tentang …" {...register('text')} />}
      </Field>
      <div className="toolbar" style={{ marginTop: '0.4rem' }}>
        <label htmlFor={`${id}-jenis`}>Dikutip di bawah</label>
        <select id={`${id}-jenis`} {...register('kind')}>
          <option value="auto">Otomatis{typed.trim() ? ` (${legalBasisKindLabel[legalBasisKind(typed)]})` : ''}</option>
          {legalBasisKinds.map((k) => (
            <option key={k} value={k}>
              {legalBasisKindLabel[k]}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          Tambahkan
        </button>
      </div>
    </form>
  )
}

const basisText = legalBasis.pick({ text: true })

function Row({
  basis,
  index,
  last,
  editing,
  onEdit,
  onSaved,
  onToggle,
  onKind,
  onMove,
  onRemove
}: {
  basis: LegalBasis
  index: number
  last: boolean
  editing: boolean
  onEdit: (on: boolean) => void
  onSaved: () => void
  onToggle: (active: boolean) => void
  onKind: (kind: LegalBasisKind) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}) {
  const short = basis.text.length > 60 ? `${basis.text.slice(0, 60)}…` : basis.text
  return (
    <tr>
      <td className="num">{index + 1}</td>
      <td>{editing ? <EditBasisForm basis={basis} index={index} onSaved={onSaved} onCancel={() => onEdit(false)} /> : basis.text}</td>
      <td>
        <select aria-label={`Dikutip di bawah: ${short}`} value={kindOfBasis(basis)} onChange={(e) => onKind(e.target.value as LegalBasisKind)}>
          {legalBasisKinds.map((k) => (
            <option key={k} value={k}>
              {legalBasisKindLabel[k]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input type="checkbox" aria-label={`Aktif: ${short}`} checked={basis.active} onChange={(e) => onToggle(e.target.checked)} />
      </td>
      <td className="nowrap">
        {!editing && (
          <>
            <button type="button" className="small" aria-label={`Naikkan: ${short}`} disabled={index === 0} onClick={() => onMove(-1)}>
              ↑
            </button>{' '}
            <button type="button" className="small" aria-label={`Turunkan: ${short}`} disabled={last} onClick={() => onMove(1)}>
              ↓
            </button>{' '}
            <button type="button" className="small" onClick={() => onEdit(true)}>
              Ubah
            </button>{' '}
            <button type="button" className="small danger" aria-label={`Hapus: ${short}`} onClick={onRemove}>
              Hapus
            </button>
          </>
        )}
      </td>
    </tr>
  )
}

/** A basis's text changed in its row; the message (empty, too long, already in the library) under the text. */
function EditBasisForm({ basis, index, onSaved, onCancel }: { basis: LegalBasis; index: number; onSaved: () => void; onCancel: () => void }) {
  const id = useId()
  const { register, handleSubmit, formState, setError, setFocus } = useModelForm(basisText, { defaultValues: { text: basis.text } })
  const error = formState.errors.text?.message
  useEffect(() => setFocus('text'), [setFocus])
  const submit = handleSubmit(async ({ text }) => {
    try {
      await updateLegalBasis(getDb(), basis.id, { text })
      onSaved()
    } catch (err) {
      setError('text', { message: errorText(err) }, { shouldFocus: true })
    }
  })
  return (
    <form noValidate onSubmit={submit}>
      <textarea
        aria-label={`Ubah dasar hukum ${index + 1}`}
        rows={3}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-msg` : undefined}
        {...register('text')}
      />
      {error && (
        <small id={`${id}-msg`} className="field-error">
          {error}
        </small>
      )}
      <div className="toolbar" style={{ marginTop: '0.3rem' }}>
        <button type="submit" className="small primary" disabled={formState.isSubmitting}>
          Simpan
        </button>
        <button type="button" className="small" onClick={onCancel}>
          Batal
        </button>
      </div>
    </form>
  )
}
