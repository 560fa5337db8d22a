import {
  frozenCopyOf,
  keputusanKind,
  undanganKind,
  type DocumentSources,
  type NumberedDocumentKind,
  type NumberedKind,
  type RegisterEntry
} from '@shared/meetings'
import { meetingDocument, newId, printable, type FrozenCopy, type Letter, type MeetingDocument } from '@shared/model'
import { NumberingError, problem } from '@shared/numbering'
import type { PkkDatabase } from './db'
import { numberingTables } from './letters-common'
import { durably } from './journal'
import { issueLetter, renumberLetter, updateLetterDetails } from './letters-repo'
import { inviteeViews } from './meetings-repo'
import { listRoles } from './roles-repo'

/**
 * The meeting page's intents for a numbered document (Undangan, Keputusan), one command each, one
 * transaction each: save the draft, issue, correct under the same number, renumber. The register
 * entry and the frozen copy are derived here from the kind's definition (shared/meetings/document-kinds),
 * never passed in from a view; components call these and show the result.
 */

/** Fails with a message for the secretary; the document and the register are left as they were. */
export class DocumentCommandError extends Error {
  override name = 'DocumentCommandError'
}

/** Runs `f` with the kind's definition, typed for its draft. */
function withKind<R>(kind: NumberedDocumentKind, f: <D>(def: NumberedKind<D>) => R): R {
  return kind === 'undangan' ? f(undanganKind) : f(keputusanKind)
}

const documentTables = (db: PkkDatabase) => [
  ...numberingTables(db),
  db.documents,
  db.meetings,
  db.inviteeLists,
  db.people,
  db.organisations,
  db.roles
]

/** What the document is made from, read inside the caller's transaction. */
export async function readSources(db: PkkDatabase, meetingId: string): Promise<DocumentSources> {
  const [meeting, profile, invitees, roles] = await Promise.all([db.meetings.get(meetingId), db.profile.get('office'), inviteeViews(db, meetingId), listRoles(db, meetingId)])
  if (!meeting) throw new DocumentCommandError('Rapat tidak ditemukan; mungkin sudah dihapus.')
  if (!profile) throw new DocumentCommandError('Isi dulu data kantor di Pengaturan.')
  return { meeting, profile, invitees, roles }
}

function parseDraft<D>(def: NumberedKind<D>, raw: unknown): D {
  const r = printable(def.draftSchema).safeParse(raw)
  if (r.success) return r.data
  throw new DocumentCommandError(r.error.issues.map((i) => i.message).join('; '))
}

async function currentDocument(db: PkkDatabase, meetingId: string, kind: NumberedDocumentKind): Promise<MeetingDocument | undefined> {
  return db.documents.where('[meetingId+kind]').equals([meetingId, kind]).first()
}

async function activeLetter(db: PkkDatabase, doc: MeetingDocument | undefined): Promise<Letter | undefined> {
  const l = doc?.letterId ? await db.letters.get(doc.letterId) : undefined
  return l?.status === 'aktif' ? l : undefined
}

