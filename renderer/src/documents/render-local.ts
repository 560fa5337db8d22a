import { warmUpLayout } from '@shared/documents/warm-up'
import type { DocumentLayout } from '@shared/documents/layout'
import { loadBrowserFonts } from './fonts'
import type { DocFormat } from './protocol'

/** Thrown at a pause in the work when the document was cancelled meanwhile. */
export class RenderStopped extends Error {
  constructor() {
    super('Pembuatan dokumen dibatalkan.')
  }
}

export interface RenderHooks {
  onProgress?: ((p: number) => void) | undefined
  /** Asked at every pause (after loading an engine or the fonts): true stops the work there. */
  stopped?: (() => boolean) | undefined
}

const stopHere = (hooks: RenderHooks) => {
  if (hooks.stopped?.()) throw new RenderStopped()
}

/** Layout -> bytes with the shared renderers; docx and pdfmake are loaded on first use only. */
export async function renderHere(layout: DocumentLayout, format: DocFormat, hooks: RenderHooks = {}): Promise<Uint8Array> {
  stopHere(hooks)
  if (format === 'docx') {
    const { renderDocx } = await import('@shared/documents/render-docx')
    stopHere(hooks)
    return renderDocx(layout)
  }
  const [{ renderPdf }, fonts] = await Promise.all([import('@shared/documents/render-pdf'), loadBrowserFonts()])
  stopHere(hooks)
  return renderPdf(layout, fonts, hooks.onProgress ? { onProgress: hooks.onProgress } : {})
}

/**
 * Loads both engines and the fonts and makes a small PDF and DOCX with every face, so the first
 * document she saves finds the fonts parsed and the code compiled. Milliseconds taken.
 */
export async function warmHere(): Promise<number> {
  const t = performance.now()
  const layout = warmUpLayout()
  await renderHere(layout, 'pdf')
  await renderHere(layout, 'docx')
  return performance.now() - t
}
