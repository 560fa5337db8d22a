import { useEffect, useState } from 'react'
import { useFieldArray } from 'react-hook-form'
import { todayIso, utcOffset } from '@shared/calendar'
import { DaysHaveAttendanceError, emptyMeetingForm, formToMeeting, meetingFormPath, meetingToForm, validateMeetingForm, type MeetingFormValues, type MeetingStep } from '@shared/meetings'
import { meetingFields, meetingKindLabel, meetingKinds, timeZones, type MeetingFields } from '@shared/model'
import { meetingStepHref, navigate } from '../../app/router'
import { getDb } from '../../data/db'
import { useProfile } from '../../data/hooks'
import { useMeeting } from '../../data/meetings-hooks'
import { createMeeting, updateMeeting } from '../../data/meetings-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { errorText } from '../../ui/error-text'
import { FormDateField, FormTimeField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { useMappedModelForm } from '../../ui/model-form'
import { SignerFields } from './SignerFields'

/** A new meeting, or one's data changed; `returnTo` is the step of the meeting's page she came from, where saving brings her back. */
export function MeetingEditor({ meetingId, returnTo = 'data' }: { meetingId?: string; returnTo?: MeetingStep }) {
  const existing = useMeeting(meetingId ?? '')
  const profile = useProfile()
  if (meetingId && existing === undefined) return <p className="muted">Memuat…</p>
  if (meetingId && existing === null) return <Notice kind="error">Rapat tidak ditemukan.</Notice>
  if (profile === undefined) return <p className="muted">Memuat…</p>
  const zone = profile?.timeZone ?? 'WIB'
  const initial = existing ? meetingToForm(existing) : emptyMeetingForm(todayIso(new Date(), utcOffset[zone]), zone, '')
  return <MeetingForm meetingId={meetingId} initial={initial} returnTo={returnTo} />
}

function MeetingForm({ meetingId, initial, returnTo }: { meetingId: string | undefined; initial: MeetingFormValues; returnTo: MeetingStep }) {
  const back = (id: string) => {
    if (returnTo === 'data') navigate('rapat', id)
    else location.hash = meetingStepHref(id, returnTo)
  }
  const [error, setError] = useState<string | null>(null)
  // Edited dates that would remove days with recorded attendance: saved only once the secretary agrees.
  const [pending, setPending] = useState<{ fields: MeetingFields; question: string } | null>(null)
  const { register, handleSubmit, control, formState, watch, setFocus } = useMappedModelForm(meetingFields, formToMeeting, meetingFormPath, { defaultValues: initial, mode: 'onSubmit' })
  const dates = useFieldArray({ control, name: 'dates' })
  const e = formState.errors
  const firstDay = watch('dates.0.value')
  const signerChoice = watch('signer')
  const zone = watch('timeZone')
  const profile = useProfile()
  useEffect(() => {
    setFocus('title')
  }, [setFocus])

  const save = async (fields: MeetingFields, removeDaysWithRecords: boolean) => {
    setError(null)
    try {
      const saved = meetingId ? await updateMeeting(getDb(), meetingId, fields, { removeDaysWithRecords }) : await createMeeting(getDb(), fields)
      back(saved.id)
    } catch (err) {
      if (err instanceof DaysHaveAttendanceError) setPending({ fields, question: err.message })
      else setError(`Gagal menyimpan: ${errorText(err, 'Isian Anda masih ada di layar; coba simpan sekali lagi.')}`)
    }
  }
  const onSubmit = handleSubmit(async (values) => {
    const r = validateMeetingForm(values)
    if (r.ok) await save(r.value, false)
  })
  const confirmRemove = async () => {
    if (!pending) return
    const { fields } = pending
    setPending(null)
    await save(fields, true)
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Data rapat">
      <h1>{meetingId ? 'Ubah rapat' : 'Rapat baru'}</h1>
      <div className="panel">
        <Field label="Nama rapat" error={e.title?.message} hint="Contoh: Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019">
          {(p) => <input {...p} {...register('title')} />}
        </Field>
        <div className="grid-3">
          <Field label="Jenis rapat" error={e.kind?.message}>
            {(p) => (
              <select {...p} {...register('kind')}>
                {meetingKinds.map((k) => (
                  <option key={k} value={k}>
                    {meetingKindLabel[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormTimeField control={control} name="timeStart" label="Jam mulai" zone={zone} />
          <FormTimeField control={control} name="timeEnd" label="Jam selesai" hint="Kosongkan untuk “s.d. selesai”" zone={zone} />
          <Field label="Zona waktu" error={e.timeZone?.message}>
            {(p) => (
              <select {...p} {...register('timeZone')}>
                {timeZones.map((z) => (
                  <option key={z}>{z}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>Tanggal</legend>
          {dates.fields.map((f, i) => (
            <div className="toolbar" key={f.id}>
              <FormDateField control={control} name={`dates.${i}.value`} label={`Tanggal ${i + 1}`} hideLabel />
              {dates.fields.length > 1 && (
                <button type="button" onClick={() => dates.remove(i)}>
                  Hapus
                </button>
              )}
            </div>
          ))}
          {e.dates?.message && <span className="field-error">{e.dates.message}</span>}
          <button type="button" onClick={() => dates.append({ value: '' })}>
            Tambah hari
          </button>
        </fieldset>
        <Field label="Tempat" error={e.place?.message} hint="Contoh: Aula Kantor TP PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang">
          {(p) => <input {...p} {...register('place')} />}
        </Field>
        <div className="grid-2">
          <Field label="Acara (satu baris satu acara)" error={e.agendaText?.message}>
            {(p) => <textarea {...p} rows={5} {...register('agendaText')} />}
          </Field>
          <Field label="Tujuan (satu baris satu tujuan)" error={e.objectivesText?.message}>
            {(p) => <textarea {...p} rows={5} {...register('objectivesText')} />}
          </Field>
        </div>
        <Field label="Dasar (program kerja, keputusan, surat; satu baris satu dasar)" error={e.basisText?.message}>
          {(p) => <textarea {...p} rows={3} {...register('basisText')} />}
        </Field>
        <SignerFields register={register} prefix="signer" profile={profile} dateIso={firstDay ?? ''} choice={signerChoice} />
        <Field label="Catatan" error={e.notes?.message}>
          {(p) => <textarea {...p} rows={2} {...register('notes')} />}
        </Field>
        {error && <Notice kind="error">{error}</Notice>}
        {Object.keys(e).length > 0 && <Notice kind="error">Periksa isian yang ditandai merah.</Notice>}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            Simpan rapat
          </button>
          <button type="button" onClick={() => (meetingId ? back(meetingId) : navigate('rapat'))}>
            Batal
          </button>
        </div>
      </div>
      {pending && (
        <Dialog title="Hapus hari rapat?" onClose={() => setPending(null)}>
          <p>{pending.question}</p>
          <DialogFooter primary={{ label: 'Hapus hari dan catatannya', onClick: () => void confirmRemove() }} />
        </Dialog>
      )}
    </form>
  )
}
