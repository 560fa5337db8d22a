import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import SignaturePadLib from 'signature_pad'
import { drawingFromPad, type DrawingResult } from '@shared/meetings/signature-strokes'

export interface PadHandle {
  clear(): void
  /** The strokes drawn so far, as the signature table stores them, or why they cannot be stored. */
  drawing(): DrawingResult
}

/**
 * The signature pad: signature_pad draws smooth ink under finger, pen or mouse (pointer events) and keeps
 * the raw points, which are what is stored (shared/meetings/signature-strokes.ts), in the pad's CSS pixels.
 */
export function SignaturePad({ ref, label, onDraw }: { ref: Ref<PadHandle>; label: string; onDraw?: () => void }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const pad = useRef<SignaturePadLib | null>(null)

  useEffect(() => {
    const c = canvas.current
    if (!c) return
    const p = new SignaturePadLib(c, { penColor: '#0b1f5c', minWidth: 1, maxWidth: 3, backgroundColor: 'rgba(0,0,0,0)' })
    pad.current = p
    // The canvas's pixels follow its size on screen (sharp on high-density screens); what was drawn is kept.
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const data = p.toData()
      c.width = Math.round(c.offsetWidth * ratio)
      c.height = Math.round(c.offsetHeight * ratio)
      c.getContext('2d')?.scale(ratio, ratio)
      p.clear()
      if (data.length > 0) p.fromData(data)
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(c)
    const drew = () => onDraw?.()
    p.addEventListener('endStroke', drew)
    return () => {
      observer.disconnect()
      p.removeEventListener('endStroke', drew)
      p.off()
      pad.current = null
    }
  }, [onDraw])

  useImperativeHandle(ref, () => ({
    clear: () => pad.current?.clear(),
    drawing: () => {
      const c = canvas.current
      const data = pad.current?.toData() ?? []
      return drawingFromPad(
        data.map((g) => g.points),
        { width: c?.offsetWidth ?? 0, height: c?.offsetHeight ?? 0 }
      )
    }
  }))

  return (
    <div className="pad-frame">
      <canvas ref={canvas} className="pad" role="img" aria-label={label} data-testid="pad" />
      <span className="pad-line" aria-hidden="true" />
    </div>
  )
}
