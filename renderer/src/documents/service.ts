import type { DocumentLayout } from '@shared/documents/layout'
import type { DocFormat, RenderReply } from './protocol'
import { renderHere } from './render-local'

export class RenderCancelled extends Error {
  constructor() {
    super('Pembuatan dokumen dibatalkan.')
  }
}

interface Job {
  layout: DocumentLayout
  format: DocFormat
  resolve: (b: Uint8Array) => void
  reject: (e: Error) => void
  onProgress: ((p: number) => void) | undefined
}

let worker: Worker | null = null
let workerBroken = false
let nextId = 1
const jobs = new Map<number, Job>()

function failAll(error: Error) {
  for (const job of jobs.values()) job.reject(error)
  jobs.clear()
}

function getWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null
  if (worker) return worker
  try {
    worker = new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module', name: 'pembuat-dokumen' })
  } catch {
    workerBroken = true
    return null
  }
  worker.onmessage = (e: MessageEvent<RenderReply>) => {
    const m = e.data
    const job = jobs.get(m.id)
    if (!job) return
    if (m.kind === 'progress') job.onProgress?.(m.progress)
    else {
      jobs.delete(m.id)
      if (m.kind === 'done') job.resolve(m.bytes)
      else job.reject(new Error(m.message))
    }
  }
  worker.onerror = (e) => {
    // A worker that cannot start (an old or locked-down runtime) is not the user's problem:
    // the waiting documents are made on this thread instead, and so are later ones.
    e.preventDefault()
    workerBroken = true
    worker?.terminate()
    worker = null
    const waiting = [...jobs.values()]
    jobs.clear()
    for (const job of waiting) renderHere(job.layout, job.format, job.onProgress).then(job.resolve, job.reject)
  }
  return worker
}

/**
 * Renders a layout to PDF or DOCX bytes in a worker (on this thread if workers are unavailable).
 * Aborting the signal stops the work at once; the next call starts a fresh worker.
 */
export function renderLayout(
  layout: DocumentLayout,
  format: DocFormat,
  options: { onProgress?: (p: number) => void; signal?: AbortSignal } = {}
): Promise<Uint8Array> {
  const w = getWorker()
  if (!w) return renderHere(layout, format, options.onProgress)
  const id = nextId++
  return new Promise<Uint8Array>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new RenderCancelled())
    jobs.set(id, { layout, format, resolve, reject, onProgress: options.onProgress })
    options.signal?.addEventListener('abort', () => {
      // A worker cannot be interrupted mid-document; stop it and start a new one next time.
      worker?.terminate()
      worker = null
      failAll(new RenderCancelled())
    })
    w.postMessage({ id, format, layout })
  })
}
