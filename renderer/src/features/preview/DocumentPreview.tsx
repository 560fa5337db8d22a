import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { errorText } from '../../ui/error-text'
import { drawPage } from './draw-page'
import { usePreview, type BuildLayout } from './usePreview'
import './preview.css'

/**
 * One document's pages as they will print, beside its form and updated as she types. `build` makes the
 * layout (the same one "Simpan PDF" renders); `deps` are what it is made from.
 */
export function DocumentPreview({ label, build, deps }: { label: string; build: BuildLayout; deps: readonly unknown[] }) {
  const state = usePreview(build, deps)
  const shown = state.kind === 'ready' ? state.result : state.kind === 'idle' ? null : state.last
  const busy = state.kind === 'waiting' || state.kind === 'rendering'
  const status = busy ? 'Memperbarui pratinjau…' : shown ? `${shown.pageCount} halaman` : state.kind === 'failed' ? '' : 'Menyiapkan pratinjau…'
  return (
    <section className="preview-pane" aria-label={`Pratinjau: ${label}`} data-testid="pratinjau">
      <div className="preview-head">
        <h4>{label}</h4>
        <span className="muted small" role="status" data-testid="pratinjau-status">
          {status}
        </span>
      </div>
      {state.kind === 'failed' && (
        <p className="preview-error" role="alert">
          Pratinjau belum dapat dibuat: {errorText(state.error)}
          {shown ? ' Halaman di bawah belum memuat perubahan terakhir.' : ''}
        </p>
      )}
      {shown && <Pages pdf={shown.pdf} count={shown.pageCount} label={label} stale={state.kind === 'failed'} />}
    </section>
  )
}

function Pages({ pdf, count, label, stale }: { pdf: PDFDocumentProxy; count: number; label: string; stale: boolean }) {
  const scroller = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    // The content box: the pages fill the column inside its padding, never wider (no sideways scrolling).
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0]?.contentRect.width ?? 0)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return (
    <div className={stale ? 'preview-pages stale' : 'preview-pages'} ref={scroller} tabIndex={0} role="group" aria-label={`${label}: ${count} halaman`}>
      {width > 0 &&
        Array.from({ length: count }, (_, i) => <PageView key={i} pdf={pdf} number={i + 1} count={count} width={width} root={scroller.current} />)}
    </div>
  )
}

/** A page drawn when it comes near the visible part of the column (a 65-letter merge is not drawn all at once). */
function PageView({ pdf, number, count, width, root }: { pdf: PDFDocumentProxy; number: number; count: number; width: number; root: HTMLElement | null }) {
  const box = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(number <= 2)
  const [ratio, setRatio] = useState(297 / 210)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const el = box.current
    if (!el || near) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { root, rootMargin: '800px 0px' })
    observer.observe(el)
    return () => observer.disconnect()
  }, [near, root])
  useEffect(() => {
    const el = box.current
    if (!el || !near) return
    const abort = new AbortController()
    setFailed(false)
    drawPage(pdf, number, width, el, abort.signal).then(
      (r) => r && setRatio(r),
      () => !abort.signal.aborted && setFailed(true)
    )
    return () => abort.abort()
  }, [pdf, number, width, near])
  const caption = `Halaman ${number} dari ${count}`
  return (
    <figure className="preview-page" aria-label={caption}>
      <div ref={box} className="preview-sheet" style={{ width, height: Math.round(width * ratio) }} />
      <figcaption className="muted small">{failed ? `${caption}: gagal digambar` : caption}</figcaption>
    </figure>
  )
}
