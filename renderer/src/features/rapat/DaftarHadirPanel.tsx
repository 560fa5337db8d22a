import { useEffect, useMemo, useRef, useState } from 'react'
import { formatDayDate } from '@shared/calendar'
import { daftarHadirFileName, daftarHadirLayout, defaultCertifier, meetingRecap, recapSummaryLines, type Participant } from '@shared/meetings'
import type { DocumentLayout } from '@shared/documents/layout'
import { daftarHadirSettings, type DaftarHadirSettings, type Meeting, type OfficeProfile } from '@shared/model'
import { saveSheetSettings } from '../../data/attendance-repo'
import { useMeetingAttendance, useMeetingParticipants, useMeetingSignatures, useSheetSettings } from '../../data/attendance-hooks'
import { getDb } from '../../data/db'
import { DocumentActions } from '../../documents/DocumentActions'
import { errorText } from '../../ui/error-text'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useMappedModelForm } from '../../ui/model-form'
import { PreviewColumn } from '../preview/PreviewColumn'
import { useTakeStored } from './useTakeStored'
import { StartRegistrationDialog } from '../registrasi/StartRegistrationDialog'
import './attendance.css'

/** The settings form has the model's own shape. */
const sameShape = (v: DaftarHadirSettings): unknown => v
const settingsPath = (path: readonly PropertyKey[]) => path.map(String).join('.')

/** Daftar Hadir of a meeting: how the sheet prints, the sheet of each day, the way to the recording screen, the recap. */
export function DaftarHadirPanel({ meeting, profile }: { meeting: Meeting; profile: OfficeProfile }) {
  const state = useSheetSettings(meeting.id)
  const participants = useMeetingParticipants(meeting.id)
  if (state === undefined || participants === undefined) return <p className="muted">Memuat…</p>
  return <SheetCard meeting={meeting} profile={profile} saved={state.saved} settings={state.settings} participants={participants} />
}

