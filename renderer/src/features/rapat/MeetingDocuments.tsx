import { formatDateLong } from '@shared/calendar'
import type { InviteeView } from '@shared/meetings'
import type { Meeting } from '@shared/model'
import { useMeetingLetters } from '../../data/meetings-hooks'

/** Everything the meeting has produced: numbered letters (from the register) and their documents. */
export function MeetingDocuments({ meeting }: { meeting: Meeting; invitees: InviteeView[] }) {
  const letters = useMeetingLetters(meeting.id)
  return (
    <section className="panel" aria-label="Dokumen rapat">
      <h2>Dokumen rapat</h2>
      {letters && letters.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th>Nomor</th>
              <th>Tanggal</th>
              <th>Perihal</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr key={l.id}>
                <td>
                  <a href={`#/agenda/${l.year}`}>{l.number}</a>
                </td>
                <td>{formatDateLong(l.date)}</td>
                <td>{l.perihal}</td>
                <td>{l.status === 'batal' ? <span className="badge batal">Batal</span> : 'Aktif'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Belum ada surat bernomor untuk rapat ini.</p>
      )}
    </section>
  )
}
