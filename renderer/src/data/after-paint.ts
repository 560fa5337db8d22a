import { useEffect, useState } from 'react'

const AFTER_PAINT_MAX_MS = 100

/**
 * Calls `done` once after `frames` animation frames and then a task (what those frames drew is on the screen), or
 * after AFTER_PAINT_MAX_MS when no frame comes (a hidden window); after a task where the window draws no frames
 * (tests outside a browser). Returns what cancels it.
 */
function afterFrames(frames: number, done: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(done, 0)
    return () => clearTimeout(timer)
  }
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    cancelAnimationFrame(frame)
    clearTimeout(fallback)
    clearTimeout(timer)
  }
  const finish = () => {
    cancel()
    done()
  }
  const next = (left: number) => {
    frame = requestAnimationFrame(() => {
      if (left > 1) next(left - 1)
      else timer = setTimeout(finish, 0)
    })
  }
  next(frames)
  const fallback = setTimeout(finish, AFTER_PAINT_MAX_MS)
  return cancel
}

/**
 * `value` once the frame after it was set has been drawn (an animation frame, then a task; at most
 * AFTER_PAINT_MAX_MS when no frame comes, as in a hidden window), null before. For work that may wait until
 * what she asked for is on the screen.
 */
export function useAfterPaint<T>(value: T | null): T | null {
  const [painted, setPainted] = useState<T | null>(null)
  useEffect(() => {
    if (value === null) return
    return afterFrames(1, () => setPainted(() => value))
  }, [value])
  return value === null ? null : painted
}

/**
 * Resolves once the frame after the work already queued has been drawn: two animation frames, then a task
 * (what was made ready in a task queued now, e.g. React's render of a state just set, may be drawn in the
 * second frame, not the first: a frame can come before that task). At most AFTER_PAINT_MAX_MS when no frame
 * comes (a hidden window); after a task where the window draws no frames (tests outside a browser).
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) => afterFrames(2, done))
}
