import { forwardRef, useState } from 'react'
import type { InviteeView } from '@shared/meetings'
import { getDb } from '../../data/db'
import { moveInvitee, removeInvitee } from '../../data/meetings-repo'
import { InviteePicker } from './InviteePicker'

/** "Diundang": who the meeting invites, in the order the letters and the sheet print them. */
export const InviteeList = forwardRef<HTMLElement, { meetingId: string; invitees: InviteeView[] }>(function InviteeList({ meetingId, invitees }, ref) {
  const [picking, setPicking] = useState(false)
  return (
    <section className="panel invitees" aria-label="Diundang" id="diundang" ref={ref} tabIndex={-1}>
      <div className="page-head">
        <h2>Diundang ({invitees.length})</h2>
        <button type="button" className="primary" onClick={() => setPicking(true)}>
          Tambah undangan
        </button>
      </div>
      {invitees.length === 0 ? (
        <p className="muted">Belum ada yang diundang. Pilih orang, organisasi, atau kelompok dari buku alamat.</p>
      ) : (
        <div className="table-wrap invitee-table" tabIndex={0} role="region" aria-label="Daftar yang diundang">
          <table className="data">
            <thead>
              <tr>
                <th className="num">No</th>
                <th>Nama / Ditujukan kepada</th>
                <th>Jabatan</th>
                <th>Instansi</th>
                <th>
                  <span className="sr-only">Urutan dan hapus</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitees.map((inv, i) => (
                <tr key={inv.id}>
                  <td className="num">{i + 1}</td>
                  <td>{inv.name}</td>
                  <td>{inv.position}</td>
                  <td>{inv.organisationName}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <button type="button" aria-label={`Naikkan ${inv.name}`} disabled={i === 0} onClick={() => void moveInvitee(getDb(), meetingId, inv.id, -1)}>
                      ↑
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={`Turunkan ${inv.name}`}
                      disabled={i === invitees.length - 1}
                      onClick={() => void moveInvitee(getDb(), meetingId, inv.id, 1)}
                    >
                      ↓
                    </button>{' '}
                    <button type="button" aria-label={`Hapus ${inv.name} dari undangan`} onClick={() => void removeInvitee(getDb(), inv.id)}>
                      Hapus
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {picking && <InviteePicker meetingId={meetingId} invited={new Set(invitees.map((i) => i.key))} onClose={() => setPicking(false)} />}
    </section>
  )
})
