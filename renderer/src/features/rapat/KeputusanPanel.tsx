import { useEffect, useState } from 'react'
import { useFieldArray, useForm, type UseFormRegister } from 'react-hook-form'
import { todayIso, utcOffset } from '@shared/calendar'
import { articleWord } from '@shared/documents/markers'
import {
  composeMengingat,
  defaultArticles,
  defaultMenimbang,
  defaultSubject,
  keputusanFileName,
  keputusanLayout,
  keputusanProblems,
  keputusanRegisterEntry,
  legalBasisYear,
  pinSigner,
  rolesFingerprint,
  signerProblem,
  splitMengingat,
  subjectBehindRoles
} from '@shared/meetings'
import { articleStyles, keputusanDraft, type KeputusanDraft, type LegalBasis, type Letter, type Meeting, type MeetingRole, type OfficeProfile } from '@shared/model'
import { getDb } from '../../data/db'
import { correctDocumentLetter, issueDocumentNumber, renumberDocumentLetter, saveMeetingDocument } from '../../data/documents-repo'
import { createKeputusanDraft } from '../../data/keputusan-repo'
import { ensureLegalBases } from '../../data/legal-bases-repo'
import { useLetterCodes } from '../../data/letters-hooks'
import { NumberingError } from '../../data/letters-repo'
import { useMeetingDocument } from '../../data/meetings-hooks'
import { useLegalBases, useRoles } from '../../data/roles-hooks'
import { DocumentActions } from '../../documents/DocumentActions'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { DocumentCardHead, DocumentCodeField } from './DocumentCardParts'
import { SignerFields } from './SignerFields'

type Line = { text: string }
type DraftForm = Omit<KeputusanDraft, 'menimbang' | 'mengingat' | 'articles'> & {
  menimbang: Line[]
  articles: Line[]
  /** Library entries cited, by id. */
  mengingatChosen: string[]
  /** Lines of Mengingat typed for this decree only. */
  mengingatOwn: Line[]
}
type Message = { kind: 'success' | 'error' | 'warning'; text: string }

const lines = (items: readonly string[]): Line[] => items.map((text) => ({ text }))
const texts = (items: readonly Line[]) => items.map((l) => l.text.trim()).filter(Boolean)

function toForm(d: KeputusanDraft, library: readonly LegalBasis[]): DraftForm {
  const { chosen, own } = splitMengingat(d.mengingat, library)
  return { ...d, menimbang: lines(d.menimbang), articles: lines(d.articles), mengingatChosen: [...chosen], mengingatOwn: lines(own) }
}

function fromForm(v: DraftForm, library: readonly LegalBasis[]): KeputusanDraft {
  const { menimbang, articles, mengingatChosen, mengingatOwn, ...rest } = v
  return {
    ...rest,
    menimbang: texts(menimbang),
    articles: texts(articles),
    mengingat: composeMengingat(library, new Set(mengingatChosen), texts(mengingatOwn))
  }
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err))

/** Keputusan Ketua of a meeting: wording from the meeting and its roles, the KEP number from the register, preview, save, print. */
export function KeputusanPanel({ meeting, profile }: { meeting: Meeting; profile: OfficeProfile }) {
  const state = useMeetingDocument(meeting.id, 'keputusan')
  const roles = useRoles(meeting.id)
  const library = useLegalBases()
  const [error, setError] = useState<string | null>(null)
  const [date, setDate] = useState(() => todayIso(new Date(), utcOffset[profile.timeZone]))
  // The library is seeded on first use (and when emptied); a live query only reads.
  const empty = library?.length === 0
  useEffect(() => {
    if (empty) void ensureLegalBases(getDb())
  }, [empty])
  if (state === undefined || roles === undefined || library === undefined) return <p className="muted">Memuat…</p>
  const { doc, letter } = state
  if (!doc?.keputusan) {
    return (
      <div className="document-card" aria-label="Keputusan Ketua" role="region">
        <h3>Keputusan Ketua</h3>
        <p className="muted">
          Belum dibuat. Keputusan tentang panitia pelaksana, narasumber dan moderator disusun dari data rapat dan susunan di atas; semua teks dapat
          diubah sebelum diberi nomor.
        </p>
        {roles.length === 0 && <Notice kind="info">Isi dulu panitia, narasumber atau moderator agar diktum dan lampiran tersusun otomatis.</Notice>}
        {error && <Notice kind="error">{error}</Notice>}
        <div className="toolbar">
          {/* The date first: Mengingat leaves out legal bases enacted after it. */}
          <label className="inline">
            Tanggal penetapan
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 'auto' }} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={!/^\d{4}-\d{2}-\d{2}$/.test(date)}
            onClick={() => void createKeputusanDraft(getDb(), meeting.id, date).catch((err: unknown) => setError(errorText(err)))}
          >
            Buat Keputusan Ketua
          </button>
        </div>
      </div>
    )
  }
  return <KeputusanEditor key={doc.id} documentId={doc.id} draft={doc.keputusan} letter={letter} meeting={meeting} profile={profile} roles={roles} library={library} />
}

