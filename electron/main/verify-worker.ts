// Checks one PDF's signatures off the main process (ipc/signing.ts): a large file no longer holds every window.
import { parentPort } from 'node:worker_threads'
import { verifyPdfCall } from '../../shared/signing/calls'

parentPort?.once('message', (raw: unknown) => {
  try {
    parentPort?.postMessage({ ok: true, result: verifyPdfCall(raw) })
  } catch (err) {
    parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) })
  }
})
