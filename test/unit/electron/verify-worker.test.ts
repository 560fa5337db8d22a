import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { build } from 'esbuild'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { MAX_VERIFY_BYTES, VERIFY_TOO_LARGE } from '../../../shared/ipc/contract'
import { VERIFY_TIMED_OUT, handleVerifyPdf, verifyPdfOffThread } from '../../../electron/main/ipc/signing'

const root = join(import.meta.dirname, '../../..')
let workerFile = ''

// The worker as electron-vite ships it: one bundled file started by node:worker_threads.
beforeAll(async () => {
  workerFile = join(await mkdtemp(join(tmpdir(), 'pkk-pekerja-')), 'verify-worker.cjs')
  await build({ entryPoints: [join(root, 'electron/main/verify-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent' })
}, 60_000)

const pdfOf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`)

describe('checking a signature happens off the main process, bounded in size and time', () => {
  test('a worker thread gives the same answer as checking in place', async () => {
    const pdf = pdfOf('1 0 obj << /Type /Catalog >> endobj')
    const start = vi.fn(() => new Worker(workerFile))
    const r = await verifyPdfOffThread({ pdf, officeCertificates: [] }, start)
    expect(start).toHaveBeenCalledTimes(1)
    expect(r).toEqual(handleVerifyPdf({ pdf, officeCertificates: [] }))
    expect(r.ok).toBe(false)
  })

  test('the main thread keeps running while the worker reads the file', async () => {
    const pdf = new Uint8Array(20 * 1024 * 1024).fill(0x20)
    pdf.set(new TextEncoder().encode('%PDF-1.7\n'))
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    try {
      await verifyPdfOffThread({ pdf, officeCertificates: [] }, () => new Worker(workerFile))
    } finally {
      clearInterval(timer)
    }
    expect(ticks).toBeGreaterThan(0)
  })

  test('a file over 25 MB is refused in Indonesian before any worker starts or any byte is read', async () => {
    expect(MAX_VERIFY_BYTES).toBe(25 * 1024 * 1024)
    const pdf = new Uint8Array(25 * 1024 * 1024 + 1)
    const start = vi.fn(() => new Worker(workerFile))
    await expect(verifyPdfOffThread({ pdf, officeCertificates: [] }, start)).rejects.toThrow(VERIFY_TOO_LARGE)
    expect(start).not.toHaveBeenCalled()
    expect(() => handleVerifyPdf({ pdf, officeCertificates: [] })).toThrow(VERIFY_TOO_LARGE)
  })

  test('arguments that are not a PDF are refused before any worker starts', async () => {
    const start = vi.fn(() => new Worker(workerFile))
    await expect(verifyPdfOffThread({ pdf: new TextEncoder().encode('bukan pdf sama sekali') }, start)).rejects.toThrow()
    await expect(verifyPdfOffThread(null, start)).rejects.toThrow()
    expect(start).not.toHaveBeenCalled()
  })

  test('a check that takes too long is stopped and says so', async () => {
    let worker: Worker | undefined
    const hang = () => (worker = new Worker('setInterval(() => {}, 1000)', { eval: true }))
    await expect(verifyPdfOffThread({ pdf: pdfOf('x'), officeCertificates: [] }, hang, 200)).rejects.toThrow(VERIFY_TIMED_OUT)
    expect(worker?.threadId).toBe(-1)
  })
})
