import { useMemo, useState, type ReactNode } from 'react'
import type { FieldValues, UseFormHandleSubmit } from 'react-hook-form'
import { formatDateLong } from '@shared/calendar'
import { thawLayout } from '@shared/documents/frozen-layout'
import { documentChangeKey, type DocumentSources, type NumberedKind, type RegisterEntry } from '@shared/meetings'
import type { Letter, MeetingDocument } from '@shared/model'
import { NumberingError } from '@shared/numbering'
import { getDb } from '../../data/db'
import { correctDocument, issueDocument, previewIssue, renumberDocument, saveDocumentDraft } from '../../data/document-commands'
import { previewNextNumber } from '../../data/letters-repo'
import { DocumentActions } from '../../documents/DocumentActions'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { errorText } from '../../ui/error-text'
import { Notice } from '../../ui/Notice'

type Message = { kind: 'success' | 'error' | 'warning'; text: string }

/**
 * The form's draft for a command: react-hook-form's validation first (field errors shown), then the
 * kind's draft schema, whose messages go to the card's notice. Resolves null when either refuses.
 */
export function draftReader<V extends FieldValues, D>(
  handleSubmit: UseFormHandleSubmit<V>,
  toDraft: (v: V) => unknown,
  def: Pick<NumberedKind<D>, 'draftSchema'>,
  setMessage: (m: Message) => void
): () => Promise<D | null> {
  return () =>
    new Promise<D | null>((resolve) => {
      void handleSubmit(
        (v) => {
          const parsed = def.draftSchema.safeParse(toDraft(v))
          if (!parsed.success) setMessage({ kind: 'error', text: parsed.error.issues.map((i) => i.message).join('; ') })
          resolve(parsed.success ? parsed.data : null)
        },
        () => resolve(null)
      )()
    })
}
type Confirm<D> = { draft: D; entry: RegisterEntry; number: string | null; problems: string[] }
type AfterIssue<D> = { draft: D; reason: string | null; cause: 'edit' | 'data' }

/**
 * The save / issue / correct / renumber flow of a numbered document (Undangan, Keputusan), written
 * once: the panels give the form and read the draft; this asks before a number is issued, freezes
 * what prints at issue, notices later changes of the meeting's data and offers a correction under
 * the same number or a new number, and prints the frozen copy until the secretary chooses.
 */
