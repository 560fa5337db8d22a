import { useEffect, useMemo, useRef, useState } from 'react'
import { documentFileName } from '@shared/documents/file-names'
import type { DocumentLayout } from '@shared/documents/layout'
import { Dialog, DialogFooter } from '../ui/Dialog'
import { Notice } from '../ui/Notice'
import type { DocFormat } from './protocol'
import { SignedPdfButton, type SigningProps } from './SignedPdfButton'
import { prewarmDocuments, RenderCancelled, renderLayout } from './service'
import { errorText } from '../ui/error-text'

type Busy = { label: string; progress: number | null; abort: AbortController; shown: boolean }

/** A document quicker than this shows no progress bar (it would only flash). */
export const PROGRESS_AFTER_MS = 300

/**
 * Preview, save as PDF or DOCX, and print one document. `build` makes the layout when asked, so a
 * document is only laid out when the user wants it; the PDF shown, saved and printed is the same.
 */
export function DocumentActions({
  fileName,
  build,
  disabled,
  disabledReason,
  signing
}: {
  fileName: string
  build: () => Promise<DocumentLayout> | DocumentLayout
  disabled?: boolean
  disabledReason?: string
  /** Offers "Simpan PDF bertanda tangan digital" for this document too (issue 8: any document, as an option). */
  signing?: SigningProps
}) {
  const [busy, setBusy] = useState<Busy | null>(null)
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'info'; text: string } | null>(null)
  const [preview, setPreview] = useState<Uint8Array | null>(null)
  // The engines and fonts load in the render worker while she reads the page.
  useEffect(() => prewarmDocuments(), [])

  async function run(label: string, format: DocFormat, then: (bytes: Uint8Array) => Promise<void>) {
    const abort = new AbortController()
    setBusy({ label, progress: null, abort, shown: false })
    setMessage(null)
    const showBar = setTimeout(() => setBusy((b) => (b && b.abort === abort ? { ...b, shown: true } : b)), PROGRESS_AFTER_MS)
    try {
      const layout = await build()
      const bytes = await renderLayout(layout, format, {
        signal: abort.signal,
        onProgress: (p) => setBusy((b) => (b ? { ...b, progress: p } : b))
      })
      await then(bytes)
    } catch (err) {
      if (err instanceof RenderCancelled) setMessage({ kind: 'info', text: err.message })
      else setMessage({ kind: 'error', text: `Dokumen gagal dibuat: ${errorText(err, 'Periksa isian dokumen di kartu ini, lalu coba lagi.')}` })
    } finally {
      clearTimeout(showBar)
      setBusy(null)
    }
  }

  const save = (format: DocFormat) =>
    run(format === 'pdf' ? 'Membuat PDF…' : 'Membuat DOCX…', format, async (bytes) => {
      const r = await window.pkk.saveFile({ suggestedName: `${fileName}.${format}`, kind: format, data: bytes })
      setMessage(r.saved ? { kind: 'success', text: `Tersimpan: ${r.fileName}` } : { kind: 'info', text: 'Penyimpanan dibatalkan.' })
    })

  return (
    <div className="document-actions">
      <div className="toolbar">
        <button type="button" disabled={disabled || busy !== null} onClick={() => void run('Menyiapkan pratinjau…', 'pdf', async (b) => setPreview(b))}>
          Pratinjau
        </button>
        <button type="button" className="primary" disabled={disabled || busy !== null} onClick={() => void save('pdf')}>
          Simpan PDF
        </button>
        <button type="button" disabled={disabled || busy !== null} onClick={() => void save('docx')}>
          Simpan DOCX
        </button>
        <button
          type="button"
          disabled={disabled || busy !== null}
          onClick={() => void run('Menyiapkan cetakan…', 'pdf', (bytes) => window.pkk.printPdf({ title: fileName, data: bytes }))}
        >
          Cetak
        </button>
        {disabled && disabledReason && <span className="muted">{disabledReason}</span>}
      </div>
      {busy?.shown && (
        <div className="progress-row" role="status" data-testid="kemajuan-dokumen">
          <span>{busy.label}</span>
          <progress max={1} {...(busy.progress !== null ? { value: busy.progress } : {})} aria-label={busy.label} />
          <button type="button" onClick={() => busy.abort.abort()}>
            Batal
          </button>
        </div>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {signing && <SignedPdfButton {...signing} variant="option" fileName={documentFileName(fileName, 'bertanda tangan')} build={build} disabled={disabled === true} />}
      {preview && <PdfPreview title={fileName} bytes={preview} onClose={() => setPreview(null)} />}
    </div>
  )
}

function PdfPreview({ title, bytes, onClose }: { title: string; bytes: Uint8Array; onClose: () => void }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })), [bytes])
  const frame = useRef<HTMLIFrameElement>(null)
  useEffect(() => () => URL.revokeObjectURL(url), [url])
  return (
    <Dialog title={`Pratinjau: ${title}`} onClose={onClose} wide>
      <iframe ref={frame} className="pdf-preview" src={url} title={`Pratinjau ${title}`} data-testid="pratinjau-pdf" data-bytes={bytes.byteLength} />
      <DialogFooter cancel="Tutup" />
    </Dialog>
  )
}
