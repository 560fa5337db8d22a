/// <reference lib="webworker" />
import type { RenderReply, RenderRequest } from './protocol'
import { throttledProgress } from './progress'
import { renderHere, RenderStopped, warmHere } from './render-local'
import { errorText } from '../ui/error-text'

// Documents render here so the window stays responsive; one job at a time, in order.
const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (m: RenderReply, transfer: Transferable[] = []) => scope.postMessage(m, transfer)
const cancelled = new Set<number>()
let queue: Promise<void> = Promise.resolve()

async function render(id: number, request: Extract<RenderRequest, { kind: 'render' }>): Promise<void> {
  try {
    const bytes = await renderHere(request.layout, request.format, {
      onProgress: throttledProgress((progress) => reply({ id, kind: 'progress', progress })),
      stopped: () => cancelled.has(id)
    })
    if (cancelled.has(id)) return reply({ id, kind: 'cancelled' })
    const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
    reply({ id, kind: 'done', bytes: copy }, [copy.buffer as ArrayBuffer])
  } catch (err) {
    reply(err instanceof RenderStopped ? { id, kind: 'cancelled' } : { id, kind: 'error', message: errorText(err) })
  } finally {
    cancelled.delete(id)
  }
}

scope.onmessage = (e: MessageEvent<RenderRequest>) => {
  const m = e.data
  if (m.kind === 'cancel') {
    cancelled.add(m.id)
    return
  }
  if (m.kind === 'warm') {
    // A failed warm-up is not the user's problem: the first document loads what it needs itself.
    queue = queue.then(() => warmHere().then((ms) => reply({ kind: 'warm', ms }), () => undefined))
    return
  }
  queue = queue.then(() => render(m.id, m))
}
