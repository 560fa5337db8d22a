import { journalAppendArgs, journalCheckpointArgs, type JournalCheckpointArgs } from '@shared/ipc/contract'
import { createJournalStore, memoryJournalFiles, type AppendResult, type JournalContents, type JournalStore } from '@shared/journal'
import type { JournalCall, JournalReply, JournalRequest } from './journal-protocol'

type Pending = { resolve: (v: AppendResult | JournalContents | number | null) => void; reject: (e: Error) => void }

/** The journal's worker, started on first use; null where OPFS or its sync handles are missing. */
function startWorker(): Promise<((req: JournalCall) => Promise<AppendResult | JournalContents | number | null>) | null> {
  if (typeof Worker !== 'function' || typeof navigator.storage?.getDirectory !== 'function') return Promise.resolve(null)
  return new Promise((ready) => {
    const worker = new Worker(new URL('./journal-worker.ts', import.meta.url), { type: 'module', name: 'jurnal' })
    const pending = new Map<number, Pending>()
    let next = 1
    const call = (req: JournalCall) =>
      new Promise<AppendResult | JournalContents | number | null>((resolve, reject) => {
        const id = next++
        pending.set(id, { resolve, reject })
        worker.postMessage({ ...req, id } satisfies JournalRequest)
      })
    worker.onmessage = (e: MessageEvent<JournalReply>) => {
      const m = e.data
      if ('ready' in m) {
        ready(m.ready ? call : null)
        if (!m.ready) console.warn(`Jurnal perubahan tidak dapat memakai OPFS (${m.message}); jurnal hanya disimpan di memori.`)
        return
      }
      const p = pending.get(m.id)
      pending.delete(m.id)
      if (m.ok) p?.resolve(m.result)
      else p?.reject(new Error(m.message))
    }
    worker.onerror = () => ready(null)
  })
}

let started: Promise<JournalStore | ((req: JournalCall) => Promise<AppendResult | JournalContents | number | null>)> | undefined
function backend() {
  started ??= startWorker().then((call) => {
    if (call) return call
    console.warn('Peramban ini tidak menyediakan OPFS: jurnal perubahan hanya disimpan di memori dan tidak melindungi data setelah dimuat ulang.')
    return createJournalStore(memoryJournalFiles())
  })
  return started
}

/** window.pkk.journal in a plain browser: the OPFS worker, or memory where OPFS is missing. */
export const browserJournal = {
  async append(payload: string): Promise<AppendResult> {
    const args = journalAppendArgs.parse({ payload })
    const b = await backend()
    return typeof b === 'function' ? ((await b({ kind: 'append', payload: args.payload })) as AppendResult) : b.append(args.payload)
  },
  async read(): Promise<JournalContents> {
    const b = await backend()
    return typeof b === 'function' ? ((await b({ kind: 'read' })) as JournalContents) : b.read()
  },
  async lastSeq(): Promise<number> {
    const b = await backend()
    return typeof b === 'function' ? ((await b({ kind: 'lastSeq' })) as number) : b.lastSeq()
  },
  async checkpoint(raw: JournalCheckpointArgs): Promise<void> {
    const args = journalCheckpointArgs.parse(raw)
    const b = await backend()
    if (typeof b === 'function') await b({ kind: 'checkpoint', base: args.base, upToSeq: args.upToSeq })
    else await b.checkpoint(args.base, args.upToSeq)
  },
  /** A checkpoint in two halves around the write it records (shared/journal store.prepareCheckpoint). */
  async prepareCheckpoint(raw: JournalCheckpointArgs): Promise<void> {
    const args = journalCheckpointArgs.parse(raw)
    const b = await backend()
    if (typeof b === 'function') await b({ kind: 'prepareCheckpoint', base: args.base, upToSeq: args.upToSeq })
    else await b.prepareCheckpoint(args.base, args.upToSeq)
  },
  async commitCheckpoint(): Promise<void> {
    const b = await backend()
    if (typeof b === 'function') await b({ kind: 'commitCheckpoint' })
    else await b.commitCheckpoint()
  }
}
