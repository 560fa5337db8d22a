import type { DocumentLayout } from '@shared/documents/layout'
import type { DocFormat, RenderReply, RenderRequest } from './protocol'
import { renderHere } from './render-local'

export class RenderCancelled extends Error {
  constructor() {
    super('Pembuatan dokumen dibatalkan. Tidak ada berkas yang disimpan.')
  }
}

interface Job {
  layout: DocumentLayout
  format: DocFormat
  resolve: (b: Uint8Array) => void
  reject: (e: Error) => void
  onProgress: ((p: number) => void) | undefined
}

/**
 * How long a cancelled job may take to say so. A job inside the layout itself answers only when the
 * layout is done; past this the worker is replaced, so the next document does not wait behind it.
 */
const CANCEL_GRACE_MS = 250

let worker: Worker | null = null
let workerBroken = false
let nextId = 1
const jobs = new Map<number, Job>()
/** Cancelled jobs the worker has not answered yet, with the timer that replaces the worker. */
const cancelling = new Map<number, ReturnType<typeof setTimeout>>()
let warmState: 'cold' | 'warming' | 'warm' = 'cold'

function settleWarm(state: 'cold' | 'warm') {
  warmState = state
}

function send(w: Worker, m: RenderRequest) {
  w.postMessage(m)
}

function dropWorker() {
  worker?.terminate()
  worker = null
  for (const timer of cancelling.values()) clearTimeout(timer)
  cancelling.clear()
  settleWarm('cold')
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
  const mine = worker
  mine.onmessage = (e: MessageEvent<RenderReply>) => {
    const m = e.data
    if (m.kind === 'warm') return settleWarm('warm')
    const timer = cancelling.get(m.id)
    if (timer !== undefined && m.kind !== 'progress') {
      clearTimeout(timer)
      cancelling.delete(m.id)
    }
    const job = jobs.get(m.id)
    if (!job) return
    if (m.kind === 'progress') job.onProgress?.(m.progress)
    else {
      jobs.delete(m.id)
      if (m.kind === 'done') job.resolve(m.bytes)
      else if (m.kind === 'cancelled') job.reject(new RenderCancelled())
      else job.reject(new Error(m.message))
    }
  }
  mine.onerror = (e) => {
    // A worker that cannot start (an old or locked-down runtime) is not the user's problem:
    // the waiting documents are made on this thread instead, and so are later ones.
    e.preventDefault()
    workerBroken = true
    dropWorker()
    const waiting = [...jobs.values()]
    jobs.clear()
    for (const job of waiting) renderHere(job.layout, job.format, { onProgress: job.onProgress }).then(job.resolve, job.reject)
  }
  return mine
}

const whenIdle = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 })
  else setTimeout(work, 200)
}

/**
 * Starts the render worker while the app is idle and has it load the document engines and the
 * fonts, so the first "Simpan PDF" after start is as quick as the later ones. Safe to call often.
 */
export function prewarmDocuments(): void {
  if (warmState !== 'cold') return
  warmState = 'warming'
  whenIdle(() => {
    const w = getWorker()
    if (!w) return settleWarm('cold')
    send(w, { kind: 'warm' })
  })
}

function cancel(id: number) {
  const job = jobs.get(id)
  if (!job) return
  jobs.delete(id)
  job.reject(new RenderCancelled())
  const w = worker
  if (!w) return
  send(w, { kind: 'cancel', id })
  cancelling.set(
    id,
    setTimeout(() => {
      if (worker !== w || !cancelling.has(id)) return
      // Still busy with the cancelled document: a fresh worker takes the documents waiting behind it.
      dropWorker()
      const fresh = getWorker()
      for (const [waitingId, job] of jobs) {
        if (fresh) send(fresh, { kind: 'render', id: waitingId, format: job.format, layout: job.layout })
        else {
          jobs.delete(waitingId)
          renderHere(job.layout, job.format, { onProgress: job.onProgress }).then(job.resolve, job.reject)
        }
      }
      prewarmDocuments()
    }, CANCEL_GRACE_MS)
  )
}

/**
 * Renders a layout to PDF or DOCX bytes in a worker (on this thread if workers are unavailable).
 * Aborting the signal rejects with RenderCancelled at once and stops the work.
 */
export function renderLayout(
  layout: DocumentLayout,
  format: DocFormat,
  options: { onProgress?: (p: number) => void; signal?: AbortSignal } = {}
): Promise<Uint8Array> {
  if (options.signal?.aborted) return Promise.reject(new RenderCancelled())
  const w = getWorker()
  if (!w) {
    const signal = options.signal
    return renderHere(layout, format, { onProgress: options.onProgress, stopped: () => signal?.aborted === true }).catch((err: unknown) => {
      throw signal?.aborted ? new RenderCancelled() : err
    })
  }
  const id = nextId++
  return new Promise<Uint8Array>((resolve, reject) => {
    jobs.set(id, { layout, format, resolve, reject, onProgress: options.onProgress })
    options.signal?.addEventListener('abort', () => cancel(id), { once: true })
    send(w, { kind: 'render', id, format, layout })
  })
}