/** Writes the document after checking it against the schema restore uses (whatever the app writes, restore accepts). */
async function putDocument(db: PkkDatabase, doc: MeetingDocument): Promise<MeetingDocument> {
  const r = meetingDocument.safeParse(doc)
  if (!r.success) throw new DocumentCommandError(`Dokumen tidak dapat disimpan: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  await db.documents.put(r.data)
  return r.data
}

const freeze = <D>(def: NumberedKind<D>, src: DocumentSources, draft: D, letter: Letter, now: Date): FrozenCopy => frozenCopyOf(def, src, draft, letter, now.toISOString())

const details = ({ code: _code, ...rest }: RegisterEntry) => rest

/** Creates the document with its draft, or saves the edited draft. An issued document changes only by correct or renumber. */
export async function saveDocumentDraft(db: PkkDatabase, meetingId: string, kind: NumberedDocumentKind, raw: unknown, now = new Date()): Promise<MeetingDocument> {
  return withKind(kind, (def) => {
    const draft = parseDraft(def, raw)
    return db.transaction('rw', [db.documents, db.meetings, db.letters], async () => {
      if (!(await db.meetings.get(meetingId))) throw new DocumentCommandError('Rapat tidak ditemukan; mungkin sudah dihapus.')
      const current = await currentDocument(db, meetingId, kind)
      const issued = await activeLetter(db, current)
      if (issued) throw new DocumentCommandError(`${def.label} sudah bernomor ${issued.number}: simpan perubahan sebagai koreksi atau dengan nomor baru.`)
      const stamp = now.toISOString()
      const next: MeetingDocument = current
        ? { ...current, ...def.withDraft(draft), updatedAt: stamp }
        : { id: newId(), meetingId, kind, ...def.withDraft(draft), createdAt: stamp, updatedAt: stamp }
      return putDocument(db, next)
    })
  })
}

export interface IssuePreview {
  entry: RegisterEntry
  problems: string[]
}

/** What issuing would record (for the confirmation): the register entry and what still stops it. */
export async function previewIssue(db: PkkDatabase, meetingId: string, kind: NumberedDocumentKind, raw: unknown): Promise<IssuePreview> {
  return withKind(kind, async (def) => {
    const draft = parseDraft(def, raw)
    const src = await db.transaction('r', documentTables(db), () => readSources(db, meetingId))
    return { entry: def.registerEntry(src, draft), problems: def.problems(src, draft) }
  })
}

/**
 * Issues the document's number: saves the draft, takes the number from the register with the entry
 * the kind defines, and freezes what the document prints under that number, in one transaction.
 * Either all of it happened, or nothing did.
 */
export async function issueDocument(db: PkkDatabase, meetingId: string, kind: NumberedDocumentKind, raw: unknown, now = new Date()): Promise<Letter> {
  return withKind(kind, (def) => {
    const chosen = parseDraft(def, raw)
    return durably(db, () =>
      db.transaction('rw', documentTables(db), async () => {
        const src = await readSources(db, meetingId)
        const problems = def.problems(src, chosen)
        if (problems.length > 0) throw new DocumentCommandError(problems.join(' '))
        const draft = def.pinned(src, chosen)
        const current = await currentDocument(db, meetingId, kind)
        const already = await activeLetter(db, current)
        if (already) throw new DocumentCommandError(`Dokumen ini sudah bernomor ${already.number}.`)
        const entry = def.registerEntry(src, draft)
        const letter = await issueLetter(db, { ...entry, meetingId, documentKind: kind }, now)
        const stamp = now.toISOString()
        const base: MeetingDocument = current ?? { id: newId(), meetingId, kind, createdAt: stamp, updatedAt: stamp }
        await putDocument(db, { ...base, ...def.withDraft(draft), letterId: letter.id, frozen: freeze(def, src, draft, letter, now), updatedAt: stamp })
        return letter
      })
    )
  })
}

/** For a correction or a new number, inside its transaction: the sources, the issued document and letter, the new register entry. */
async function changeOfIssued<D>(db: PkkDatabase, meetingId: string, def: NumberedKind<D>, chosen: D) {
  const src = await readSources(db, meetingId)
  const problems = def.problems(src, chosen)
  if (problems.length > 0) throw new DocumentCommandError(problems.join(' '))
  const doc = await currentDocument(db, meetingId, def.kind)
  const letter = await activeLetter(db, doc)
  if (!doc || !letter) throw new DocumentCommandError(`${def.label} belum bernomor; simpan sebagai draf.`)
  const draft = def.pinned(src, chosen)
  return { src, doc, letter, draft, entry: def.registerEntry(src, draft) }
}

/**
 * A correction under the same number: the register entry follows (perihal, kepada, jumlah) with the
 * letter's history, and a new frozen copy replaces the old one. A changed date that no longer fits the
 * number is refused with a NumberingError that offers a new number.
 */
export async function correctDocument(db: PkkDatabase, meetingId: string, kind: NumberedDocumentKind, raw: unknown, now = new Date()): Promise<Letter> {
  return withKind(kind, (def) => {
    const chosen = parseDraft(def, raw)
    return db.transaction('rw', documentTables(db), async () => {
      const { src, doc, letter, draft, entry } = await changeOfIssued(db, meetingId, def, chosen)
      if (entry.code !== letter.code) throw new NumberingError(problem('invalid', 'Kode surat adalah bagian dari nomor: mengganti kode berarti nomor baru.', { canRenumber: true }))
      const corrected = await updateLetterDetails(db, letter.id, details(entry), now)
      await putDocument(db, { ...doc, ...def.withDraft(draft), frozen: freeze(def, src, draft, corrected, now), updatedAt: now.toISOString() })
      return corrected
    })
  })
}

/** A new number for the document; the old one stays in the register as batal with the reason. */
export async function renumberDocument(
  db: PkkDatabase,
  meetingId: string,
  kind: NumberedDocumentKind,
  raw: unknown,
  now = new Date()
): Promise<{ issued: Letter; cancelled: Letter }> {
  return withKind(kind, (def) => {
    const chosen = parseDraft(def, raw)
    return durably(db, () =>
      db.transaction('rw', documentTables(db), async () => {
        const { src, doc, letter, draft, entry } = await changeOfIssued(db, meetingId, def, chosen)
        const result = await renumberLetter(db, letter.id, details(entry), now, `${def.label.toLocaleLowerCase('id-ID')} diubah setelah terbit`)
        const fresh = (await db.documents.get(doc.id)) ?? doc
        await putDocument(db, { ...fresh, ...def.withDraft(draft), letterId: result.issued.id, frozen: freeze(def, src, draft, result.issued, now), updatedAt: now.toISOString() })
        return result
      })
    )
  })
}