function SheetCard({
  meeting,
  profile,
  saved,
  settings,
  participants
}: {
  meeting: Meeting
  profile: OfficeProfile
  saved: boolean
  settings: DaftarHadirSettings
  participants: Participant[]
}) {
  const days = useMemo(() => [...meeting.dates].sort(), [meeting.dates])
  const [day, setDay] = useState(days[0] ?? '')
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const [kiosk, setKiosk] = useState(false)
  const { register, handleSubmit, formState, reset, watch } = useMappedModelForm(daftarHadirSettings, sameShape, settingsPath, { defaultValues: settings })
  const e = formState.errors
  const certifier = defaultCertifier(profile)
  useTakeStored([settings], () => reset(settings), formState.isDirty)
  useEffect(() => {
    if (!days.includes(day)) setDay(days[0] ?? '')
  }, [days, day])

  const current = (): DaftarHadirSettings | null => {
    const parsed = daftarHadirSettings.safeParse(watch())
    return parsed.success ? parsed.data : null
  }
  const save = handleSubmit(async (v) => {
    const parsed = daftarHadirSettings.safeParse(v)
    if (!parsed.success) {
      setMessage({ kind: 'error', text: parsed.error.issues.map((i) => i.message).join('; ') })
      return
    }
    try {
      await saveSheetSettings(getDb(), meeting.id, parsed.data)
      reset(parsed.data)
      setMessage({ kind: 'success', text: 'Pengaturan daftar hadir disimpan.' })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  })
  // What was recorded, and the signatures drawn at the meja registrasi, print into the sheet.
  const rows = useMeetingAttendance(meeting.id)
  const signatures = useMeetingSignatures(meeting.id)
  // The sheet is laid out again only when something it prints changed: "Simpan PDF", "Simpan DOCX", the
  // preview and the print of the same sheet share one layout (65 signatures fitted and pictured once).
  const built = useRef<{ key: string; from: readonly unknown[]; layout: DocumentLayout } | null>(null)
  const build = () => {
    const s = current()
    if (!s) throw new Error('Periksa pengaturan daftar hadir (jumlah baris kosong 0 sampai 200).')
    const key = `${day}|${JSON.stringify(s)}`
    const from = [profile, meeting, participants, rows, signatures]
    const last = built.current
    if (last && last.key === key && last.from.every((v, i) => v === from[i])) return last.layout
    const layout = daftarHadirLayout({ profile, meeting, day, participants, settings: s, records: { rows: rows ?? [], signatures: signatures ?? [] } })
    built.current = { key, from, layout }
    return layout
  }
  const hadirHref = `#/rapat/${encodeURIComponent(meeting.id)}/hadir${days.length > 1 ? `/${day}` : ''}`
  // Watched at render, so the preview follows every change of the settings.
  const watched = JSON.stringify(watch())

  const form = (
    <form className="document-card" aria-label="Daftar Hadir" onSubmit={save} noValidate>
      <div className="page-head">
        <h3>Daftar Hadir</h3>
        <span className="badge">{participants.length} peserta diundang</span>
      </div>
      <div className="grid-3">
        <Field label="Baris kosong untuk peserta tambahan" error={e.blankRows?.message}>
          {(p) => <input {...p} type="number" min={0} max={200} {...register('blankRows', { valueAsNumber: true })} />}
        </Field>
        <fieldset className="plain">
          <legend>Kolom dan kop</legend>
          <label className="check">
            <input type="checkbox" {...register('showPhone')} /> No. HP
          </label>
          <label className="check">
            <input type="checkbox" {...register('showNote')} /> Keterangan
          </label>
          <label className="check">
            <input type="checkbox" {...register('showKop')} /> Kop surat
          </label>
        </fieldset>
        <Field label="Jabatan pengesah" hint={`Kosong: ${certifier.title}`} error={e.certifierTitle?.message}>
          {(p) => <input {...p} placeholder={certifier.title} {...register('certifierTitle')} />}
        </Field>
        <Field label="Nama pengesah" hint={certifier.name ? `Kosong: ${certifier.name}` : 'Nama Sekretaris belum diisi di Pengaturan'} error={e.certifierName?.message}>
          {(p) => <input {...p} placeholder={certifier.name || 'ditulis tangan'} {...register('certifierName')} />}
        </Field>
        {days.length > 1 && (
          <Field label="Hari">
            {(p) => (
              <select {...p} value={day} onChange={(ev) => setDay(ev.target.value)}>
                {days.map((d, i) => (
                  <option key={d} value={d}>
                    Hari ke-{i + 1}: {formatDayDate(d)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="toolbar">
        <button type="submit" disabled={saved && !formState.isDirty}>
          Simpan pengaturan
        </button>
        <a className="button primary" href={hadirHref}>
          Catat kehadiran
        </a>
        <button type="button" onClick={() => setKiosk(true)} disabled={participants.length === 0}>
          Buka meja registrasi
        </button>
      </div>
      <DocumentActions
        fileName={daftarHadirFileName(meeting.title, day)}
        build={build}
        disabled={participants.length === 0}
        disabledReason="Pilih dulu siapa yang diundang."
      />
      <RecapSummary meeting={meeting} participants={participants} />
    </form>
  )
  return (
    <div className="document-workspace">
      {form}
      {kiosk && <StartRegistrationDialog meeting={meeting} onClose={() => setKiosk(false)} />}
      <PreviewColumn document="Daftar Hadir" sources={[{ label: 'Pratinjau cetak', build, deps: [watched, day, participants, profile, meeting, rows, signatures] }]} />
    </div>
  )
}

/** One sentence per day, then the whole meeting: the figures the recording screen and the Notulen show. */
function RecapSummary({ meeting, participants }: { meeting: Meeting; participants: Participant[] }) {
  const rows = useMeetingAttendance(meeting.id)
  const signatures = useMeetingSignatures(meeting.id)
  if (!rows || !signatures) return null
  const extras = { signed: new Set(signatures.map((g) => g.attendanceId)), meeting }
  const lines = recapSummaryLines(meetingRecap(participants, rows, meeting.dates, extras))
  return (
    <div className="hadir-summary" data-testid="rekap-ringkas">
      <strong>Rekap kehadiran</strong>
      {lines.map((line) => (
        <p key={line} className="small">
          {line}
        </p>
      ))}
    </div>
  )
}