export function NumberedDocumentFlow<D>({
  def,
  doc,
  issued,
  sources,
  storedDraft,
  dirty,
  readDraft,
  onSaved,
  previewLayout,
  extraButtons,
  message,
  setMessage,
  onSignerProblem
}: {
  def: NumberedKind<D>
  doc: MeetingDocument
  issued: Letter | null
  /** The meeting's data as it is now. */
  sources: DocumentSources
  /** The draft as saved. */
  storedDraft: D
  dirty: boolean
  /** The form's draft, validated; null (with the form's errors shown) when it is not valid. */
  readDraft: () => Promise<D | null>
  /** After a save, correction or new number: the form takes the saved draft. */
  onSaved: (draft: D) => void
  /** The layout of the form's current draft (before issue, or for an old issued document without a frozen copy). */
  previewLayout: () => ReturnType<NumberedKind<D>['layout']>
  extraButtons?: ReactNode
  message: Message | null
  setMessage: (m: Message | null) => void
  /** Shows the signer's problem at the signer field (nobody named, or not serving on the date). */
  onSignerProblem: (message: string) => void
}) {
  const [confirm, setConfirm] = useState<Confirm<D> | null>(null)
  const [afterIssue, setAfterIssue] = useState<AfterIssue<D> | null>(null)
  const [busy, setBusy] = useState(false)
  const db = getDb()
  const meetingId = sources.meeting.id
  const frozen = issued && doc.frozen?.letterId === issued.id ? doc.frozen : undefined
  // The key canonicalises every printed invitee: worked out when the data changes, not on every keystroke of the form.
  const { profile, meeting, invitees, roles } = sources
  const liveKey = useMemo(
    () => (frozen ? documentChangeKey(def, { profile, meeting, invitees, roles }, storedDraft) : undefined),
    [def, frozen, profile, meeting, invitees, roles, storedDraft]
  )
  const changed = frozen !== undefined && liveKey !== frozen.changeKey

  async function act(f: () => Promise<void>) {
    setBusy(true)
    try {
      await f()
    } finally {
      setBusy(false)
    }
  }

  const save = () =>
    act(async () => {
      const draft = await readDraft()
      if (draft === null) return
      if (issued) {
        setAfterIssue({ draft, reason: null, cause: 'edit' })
        return
      }
      try {
        await saveDocumentDraft(db, meetingId, def.kind, draft)
        onSaved(draft)
        setMessage({ kind: 'success', text: `Draf ${def.label.toLocaleLowerCase('id-ID')} disimpan.` })
      } catch (err) {
        setMessage({ kind: 'error', text: errorText(err) })
      }
    })

  const askIssue = () =>
    act(async () => {
      const draft = await readDraft()
      if (draft === null) return
      const signer = def.signerProblem(sources, draft)
      if (signer) {
        onSignerProblem(signer)
        return
      }
      try {
        const { entry, problems } = await previewIssue(db, meetingId, def.kind, draft)
        const next = problems.length === 0 ? await previewNextNumber(db, entry.code, entry.date) : null
        if (next && !next.ok) {
          setMessage({ kind: 'error', text: next.problem.message })
          return
        }
        setConfirm({ draft, entry, number: next?.number ?? null, problems })
      } catch (err) {
        setMessage({ kind: 'error', text: errorText(err) })
      }
    })

  const issue = (c: Confirm<D>) =>
    act(async () => {
      try {
        const letter = await issueDocument(db, meetingId, def.kind, c.draft)
        onSaved(c.draft)
        setMessage({ kind: 'success', text: `Nomor ${letter.number} diterbitkan dan tercatat di Buku Agenda Surat Keluar.` })
      } catch (err) {
        setMessage({ kind: 'error', text: errorText(err) })
      }
      setConfirm(null)
    })

  const keepNumber = (a: AfterIssue<D>) =>
    act(async () => {
      if (!issued) return
      try {
        await correctDocument(db, meetingId, def.kind, a.draft)
        onSaved(a.draft)
        setAfterIssue(null)
        setMessage({ kind: 'success', text: `Koreksi disimpan; nomor ${issued.number} tetap. Buku Agenda mencatat koreksinya.` })
      } catch (err) {
        if (err instanceof NumberingError && err.problem.canRenumber) setAfterIssue({ ...a, reason: err.message })
        else {
          setAfterIssue(null)
          setMessage({ kind: 'error', text: errorText(err) })
        }
      }
    })

  const newNumber = (a: AfterIssue<D>) =>
    act(async () => {
      if (!issued) return
      try {
        const { issued: fresh } = await renumberDocument(db, meetingId, def.kind, a.draft)
        onSaved(a.draft)
        setMessage({ kind: 'success', text: `Nomor baru ${fresh.number}; ${issued.number} dicatat batal di Buku Agenda.` })
      } catch (err) {
        setMessage({ kind: 'error', text: errorText(err) })
      }
      setAfterIssue(null)
    })

  // The meeting's data changed: the stored wording with today's data (unsaved edits of the form go through Simpan).
  const decideForData = () => setAfterIssue({ draft: storedDraft, reason: null, cause: 'data' })

  return (
    <>
      {changed && issued && (
        <Notice kind="warning">
          <span data-testid="berubah-setelah-terbit">
            Data rapat yang dicetak di {def.label.toLocaleLowerCase('id-ID')} ini (tanggal, tempat, acara, penerima, susunan atau penanda tangan) berubah
            setelah nomor <strong>{issued.number}</strong> terbit. Yang dicetak tetap salinan saat terbit sampai Anda memilih.
          </span>{' '}
          <button type="button" disabled={busy} onClick={() => void keepNumber({ draft: storedDraft, reason: null, cause: 'data' })}>
            Koreksi, nomor tetap
          </button>{' '}
          <button type="button" disabled={busy} onClick={decideForData}>
            Nomor baru (yang lama batal)…
          </button>
        </Notice>
      )}
      {issued && !frozen && (
        <Notice kind="info">
          Dokumen ini terbit sebelum aplikasi menyimpan salinan tetap; cetakannya mengikuti data saat ini. Simpan sebagai koreksi untuk menetapkannya.
        </Notice>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="toolbar">
        <button type="button" disabled={!dirty || busy} onClick={() => void save()}>
          Simpan perubahan
        </button>
        {extraButtons}
        {!issued && (
          <button type="button" className="primary" disabled={busy} onClick={() => void askIssue()}>
            Terbitkan nomor…
          </button>
        )}
      </div>
      <DocumentActions
        fileName={frozen?.fileName ?? def.fileName(sources.meeting.title, issued?.number)}
        build={() => (frozen ? thawLayout(frozen.layout) : previewLayout())}
        signing={{ documentLabel: def.label, meetingTitle: sources.meeting.title, location: sources.profile.placeName, zone: sources.profile.timeZone }}
      />
      {confirm && (
        <Dialog title={`Terbitkan nomor ${def.label}`} onClose={() => setConfirm(null)}>
          {confirm.problems.length > 0 ? (
            <Notice kind="error">{confirm.problems.join(' ')}</Notice>
          ) : (
            <>
              <p>Nomor yang diterbitkan tidak dapat ditarik kembali; bila tidak jadi dipakai, nomor itu hanya dapat dibatalkan.</p>
              <dl className="summary" data-testid="konfirmasi-terbit">
                <dt>Nomor</dt>
                <dd>
                  <strong>{confirm.number}</strong>
                </dd>
                <dt>Tanggal</dt>
                <dd>{formatDateLong(confirm.entry.date)}</dd>
                <dt>Perihal</dt>
                <dd>{confirm.entry.perihal}</dd>
                <dt>Kepada</dt>
                <dd>{confirm.entry.kepada || '-'}</dd>
              </dl>
            </>
          )}
          <DialogFooter {...(confirm.problems.length === 0 ? { primary: { label: 'Terbitkan', disabled: busy, onClick: () => void issue(confirm) } } : {})} />
        </Dialog>
      )}
      {afterIssue && issued && (
        <Dialog title={`${def.label} sudah bernomor`} onClose={() => setAfterIssue(null)}>
          {afterIssue.reason ? (
            <>
              <p>{afterIssue.reason}</p>
              <p>
                Perubahan ini memerlukan nomor baru. Nomor lama {issued.number} tetap tercatat di Buku Agenda sebagai <strong>batal</strong>.
              </p>
            </>
          ) : (
            <p>
              {def.label} ini sudah bernomor <strong>{issued.number}</strong>. Simpan perubahan sebagai koreksi dengan nomor yang sama, atau terbitkan
              nomor baru (nomor lama dicatat batal)?
            </p>
          )}
          {afterIssue.reason ? (
            <DialogFooter primary={{ label: 'Terbitkan nomor baru', disabled: busy, onClick: () => void newNumber(afterIssue) }} />
          ) : (
            <DialogFooter
              extra={
                <button type="button" disabled={busy} onClick={() => void newNumber(afterIssue)}>
                  Terbitkan nomor baru
                </button>
              }
              primary={{ label: 'Koreksi, nomor tetap', disabled: busy, onClick: () => void keepNumber(afterIssue) }}
            />
          )}
        </Dialog>
      )}
    </>
  )
}
