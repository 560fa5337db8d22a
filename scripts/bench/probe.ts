/**
 * What the bench measures inside the page. The functions here are sent to Chromium as source
 * (Playwright's addInitScript/evaluate), so they use nothing from outside their own body.
 */

/** When an operation counts as done, checked on every DOM change. */
export type Condition =
  | { kind: 'selector'; selector: string; text?: string; count?: number }
  | { kind: 'absent'; selector: string }
  | { kind: 'download' }
  /** Any DOM change at all (search as you type: the list changed). */
  | { kind: 'mutation' }
  | { kind: 'all'; of: Condition[] }

/** Milliseconds on the page's clock (performance.now(): 0 is the navigation's start). */
export interface Measurement {
  /** The user's event (keydown, mousedown, input, change), or the bench's own start for a navigation. */
  startAt: number
  /** The condition first held (DOM committed, before style, layout and paint). */
  conditionAt: number
  /** The frame showing that DOM was drawn: a task after the next animation frame (style, layout, paint done). */
  conditionPaintAt: number
  /** The last DOM change before the page stayed quiet. */
  settledAt: number
  /** The frame showing the last DOM change was drawn. */
  settledPaintAt: number
  /** The operation changed nothing in the DOM (a keystroke that keeps the same list). */
  noChange: boolean
}

export interface Probe {
  arm(condition: Condition, startNow: boolean): void
  collect(quietMs: number, timeoutMs: number): Promise<Measurement>
  firstContentfulPaint(): number | null
}

export type ProbeWindow = Window & { __pkkBench?: Probe }

/**
 * Installed before the app's own scripts on every page load. It watches the DOM from the very
 * start, so the first screen after a reload is timed from navigation start with `firstScreen`.
 */
export function installProbe(firstScreen: Condition): void {
  const state = {
    condition: firstScreen as Condition | null,
    armedAt: 0,
    startAt: 0 as number | null,
    conditionAt: null as number | null,
    lastMutationAt: 0,
    mutations: 0,
    downloadAt: null as number | null,
    /** Frames drawn: when their animation-frame callback ran (DOM up to then is in them) and when the task after it ran. */
    frames: [] as { rafAt: number; paintAt: number }[],
    framePending: false
  }
  // rAF runs before the frame's style, layout and paint; a task queued from it runs after them.
  const requestFrame = () => {
    if (state.framePending) return
    state.framePending = true
    requestAnimationFrame(() => {
      const rafAt = performance.now()
      state.framePending = false
      setTimeout(() => {
        state.frames.push({ rafAt, paintAt: performance.now() })
        if (state.frames.length > 200) state.frames.splice(0, 100)
      }, 0)
    })
  }
  const paintAfter = (t: number): number | null => state.frames.find((f) => f.rafAt >= t)?.paintAt ?? null
  const holds = (c: Condition): boolean => {
    if (c.kind === 'all') return c.of.every(holds)
    if (c.kind === 'download') return state.downloadAt !== null
    if (c.kind === 'mutation') return state.mutations > 0
    const found = Array.from(document.querySelectorAll(c.selector))
    if (c.kind === 'absent') return found.length === 0
    const text = c.text
    const matching = text === undefined ? found : found.filter((e) => (e.textContent ?? '').includes(text))
    return c.count === undefined ? matching.length > 0 : matching.length === c.count
  }
  const check = (now: number) => {
    if (state.condition && state.startAt !== null && state.conditionAt === null && holds(state.condition)) {
      state.conditionAt = now
      requestFrame()
    }
  }
  new MutationObserver(() => {
    const now = performance.now()
    state.lastMutationAt = now
    if (state.startAt !== null) {
      state.mutations++
      requestFrame()
    }
    check(now)
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  for (const type of ['keydown', 'mousedown', 'click', 'input', 'change']) {
    document.addEventListener(
      type,
      (e) => {
        if (state.condition && state.startAt === null) state.startAt = e.timeStamp
        // The browser build saves files as a click on a temporary <a download>.
        if (type === 'click' && e.target instanceof HTMLAnchorElement && e.target.hasAttribute('download')) {
          state.downloadAt = e.timeStamp
          check(performance.now())
        }
      },
      true
    )
  }
  const probe: Probe = {
    arm(condition, startNow) {
      state.condition = condition
      state.armedAt = performance.now()
      state.startAt = startNow ? state.armedAt : null
      state.conditionAt = null
      state.mutations = 0
      state.downloadAt = null
      state.frames = []
      check(state.armedAt)
    },
    collect(quietMs, timeoutMs) {
      const begun = performance.now()
      // No user event seen (an action Chromium did not report as one): time from arming instead.
      if (state.startAt === null) state.startAt = state.armedAt
      return new Promise<Measurement>((resolve, reject) => {
        const poll = () => {
          const now = performance.now()
          check(now)
          const startAt = state.startAt ?? state.armedAt
          if (state.condition?.kind === 'mutation' && state.mutations === 0 && now - startAt > quietMs) {
            resolve({ startAt, conditionAt: startAt, conditionPaintAt: startAt, settledAt: startAt, settledPaintAt: startAt, noChange: true })
            return
          }
          if (state.conditionAt !== null && now - Math.max(state.lastMutationAt, state.conditionAt) >= quietMs) {
            const conditionAt = state.conditionAt
            const settledAt = Math.max(conditionAt, state.lastMutationAt)
            const conditionPaintAt = paintAfter(conditionAt)
            const settledPaintAt = paintAfter(settledAt)
            // Frames come at the display's rate; wait for the one that shows the last change.
            if (conditionPaintAt !== null && settledPaintAt !== null) {
              resolve({ startAt, conditionAt, conditionPaintAt, settledAt, settledPaintAt, noChange: false })
              return
            }
            requestFrame()
          }
          if (now - begun > timeoutMs) {
            const seen = (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 400)
            reject(new Error(`bench: condition ${JSON.stringify(state.condition)} not met in ${timeoutMs} ms; page: ${seen}`))
            return
          }
          setTimeout(poll, 5)
        }
        poll()
      })
    },
    firstContentfulPaint() {
      return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
    }
  }
  ;(window as ProbeWindow).__pkkBench = probe
}

/** tsx (esbuild keepNames) wraps inner functions in __name(); the page has no such helper, so give it one. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);'
