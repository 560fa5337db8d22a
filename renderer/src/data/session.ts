import { DB_NAME, PRACTICE_DB_NAME } from './db'

export type DataMode = 'office' | 'practice'

/**
 * Which data the app works on, and what it may keep outside that database. Chosen once at start
 * (main.tsx) and read by the data layer, so no screen has to ask which mode it is in to stay safe.
 */
export interface DataSession {
  readonly mode: DataMode
  /** The IndexedDB database of this data. */
  readonly dbName: string
  /** Filled with the sample office when it opens empty. */
  readonly startsAsSample: boolean
  /** The guard record kept outside the database, or null: practice data keeps none and must not touch the office's. */
  guardStore(): Window['pkk']['guard'] | null
  /** Backups written outside the database (main's folder, the browser's backup store), or null: none are taken. */
  backupStore(): Window['pkk']['backup'] | null
  /** The change journal kept outside the database, or null: practice data writes nothing outside itself. */
  journalStore(): Window['pkk']['journal'] | null
  /** Prefix of this data's own keys in localStorage (the minutes journal, the last backup download). */
  readonly storagePrefix: string
}

export const officeSession: DataSession = {
  mode: 'office',
  dbName: DB_NAME,
  startsAsSample: false,
  guardStore: () => window.pkk.guard,
  backupStore: () => window.pkk.backup,
  journalStore: () => window.pkk.journal,
  storagePrefix: 'pkk.'
}

export const practiceSession: DataSession = {
  mode: 'practice',
  dbName: PRACTICE_DB_NAME,
  startsAsSample: true,
  guardStore: () => null,
  backupStore: () => null,
  journalStore: () => null,
  storagePrefix: 'pkk.latihan.'
}

let current: DataSession = officeSession

/** The session of this window; the office's until main.tsx chooses at start. */
export function getSession(): DataSession {
  return current
}

export function setSession(session: DataSession): void {
  current = session
}

/**
 * The mode is remembered for this window only (sessionStorage): a reload in practice mode stays in
 * practice mode, and the app started again opens the office's data.
 */
const MODE_KEY = 'pkk.mode'

export function sessionOfMode(mode: DataMode): DataSession {
  return mode === 'practice' ? practiceSession : officeSession
}

export function storedMode(storage: Pick<Storage, 'getItem'>): DataMode {
  try {
    return storage.getItem(MODE_KEY) === 'practice' ? 'practice' : 'office'
  } catch {
    return 'office'
  }
}

export function rememberMode(storage: Pick<Storage, 'setItem' | 'removeItem'>, mode: DataMode): void {
  if (mode === 'practice') storage.setItem(MODE_KEY, 'practice')
  else storage.removeItem(MODE_KEY)
}
