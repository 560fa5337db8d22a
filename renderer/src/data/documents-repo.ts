import { newId, type DocumentKind, type Letter, type LetterDetails, type MeetingDocument } from '@shared/model'
import type { PkkDatabase } from './db'
import { numberingTables } from './letters-common'
import { issueLetter, renumberLetter, updateLetterDetails } from './letters-repo'

/** The meeting's document of a kind (one invitation, one decree, ... per meeting). */
export async function getMeetingDocument(db: PkkDatabase, meetingId: string, kind: DocumentKind): Promise<MeetingDocument | undefined> {
  return db.documents.where('[meetingId+kind]').equals([meetingId, kind]).first()
}

/** Creates the document with its draft, or saves the edited draft. */
export async function saveMeetingDocument(
  db: PkkDatabase,
  meetingId: string,
  kind: DocumentKind,
  patch: Partial<Pick<MeetingDocument, 'undangan' | 'keputusan' | 'daftarHadir'>>,
  now = new Date()
): Promise<MeetingDocument> {
  return db.transaction('rw', db.documents, db.meetings, async () => {
    if (!(await db.meetings.get(meetingId))) throw new Error('Rapat tidak ditemukan.')
    const current = await getMeetingDocument(db, meetingId, kind)
    const next: MeetingDocument = current
      ? { ...current, ...patch, updatedAt: now.toISOString() }
      : { id: newId(), meetingId, kind, ...patch, createdAt: now.toISOString(), updatedAt: now.toISOString() }
    await db.documents.put(next)
    return next
  })
}

export type NumberDetails = LetterDetails & { code: string }

/**
 * Issues the document's number from the register and links the two, in one transaction: either the
 * document carries a registered number, or nothing changed.
 */
export async function issueDocumentNumber(db: PkkDatabase, documentId: string, details: NumberDetails, now = new Date()): Promise<Letter> {
  return db.transaction('rw', [...numberingTables(db), db.documents], async () => {
    const doc = await db.documents.get(documentId)
    if (!doc) throw new Error('Dokumen tidak ditemukan.')
    if (doc.letterId) {
      const existing = await db.letters.get(doc.letterId)
      if (existing?.status === 'aktif') throw new Error(`Dokumen ini sudah bernomor ${existing.number}.`)
    }
    const letter = await issueLetter(db, { ...details, meetingId: doc.meetingId, documentKind: doc.kind }, now)
    await db.documents.update(doc.id, { letterId: letter.id, updatedAt: now.toISOString() })
    return letter
  })
}

/** An edit after issuing that keeps the number (a correction); refused with a reason when the date no longer fits. */
export async function correctDocumentLetter(db: PkkDatabase, letterId: string, details: LetterDetails): Promise<Letter> {
  return updateLetterDetails(db, letterId, details)
}

/** An edit after issuing that takes a new number: the old one stays in the register as batal. */
export async function renumberDocumentLetter(db: PkkDatabase, letterId: string, details: LetterDetails): Promise<Letter> {
  return (await renumberLetter(db, letterId, details)).issued
}
