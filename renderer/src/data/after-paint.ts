import { useEffect, useState } from 'react'

/**
 * `value` once the frame after it was set has been drawn (an animation frame, then a task; at most
 * AFTER_PAINT_MAX_MS when no frame comes, as in a hidden window), null before. For work that may wait until
 * what she asked for is on the screen.
 */
export function useAfterPaint<T>(value: T | null): T | null {
  const [painted, setPainted] = useState<T | null>(null)
  useEffect(() => {
    if (value === null) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = () => {
      cancelAnimationFrame(frame)
      clearTimeout(fallback)
      setPainted(() => value)
    }
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(done, 0)
    })
    const fallback = setTimeout(done, AFTER_PAINT_MAX_MS)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(fallback)
      clearTimeout(timer)
    }
  }, [value])
  return value === null ? null : painted
}
const AFTER_PAINT_MAX_MS = 100

/**
 * Resolves once the frame after the work already queued has been drawn: two animation frames, then a task
 * (what was made ready in a task queued now, e.g. React's render of a state just set, may be drawn in the
 * second frame, not the first: a frame can come before that task). At most AFTER_PAINT_MAX_MS when no frame
 * comes (a hidden window); after a task where the window draws no frames (tests outside a browser).
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(done, 0)
      return
    }
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = () => {
      cancelAnimationFrame(frame)
      clearTimeout(fallback)
      clearTimeout(timer)
      done()
    }
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(finish, 0)
      })
    })
    const fallback = setTimeout(finish, AFTER_PAINT_MAX_MS)
  })
}
