import type { DocumentLayout } from '@shared/documents/layout'
import type { RenderReply, RenderRequest } from '../../documents/protocol'
import { renderHere } from '../../documents/render-local'

/**
 * Layout -> PDF bytes for the live preview, in a worker of its own: the same renderer and fonts as
 * "Simpan PDF" (render-worker.ts), but a separate instance, so a preview superseded while she types never
 * cancels, nor waits behind, a document she asked to save or print.
 */
let worker: Worker | null = null
let broken = false
let nextId = 1
const waiting = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void; layout: DocumentLayout }>()

function previewWorker(): Worker | null {
  if (broken || typeof Worker === 'undefined') return null
  if (worker) return worker
  try {
    worker = new Worker(new URL('../../documents/render-worker.ts', import.meta.url), { type: 'module', name: 'pratinjau-dokumen' })
  } catch {
    broken = true
    return null
  }
  worker.onmessage = (e: MessageEvent<RenderReply>) => {
    const m = e.data
    if (m.kind === 'warm' || m.kind === 'progress') return
    const job = waiting.get(m.id)
    if (!job) return
    waiting.delete(m.id)
    if (m.kind === 'done') job.resolve(m.bytes)
    else if (m.kind === 'error') job.reject(new Error(m.message))
    else job.reject(new DOMException('Pratinjau diganti yang lebih baru.', 'AbortError'))
  }
  worker.onerror = (e) => {
    // A worker that cannot start: the preview is made on this thread instead, as the documents are.
    e.preventDefault()
    broken = true
    worker?.terminate()
    worker = null
    const jobs = [...waiting.values()]
    waiting.clear()
    for (const job of jobs) renderHere(job.layout, 'pdf').then(job.resolve, job.reject)
  }
  return worker
}

/** The PDF of a layout, for the preview only. An aborted request resolves nothing (its result would be stale). */
export function renderPreviewPdf(layout: DocumentLayout, signal: AbortSignal): Promise<Uint8Array> {
  const w = previewWorker()
  if (!w) return renderHere(layout, 'pdf')
  const id = nextId++
  return new Promise<Uint8Array>((resolve, reject) => {
    waiting.set(id, { resolve, reject, layout })
    // A superseded preview is cancelled in the worker: dropped if it has not started, stopped at its next
    // pause if it has (the synchronous layout itself runs to its end; the caller drops that result).
    signal.addEventListener('abort', () => {
      if (!waiting.delete(id)) return
      reject(new DOMException('Pratinjau diganti yang lebih baru.', 'AbortError'))
      w.postMessage({ kind: 'cancel', id } satisfies RenderRequest)
    })
    w.postMessage({ kind: 'render', id, format: 'pdf', layout } satisfies RenderRequest)
  })
}
