import type { PDFDocumentProxy } from 'pdfjs-dist'
import { loadPdfJs } from './pdfjs'

/**
 * Draws one page at `width` CSS pixels (sharp on high-density screens) with pdf.js's text layer over it,
 * so the page's words can be read, selected and found. The new drawing replaces the old one only when it
 * is complete; an aborted drawing leaves the sheet as it was. Resolves the page's height / width.
 */
export async function drawPage(pdf: PDFDocumentProxy, number: number, width: number, sheet: HTMLElement, signal: AbortSignal): Promise<number | null> {
  const { TextLayer } = await loadPdfJs()
  const page = await pdf.getPage(number)
  if (signal.aborted) return null
  const unit = page.getViewport({ scale: 1 })
  const scale = width / unit.width
  const viewport = page.getViewport({ scale })
  const density = Math.min(window.devicePixelRatio || 1, 2)

  const canvas = document.createElement('canvas')
  canvas.width = Math.floor(viewport.width * density)
  canvas.height = Math.floor(viewport.height * density)
  canvas.style.width = `${Math.floor(viewport.width)}px`
  canvas.style.height = `${Math.floor(viewport.height)}px`
  canvas.setAttribute('aria-hidden', 'true')
  const text = document.createElement('div')
  text.className = 'textLayer'

  const paint = page.render({ canvas, viewport, transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0] })
  const words = new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport })
  const stop = () => {
    paint.cancel()
    words.cancel()
  }
  signal.addEventListener('abort', stop)
  try {
    await Promise.all([paint.promise, words.render()])
  } finally {
    signal.removeEventListener('abort', stop)
  }
  if (signal.aborted) return null
  sheet.style.setProperty('--total-scale-factor', String(scale))
  sheet.replaceChildren(canvas, text)
  return unit.height / unit.width
}
