import { useState } from 'react'
import { formatMeetingDays } from '@shared/calendar'
import { meetingTime, resolveSigner } from '@shared/meetings'
import { meetingKindLabel, type Meeting, type OfficeProfile } from '@shared/model'
import { useProfile } from '../../data/hooks'
import { navigate } from '../../app/router'
import { getDb } from '../../data/db'
import { useInvitees, useMeeting } from '../../data/meetings-hooks'
import { deleteMeeting } from '../../data/meetings-repo'
import { Dialog } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { InviteeList } from './InviteeList'
import { MeetingDocuments } from './MeetingDocuments'
import { errorText } from '../../ui/error-text'

export function MeetingDetail({ meetingId }: { meetingId: string }) {
  const meeting = useMeeting(meetingId)
  const invitees = useInvitees(meetingId)
  const profile = useProfile()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (meeting === undefined || invitees === undefined) return <p className="muted">Memuat…</p>
  if (meeting === null) return <Notice kind="error">Rapat tidak ditemukan; mungkin sudah dihapus.</Notice>

  return (
    <>
      <p>
        <a href="#/rapat">← Semua rapat</a>
      </p>
      <div className="page-head">
        <h1>{meeting.title}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => navigate('rapat', meeting.id, 'ubah')}>
            Ubah data rapat
          </button>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            Hapus
          </button>
        </div>
      </div>
      <section className="panel">
        <dl className="kv">
          <dt>Jenis</dt>
          <dd>{meetingKindLabel[meeting.kind]}</dd>
          <dt>Hari/Tanggal</dt>
          <dd>{formatMeetingDays(meeting.dates)}</dd>
          <dt>Pukul</dt>
          <dd>{meetingTime(meeting)}</dd>
          <dt>Tempat</dt>
          <dd>{meeting.place}</dd>
          {meeting.agenda.length > 0 && (
            <>
              <dt>Acara</dt>
              <dd>
                <ol className="compact">
                  {meeting.agenda.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ol>
              </dd>
            </>
          )}
          <dt>Penandatangan</dt>
          <dd>
            {signerText(profile, meeting)}
          </dd>
        </dl>
      </section>

      <MeetingDocuments meeting={meeting} invitees={invitees} />

      <InviteeList meetingId={meeting.id} invitees={invitees} />
      {confirmDelete && (
        <Dialog title="Hapus rapat?" onClose={() => setConfirmDelete(false)}>
          <p>Rapat “{meeting.title}” beserta daftar undangannya akan dihapus.</p>
          {error && <Notice kind="error">{error}</Notice>}
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Batal
            </button>
            <button
              type="button"
              className="primary danger"
              onClick={() =>
                void deleteMeeting(getDb(), meeting.id)
                  .then(() => navigate('rapat'))
                  .catch((err: unknown) => setError(errorText(err)))
              }
            >
              Hapus rapat
            </button>
          </div>
        </Dialog>
      )}
    </>
  )
}

/** "Ny. X, Pj. Ketua TP PKK ..." as the meeting's documents would print it on its first day. */
function signerText(profile: OfficeProfile | null | undefined, meeting: Meeting): string {
  if (!profile) return 'Belum ada data kantor'
  const first = [...meeting.dates].sort()[0] ?? ''
  const s = resolveSigner(profile, meeting.signer, first)
  const who = s ? `${s.block.name}, ${s.block.onBehalfOf ? `a.n. ${s.block.onBehalfOf}, ` : ''}${s.block.title}` : 'belum dipilih'
  return meeting.signer.signerId ? who : `Yang menjabat pada tanggal dokumen (${who})`
}
