/**
 * What Node and the drill page say to each other. The page (scripts/drill/page) puts `window.drill`
 * in place; Node calls it with page.evaluate and listens to the console lines of the kill loop.
 */
import type { OfficeSize } from '../../test/fixtures/ten-year-office'
import type { Ack } from './verify'

/** Console lines of the kill loop: `ACK {json Ack}` once an issue's transaction completed, `BATAL {json Ack}` for a cancellation, `ERR message`. */
export const ACK = 'ACK '
export const BATAL = 'BATAL '
export const ERR = 'ERR '
export const READY = 'READY'

export interface KillParams {
  /** The year the loop issues in; Node moves to the next when the register of this one is large. */
  year: number
  seed: number
}

export interface CheckReport {
  /** The database could not be opened at the first attempt (the message), or null. */
  openError: string | null
  /** It could not be opened at the second attempt either (the StartupError's reload), or null. */
  reopenError: string | null
  /** The guard fired (or the first open failed) and the screens' recovery from the journal ran: what it said; null otherwise. */
  recovered: string[] | null
  /** The empty-database guard's finding at start (its lines), or null when the database is as full as the record says. */
  guard: string[] | null
  /** Letters the guard record (localStorage) counts, or null without a record: evidence when something is lost. */
  guardRecordLetters: number | null
  /** The IndexedDB databases of the origin (indexedDB.databases()). */
  databases: string[]
  /** Every letter: counterKey, year, seq, insert, number, status, and whether it is a placeholder a restore wrote for a number whose entry was lost (source gap). */
  letters: [string, number, number, number, string, 'aktif' | 'batal', boolean][]
  counters: [string, number, number][]
  ms: number
}

/** A random edit of a free-text field, within the schema's limits. */
export interface TextEdit {
  table: 'people' | 'organisations' | 'letters' | 'groups' | 'profile'
  /** Which record, as a fraction of the table's length. */
  at: number
  /** Which of the table's free-text fields, as a fraction. */
  field: number
  value: string
}

export interface MeetingSpec {
  title: string
  invitees: number
}

export interface ByteMutation {
  at: number
  value: number
}

export interface RestoreParams {
  seed: number
  size: OfficeSize
  edits: TextEdit[]
  meetings: MeetingSpec[]
  /** Cut points, as fractions of the backup's length. */
  cuts: number[]
  bytes: ByteMutation[]
  /** Six fractions each: which field gets a value of the wrong type (setWrongType). */
  wrongTypes: number[][]
  /** The hand-made hostile files of test/fixtures/hostile/ (given to the first case only): each must be refused. */
  hostile?: { name: string; text: string }[]
}

export interface RestoreCaseResult {
  records: number
  backupBytes: number
  /** The generated office was refused (a generator bug, not the app's): the problems. */
  generatorRefused: string[] | null
  /** What was loaded equals the generated office, record by record. */
  loadEqual: boolean
  /** Backed up, wiped, restored: equal record by record. */
  roundTripEqual: boolean
  differences: string[]
  truncated: { tried: number; refused: number }
  /**
   * Byte changes and what became of them. Inside `tables` the file's checksum refuses them; a change in the
   * header outside it (createdAt, appVersion, office) can still read as valid data (an edit), and a file
   * without a checksum would read a renamed optional key with that field dropped. Both are restored exactly as
   * read, with a working undo. Any other accepted change (a type, an element count) is a failure.
   */
  bytes: {
    tried: number
    refused: number
    acceptedEdits: number
    droppedFields: string[]
    /** Accepted files (edits and dropped fields) restored exactly as read / whose undo backup equals the office before. */
    acceptedApplied: number
    undoEqual: number
    acceptedStructural: string[]
  }
  wrongTypes: { tried: number; refused: number; accepted: string[] }
  /** Hostile files sent through the whole restore path (planRestore, then restoreKeepingNumbers): names of those accepted. */
  hostile: { tried: number; refused: number; accepted: string[] }
  /** A refused file left the database exactly as it was, every time. */
  changedByRefusedFile: number
  /** Exceptions not of the expected kind (a refusal is a result, not an exception): where and what. */
  crashes: string[]
  ms: number
}

/** A result with nothing counted yet; `crashes` when the case could not run at all. */
export function emptyRestoreResult(crashes: string[] = []): RestoreCaseResult {
  return {
    records: 0,
    backupBytes: 0,
    generatorRefused: null,
    loadEqual: false,
    roundTripEqual: false,
    differences: [],
    truncated: { tried: 0, refused: 0 },
    bytes: { tried: 0, refused: 0, acceptedEdits: 0, droppedFields: [], acceptedApplied: 0, undoEqual: 0, acceptedStructural: [] },
    wrongTypes: { tried: 0, refused: 0, accepted: [] },
    hostile: { tried: 0, refused: 0, accepted: [] },
    changedByRefusedFile: 0,
    crashes,
    ms: 0
  }
}

export interface SeedResult {
  letters: number
  records: number
}

/** `window.drill` in the drill page. */
export interface DrillApi {
  check(): Promise<CheckReport>
  restoreCase(params: RestoreParams): Promise<RestoreCaseResult>
  /** Loads a small generated office through the real restore (for the empty drill). */
  seed(seed: number, size: OfficeSize): Promise<SeedResult>
  /** Issues a few numbers in the loaded office, as a short working session would (for the empty drill). */
  touch(): Promise<number>
}

export type { Ack }
