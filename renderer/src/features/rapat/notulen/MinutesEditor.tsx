import { useEffect, useState, type ReactNode } from 'react'
import { formatMeetingDays } from '@shared/calendar'
import { emptyMinutes, meetingLastDay, meetingTime, minutesToForm, recapSentence, signerOptions, type MinutesForm } from '@shared/meetings'
import type { Meeting, Minutes, OfficeProfile } from '@shared/model'
import { useProfile } from '../../../data/hooks'
import { useMeeting } from '../../../data/meetings-hooks'
import { getMinutes } from '../../../data/minutes-repo'
import { useMinutesRecap } from '../../../data/minutes-hooks'
import { getDb } from '../../../data/db'
import { Notice } from '../../../ui/Notice'
import { MinutesPreview } from '../../preview/MinutesPreview'
import { ActionItemsEditor } from './ActionItemsEditor'
import { clearJournal, readJournal } from './journal'
import { useAutosave, type SaveState } from './useAutosave'
import { meetingStepHref } from '../../../app/router'

const LABEL = { fontWeight: 600, fontSize: '0.92rem' } as const

/** #/rapat/<id>/notulen: the minutes, written while the meeting runs and saved as they are typed. */
export function MinutesEditor({ meetingId }: { meetingId: string }) {
  const meeting = useMeeting(meetingId)
  const profile = useProfile()
  const [initial, setInitial] = useState<{ form: MinutesForm; fromJournal: boolean } | null>(null)

  useEffect(() => {
    if (!meeting || profile === undefined || initial) return
    void getMinutes(getDb(), meetingId).then((stored) => setInitial(startingForm(meetingId, stored, profile, meetingLastDay(meeting))))
  }, [meeting, profile, meetingId, initial])

  if (meeting === undefined || profile === undefined) return <p className="muted">Memuat…</p>
  if (meeting === null) return <Notice kind="error">Rapat tidak ditemukan; mungkin sudah dihapus.</Notice>
  if (!initial) return <p className="muted">Memuat notulen…</p>
  return <Editor key={meetingId} meeting={meeting} profile={profile} initial={initial.form} fromJournal={initial.fromJournal} />
}

/**
 * The journal wins when it is newer than the database: the window closed before the last save landed.
 * A journal older than the stored minutes was saved after its last keystroke (the save on leaving the
 * page can land after the journal was written and before it was cleared); it is cleared here.
 */
function startingForm(meetingId: string, stored: Minutes | undefined, profile: OfficeProfile | null, meetingDay: string): { form: MinutesForm; fromJournal: boolean } {
  const journal = readJournal(meetingId)
  if (journal && (!stored || journal.editedAt > stored.updatedAt)) return { form: journal.form, fromJournal: true }
  if (journal) clearJournal(meetingId, journal.editedAt)
  return { form: minutesToForm(stored ?? emptyMinutes(meetingId, profile ?? undefined, new Date(), meetingDay)), fromJournal: false }
}

