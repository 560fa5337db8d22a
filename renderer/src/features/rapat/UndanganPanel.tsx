import { useState } from 'react'
import { todayIso, utcOffset } from '@shared/calendar'
import { defaultUndanganDraft, undanganFormPath, undanganKind, type InviteeView } from '@shared/meetings'
import { sifatOptions, undanganDraft, type Letter, type LetterCode, type Meeting, type MeetingDocument, type MeetingRole, type OfficeProfile, type UndanganDraft } from '@shared/model'
import { getDb } from '../../data/db'
import { saveDocumentDraft } from '../../data/document-commands'
import { useLetterCodes } from '../../data/letters-hooks'
import { useMeetingDocument } from '../../data/meetings-hooks'
import { errorText } from '../../ui/error-text'
import { useMappedModelForm } from '../../ui/model-form'
import { FormDateField } from '../../ui/DateField'
import { NumberedPreview } from '../preview/PreviewColumn'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { DocumentCardHead, DocumentCodeField } from './DocumentCardParts'
import { draftReader, NumberedDocumentFlow } from './NumberedDocumentFlow'
import { SignerFields } from './SignerFields'
import { fromForm, toForm } from './undangan-form'
import { useTakeStored } from './useTakeStored'

/** An invitation prints no roles; one array for every render, so what depends on the sources is not redone. */
const NO_ROLES: readonly MeetingRole[] = []

/** Surat Undangan of a meeting: wording with defaults, the number from the register, preview, save, print. */
export function UndanganPanel({ meeting, invitees, profile }: { meeting: Meeting; invitees: InviteeView[]; profile: OfficeProfile }) {
  const state = useMeetingDocument(meeting.id, 'undangan')
  const codes = useLetterCodes()
  const [error, setError] = useState<string | null>(null)
  // The form waits for the codes: a select drawn before its options shows the first code, not the draft's.
  if (state === undefined || codes === undefined) return <p className="muted">Memuat…</p>
  const { doc, letter } = state
  if (!doc?.undangan) {
    return (
      <div className="document-card">
        <h3>Surat Undangan</h3>
        <p className="muted">Belum dibuat. Kata-kata surat diisi otomatis dari data rapat dan dapat diubah sebelum diberi nomor.</p>
        {error && <Notice kind="error">{error}</Notice>}
        <button
          type="button"
          className="primary"
          onClick={() =>
            void saveDocumentDraft(
              getDb(),
              meeting.id,
              'undangan',
              defaultUndanganDraft(meeting, todayIso(new Date(), utcOffset[profile.timeZone]), invitees.length)
            ).catch((err: unknown) => setError(errorText(err)))
          }
        >
          Buat Surat Undangan
        </button>
      </div>
    )
  }
  return <UndanganEditor key={doc.id} doc={doc} draft={doc.undangan} letter={letter} meeting={meeting} invitees={invitees} profile={profile} codes={codes} />
}

function UndanganEditor({
  doc,
  draft,
  letter,
  meeting,
  invitees,
  profile,
  codes
}: {
  doc: MeetingDocument
  draft: UndanganDraft
  letter: Letter | null
  meeting: Meeting
  invitees: InviteeView[]
  profile: OfficeProfile
  codes: LetterCode[]
}) {
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'warning'; text: string } | null>(null)
  const { register, control, handleSubmit, formState, reset, watch, setError } = useMappedModelForm(undanganDraft, fromForm, undanganFormPath, { defaultValues: toForm(draft) })
  const e = formState.errors
  const issued = letter?.status === 'aktif' ? letter : null
  useTakeStored([draft], () => reset(toForm(draft)), formState.isDirty)

  const readDraft = draftReader(handleSubmit, fromForm, undanganKind, setMessage)
  const sources = { profile, meeting, invitees, roles: NO_ROLES }
  const current = fromForm(watch())
  const layout = () => undanganKind.layout(sources, current, issued?.number)

  const form = (
    <form className="document-card" aria-label="Surat Undangan" onSubmit={(ev) => ev.preventDefault()} noValidate>
      <DocumentCardHead title="Surat Undangan" issued={issued} testId="nomor-undangan" />
      <div className="grid-3">
        <FormDateField control={control} name="date" label="Tanggal surat" />
        <DocumentCodeField issued={issued} codes={codes} field={register('code')} error={e.code?.message} />
        <Field label="Sifat" error={e.sifat?.message}>
          {(p) => (
            <>
              <input {...p} list="sifat-pilihan" {...register('sifat')} />
              <datalist id="sifat-pilihan">
                {sifatOptions.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Lampiran" error={e.lampiran?.message}>
          {(p) => <input {...p} {...register('lampiran')} />}
        </Field>
        <Field label="Hal" error={e.hal?.message}>
          {(p) => <input {...p} {...register('hal')} />}
        </Field>
      </div>
      <fieldset className="fieldset">
        <legend>Penerima ({invitees.length})</legend>
        <label className="check">
          <input type="radio" value="daftar-terlampir" {...register('mode')} /> Satu surat kepada “(daftar terlampir)” dengan daftar undangan
          terlampir
        </label>
        <label className="check">
          <input type="radio" value="per-penerima" {...register('mode')} /> Satu surat untuk setiap penerima (semua surat dalam satu berkas,
          nomor sama)
        </label>
        {current.mode === 'per-penerima' && (
          <label className="check nested">
            <input type="checkbox" {...register('printCode')} /> Cetak kode registrasi pribadi dan kode QR-nya di bawah alamat setiap surat
            (dicari di meja registrasi)
          </label>
        )}
      </fieldset>
      <Field label="Kalimat pembuka" error={e.opening?.message}>
        {(p) => <textarea {...p} rows={3} {...register('opening')} />}
      </Field>
      <Field label="Kalimat penutup" error={e.closing?.message}>
        {(p) => <textarea {...p} rows={3} {...register('closing')} />}
      </Field>
      <Field label="Tembusan (satu baris satu tembusan)" error={e.tembusanText?.message}>
        {(p) => <textarea {...p} rows={2} {...register('tembusanText')} />}
      </Field>
      <SignerFields register={register} prefix="signer" profile={profile} dateIso={current.date} choice={current.signer} error={e.signer?.signerId?.message} />
      <NumberedDocumentFlow
        def={undanganKind}
        doc={doc}
        issued={issued}
        sources={sources}
        storedDraft={draft}
        dirty={formState.isDirty}
        readDraft={readDraft}
        onSaved={(d) => reset(toForm(d))}
        previewLayout={layout}
        message={message}
        setMessage={setMessage}
        onSignerProblem={(text) => setError('signer.signerId', { message: text }, { shouldFocus: true })}
      />
    </form>
  )
  return (
    <div className="document-workspace">
      {form}
      <NumberedPreview document="Surat Undangan" doc={doc} issued={issued} draft={layout} draftDeps={[JSON.stringify(current), profile, meeting, invitees, issued?.number]} />
    </div>
  )
}
