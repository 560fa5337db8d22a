import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { todayIso, utcOffset } from '@shared/calendar'
import { documentFileName } from '@shared/documents/file-names'
import { defaultUndanganDraft, linesToItems, pinSigner, signerProblem, undanganLayout, undanganRegisterEntry, type InviteeView } from '@shared/meetings'
import { sifatOptions, undanganDraft, type Letter, type Meeting, type OfficeProfile, type UndanganDraft } from '@shared/model'
import { getDb } from '../../data/db'
import { correctDocumentLetter, issueDocumentNumber, renumberDocumentLetter, saveMeetingDocument } from '../../data/documents-repo'
import { useLetterCodes } from '../../data/letters-hooks'
import { NumberingError } from '../../data/letters-repo'
import { useMeetingDocument } from '../../data/meetings-hooks'
import { DocumentActions } from '../../documents/DocumentActions'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { DocumentCardHead, DocumentCodeField } from './DocumentCardParts'
import { SignerFields } from './SignerFields'

type DraftForm = Omit<UndanganDraft, 'tembusan'> & { tembusanText: string }
const toForm = (d: UndanganDraft): DraftForm => ({ ...d, tembusanText: d.tembusan.join('\n') })
const fromForm = ({ tembusanText, ...rest }: DraftForm): UndanganDraft => ({ ...rest, tembusan: linesToItems(tembusanText) })

/** Surat Undangan of a meeting: wording with defaults, the number from the register, preview, save, print. */
export function UndanganPanel({ meeting, invitees, profile }: { meeting: Meeting; invitees: InviteeView[]; profile: OfficeProfile }) {
  const state = useMeetingDocument(meeting.id, 'undangan')
  if (state === undefined) return <p className="muted">Memuat…</p>
  const { doc, letter } = state
  if (!doc?.undangan) {
    return (
      <div className="document-card">
        <h3>Surat Undangan</h3>
        <p className="muted">Belum dibuat. Kata-kata surat diisi otomatis dari data rapat dan dapat diubah sebelum diberi nomor.</p>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void saveMeetingDocument(getDb(), meeting.id, 'undangan', {
              undangan: defaultUndanganDraft(meeting, todayIso(new Date(), utcOffset[profile.timeZone]), invitees.length)
            })
          }
        >
          Buat Surat Undangan
        </button>
      </div>
    )
  }
  return <UndanganEditor key={doc.id} documentId={doc.id} draft={doc.undangan} letter={letter} meeting={meeting} invitees={invitees} profile={profile} />
}

