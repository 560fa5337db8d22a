/** The performance mark set when the journal's work after start (its new base) is done; the bench waits for it. */
export const START_BASE_MARK = 'pkk:jurnal-dasar-awal'

/**
 * A restore's phases are timed as performance measures named `pulihkan:<phase>` (the check, the current
 * data's read, the undo backup, the IndexedDB write, the journal's new base...): a diagnostic the bench's
 * data profile prints after each restore (scripts/bench/data-profile.ts), and nothing else reads.
 */
export const RESTORE_PHASE_PREFIX = 'pulihkan:'

/** Runs `work` as the restore phase `name`, measured from its start to its end (a failure is measured too). */
export async function restorePhase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  } finally {
    performance.measure(`${RESTORE_PHASE_PREFIX}${name}`, { start, end: performance.now() })
  }
}
