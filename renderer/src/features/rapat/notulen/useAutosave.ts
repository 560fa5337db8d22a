import { useCallback, useEffect, useRef, useState } from 'react'
import { formToMinutes, type MinutesForm } from '@shared/meetings'
import { getDb } from '../../../data/db'
import { saveMinutes } from '../../../data/minutes-repo'
import { errorText } from '../../../ui/error-text'
import { clearJournal, writeJournal } from './journal'

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; text: string }

const DEBOUNCE_MS = 400

/**
 * Saves the minutes as they are typed: every change goes to the localStorage journal at once and to
 * the database after a short pause, and at once when a field loses focus, the page is hidden or left,
 * or the editor closes. Saves run one after another, the newest form last.
 */
export function useAutosave(meetingId: string) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const latest = useRef<{ form: MinutesForm; editedAt: string } | null>(null)
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const queue = useRef<Promise<void>>(Promise.resolve())

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current)
    if (!dirty.current || !latest.current) return queue.current
    dirty.current = false
    const { form, editedAt } = latest.current
    queue.current = queue.current.then(async () => {
      setState({ kind: 'saving' })
      try {
        // Stamped with the time of the keystroke that made this form, so a journal entry typed
        // later always reads as newer than what the database holds (see MinutesEditor's startingForm).
        await saveMinutes(getDb(), formToMinutes(meetingId, form), new Date(editedAt))
        clearJournal(meetingId, editedAt)
        setState({ kind: 'saved', at: new Date() })
      } catch (err) {
        // The journal still holds it; the next change or blur tries again.
        dirty.current = true
        setState({ kind: 'error', text: errorText(err) })
      }
    })
    return queue.current
  }, [meetingId])

  const change = useCallback(
    (form: MinutesForm) => {
      const editedAt = new Date().toISOString()
      latest.current = { form, editedAt }
      dirty.current = true
      writeJournal(meetingId, form, new Date(editedAt))
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS)
    },
    [meetingId, flush]
  )

  useEffect(() => {
    const now = () => void flush()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now()
    }
    window.addEventListener('beforeunload', now)
    window.addEventListener('pagehide', now)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('beforeunload', now)
      window.removeEventListener('pagehide', now)
      document.removeEventListener('visibilitychange', onVisibility)
      now()
    }
  }, [flush])

  return { state, change, flush }
}
