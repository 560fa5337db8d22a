import type { Worker } from 'node:worker_threads'
import { MAX_VERIFY_BYTES, VERIFY_TOO_LARGE, verifyPdfArgs } from '../../../shared/ipc/contract'
import type { VerifyResult } from '../../../shared/signing'
import { createSelfSignedCall, inspectP12Call, signPdfCall, verifyPdfCall } from '../../../shared/signing/calls'

/**
 * pkk:signing-*: the office's .p12 and its password arrive for one call and are not kept in main;
 * the renderer stores the (still encrypted) .p12 and asks for the password each time.
 */
export const handleCreateSelfSigned = (raw: unknown) => createSelfSignedCall(raw)
export const handleInspectP12 = (raw: unknown) => inspectP12Call(raw)
export const handleSignPdf = (raw: unknown) => signPdfCall(raw)

/** The size is checked before anything else, so an oversized file costs no parsing and says why in Indonesian. */
function checkSize(raw: unknown): void {
  const pdf = (raw as { pdf?: unknown } | null)?.pdf
  if (pdf instanceof Uint8Array && pdf.byteLength > MAX_VERIFY_BYTES) throw new Error(VERIFY_TOO_LARGE)
}

/** Checks on the calling thread (the browser build and tests); main uses verifyPdfOffThread. */
export function handleVerifyPdf(raw: unknown): VerifyResult {
  checkSize(raw)
  return verifyPdfCall(raw)
}

export const VERIFY_TIMEOUT_MS = 60_000
export const VERIFY_TIMED_OUT = 'Pemeriksaan tanda tangan terlalu lama dan dihentikan. Coba lagi dengan berkas yang lebih kecil.'

/**
 * pkk:signing-verify-pdf in main: the size limit and the arguments are checked here, the reading of the file
 * happens in a worker thread (verify-worker.ts) that is stopped after VERIFY_TIMEOUT_MS, so neither a large
 * nor a hostile PDF can hold the main process (and with it every window).
 */
export async function verifyPdfOffThread(raw: unknown, startWorker: () => Worker, timeoutMs = VERIFY_TIMEOUT_MS): Promise<VerifyResult> {
  checkSize(raw)
  // Everything the check needs travels to the worker: the file and the office's certificates.
  const args = verifyPdfArgs.parse(raw)
  const worker = startWorker()
  try {
    return await new Promise<VerifyResult>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(VERIFY_TIMED_OUT)), timeoutMs)
      worker.once('message', (m: { ok: true; result: VerifyResult } | { ok: false; message: string }) => {
        clearTimeout(timer)
        if (m.ok) resolve(m.result)
        else reject(new Error(m.message))
      })
      worker.once('error', (err) => {
        clearTimeout(timer)
        reject(err)
      })
      worker.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`Pemeriksaan tanda tangan berhenti (kode ${code}).`))
      })
      worker.postMessage(args)
    })
  } finally {
    await worker.terminate()
  }
}
