import { formatDateLong } from '@shared/calendar'
import type { InviteeView, MeetingStep } from '@shared/meetings'
import { documentKindLabel, type DocumentKind, type Meeting } from '@shared/model'
import { useProfile } from '../../data/hooks'
import { useMeetingLetters } from '../../data/meetings-hooks'
import { Notice } from '../../ui/Notice'
import { UndanganPanel } from './UndanganPanel'
import { RolesPanel } from './RolesPanel'
import { KeputusanPanel } from './KeputusanPanel'
import { DaftarHadirPanel } from './DaftarHadirPanel'
import { NotulenPanel } from './NotulenPanel'
import { settingsHref } from '../pengaturan/sections'

/**
 * The documents of one step of the meeting's page. Each sits in a `.step-work` block: one column, or
 * at 1280 px and wider the form beside its preview (meeting-steps.css).
 */
export function MeetingDocuments({ step, meeting, invitees }: { step: Exclude<MeetingStep, 'data'>; meeting: Meeting; invitees: InviteeView[] }) {
  const profile = useProfile()
  if (profile === undefined) return <p className="muted">Memuat…</p>
  if (profile === null) {
    return (
      <Notice kind="warning">
        Isi dulu <a href={settingsHref('kantor')}>data kantor</a> (kop surat dan nama Ketua) sebelum membuat surat.
      </Notice>
    )
  }
  return (
    <div className="step-work">
      {step === 'undangan' && (
        <>
          <UndanganPanel meeting={meeting} invitees={invitees} profile={profile} />
          <p className="step-send">
            <a href={`#/rapat/${encodeURIComponent(meeting.id)}/kirim`} className="button">
              Kirim undangan: WhatsApp, e-mail, Buku Ekspedisi →
            </a>
          </p>
        </>
      )}
      {step === 'keputusan' && (
        <>
          <RolesPanel meeting={meeting} />
          <KeputusanPanel meeting={meeting} profile={profile} />
        </>
      )}
      {step === 'daftar-hadir' && <DaftarHadirPanel meeting={meeting} profile={profile} />}
      {step === 'notulen' && <NotulenPanel meeting={meeting} profile={profile} />}
    </div>
  )
}

/** Every numbered letter of the meeting in the register, cancelled ones too. */
export function MeetingLetters({ meetingId }: { meetingId: string }) {
  const letters = useMeetingLetters(meetingId)
  if (!letters || letters.length === 0) return null
  return (
    <section className="panel" aria-label="Surat bernomor untuk rapat ini">
      <h2>Surat bernomor untuk rapat ini</h2>
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
              <td className="nowrap">
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
    </section>
  )
}
