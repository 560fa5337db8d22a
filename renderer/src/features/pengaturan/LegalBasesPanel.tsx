import { useState } from 'react'
import { kindOfBasis, legalBasisKind } from '@shared/meetings'
import { legalBasisKindLabel, legalBasisKinds, type LegalBasis, type LegalBasisKind } from '@shared/model'
import { getDb } from '../../data/db'
import { addLegalBasis, ensureLegalBases, moveLegalBasis, removeLegalBasis, updateLegalBasis } from '../../data/legal-bases-repo'
import { useLegalBases } from '../../data/roles-hooks'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

type Message = { kind: 'success' | 'error'; text: string }

/** The office's library of legal bases that Keputusan cite under Mengingat, in the order they are cited. */
export function LegalBasesPanel() {
  const library = useLegalBases()
  const [draft, setDraft] = useState('')
  // 'auto': as the text suggests (a regulation under Mengingat, another document under Memperhatikan).
  const [draftKind, setDraftKind] = useState<LegalBasisKind | 'auto'>('auto')
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null)
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
                editing={editing?.id === b.id ? editing.text : null}
                onEdit={(text) => setEditing(text === null ? null : { id: b.id, text })}
                onSave={(text) => void run(updateLegalBasis(getDb(), b.id, { text }).then(() => setEditing(null)), 'Dasar hukum disimpan.')}
                onToggle={(active) => void run(updateLegalBasis(getDb(), b.id, { active }))}
                onKind={(kind) => void run(updateLegalBasis(getDb(), b.id, { kind }), `Dasar hukum dipindah ke ${legalBasisKindLabel[kind]}.`)}
                onMove={(d) => void run(moveLegalBasis(getDb(), b.id, d))}
                onRemove={() => void run(removeLegalBasis(getDb(), b.id), 'Dasar hukum dihapus dari pustaka.')}
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="field"
        style={{ marginTop: '0.8rem' }}
        onSubmit={(e) => {
          e.preventDefault()
          void run(
            addLegalBasis(getDb(), draft, draftKind === 'auto' ? undefined : draftKind).then(() => {
              setDraft('')
              setDraftKind('auto')
            }),
            'Dasar hukum ditambahkan.'
          )
        }}
      >
        <label htmlFor="dasar-baru">Tambah dasar hukum kantor</label>
        <textarea
          id="dasar-baru"
          rows={2}
          placeholder="mis. Peraturan Gubernur Sumatera Barat Nomor … Tahun … tentang …"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className="toolbar" style={{ marginTop: '0.4rem' }}>
          <label htmlFor="dasar-baru-jenis">Dikutip di bawah</label>
          <select id="dasar-baru-jenis" value={draftKind} onChange={(e) => setDraftKind(e.target.value as LegalBasisKind | 'auto')}>
            <option value="auto">
              Otomatis{draft.trim() ? ` (${legalBasisKindLabel[legalBasisKind(draft)]})` : ''}
            </option>
            {legalBasisKinds.map((k) => (
              <option key={k} value={k}>
                {legalBasisKindLabel[k]}
              </option>
            ))}
          </select>
          <button type="submit" className="primary" disabled={draft.trim() === ''}>
            Tambahkan
          </button>
        </div>
      </form>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  )
}

function Row({
  basis,
  index,
  last,
  editing,
  onEdit,
  onSave,
  onToggle,
  onKind,
  onMove,
  onRemove
}: {
  basis: LegalBasis
  index: number
  last: boolean
  editing: string | null
  onEdit: (text: string | null) => void
  onSave: (text: string) => void
  onToggle: (active: boolean) => void
  onKind: (kind: LegalBasisKind) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}) {
  const short = basis.text.length > 60 ? `${basis.text.slice(0, 60)}…` : basis.text
  return (
    <tr>
      <td className="num">{index + 1}</td>
      <td>
        {editing === null ? (
          basis.text
        ) : (
          <textarea aria-label={`Ubah dasar hukum ${index + 1}`} rows={3} value={editing} onChange={(e) => onEdit(e.target.value)} />
        )}
      </td>
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
        {editing === null ? (
          <>
            <button type="button" className="small" aria-label={`Naikkan: ${short}`} disabled={index === 0} onClick={() => onMove(-1)}>
              ↑
            </button>{' '}
            <button type="button" className="small" aria-label={`Turunkan: ${short}`} disabled={last} onClick={() => onMove(1)}>
              ↓
            </button>{' '}
            <button type="button" className="small" onClick={() => onEdit(basis.text)}>
              Ubah
            </button>{' '}
            <button type="button" className="small danger" aria-label={`Hapus: ${short}`} onClick={onRemove}>
              Hapus
            </button>
          </>
        ) : (
          <>
            <button type="button" className="small primary" onClick={() => onSave(editing)}>
              Simpan
            </button>{' '}
            <button type="button" className="small" onClick={() => onEdit(null)}>
              Batal
            </button>
          </>
        )}
      </td>
    </tr>
  )
}