function SaveBadge({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Menyimpan…'
      : state.kind === 'saved'
        ? `Tersimpan otomatis pukul ${state.at.toLocaleTimeString('id-ID')}`
        : state.kind === 'error'
          ? `Belum tersimpan: ${state.text}`
          : 'Setiap perubahan tersimpan otomatis'
  return (
    <span className={state.kind === 'error' ? 'badge warn' : 'badge ok'} role="status" data-testid="status-simpan">
      {text}
    </span>
  )
}

function Section({ label, hint, value, onChange, rows = 4 }: { label: string; hint?: string; value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <label className="field">
      <span style={LABEL}>{label}</span>
      <textarea rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      {hint && <small className="field-hint">{hint}</small>}
    </label>
  )
}

function Editor({ meeting, profile, initial, fromJournal }: { meeting: Meeting; profile: OfficeProfile | null; initial: MinutesForm; fromJournal: boolean }) {
  const [form, setForm] = useState(initial)
  const { state, change, flush } = useAutosave(meeting.id)
  const recap = useMinutesRecap(meeting.id)
  // A form restored from the journal is saved to the database straight away.
  useEffect(() => {
    if (fromJournal) change(initial)
  }, [fromJournal, initial, change])

  const set = <K extends keyof MinutesForm>(k: K, v: MinutesForm[K]) => {
    const next = { ...form, [k]: v }
    setForm(next)
    change(next)
  }
  const setSambutan = (i: number, patch: Partial<MinutesForm['sambutan'][number]>) =>
    set(
      'sambutan',
      form.sambutan.map((s, j) => (j === i ? { ...s, ...patch } : s))
    )

  return (
    <div onBlur={() => void flush()}>
      <p>
        <a href={meetingStepHref(meeting.id, 'notulen')}>← Kembali ke rapat</a>
      </p>
      <div className="page-head">
        <h1>Notulen rapat</h1>
        <SaveBadge state={state} />
      </div>
      <div className="document-workspace">
        <div className="minutes-form">
          <section className="panel" aria-label="Kepala notulen">
            <h2>{meeting.title}</h2>
            <dl className="kv">
              <dt>Hari/Tanggal</dt>
              <dd>{formatMeetingDays(meeting.dates)}</dd>
              <dt>Waktu</dt>
              <dd>{meetingTime(meeting)}</dd>
              <dt>Tempat</dt>
              <dd>{meeting.place}</dd>
              <dt>Peserta</dt>
              <dd data-testid="notulen-peserta">{recap ? recapSentence(recap.meeting.total) : '…'}</dd>
              {meeting.agenda.length > 0 && (
                <>
                  <dt>Susunan acara</dt>
                  <dd>
                    <ol className="compact">
                      {meeting.agenda.map((a, i) => (
                        <li key={i}>{a}</li>
                      ))}
                    </ol>
                  </dd>
                </>
              )}
            </dl>
            <div className="grid-2" style={{ marginTop: '0.8rem' }}>
              <PimpinanPicker
                profile={profile}
                dateIso={meetingLastDay(meeting)}
                onPick={(name, title) => {
                  const next = { ...form, pimpinan: name, pimpinanTitle: title }
                  setForm(next)
                  change(next)
                }}
              />
              <span />
              <TextField label="Pimpinan rapat" value={form.pimpinan} onChange={(v) => set('pimpinan', v)} />
              <TextField label="Jabatan pimpinan rapat" value={form.pimpinanTitle} onChange={(v) => set('pimpinanTitle', v)} />
              <TextField label="Notulis" value={form.notulis} onChange={(v) => set('notulis', v)} />
              <TextField label="Jabatan notulis" value={form.notulisTitle} onChange={(v) => set('notulisTitle', v)} />
            </div>
          </section>
          <section className="panel" aria-label="Isi notulen">
            <Notice kind="info">
              Tulis seperti biasa. Baris yang diawali <code>1.</code> menjadi daftar bernomor, <code>-</code> menjadi butir; <code>**tebal**</code> dan{' '}
              <code>*miring*</code> menjadi huruf tebal dan miring di dokumen. Baris kosong memisahkan paragraf.
            </Notice>
            <Section label="Pembukaan" value={form.pembukaan} onChange={(v) => set('pembukaan', v)} />
            <fieldset className="fieldset">
              <legend>Sambutan</legend>
              {form.sambutan.map((s, i) => (
                <div key={i} style={{ borderBottom: '1px dashed var(--line)', marginBottom: '0.6rem', paddingBottom: '0.6rem' }}>
                  <TextField label={`Sambutan ${i + 1}: oleh`} value={s.who} onChange={(v) => setSambutan(i, { who: v })} />
                  <Section label={`Sambutan ${i + 1}: ringkasan`} value={s.text} onChange={(v) => setSambutan(i, { text: v })} rows={3} />
                  <button type="button" onClick={() => set('sambutan', form.sambutan.filter((_, j) => j !== i))}>
                    Hapus sambutan {i + 1}
                  </button>
                </div>
              ))}
              <button type="button" onClick={() => set('sambutan', [...form.sambutan, { who: '', text: '' }])}>
                Tambah sambutan
              </button>
            </fieldset>
            <Section label="Paparan narasumber" value={form.paparan} onChange={(v) => set('paparan', v)} />
            <Section label="Diskusi / tanya jawab" value={form.diskusi} onChange={(v) => set('diskusi', v)} />
            <Section
              label="Kesimpulan (satu baris satu kesimpulan)"
              hint="Kesimpulan dinomori otomatis dan juga menjadi dokumen Kesimpulan Rapat tersendiri."
              value={form.kesimpulan}
              onChange={(v) => set('kesimpulan', v)}
            />
            <Section label="Tindak lanjut (catatan)" value={form.tindakLanjut} onChange={(v) => set('tindakLanjut', v)} rows={2} />
            <ActionItemsEditor meetingId={meeting.id} />
            <Section label="Penutup" value={form.penutup} onChange={(v) => set('penutup', v)} rows={2} />
            <fieldset className="fieldset">
              <legend>Tanda tangan pada Kesimpulan Rapat</legend>
              <Check label="Pakai gambar tanda tangan Ketua (bila Ketua memimpin rapat)" checked={form.useSignatureImage} onChange={(v) => set('useSignatureImage', v)} />
              <Check label="Pakai stempel kantor" checked={form.useStamp} onChange={(v) => set('useStamp', v)} />
            </fieldset>
          </section>
        </div>
        <MinutesPreview meeting={meeting} profile={profile} form={form} />
      </div>
    </div>
  )
}

/**
 * Fills the pimpinan rapat from the office's signers (Pengaturan › Penandatangan): her signature image and her
 * Pj./Plt./Plh. come from there when the name is hers (shared/meetings/minutes-data.ts pimpinanSigner).
 */
function PimpinanPicker({ profile, dateIso, onPick }: { profile: OfficeProfile | null; dateIso: string; onPick: (name: string, title: string) => void }) {
  const options = profile ? signerOptions(profile, dateIso) : []
  if (options.length === 0) return <span />
  return (
    <label className="field">
      <span style={LABEL}>Pilih pimpinan dari penandatangan kantor</span>
      <select
        value=""
        onChange={(e) => {
          const o = options.find((x) => x.id === e.target.value)
          if (o) onPick(o.name, o.title)
        }}
      >
        <option value="">— pilih —</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} — {o.title}
            {o.kind !== 'an' && o.serves ? ' (menjabat pada hari rapat)' : ''}
          </option>
        ))}
      </select>
    </label>
  )
}

function TextField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }): ReactNode {
  return (
    <label className="field">
      <span style={LABEL}>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  )
}
