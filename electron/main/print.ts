import { randomUUID } from 'node:crypto'
import { APP_SCHEME } from './app-protocol'

/**
 * The PDFs to print are served by the app's own protocol on a host of their own (app://cetak/<id>.pdf), from
 * memory: no temporary file, no file:// page, and a different origin from the app (app://bundle), so the
 * print window can reach neither the IPC bridge (trusted-sender.ts) nor the app's IndexedDB.
 */
export const PRINT_HOST = 'cetak'
export const PRINT_ORIGIN = `${APP_SCHEME}://${PRINT_HOST}`

/**
 * Only what Chromium's PDF viewer needs of the wrapper page it makes for a PDF: the <embed> of the same PDF
 * (object-src 'self') and its inline style; no script, no connection, no form, not framed.
 */
export const PRINT_CSP = [
  "default-src 'none'",
  "object-src 'self'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export interface PrintStore {
  /** Keeps the bytes until `remove`; returns the URL the print window loads. */
  put(data: Uint8Array): string
  /** The response for an app://cetak/ URL: the PDF while its window is open, else 404. */
  respond(url: string): Response
  remove(url: string): void
  readonly size: number
}

export function createPrintStore(): PrintStore {
  const docs = new Map<string, Uint8Array>()
  const keyOf = (url: string): string | null => {
    try {
      const u = new URL(url)
      if (u.protocol !== `${APP_SCHEME}:` || u.host !== PRINT_HOST) return null
      return /^\/[0-9a-f-]{36}\.pdf$/.test(u.pathname) ? u.pathname : null
    } catch {
      return null
    }
  }
  return {
    put(data) {
      const url = `${PRINT_ORIGIN}/${randomUUID()}.pdf`
      docs.set(new URL(url).pathname, data)
      return url
    },
    respond(url) {
      const key = keyOf(url)
      const data = key ? docs.get(key) : undefined
      if (!data) return new Response('Tidak ditemukan', { status: 404 })
      const body = new Uint8Array(data)
      return new Response(body, {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' }
      })
    },
    remove(url) {
      const key = keyOf(url)
      if (key) docs.delete(key)
    },
    get size() {
      return docs.size
    }
  }
}

/** The slice of a BrowserWindow's webContents the print window's rules need (tested with a fake). */
export interface PrintContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/** The print window shows its one PDF: it navigates nowhere and opens no window (links in the PDF included). */
export function lockPrintWindow(contents: PrintContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** The PDFs of the open print windows (main process, one per app). */
export const printDocuments = createPrintStore()
