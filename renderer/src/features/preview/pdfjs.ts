import type { PDFDocumentProxy } from 'pdfjs-dist'
// Only the worker file's address is in the window's bundle; the file is fetched when the first preview is drawn.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

type PdfJs = typeof import('pdfjs-dist')

let loaded: Promise<PdfJs> | undefined

/**
 * pdf.js, loaded on first use only (it stays out of the window's first bundle), with its parser in a
 * worker of its own. The worker script is a file of the app itself, so the CSP's worker-src 'self' covers
 * it: no blob: worker, no eval.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module', name: 'pdfjs-pratinjau' })
    return pdfjs
  })
  loaded.catch(() => {
    loaded = undefined
  })
  return loaded
}

/** Opens PDF bytes for drawing. Eval, WebAssembly and fetching fonts are off: our PDFs embed their fonts, and the CSP allows none of those. */
export async function openPdf(bytes: Uint8Array, signal: AbortSignal): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs()
  // pdf.js takes the bytes over (transfers them to its worker): it gets a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    enableXfa: false
  })
  const stop = () => void task.destroy()
  signal.addEventListener('abort', stop)
  try {
    return await task.promise
  } finally {
    signal.removeEventListener('abort', stop)
  }
}
