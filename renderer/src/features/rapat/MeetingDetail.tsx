import { useEffect, useMemo, useRef, useState } from 'react'
import { formatMeetingDays } from '@shared/calendar'
import { meetingStepLabel, meetingSteps, meetingStepSummary, meetingTime, resolveSigner, stepsNeedingCorrection, type MeetingStep } from '@shared/meetings'
import { meetingKindLabel, type Meeting, type OfficeProfile } from '@shared/model'
import { meetingStepHref, navigate } from '../../app/router'
import { getDb } from '../../data/db'
import { useAfterPaint } from '../../data/after-paint'
import { useMeetingPage } from '../../data/meetings-hooks'
import { deleteMeeting } from '../../data/meetings-repo'
import { useMeetingStepStates } from '../../data/meeting-steps'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { InviteeList } from './InviteeList'
import { MeetingDocuments, MeetingLetters } from './MeetingDocuments'
import { MeetingStepBar, stepPanelId, stepTabId } from './MeetingStepBar'
import { errorText } from '../../ui/error-text'
import './meeting-steps.css'
import { LaporanPanel } from '../laporan/LaporanPanel'

/**
 * A meeting's page as steps: Data rapat, Undangan, Keputusan, Daftar hadir, Notulen dan Kesimpulan,
 * one shown at a time, the step in the address (#/rapat/<id>/langkah/<step>) so reload and Back keep
 * it. A step's panel stays in the page once opened (hidden when another is shown), so what was typed
 * in one step is still there after a look at another.
 */
export function MeetingDetail({ meetingId, step }: { meetingId: string; step: MeetingStep }) {
  const page = useMeetingPage(meetingId)
  const meeting = page?.meeting
  const invitees = page?.invitees
  const profile = page?.profile
  // The step states (documents, letters, roles, attendance, minutes) are read once the page's own data is in and
  // on the screen, so their reads do not stand between her and the invitee table (again only when the meeting changes).
  const one = useAfterPaint(useMemo(() => (meeting ? [meeting] : null), [meeting])) ?? undefined
  const states = useMeetingStepStates(one)?.get(meetingId)
  const [opened, setOpened] = useState<ReadonlySet<MeetingStep>>(() => new Set([step]))
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [toInvitees, setToInvitees] = useState(false)
  const inviteesRef = useRef<HTMLElement>(null)

  useEffect(() => {
    setOpened((o) => (o.has(step) ? o : new Set([...o, step])))
  }, [step])
  // "Diundang" from the header: the data step opens, then the list takes the focus (and scrolls into view).
  useEffect(() => {
    if (!toInvitees || step !== 'data' || !inviteesRef.current) return
    inviteesRef.current.focus()
    setToInvitees(false)
  })

  if (meeting === undefined || invitees === undefined) return <p className="muted">Memuat…</p>
  if (meeting === null) return <Notice kind="error">Rapat tidak ditemukan; mungkin sudah dihapus.</Notice>
  const open = (s: MeetingStep) => {
    if (s !== step) location.hash = meetingStepHref(meeting.id, s)
  }
  const corrections = states ? stepsNeedingCorrection(states) : []
  const next = meetingSteps[meetingSteps.indexOf(step) + 1]

  return (
    <>
      <header className="meeting-head">
        <p className="back">
          <a href="#/rapat">← Semua rapat</a>
        </p>
        <div className="page-head">
          <h1>{meeting.title}</h1>
          <div className="toolbar">
            <button
              type="button"
              onClick={() => {
                setToInvitees(true)
                open('data')
              }}
            >
              Diundang ({invitees.length})
            </button>
            {/* Saving (or Batal) brings her back to the step she was on. */}
            <button type="button" onClick={() => navigate('rapat', meeting.id, 'ubah', ...(step === 'data' ? [] : [step]))}>
              Ubah data rapat
            </button>
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Hapus
            </button>
          </div>
        </div>
        <p className="meeting-meta">
          <span>{formatMeetingDays(meeting.dates)}</span>
          <span>{meetingTime(meeting)}</span>
          <span>{meeting.place}</span>
        </p>
        {states && (
          <p className="meeting-states small" data-testid="status-rapat">
            <span className="muted">Dokumen:</span> {meetingStepSummary(states)}
          </p>
        )}
        {corrections.length > 0 && (
          <Notice kind="warning">
            <span data-testid="perlu-koreksi">
              Data rapat berubah setelah nomor terbit: {corrections.map((s) => meetingStepLabel[s]).join(' dan ')} perlu dikoreksi atau diberi nomor baru.
            </span>{' '}
            {corrections.map((s) => (
              <a key={s} href={meetingStepHref(meeting.id, s)} className="button small">
                Buka {meetingStepLabel[s]}
              </a>
            ))}
          </Notice>
        )}
      </header>
      <MeetingStepBar current={step} states={states} mounted={opened} onOpen={open} />
      {meetingSteps.map((s) =>
        opened.has(s) || s === step ? (
          <div key={s} role="tabpanel" id={stepPanelId(s)} aria-labelledby={stepTabId(s)} hidden={s !== step} className="step-panel">
            {s === 'data' ? (
              <div className="data-step">
                <MeetingFacts meeting={meeting} profile={profile} />
                <InviteeList ref={inviteesRef} meetingId={meeting.id} invitees={invitees} />
                <MeetingLetters meetingId={meeting.id} />
              </div>
            ) : s === 'laporan' ? (
              <LaporanPanel meeting={meeting} />
            ) : (
              <MeetingDocuments step={s} meeting={meeting} invitees={invitees} />
            )}
          </div>
        ) : null
      )}
      {next && (
        <p className="step-next">
          <a href={meetingStepHref(meeting.id, next)} className="button">
            Lanjut: {meetingStepLabel[next]} →
          </a>
        </p>
      )}
      {confirmDelete && (
        <Dialog title="Hapus rapat?" onClose={() => setConfirmDelete(false)}>
          <p>Rapat “{meeting.title}” beserta daftar undangannya akan dihapus.</p>
          {error && <Notice kind="error">{error}</Notice>}
          <DialogFooter
            primary={{
              label: 'Hapus rapat',
              danger: true,
              onClick: () =>
                void deleteMeeting(getDb(), meeting.id)
                  .then(() => navigate('rapat'))
                  .catch((err: unknown) => setError(errorText(err)))
            }}
          />
        </Dialog>
      )}
    </>
  )
}

/** The meeting's own data as the documents print it. */
function MeetingFacts({ meeting, profile }: { meeting: Meeting; profile: OfficeProfile | null | undefined }) {
  return (
    <section className="panel" aria-label="Data rapat">
      <h2>Data rapat</h2>
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
        <dd>{signerText(profile, meeting)}</dd>
      </dl>
    </section>
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
