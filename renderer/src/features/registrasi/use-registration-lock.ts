import { useMemo, useSyncExternalStore } from 'react'
import { getSession } from '../../data/session'
import { modeKey, readMode, subscribeMode, type RegistrationMode } from '../../data/registration-mode'

/** The running meja registrasi of this data, or null: while it runs, the app shows nothing else. */
export function useRegistrationLock(): RegistrationMode | null {
  const prefix = getSession().storagePrefix
  const raw = useSyncExternalStore(subscribeMode, () => localStorage.getItem(modeKey(prefix)))
  return useMemo(() => (raw === null ? null : readMode(localStorage, prefix)), [raw, prefix])
}
