import { useCallback, useId, useState } from 'react'
import { useFieldArray, type FieldErrors, type UseFormRegister } from 'react-hook-form'
import { todayIso, utcOffset } from '@shared/calendar'
import { articleWord } from '@shared/documents/markers'
import {
  composeMengingat,
  decreeBases,
  kindOfBasis,
  defaultArticles,
  defaultMenimbang,
  defaultSubject,
  keputusanFormPath,
  keputusanKind,
  keputusanProblems,
  legalBasisYear,
  splitMengingat,
  subjectBehindRoles,
  type InviteeView
} from '@shared/meetings'
import { articleStyles, keputusanDraft, legalBasisKinds, type KeputusanDraft, type LegalBasis, type LegalBasisKind, type Letter, type LetterCode, type Meeting, type MeetingDocument, type MeetingRole, type OfficeProfile } from '@shared/model'
import { getDb } from '../../data/db'
import { createKeputusanDraft } from '../../data/keputusan-repo'
import { useLetterCodes } from '../../data/letters-hooks'
import { useMeetingDocument } from '../../data/meetings-hooks'
import { useLegalBases, useRoles } from '../../data/roles-hooks'
import { DateField, FormDateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { errorText } from '../../ui/error-text'
import { useMappedModelForm } from '../../ui/model-form'
import { Notice } from '../../ui/Notice'
import { NumberedPreview } from '../preview/PreviewColumn'
import { DocumentCardHead, DocumentCodeField } from './DocumentCardParts'
import { draftReader, NumberedDocumentFlow } from './NumberedDocumentFlow'
import { SignerFields } from './SignerFields'
import { useTakeStored } from './useTakeStored'
import { settingsHref } from '../pengaturan/sections'

type Line = { text: string }
type DraftForm = Omit<KeputusanDraft, 'menimbang' | 'mengingat' | 'memperhatikan' | 'articles'> & {
  menimbang: Line[]
  articles: Line[]
  /** Library entries cited, by id. */
  mengingatChosen: string[]
  /** Lines of Mengingat typed for this decree only. */
  mengingatOwn: Line[]
  /** Lines of Memperhatikan typed for this decree only. */
  memperhatikanOwn: Line[]
}
type Message = { kind: 'success' | 'error' | 'warning'; text: string }

const lines = (items: readonly string[]): Line[] => items.map((text) => ({ text }))
const texts = (items: readonly Line[]) => items.map((l) => l.text.trim()).filter(Boolean)

function toForm(d: KeputusanDraft, library: readonly LegalBasis[]): DraftForm {
  // A draft made before Memperhatikan was kept is sorted as it prints (decreeBases).
  const bases = decreeBases(d)
  const m = splitMengingat(bases.mengingat, library)
  const p = splitMengingat(bases.memperhatikan, library)
  const { memperhatikan: _kept, ...rest } = d
  return {
    ...rest,
    menimbang: lines(d.menimbang),
    articles: lines(d.articles),
    mengingatChosen: [...m.chosen, ...p.chosen],
    mengingatOwn: lines(m.own),
    memperhatikanOwn: lines(p.own)
  }
}

function fromForm(v: DraftForm, library: readonly LegalBasis[]): KeputusanDraft {
  const { menimbang, articles, mengingatChosen, mengingatOwn, memperhatikanOwn, ...rest } = v
  const chosen = new Set(mengingatChosen)
  const of = (kind: LegalBasisKind) => library.filter((b) => kindOfBasis(b) === kind)
  return {
    ...rest,
    menimbang: texts(menimbang),
    articles: texts(articles),
    mengingat: composeMengingat(of('mengingat'), chosen, texts(mengingatOwn)),
    memperhatikan: composeMengingat(of('memperhatikan'), chosen, texts(memperhatikanOwn))
  }
}

/** A decree prints no invitees; one array for every render, so what depends on the sources is not redone. */
const NO_INVITEES: readonly InviteeView[] = []

/** Keputusan Ketua of a meeting: wording from the meeting and its roles, the KEP number from the register, preview, save, print. */
export function KeputusanPanel({ meeting, profile }: { meeting: Meeting; profile: OfficeProfile }) {
  const state = useMeetingDocument(meeting.id, 'keputusan')
  const roles = useRoles(meeting.id)
  const library = useLegalBases()
  const codes = useLetterCodes()
  const [error, setError] = useState<string | null>(null)
  const [date, setDate] = useState(() => todayIso(new Date(), utcOffset[profile.timeZone]))
  // The form waits for the codes: a select drawn before its options shows the first code, not the draft's.
  if (state === undefined || roles === undefined || library === undefined || codes === undefined) return <p className="muted">Memuat…</p>
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
          <DateField label="Tanggal penetapan" value={date} onChange={setDate} />
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
  return <KeputusanEditor key={doc.id} doc={doc} draft={doc.keputusan} letter={letter} meeting={meeting} profile={profile} roles={roles} library={library} codes={codes} />
}

function KeputusanEditor({
  doc,
  draft,
  letter,
  meeting,
  profile,
  roles,
  library,
  codes
}: {
  doc: MeetingDocument
  draft: KeputusanDraft
  letter: Letter | null
  meeting: Meeting
  profile: OfficeProfile
  roles: MeetingRole[]
  library: LegalBasis[]
  codes: LetterCode[]
}) {
  const [message, setMessage] = useState<Message | null>(null)
  const toModel = useCallback((v: DraftForm) => fromForm(v, library), [library])
  const { register, control, handleSubmit, formState, reset, watch, setValue, setError } = useMappedModelForm(keputusanDraft, toModel, keputusanFormPath, {
    defaultValues: toForm(draft, library)
  })
  const menimbang = useFieldArray({ control, name: 'menimbang' })
  const articles = useFieldArray({ control, name: 'articles' })
  const own = useFieldArray({ control, name: 'mengingatOwn' })
  const ownOther = useFieldArray({ control, name: 'memperhatikanOwn' })
  const e = formState.errors
  const issued = letter?.status === 'aktif' ? letter : null
  useTakeStored([draft, library], () => reset(toForm(draft, library)), formState.isDirty)

  const values = watch()
  const current = fromForm(values, library)
  const style = values.articleStyle
  const word = (n: number) => articleWord(n, { pertama: style === 'PERTAMA' })
  const problems = keputusanProblems(roles)
  const chosen = new Set(values.mengingatChosen)
  const decreeYear = Number(values.date.slice(0, 4))
  const shownLibrary = library.filter((b) => b.active || chosen.has(b.id))

  const readDraft = draftReader(handleSubmit, (v: DraftForm) => fromForm(v, library), keputusanKind, setMessage)
  const sources = { profile, meeting, invitees: NO_INVITEES, roles }
  const layout = () => keputusanKind.layout(sources, current, issued?.number)

  const suggest = () => {
    const opts = { shouldDirty: true }
    setValue('subject', defaultSubject(meeting.title, roles), opts)
    setValue('menimbang', lines(defaultMenimbang(meeting, profile, roles, values.date)), opts)
    setValue('articles', lines(defaultArticles(meeting, profile, roles, values.date)), opts)
    setMessage({ kind: 'warning', text: 'Teks usulan dipasang; tekan Simpan perubahan untuk menyimpannya.' })
  }

  const form = (
    <form className="document-card" aria-label="Keputusan Ketua" onSubmit={(ev) => ev.preventDefault()} noValidate>
      <DocumentCardHead title="Keputusan Ketua" issued={issued} testId="nomor-keputusan" />
      <div className="grid-3">
        <FormDateField control={control} name="date" label="Tanggal penetapan" />
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
            error={e.menimbang?.[i]?.text?.message}
            what="Menimbang"
            onRemove={() => menimbang.remove(i)}
            onUp={i > 0 ? () => menimbang.move(i, i - 1) : undefined}
          />
        ))}
        <button type="button" onClick={() => menimbang.append({ text: 'bahwa ' })}>
          Tambah Menimbang
        </button>
        <ListError error={e.menimbang} />
      </fieldset>

      {legalBasisKinds.map((kind) => {
        const rows = kind === 'mengingat' ? own : ownOther
        const field = kind === 'mengingat' ? 'mengingatOwn' : 'memperhatikanOwn'
        return (
          <fieldset className="fieldset" key={kind} aria-label={kind === 'mengingat' ? 'Mengingat' : 'Memperhatikan'}>
            <legend>{kind === 'mengingat' ? 'Mengingat' : 'Memperhatikan'}</legend>
            <p className="muted small">
              {kind === 'mengingat' ? 'Peraturan' : 'Dokumen lain (program kerja, surat, hasil rapat)'} dari pustaka dasar hukum kantor (diubah di{' '}
              <a href={settingsHref('dasar-hukum')}>Pengaturan</a>), dalam urutan pustaka; lalu baris tambahan untuk keputusan ini.
            </p>
            {shownLibrary
              .filter((b) => kindOfBasis(b) === kind)
              .map((b) => {
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
            {rows.fields.map((f, i) => (
              <LineRow key={f.id} label="+" name={`${field}.${i}.text`} register={register} error={e[field]?.[i]?.text?.message} what="dasar tambahan" onRemove={() => rows.remove(i)} />
            ))}
            <button type="button" onClick={() => rows.append({ text: '' })}>
              {kind === 'mengingat' ? 'Tambah dasar lain' : 'Tambah dokumen lain'}
            </button>
            <ListError error={e[field]} />
          </fieldset>
        )
      })}

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
            error={e.articles?.[i]?.text?.message}
            what="Diktum"
            onRemove={() => articles.remove(i)}
            onUp={i > 0 ? () => articles.move(i, i - 1) : undefined}
          />
        ))}
        <button type="button" onClick={() => articles.append({ text: '' })}>
          Tambah diktum
        </button>
        <ListError error={e.articles} />
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
      <NumberedDocumentFlow
        def={keputusanKind}
        doc={doc}
        issued={issued}
        sources={sources}
        storedDraft={draft}
        dirty={formState.isDirty}
        readDraft={readDraft}
        onSaved={(d) => reset(toForm(d, library))}
        previewLayout={layout}
        extraButtons={
          <button type="button" onClick={suggest}>
            Susun ulang teks dari peran
          </button>
        }
        message={message}
        setMessage={setMessage}
        onSignerProblem={(text) => setError('signer.signerId', { message: text }, { shouldFocus: true })}
      />
    </form>
  )
  return (
    <div className="document-workspace">
      {form}
      <NumberedPreview document="Keputusan Ketua" doc={doc} issued={issued} draft={layout} draftDeps={[JSON.stringify(current), profile, meeting, roles, issued?.number]} />
    </div>
  )
}

