import { formatDateLong } from '@shared/calendar'
import type { InviteeView } from '@shared/meetings'
import { documentKindLabel, type DocumentKind, type Meeting } from '@shared/model'
import { useProfile } from '../../data/hooks'
import { useMeetingLetters } from '../../data/meetings-hooks'
import { Notice } from '../../ui/Notice'
import { UndanganPanel } from './UndanganPanel'
import { RolesPanel } from './RolesPanel'
import { KeputusanPanel } from './KeputusanPanel'
import { DaftarHadirPanel } from './DaftarHadirPanel'
import { NotulenPanel } from './NotulenPanel'

/** Everything the meeting produces: its documents, and every numbered letter of it in the register. */
export function MeetingDocuments({ meeting, invitees }: { meeting: Meeting; invitees: InviteeView[] }) {
  const profile = useProfile()
  const letters = useMeetingLetters(meeting.id)
  if (profile === undefined) return null
  return (
    <section className="panel" aria-label="Dokumen rapat">
      <h2>Dokumen rapat</h2>
      {profile === null ? (
        <Notice kind="warning">
          Isi dulu <a href="#/pengaturan">data kantor</a> (kop surat dan nama Ketua) sebelum membuat surat.
        </Notice>
      ) : (
        <UndanganPanel meeting={meeting} invitees={invitees} profile={profile} />
      )}
      <RolesPanel meeting={meeting} />
      {profile && <KeputusanPanel meeting={meeting} profile={profile} />}
      {profile && <DaftarHadirPanel meeting={meeting} profile={profile} />}
      {profile && <NotulenPanel meeting={meeting} profile={profile} />}
      {letters && letters.length > 0 && (
        <>
          <h3>Surat bernomor untuk rapat ini</h3>
          <table className="data">
            <thead>
              <tr>
                <th>Nomor</th>
                <th>Tanggal</th>
                <th>Dokumen</th>
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
                  <td>{documentKindLabel[l.documentKind as DocumentKind] ?? l.documentKind}</td>
                  <td>{l.perihal}</td>
                  <td>{l.status === 'batal' ? <span className="badge batal">Batal</span> : 'Aktif'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
