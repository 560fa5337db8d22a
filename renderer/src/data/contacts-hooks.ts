import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from './db'
import { loadDirectory } from './contacts-repo'

/** The whole address book with links resolved; re-runs when people, organisations or groups change. */
export const useContactsDirectory = () => useLiveQuery(() => loadDirectory(getDb()), [])
