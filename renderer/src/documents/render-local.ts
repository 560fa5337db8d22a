import type { DocumentLayout } from '@shared/documents/layout'
import { loadBrowserFonts } from './fonts'
import type { DocFormat } from './protocol'

/** Layout -> bytes with the shared renderers; docx and pdfmake are loaded on first use only. */
export async function renderHere(layout: DocumentLayout, format: DocFormat, onProgress?: (p: number) => void): Promise<Uint8Array> {
  if (format === 'docx') {
    const { renderDocx } = await import('@shared/documents/render-docx')
    return renderDocx(layout)
  }
  const [{ renderPdf }, fonts] = await Promise.all([import('@shared/documents/render-pdf'), loadBrowserFonts()])
  return renderPdf(layout, fonts, onProgress ? { onProgress } : {})
}