/** One editable line of a list (a Menimbang, an article): its label, the text, move up, remove. */
function LineRow({
  label,
  name,
  register,
  error,
  what,
  onRemove,
  onUp
}: {
  label: string
  name: `menimbang.${number}.text` | `articles.${number}.text` | `mengingatOwn.${number}.text` | `memperhatikanOwn.${number}.text`
  register: UseFormRegister<DraftForm>
  error?: string | undefined
  what: string
  onRemove: () => void
  onUp?: (() => void) | undefined
}) {
  const msgId = `${useId()}-msg`
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '6.5rem 1fr 6.5rem', gap: '0.5rem', alignItems: 'start', marginBottom: '0.4rem' }}>
      <span style={{ fontWeight: 600, paddingTop: '0.45rem' }}>{label}</span>
      <div className={error ? 'field has-error' : undefined}>
        <textarea aria-label={`${what} ${label}`} rows={2} aria-invalid={Boolean(error)} aria-describedby={error ? msgId : undefined} {...register(name)} />
        {error && (
          <small id={msgId} className="field-error">
            {error}
          </small>
        )}
      </div>
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

/** A message about a list as a whole ("Isi minimal satu Menimbang"), under the list, read out when it appears. */
function ListError({ error }: { error: FieldErrors<DraftForm>['menimbang'] | FieldErrors<DraftForm>['mengingatOwn'] }) {
  const message = error?.message ?? error?.root?.message
  return message ? (
    <p className="field-error" role="alert">
      {message}
    </p>
  ) : null
}
