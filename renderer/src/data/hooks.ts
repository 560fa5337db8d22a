import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { getNumberingSettings, getProfile } from './profile-repo'

export const useProfile = () => useLiveQuery(() => getProfile(getDb()).then((p) => p ?? null), [])
export const useNumberingSettings = () => useLiveQuery(() => getNumberingSettings(getDb()), [])
