/**
 * The live preview's timing, apart from React and the browser so it can be tested with a fake clock:
 * a request waits `delayMs` of quiet (she is still typing), at most one render runs at a time, a newer
 * request aborts the running one, and only the result of the newest request is ever shown, so a slow
 * old render can never replace a newer page.
 */
export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

export type PreviewState<O> =
  | { kind: 'idle' }
  | { kind: 'waiting'; last: O | null }
  | { kind: 'rendering'; last: O | null }
  | { kind: 'ready'; result: O; seq: number }
  | { kind: 'failed'; error: unknown; last: O | null }

export interface LatestOnly<I> {
  /** A new input: replaces any input not yet started and supersedes the render under way. */
  request(input: I): void
  /** Stops everything; nothing is reported afterwards. */
  dispose(): void
}

export function latestOnly<I, O>({
  delayMs,
  run,
  onState,
  discard = () => undefined,
  timers = browserTimers
}: {
  delayMs: number
  run: (input: I, signal: AbortSignal) => Promise<O>
  onState: (state: PreviewState<O>) => void
  /** A result that will never be shown (superseded, or finished after dispose): free what it holds. */
  discard?: (result: O) => void
  timers?: Timers
}): LatestOnly<I> {
  let seq = 0
  let pending: { seq: number; input: I } | null = null
  let timer: unknown = null
  let running: { seq: number; abort: AbortController } | null = null
  let last: O | null = null
  let disposed = false
  let reported: PreviewState<O>['kind'] = 'idle'

  const report = (s: PreviewState<O>) => {
    // Every keystroke requests; "waiting" is told once, not once per key.
    if (disposed || (s.kind === 'waiting' && reported === 'waiting')) return
    reported = s.kind
    onState(s)
  }

  function startNext() {
    if (disposed || running || !pending) return
    const job = pending
    pending = null
    const abort = new AbortController()
    running = { seq: job.seq, abort }
    report({ kind: 'rendering', last })
    run(job.input, abort.signal).then(
      (result) => {
        if (!finish(job.seq)) return discard(result)
        last = result
        report({ kind: 'ready', result, seq: job.seq })
      },
      (error: unknown) => {
        if (finish(job.seq)) report({ kind: 'failed', error, last })
      }
    )
  }

  /** Whether the job's outcome is to be shown: only the newest request's, never one superseded while it ran. */
  function finish(jobSeq: number): boolean {
    running = null
    const current = jobSeq === seq && !disposed
    startNext()
    return current
  }

  return {
    request(input) {
      if (disposed) return
      seq += 1
      const mine = seq
      if (timer !== null) timers.clear(timer)
      running?.abort.abort()
      report({ kind: 'waiting', last })
      timer = timers.set(() => {
        timer = null
        pending = { seq: mine, input }
        startNext()
      }, delayMs)
    },
    dispose() {
      disposed = true
      if (timer !== null) timers.clear(timer)
      timer = null
      pending = null
      running?.abort.abort()
    }
  }
}
