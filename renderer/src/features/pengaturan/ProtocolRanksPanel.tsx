import { useEffect, useState } from 'react'
import {
  defaultProtocolRanks,
  newId,
  protocolInviteeKindLabel,
  protocolInviteeKinds,
  protocolOrganisationKindLabel,
  protocolOrganisationKinds,
  protocolRanks,
  type OfficeProfile,
  type ProtocolInviteeKind,
  type ProtocolOrganisationKind,
  type ProtocolRank
} from '@shared/model'
import { getDb } from '../../data/db'
import { saveProtocolRanks } from '../../data/invitee-order-repo'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

type Message = { kind: 'success' | 'error'; text: string }
/** A rank as edited: its positions as typed, one per line. */
type Draft = Omit<ProtocolRank, 'positions'> & { positions: string }

const toDraft = (r: ProtocolRank): Draft => ({ ...r, positions: r.positions.join('\n') })
const fromDraft = (d: Draft): ProtocolRank => ({ ...d, label: d.label.trim(), positions: d.positions.split(/[\n,;]/).map((p) => p.trim()).filter(Boolean) })

/**
 * Pengaturan › Urutan protokoler: the ranks "Urutkan menurut protokoler" sorts invitees by, top to bottom.
 * Within a rank, the positions in the order written; whose title begins with the longer position wins
 * ("Kepala Bidang" before "Kepala").
 */
export function ProtocolRanksPanel({ profile }: { profile: OfficeProfile | null }) {
  const stored = profile?.protocolRanks ?? defaultProtocolRanks
  const [drafts, setDrafts] = useState<Draft[]>(() => stored.map(toDraft))
  const [message, setMessage] = useState<Message | null>(null)
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    if (!dirty) setDrafts(stored.map(toDraft))
  }, [stored, dirty])

  const edit = (i: number, patch: Partial<Draft>) => {
    setDirty(true)
    setMessage(null)
    setDrafts((list) => list.map((d, n) => (n === i ? { ...d, ...patch } : d)))
  }
  const move = (i: number, delta: -1 | 1) => {
    setDirty(true)
    setDrafts((list) => {
      const next = [...list]
      const [row] = next.splice(i, 1)
      if (row) next.splice(i + delta, 0, row)
      return next
    })
  }
  async function save(list: Draft[]) {
    const parsed = protocolRanks.safeParse(list.map(fromDraft))
    if (!parsed.success) {
      setMessage({ kind: 'error', text: `Urutan protokoler belum disimpan: ${parsed.error.issues.map((i) => i.message).join('; ')}.` })
      return
    }
    try {
      await saveProtocolRanks(getDb(), parsed.data)
      setDirty(false)
      setMessage({ kind: 'success', text: 'Urutan protokoler disimpan. Berlaku saat “Urutkan menurut protokoler” ditekan pada halaman rapat.' })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <section className="panel" aria-label="Urutan protokoler">
      <h2>Urutan protokoler</h2>
      <p className="muted">
        “Urutkan menurut protokoler” pada daftar undangan menyusun peserta sekali menurut tingkat di bawah, dari atas ke bawah. Dalam satu tingkat,
        menurut urutan jabatan yang ditulis (awal jabatan, satu per baris; kosong berarti semua jabatan). Jabatan yang lebih panjang menang:
        “Kepala Bidang” mendahului “Kepala”. Yang tidak masuk tingkat mana pun diletakkan paling akhir.
      </p>
      {!profile && <Notice kind="info">Simpan Data Kantor terlebih dahulu; sampai saat itu urutan bawaan yang dipakai.</Notice>}
      <div className="table-wrap">
        <table className="data protocol-ranks">
          <thead>
            <tr>
              <th className="num">No</th>
              <th>Nama tingkat</th>
              <th>Undangan</th>
              <th>Jenis organisasi</th>
              <th>Jabatan (satu per baris)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {drafts.map((d, i) => (
              <tr key={d.id}>
                <td className="num">{i + 1}</td>
                <td>
                  <input aria-label={`Nama tingkat ${i + 1}`} value={d.label} onChange={(e) => edit(i, { label: e.target.value })} />
                </td>
                <td>
                  <select aria-label={`Undangan pada tingkat ${i + 1}`} value={d.invitee} onChange={(e) => edit(i, { invitee: e.target.value as ProtocolInviteeKind })}>
                    {protocolInviteeKinds.map((k) => (
                      <option key={k} value={k}>
                        {protocolInviteeKindLabel[k]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Jenis organisasi pada tingkat ${i + 1}`}
                    value={d.organisationKind}
                    onChange={(e) => edit(i, { organisationKind: e.target.value as ProtocolOrganisationKind })}
                  >
                    {protocolOrganisationKinds.map((k) => (
                      <option key={k} value={k}>
                        {protocolOrganisationKindLabel[k]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <textarea aria-label={`Jabatan pada tingkat ${i + 1}`} rows={3} value={d.positions} onChange={(e) => edit(i, { positions: e.target.value })} />
                </td>
                <td className="nowrap">
                  <button type="button" aria-label={`Naikkan tingkat ${d.label}`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>{' '}
                  <button type="button" aria-label={`Turunkan tingkat ${d.label}`} disabled={i === drafts.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`Hapus tingkat ${d.label}`}
                    onClick={() => {
                      setDirty(true)
                      setDrafts((list) => list.filter((x) => x.id !== d.id))
                    }}
                  >
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="toolbar" style={{ marginTop: '0.6rem' }}>
        <button
          type="button"
          onClick={() => {
            setDirty(true)
            setDrafts((list) => [...list, { id: newId(), label: '', invitee: 'semua', organisationKind: 'semua', positions: '' }])
          }}
        >
          Tambah tingkat
        </button>
        <button type="button" onClick={() => void save(defaultProtocolRanks.map(toDraft))} disabled={!profile}>
          Kembalikan urutan bawaan
        </button>
        <button type="button" className="primary" onClick={() => void save(drafts)} disabled={!profile || !dirty}>
          Simpan urutan protokoler
        </button>
      </div>
    </section>
  )
}
