/// <reference lib="webworker" />
import type { RenderReply, RenderRequest } from './protocol'
import { renderHere } from './render-local'
import { errorText } from '../ui/error-text'

// Heavy documents (65 merged letters) render here so the window stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (m: RenderReply, transfer: Transferable[] = []) => scope.postMessage(m, transfer)

scope.onmessage = async (e: MessageEvent<RenderRequest>) => {
  const { id, format, layout } = e.data
  try {
    const bytes = await renderHere(layout, format, (progress) => reply({ id, kind: 'progress', progress }))
    const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
    reply({ id, kind: 'done', bytes: copy }, [copy.buffer as ArrayBuffer])
  } catch (err) {
    reply({ id, kind: 'error', message: errorText(err) })
  }
}
