import type { MinutesForm } from '@shared/meetings'
import { getSession } from '../../../data/session'

/**
 * What was typed, written to localStorage at every keystroke (synchronously), before the debounced
 * save reaches IndexedDB: a window closed or crashed mid-word loses nothing. The entry goes once the
 * database holds the same form. Each data (the office's, the practice data) has its own keys.
 */
const key = (meetingId: string) => `${getSession().storagePrefix}notulen.${meetingId}`

export interface JournalEntry {
  form: MinutesForm
  /** ISO time of the last keystroke. */
  editedAt: string
}

export function readJournal(meetingId: string): JournalEntry | null {
  try {
    const raw = localStorage.getItem(key(meetingId))
    if (!raw) return null
    const parsed = JSON.parse(raw) as JournalEntry
    return parsed && typeof parsed.editedAt === 'string' && parsed.form && typeof parsed.form === 'object' ? parsed : null
  } catch {
    return null
  }
}

export function writeJournal(meetingId: string, form: MinutesForm, at = new Date()): void {
  try {
    localStorage.setItem(key(meetingId), JSON.stringify({ form, editedAt: at.toISOString() } satisfies JournalEntry))
  } catch {
    // A full or disabled localStorage only loses the second safety net; the database save goes on.
  }
}

export function clearJournal(meetingId: string, ifEditedAt: string): void {
  try {
    if (readJournal(meetingId)?.editedAt === ifEditedAt) localStorage.removeItem(key(meetingId))
  } catch {
    // Nothing to clear.
  }
}