function UndanganEditor({
  documentId,
  draft,
  letter,
  meeting,
  invitees,
  profile
}: {
  documentId: string
  draft: UndanganDraft
  letter: Letter | null
  meeting: Meeting
  invitees: InviteeView[]
  profile: OfficeProfile
}) {
  const codes = useLetterCodes() ?? []
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'warning'; text: string } | null>(null)
  const [renumber, setRenumber] = useState<{ reason: string; draft: UndanganDraft } | null>(null)
  const { register, handleSubmit, formState, reset, watch, setError } = useForm<DraftForm>({ defaultValues: toForm(draft) })
  const e = formState.errors
  const issued = letter?.status === 'aktif' ? letter : null
  useEffect(() => {
    if (!formState.isDirty) reset(toForm(draft))
  }, [draft, reset, formState.isDirty])

  const validate = (v: DraftForm): UndanganDraft | null => {
    const parsed = undanganDraft.safeParse(fromForm(v))
    if (parsed.success) return parsed.data
    setMessage({ kind: 'error', text: parsed.error.issues.map((i) => i.message).join('; ') })
    return null
  }

  const save = handleSubmit(async (v) => {
    const next = validate(v)
    if (!next) return
    try {
      if (issued) await correctDocumentLetter(getDb(), issued.id, letterDetails(next))
      await saveMeetingDocument(getDb(), meeting.id, 'undangan', { undangan: next })
      reset(toForm(next))
      setMessage({ kind: 'success', text: issued ? `Perubahan disimpan; nomor ${issued.number} tetap.` : 'Draf undangan disimpan.' })
    } catch (err) {
      if (err instanceof NumberingError && err.problem.canRenumber) setRenumber({ reason: err.message, draft: next })
      else setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) })
    }
  })

  const letterDetails = (d: UndanganDraft) => {
    const { code: _code, ...details } = undanganRegisterEntry(meeting, d, invitees)
    return details
  }

  const issue = handleSubmit(async (v) => {
    const valid = validate(v)
    if (!valid) return
    // Nobody named, or someone not serving on the letter's date: no number (shared/meetings/signer.ts).
    const signerError = signerProblem(profile, valid.signer, valid.date)
    if (signerError) {
      setError('signer.signerId', { message: signerError }, { shouldFocus: true })
      return
    }
    const next = { ...valid, signer: pinSigner(profile, valid.signer, valid.date) }
    if (invitees.length === 0) {
      setMessage({ kind: 'error', text: 'Pilih dulu siapa yang diundang (bagian “Diundang” di bawah).' })
      return
    }
    try {
      await saveMeetingDocument(getDb(), meeting.id, 'undangan', { undangan: next })
      const l = await issueDocumentNumber(getDb(), documentId, undanganRegisterEntry(meeting, next, invitees))
      reset(toForm(next))
      setMessage({ kind: 'success', text: `Nomor ${l.number} diterbitkan dan tercatat di Buku Agenda Surat Keluar.` })
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) })
    }
  })

  const current = fromForm(watch())
  const build = () => undanganLayout({ profile, meeting, draft: current, invitees, number: issued?.number })
  const fileName = documentFileName(issued ? 'Undangan' : 'Draf Undangan', issued?.number ?? meeting.title)

  return (
    <form className="document-card" aria-label="Surat Undangan" onSubmit={save} noValidate>
      <DocumentCardHead title="Surat Undangan" issued={issued} testId="nomor-undangan" />
      <div className="grid-3">
        <Field label="Tanggal surat" error={e.date?.message}>
          {(p) => <input {...p} type="date" {...register('date')} />}
        </Field>
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
      </fieldset>
      <Field label="Kalimat pembuka" error={e.opening?.message}>
        {(p) => <textarea {...p} rows={3} {...register('opening')} />}
      </Field>
      <Field label="Kalimat penutup" error={e.closing?.message}>
        {(p) => <textarea {...p} rows={3} {...register('closing')} />}
      </Field>
      <Field label="Tembusan (satu baris satu tembusan)">{(p) => <textarea {...p} rows={2} {...register('tembusanText')} />}</Field>
      <SignerFields register={register} prefix="signer" profile={profile} dateIso={current.date} choice={current.signer} error={e.signer?.signerId?.message} />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="toolbar">
        <button type="submit" disabled={!formState.isDirty}>
          Simpan perubahan
        </button>
        {!issued && (
          <button type="button" className="primary" onClick={() => void issue()}>
            Terbitkan nomor
          </button>
        )}
      </div>
      <DocumentActions fileName={fileName} build={build} signing={{ documentLabel: 'Surat Undangan', meetingTitle: meeting.title, location: profile.placeName, zone: profile.timeZone }} />
      {renumber && (
        <Dialog title="Tanggal surat berubah" onClose={() => setRenumber(null)}>
          <p>{renumber.reason}</p>
          <p>
            Beri nomor baru? Nomor lama {issued?.number} tetap tercatat di Buku Agenda sebagai <strong>batal</strong>.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setRenumber(null)}>
              Batal
            </button>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void (async () => {
                  if (!issued) return
                  try {
                    const l = await renumberDocumentLetter(getDb(), issued.id, letterDetails(renumber.draft))
                    await saveMeetingDocument(getDb(), meeting.id, 'undangan', { undangan: renumber.draft })
                    reset(toForm(renumber.draft))
                    setMessage({ kind: 'success', text: `Nomor baru ${l.number}; ${issued.number} dicatat batal.` })
                  } catch (err) {
                    setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) })
                  }
                  setRenumber(null)
                })()
              }
            >
              Beri nomor baru
            </button>
          </div>
        </Dialog>
      )}
    </form>
  )
}
