import { useEffect, useRef } from 'react'

/**
 * The form takes the stored values when they change (made, saved, corrected), unless she is editing.
 * Not when the form merely turns clean again: typing a field back to its stored text ("Undangan") made it
 * clean for a moment, and a reset then wiped the keys typed after it.
 */
export function useTakeStored(stored: readonly unknown[], take: () => void, dirty: boolean): void {
  const dirtyNow = useRef(dirty)
  dirtyNow.current = dirty
  const takeNow = useRef(take)
  takeNow.current = take
  useEffect(() => {
    if (!dirtyNow.current) takeNow.current()
  }, stored)
}
