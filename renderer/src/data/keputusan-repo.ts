import { defaultKeputusanDraft } from '@shared/meetings'
import type { ArticleStyle, MeetingDocument } from '@shared/model'
import type { PkkDatabase } from './db'
import { saveDocumentDraft } from './document-commands'
import { ensureLegalBases } from './legal-bases-repo'
import { getProfile } from './profile-repo'
import { listRoles } from './roles-repo'

/** KESATU or PERTAMA as the office wrote its last decree: the style is the office's habit, not the meeting's. */
export async function lastArticleStyle(db: PkkDatabase): Promise<ArticleStyle> {
  const decrees = (await db.documents.toArray()).filter((d) => d.keputusan).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return decrees[0]?.keputusan?.articleStyle ?? 'KESATU'
}

/**
 * Starts the meeting's decree from its defaults: subject and articles from the roles, Mengingat from the
 * office's library (seeded on first use), Ditetapkan di from the office's place.
 */
export async function createKeputusanDraft(db: PkkDatabase, meetingId: string, dateIso: string, now = new Date()): Promise<MeetingDocument> {
  const [meeting, profile, legalBases, roles, articleStyle] = await Promise.all([
    db.meetings.get(meetingId),
    getProfile(db),
    ensureLegalBases(db),
    listRoles(db, meetingId),
    lastArticleStyle(db)
  ])
  if (!meeting) throw new Error('Rapat tidak ditemukan.')
  if (!profile) throw new Error('Isi dulu data kantor di Pengaturan.')
  const keputusan = defaultKeputusanDraft({ meeting, profile, roles, legalBases, dateIso, articleStyle })
  return saveDocumentDraft(db, meetingId, 'keputusan', keputusan, now)
}
