import { meetingDocument, newId, type DocumentKind, type MeetingDocument } from '@shared/model'
import type { PkkDatabase } from './db'

/** The meeting's document of a kind (one invitation, one decree, ... per meeting). */
export async function getMeetingDocument(db: PkkDatabase, meetingId: string, kind: DocumentKind): Promise<MeetingDocument | undefined> {
  return db.documents.where('[meetingId+kind]').equals([meetingId, kind]).first()
}

/**
 * Saves the settings of an unnumbered document (the Daftar Hadir's). Numbered documents (Undangan,
 * Keputusan) change only through the commands of document-commands.ts.
 */
export async function saveMeetingDocument(
  db: PkkDatabase,
  meetingId: string,
  kind: Exclude<DocumentKind, 'undangan' | 'keputusan'>,
  patch: Partial<Pick<MeetingDocument, 'daftarHadir'>>,
  now = new Date()
): Promise<MeetingDocument> {
  return db.transaction('rw', db.documents, db.meetings, async () => {
    if (!(await db.meetings.get(meetingId))) throw new Error('Rapat tidak ditemukan.')
    const current = await getMeetingDocument(db, meetingId, kind)
    const next: MeetingDocument = current
      ? { ...current, ...patch, updatedAt: now.toISOString() }
      : { id: newId(), meetingId, kind, ...patch, createdAt: now.toISOString(), updatedAt: now.toISOString() }
    // Checked against the schema restore uses: whatever the app writes, its restore accepts.
    await db.documents.put(meetingDocument.parse(next))
    return next
  })
}
