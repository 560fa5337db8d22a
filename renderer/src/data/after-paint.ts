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
