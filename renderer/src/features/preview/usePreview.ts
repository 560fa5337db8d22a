import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { DocumentLayout } from '@shared/documents/layout'
import { latestOnly, type LatestOnly, type PreviewState } from './latest-only'
import { openPdf } from './pdfjs'
import { renderPreviewPdf } from './render-preview'

/** How long she must pause before the pages are redrawn. */
export const PREVIEW_DELAY_MS = 400

export type BuildLayout = () => Promise<DocumentLayout> | DocumentLayout

export interface PreviewPages {
  pdf: PDFDocumentProxy
  pageCount: number
}

async function makePages(build: BuildLayout, signal: AbortSignal): Promise<PreviewPages> {
  const layout = await build()
  signal.throwIfAborted()
  const bytes = await renderPreviewPdf(layout, signal)
  signal.throwIfAborted()
  const pdf = await openPdf(bytes, signal)
  if (signal.aborted) {
    void pdf.destroy()
    signal.throwIfAborted()
  }
  return { pdf, pageCount: pdf.numPages }
}

/**
 * The pages of a document as they will print, remade `PREVIEW_DELAY_MS` after the last change of `deps`
 * (what the layout is made from). Typing never waits: the layout is built, rendered and parsed after the
 * pause, off the keystroke, and only the newest request's pages are kept.
 */
export function usePreview(build: BuildLayout, deps: readonly unknown[]): PreviewState<PreviewPages> {
  const [state, setState] = useState<PreviewState<PreviewPages>>({ kind: 'idle' })
  const scheduler = useRef<LatestOnly<BuildLayout> | null>(null)

  useEffect(() => {
    const s = latestOnly<BuildLayout, PreviewPages>({
      delayMs: PREVIEW_DELAY_MS,
      run: makePages,
      onState: setState,
      // pdf.js keeps every open document in its worker: one never shown is let go at once.
      discard: (pages) => void pages.pdf.destroy()
    })
    scheduler.current = s
    return () => {
      s.dispose()
      scheduler.current = null
    }
  }, [])

  useEffect(() => {
    scheduler.current?.request(build)
    // `build` is a new function every render; `deps` says when what it builds from has changed.
  }, deps)

  // The pages shown are let go once newer pages have replaced them on screen (their drawings stopped first).
  const shown = state.kind === 'ready' ? state.result.pdf : state.kind === 'idle' ? null : (state.last?.pdf ?? null)
  useEffect(() => () => void shown?.destroy(), [shown])

  return state
}
