import type { PkkApi } from '../../../electron/preload/api'
import { saveFileArgs, printPdfArgs, openExternalArgs, fileKindLabel, kioskSetArgs, openSendLinkArgs, saveSendingFilesArgs, showSendingFileArgs } from '@shared/ipc/contract'
import { browserBackup } from './browser-backup'
import { browserJournal } from './browser-journal'
import { guardRecord } from '@shared/guard'

// The guard record's second home in a browser: localStorage survives an IndexedDB reset.
const GUARD_KEY = 'pkk.penjaga'

const mime: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  pkkzip: 'application/zip'
}

/**
 * window.pkk when the renderer runs in a plain browser: downloads stand in for save dialogs,
 * the browser's own print for the system print dialog. Arguments go through the same schemas as in main.
 */
function download(name: string, data: Uint8Array, type: string, title: string): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.title = title
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function createBrowserApi(): PkkApi {
  return {
    platform: 'browser',
    async saveFile(raw) {
      const args = saveFileArgs.parse(raw)
      const name = args.suggestedName.toLowerCase().endsWith(`.${args.kind}`) ? args.suggestedName : `${args.suggestedName}.${args.kind}`
      download(name, args.data, mime[args.kind] ?? 'application/octet-stream', fileKindLabel[args.kind])
      return { saved: true, fileName: name }
    },
    async printPdf(raw) {
      const args = printPdfArgs.parse(raw)
      const url = URL.createObjectURL(new Blob([args.data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }))
      const frame = document.createElement('iframe')
      frame.style.display = 'none'
      frame.title = args.title
      frame.src = url
      frame.onload = () => frame.contentWindow?.print()
      document.body.append(frame)
      setTimeout(() => {
        frame.remove()
        URL.revokeObjectURL(url)
      }, 10 * 60_000)
    },
    async appInfo() {
      return { version: __APP_VERSION__, platform: 'browser', dataLocation: `IndexedDB peramban di ${location.origin}` }
    },
    async openExternal(url) {
      openExternalArgs.parse({ url })
      window.open(url, '_blank', 'noopener,noreferrer')
    },
    // A browser has no folder to show: the files come as downloads, the links open in a new tab.
    sending: {
      async openLink(url) {
        openSendLinkArgs.parse({ url })
        window.open(url, '_blank', 'noopener,noreferrer')
      },
      async saveFiles(raw) {
        const args = saveSendingFilesArgs.parse(raw)
        for (const f of args.files) {
          const zip = f.name.toLowerCase().endsWith('.zip')
          download(f.name, f.data, zip ? mime.zip ?? 'application/zip' : 'application/pdf', zip ? fileKindLabel.zip : fileKindLabel.pdf)
        }
        return { location: 'Unduhan', canShow: false }
      },
      async showFile(raw) {
        showSendingFileArgs.parse(raw)
        return false
      }
    },
    backup: browserBackup,
    // node-forge is loaded only when a signing call is made, so the first screen stays light.
    signing: {
      createSelfSigned: async (raw) => (await import('@shared/signing/calls')).createSelfSignedCall(raw),
      inspectP12: async (raw) => (await import('@shared/signing/calls')).inspectP12Call(raw),
      signPdf: async (raw) => (await import('@shared/signing/calls')).signPdfCall(raw),
      verifyPdf: async (raw) => (await import('@shared/signing/calls')).verifyPdfCall(raw)
    },
    guard: {
      async read() {
        try {
          const parsed = guardRecord.safeParse(JSON.parse(localStorage.getItem(GUARD_KEY) ?? 'null'))
          return parsed.success ? parsed.data : null
        } catch {
          return null
        }
      },
      async write(record) {
        localStorage.setItem(GUARD_KEY, JSON.stringify(guardRecord.parse(record)))
      }
    },
    journal: browserJournal,
    // A browser has no menu to turn off; full screen is asked for and may be refused (it needs a click).
    kiosk: {
      async set(raw) {
        const { on } = kioskSetArgs.parse(raw)
        try {
          if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen()
          if (!on && document.fullscreenElement) await document.exitFullscreen()
        } catch {
          // Refused without a user's gesture: the page still fills the window.
        }
      }
    },
    onMenuCommand() {
      return () => undefined
    }
  }
}

export function installBrowserBridge(): void {
  if (!('pkk' in window) || !window.pkk) {
    Object.defineProperty(window, 'pkk', { value: createBrowserApi(), configurable: false, writable: false })
  }
}
