import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { PRINT_CSP, createPrintStore, lockPrintWindow, type PrintContents } from '../../../electron/main/print'
import { isTrustedUrl } from '../../../electron/main/trusted-sender'

const pdf = new TextEncoder().encode('%PDF-1.7\n% contoh\n%%EOF\n')

describe('printing from the app protocol, not from a file:// temp file', () => {
  test('the PDF is served by app://cetak/ from memory, as a PDF, under its own CSP', async () => {
    const store = createPrintStore()
    const url = store.put(pdf)
    expect(url).toMatch(/^app:\/\/cetak\/[0-9a-f-]{36}\.pdf$/)
    const res = store.respond(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/pdf')
    expect(res.headers.get('Content-Security-Policy')).toBe(PRINT_CSP)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf)
  })

  test("the CSP lets Chromium's PDF viewer embed the PDF and nothing else run", () => {
    const rules = PRINT_CSP.split('; ')
    expect(rules).toContain("default-src 'none'")
    expect(rules).toContain("object-src 'self'")
    expect(rules).toContain("frame-ancestors 'none'")
    expect(PRINT_CSP).not.toMatch(/script-src|unsafe-eval|\*/)
  })

  test('closing the window forgets the PDF: nothing is left behind, the URL no longer answers', () => {
    const store = createPrintStore()
    const url = store.put(pdf)
    store.remove(url)
    expect(store.size).toBe(0)
    expect(store.respond(url).status).toBe(404)
  })

  test.each([
    'app://cetak/',
    'app://cetak/../bundle/index.html',
    'app://cetak/%2e%2e/bundle/index.html',
    'app://bundle/00000000-0000-0000-0000-000000000000.pdf',
    'app://cetak/00000000-0000-0000-0000-000000000000.pdf',
    'file:///etc/passwd',
    'bukan url'
  ])('%s answers 404', (url) => {
    const store = createPrintStore()
    store.put(pdf)
    expect(store.respond(url).status).toBe(404)
  })

  test('the print page is another origin: it cannot call the IPC bridge', () => {
    const url = createPrintStore().put(pdf)
    expect(isTrustedUrl(url, undefined)).toBe(false)
  })

  test('the print window navigates nowhere and opens no window', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
    let openHandler: ((d: { url: string }) => { action: string }) | undefined
    const contents: PrintContents = {
      on(event, listener) {
        listeners.set(event, listener)
      },
      setWindowOpenHandler(handler) {
        openHandler = handler
      }
    }
    lockPrintWindow(contents)
    for (const url of ['https://contoh.go.id/', 'file:///C:/Windows/win.ini', 'app://bundle/index.html', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() }
      listeners.get('will-navigate')?.(event, url)
      expect(event.preventDefault, url).toHaveBeenCalled()
      expect(openHandler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  test('the print handler uses the protocol and the window rules, and writes no temporary file', () => {
    const src = readFileSync(join(import.meta.dirname, '../../../electron/main/ipc/register.ts'), 'utf8')
    const print = src.slice(src.indexOf('channels.printPdf'), src.indexOf('const backupDeps'))
    expect(print).toContain('printDocuments.put(')
    expect(print).toContain("viewer.on('closed', () => printDocuments.remove(url))")
    expect(print).toContain('lockPrintWindow(viewer.webContents)')
    expect(print).toContain('loadURL(url)')
    expect(print).not.toMatch(/loadFile|mkdtemp|tmpdir|writeFile/)
  })
})