function KeputusanEditor({
  documentId,
  draft,
  letter,
  meeting,
  profile,
  roles,
  library
}: {
  documentId: string
  draft: KeputusanDraft
  letter: Letter | null
  meeting: Meeting
  profile: OfficeProfile
  roles: MeetingRole[]
  library: LegalBasis[]
}) {
  const codes = useLetterCodes() ?? []
  const [message, setMessage] = useState<Message | null>(null)
  const [afterIssue, setAfterIssue] = useState<{ draft: KeputusanDraft; reason: string | null } | null>(null)
  const { register, control, handleSubmit, formState, reset, watch, setValue, setError } = useForm<DraftForm>({ defaultValues: toForm(draft, library) })
  const menimbang = useFieldArray({ control, name: 'menimbang' })
  const articles = useFieldArray({ control, name: 'articles' })
  const own = useFieldArray({ control, name: 'mengingatOwn' })
  const e = formState.errors
  const issued = letter?.status === 'aktif' ? letter : null
  useEffect(() => {
    if (!formState.isDirty) reset(toForm(draft, library))
  }, [draft, library, reset, formState.isDirty])

  const values = watch()
  const current = fromForm(values, library)
  const style = values.articleStyle
  const word = (n: number) => articleWord(n, { pertama: style === 'PERTAMA' })
  const problems = keputusanProblems(roles)
  const fingerprint = rolesFingerprint(roles)
  // The roles print in the lampiran: changed after the number was issued, the office decides as for any edit.
  const rolesChanged = issued !== null && draft.rolesAtIssue !== undefined && draft.rolesAtIssue !== fingerprint
  const chosen = new Set(values.mengingatChosen)
  const decreeYear = Number(values.date.slice(0, 4))
  const shownLibrary = library.filter((b) => b.active || chosen.has(b.id))

  const validate = (v: DraftForm): KeputusanDraft | null => {
    const parsed = keputusanDraft.safeParse(fromForm(v, library))
    if (parsed.success) return parsed.data
    setMessage({ kind: 'error', text: parsed.error.issues.map((i) => i.message).join('; ') })
    return null
  }
  const details = (d: KeputusanDraft) => {
    const { code: _code, ...rest } = keputusanRegisterEntry(meeting, d, roles)
    return rest
  }

  const save = handleSubmit(async (v) => {
    const next = validate(v)
    if (!next) return
    // After the number is issued an edit is either a correction under the same number or a new number.
    if (issued) {
      setAfterIssue({ draft: next, reason: null })
      return
    }
    try {
      await saveMeetingDocument(getDb(), meeting.id, 'keputusan', { keputusan: next })
      reset(toForm(next, library))
      setMessage({ kind: 'success', text: 'Draf keputusan disimpan.' })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  })

  const issue = handleSubmit(async (v) => {
    const valid = validate(v)
    if (!valid) return
    // Nobody named, or someone not serving on the decree's date: no number (shared/meetings/signer.ts).
    const signerError = signerProblem(profile, valid.signer, valid.date)
    if (signerError) {
      setError('signer.signerId', { message: signerError }, { shouldFocus: true })
      return
    }
    const next = { ...valid, signer: pinSigner(profile, valid.signer, valid.date) }
    if (problems.errors.length > 0) {
      setMessage({ kind: 'error', text: problems.errors.join(' ') })
      return
    }
    try {
      await saveMeetingDocument(getDb(), meeting.id, 'keputusan', { keputusan: { ...next, rolesAtIssue: fingerprint } })
      const l = await issueDocumentNumber(getDb(), documentId, keputusanRegisterEntry(meeting, next, roles))
      reset(toForm(next, library))
      setMessage({ kind: 'success', text: `Nomor ${l.number} diterbitkan dan tercatat di Buku Agenda Surat Keluar.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  })

  async function keepNumber(next: KeputusanDraft) {
    if (!issued) return
    try {
      await correctDocumentLetter(getDb(), issued.id, details(next))
      await saveMeetingDocument(getDb(), meeting.id, 'keputusan', { keputusan: { ...next, rolesAtIssue: fingerprint } })
      reset(toForm(next, library))
      setAfterIssue(null)
      setMessage({ kind: 'success', text: `Perubahan disimpan sebagai koreksi; nomor ${issued.number} tetap.` })
    } catch (err) {
      if (err instanceof NumberingError && err.problem.canRenumber) setAfterIssue({ draft: next, reason: err.message })
      else {
        setAfterIssue(null)
        setMessage({ kind: 'error', text: errorText(err) })
      }
    }
  }

  async function newNumber(next: KeputusanDraft) {
    if (!issued) return
    try {
      const l = await renumberDocumentLetter(getDb(), issued.id, details(next))
      await saveMeetingDocument(getDb(), meeting.id, 'keputusan', { keputusan: { ...next, rolesAtIssue: fingerprint } })
      reset(toForm(next, library))
      setMessage({ kind: 'success', text: `Nomor baru ${l.number}; ${issued.number} dicatat batal di Buku Agenda.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
    setAfterIssue(null)
  }

  const suggest = () => {
    const opts = { shouldDirty: true }
    setValue('subject', defaultSubject(meeting.title, roles), opts)
    setValue('menimbang', lines(defaultMenimbang(meeting, profile, roles, values.date)), opts)
    setValue('articles', lines(defaultArticles(meeting, profile, roles, values.date)), opts)
    setMessage({ kind: 'warning', text: 'Teks usulan dipasang; tekan Simpan perubahan untuk menyimpannya.' })
  }

  const build = () => keputusanLayout({ profile, meeting, draft: current, roles, number: issued?.number })
  const fileName = keputusanFileName(meeting.title, issued?.number)

  return (
    <form className="document-card" aria-label="Keputusan Ketua" onSubmit={save} noValidate>
      <DocumentCardHead title="Keputusan Ketua" issued={issued} testId="nomor-keputusan" />
      {rolesChanged && issued && (
        <Notice kind="warning">
          Susunan panitia, narasumber atau moderator berubah setelah keputusan ini terbit dengan nomor <strong>{issued.number}</strong>; lampirannya
          ikut berubah. Simpan perubahan ini sebagai koreksi dengan nomor yang sama, atau terbitkan nomor baru.{' '}
          <button type="button" onClick={() => void save()}>
            Koreksi atau nomor baru…
          </button>
        </Notice>
      )}
      <div className="grid-3">
        <Field label="Tanggal penetapan" error={e.date?.message}>
          {(p) => <input {...p} type="date" {...register('date')} />}
        </Field>
        <DocumentCodeField issued={issued} codes={codes} field={register('code')} error={e.code?.message} />
        <Field label="Ditetapkan di" error={e.place?.message}>
          {(p) => <input {...p} {...register('place')} />}
        </Field>
      </div>
      <Field label="Tentang (dicetak dengan huruf kapital)" error={e.subject?.message}>
        {(p) => <textarea {...p} rows={2} {...register('subject')} />}
      </Field>
      {subjectBehindRoles(values.subject, meeting.title, roles) && (
        <Notice kind="warning">
          Susunan peran berubah sejak draf dibuat; “Tentang” dan diktum masih menyebut kelompok yang lama.{' '}
          <button type="button" className="link" onClick={suggest}>
            Pakai teks usulan
          </button>
        </Notice>
      )}

      <fieldset className="fieldset">
        <legend>Menimbang</legend>
        {menimbang.fields.map((f, i) => (
          <LineRow
            key={f.id}
            label={`${String.fromCharCode(97 + i)}.`}
            name={`menimbang.${i}.text`}
            register={register}
            what="Menimbang"
            onRemove={() => menimbang.remove(i)}
            onUp={i > 0 ? () => menimbang.move(i, i - 1) : undefined}
          />
        ))}
        <button type="button" onClick={() => menimbang.append({ text: 'bahwa ' })}>
          Tambah Menimbang
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Mengingat</legend>
        <p className="muted small">
          Dari pustaka dasar hukum kantor (diubah di <a href="#/pengaturan">Pengaturan</a>), dalam urutan pustaka; lalu baris tambahan untuk keputusan
          ini.
        </p>
        {shownLibrary.map((b) => {
          const year = legalBasisYear(b.text)
          return (
            <label key={b.id} className="check" style={{ alignItems: 'flex-start' }}>
              <input
                type="checkbox"
                checked={chosen.has(b.id)}
                onChange={(ev) =>
                  setValue('mengingatChosen', ev.target.checked ? [...values.mengingatChosen, b.id] : values.mengingatChosen.filter((x) => x !== b.id), {
                    shouldDirty: true
                  })
                }
              />
              <span>
                {b.text}
                {year !== undefined && year > decreeYear && <span className="badge warn"> terbit setelah tanggal keputusan</span>}
                {!b.active && <span className="badge"> nonaktif</span>}
              </span>
            </label>
          )
        })}
        {own.fields.map((f, i) => (
          <LineRow key={f.id} label="+" name={`mengingatOwn.${i}.text`} register={register} what="dasar tambahan" onRemove={() => own.remove(i)} />
        ))}
        <button type="button" onClick={() => own.append({ text: '' })}>
          Tambah dasar lain
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Diktum</legend>
        <div className="toolbar">
          <span>Penomoran diktum:</span>
          {articleStyles.map((s) => (
            <label key={s} className="check">
              <input type="radio" value={s} {...register('articleStyle')} /> {s}, KEDUA, KETIGA, …
            </label>
          ))}
        </div>
        <p className="muted small">Menetapkan: KEPUTUSAN KETUA … TENTANG (isi “Tentang”), disusun otomatis.</p>
        {articles.fields.map((f, i) => (
          <LineRow
            key={f.id}
            label={word(i + 1)}
            name={`articles.${i}.text`}
            register={register}
            what="Diktum"
            onRemove={() => articles.remove(i)}
            onUp={i > 0 ? () => articles.move(i, i - 1) : undefined}
          />
        ))}
        <button type="button" onClick={() => articles.append({ text: '' })}>
          Tambah diktum
        </button>
        <Field label={`${word(values.articles.length + 1)} (diktum penutup)`} error={e.closing?.message}>
          {(p) => <textarea {...p} rows={2} {...register('closing')} />}
        </Field>
      </fieldset>

      <label className="check">
        <input type="checkbox" {...register('kop')} /> Cetak kop surat di atas keputusan
      </label>
      <SignerFields register={register} prefix="signer" profile={profile} dateIso={values.date} choice={values.signer} error={e.signer?.signerId?.message} />
      {problems.errors.length > 0 && <Notice kind="warning">{problems.errors.join(' ')}</Notice>}
      {problems.warnings.length > 0 && (
        <Notice kind="info">
          Periksa sebelum terbit: {problems.warnings.slice(0, 5).join(' ')}
          {problems.warnings.length > 5 ? ` (dan ${problems.warnings.length - 5} lainnya)` : ''}
        </Notice>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="toolbar">
        <button type="submit" disabled={!formState.isDirty}>
          Simpan perubahan
        </button>
        <button type="button" onClick={suggest}>
          Susun ulang teks dari peran
        </button>
        {!issued && (
          <button type="button" className="primary" onClick={() => void issue()}>
            Terbitkan nomor
          </button>
        )}
      </div>
      <DocumentActions
        fileName={fileName}
        build={build}
        disabled={rolesChanged}
        disabledReason="Susunan peran berubah setelah terbit: pilih dulu koreksi (nomor tetap) atau nomor baru."
        signing={{ documentLabel: 'Keputusan Ketua', meetingTitle: meeting.title, location: profile.placeName, zone: profile.timeZone }}
      />
      {afterIssue && issued && (
        <Dialog title="Keputusan sudah bernomor" onClose={() => setAfterIssue(null)}>
          {afterIssue.reason ? (
            <>
              <p>{afterIssue.reason}</p>
              <p>
                Perubahan ini memerlukan nomor baru. Nomor lama {issued.number} tetap tercatat di Buku Agenda sebagai <strong>batal</strong>.
              </p>
            </>
          ) : (
            <p>
              Keputusan ini sudah bernomor <strong>{issued.number}</strong>. Simpan perubahan sebagai koreksi dengan nomor yang sama, atau terbitkan
              nomor baru (nomor lama dicatat batal)?
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setAfterIssue(null)}>
              Batal
            </button>
            <button type="button" onClick={() => void newNumber(afterIssue.draft)}>
              Terbitkan nomor baru
            </button>
            {!afterIssue.reason && (
              <button type="button" className="primary" onClick={() => void keepNumber(afterIssue.draft)}>
                Koreksi, nomor tetap
              </button>
            )}
          </div>
        </Dialog>
      )}
    </form>
  )
}

/** One editable line of a list (a Menimbang, an article): its label, the text, move up, remove. */
function LineRow({
  label,
  name,
  register,
  what,
  onRemove,
  onUp
}: {
  label: string
  name: `menimbang.${number}.text` | `articles.${number}.text` | `mengingatOwn.${number}.text`
  register: UseFormRegister<DraftForm>
  what: string
  onRemove: () => void
  onUp?: (() => void) | undefined
}) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '6.5rem 1fr 6.5rem', gap: '0.5rem', alignItems: 'start', marginBottom: '0.4rem' }}>
      <span style={{ fontWeight: 600, paddingTop: '0.45rem' }}>{label}</span>
      <textarea aria-label={`${what} ${label}`} rows={2} {...register(name)} />
      <span className="nowrap">
        {onUp && (
          <button type="button" className="small" aria-label={`Naikkan ${what} ${label}`} onClick={onUp}>
            ↑
          </button>
        )}{' '}
        <button type="button" className="small danger" aria-label={`Hapus ${what} ${label}`} onClick={onRemove}>
          Hapus
        </button>
      </span>
    </div>
  )
}
