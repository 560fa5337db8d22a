/// <reference lib="webworker" />
import { createJournalStore, decodeBase, PREPARED_BASE_MARK, READY_BASE_MARK, type JournalFiles } from '@shared/journal'
import type { JournalReply, JournalRequest } from './journal-protocol'

/**
 * The browser build's journal in the Origin Private File System. Only a dedicated worker gets a
 * synchronous access handle, the one OPFS handle with flush(): an entry is flushed before its append
 * is answered. OPFS shares the origin's storage, so it guards against a corrupt IndexedDB, not against
 * "clear site data".
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (m: JournalReply) => scope.postMessage(m)

const JOURNAL = 'jurnal.log'
/** Two slots for the base, written in turn: a torn write leaves the other one whole. */
const BASE_SLOTS = ['jurnal-dasar-a.json', 'jurnal-dasar-b.json'] as const

async function handleOf(root: FileSystemDirectoryHandle, name: string): Promise<FileSystemSyncAccessHandle> {
  const file = await root.getFileHandle(name, { create: true })
  // The previous page's worker may still hold the lock for a moment after a reload.
  for (let attempt = 0; ; attempt++) {
    try {
      return await file.createSyncAccessHandle()
    } catch (err) {
      if (attempt >= 30) throw err
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

function readAll(h: FileSystemSyncAccessHandle): Uint8Array {
  const out = new Uint8Array(h.getSize())
  h.read(out, { at: 0 })
  return out
}

async function opfsFiles(): Promise<JournalFiles> {
  const root = await navigator.storage.getDirectory()
  const journal = await handleOf(root, JOURNAL)
  const readSlot = async (name: string): Promise<string | null> => {
    const h = await handleOf(root, name)
    try {
      const bytes = readAll(h)
      return bytes.byteLength > 0 ? new TextDecoder().decode(bytes) : null
    } finally {
      h.close()
    }
  }
  const slots = async () => Promise.all(BASE_SLOTS.map(async (name) => ({ name, text: await readSlot(name) })))
  // Which base each slot holds (its sequence number; -1: none whole), once read or written by this worker,
  // the one that holds the journal's lock: a checkpoint then reads only the newest slot, and picks the slot
  // to write without reading both again (a 10-year office's base is 28 MB).
  // Kept in the order the bases were made: of two with the same sequence number (no entry between two
  // checkpoints, e.g. a restore right after the start's base) the later one is the newest.
  let known: Map<string, number> | null = null
  const newestWhole = async (): Promise<string | null> => {
    const whole = (await slots()).map((s) => ({ ...s, base: decodeBase(s.text) }))
    const order = (x: (typeof whole)[number]) => [x.base?.header.seq ?? -1, x.base?.header.at ?? ''] as const
    whole.sort((a, b) => order(a)[0] - order(b)[0] || (order(a)[1] < order(b)[1] ? -1 : order(a)[1] > order(b)[1] ? 1 : 0))
    known = new Map(whole.map((s) => [s.name, s.base?.header.seq ?? -1]))
    return whole.filter((s) => s.base).at(-1)?.text ?? null
  }
  /** The slot holding the newest whole base that this worker knows of ('' for none): the highest number, the later made of two. */
  const newestKnown = (m: Map<string, number>): [string, number] => [...m].reduce<[string, number]>((a, b) => (b[1] >= a[1] ? b : a), ['', -1])
  /** `m` with `name` holding the base `seq`, made last. */
  const madeLast = (m: Map<string, number>, name: string, seq: number) => {
    const out = new Map(m)
    out.delete(name)
    return out.set(name, seq)
  }
  /** The slot that does not hold the newest whole base: the next base goes there. */
  const inactiveSlot = async () => {
    const current = known ?? (await newestWhole(), known ?? new Map<string, number>())
    const [newest, seq] = newestKnown(current)
    return { target: BASE_SLOTS.find((name) => seq < 0 || name !== newest) ?? BASE_SLOTS[0], current }
  }
  const writeSlot = async (name: string, text: string) => {
    const h = await handleOf(root, name)
    try {
      const bytes = new TextEncoder().encode(text)
      h.truncate(0)
      let written = 0
      while (written < bytes.byteLength) written += h.write(bytes.subarray(written), { at: written })
      h.flush()
    } finally {
      h.close()
    }
  }
  /** The base prepareBase wrote (its slot and sequence number), until commitPreparedBase. */
  let prepared: { target: string; seq: number } | null = null
  return {
    readJournal: async () => readAll(journal),
    async truncateJournal(length) {
      journal.truncate(length)
      journal.flush()
    },
    async appendJournal(bytes) {
      const at = journal.getSize()
      let written = 0
      while (written < bytes.byteLength) written += journal.write(bytes.subarray(written), { at: at + written })
      journal.flush()
    },
    async readBase() {
      const [name, seq] = newestKnown(known ?? new Map<string, number>())
      if (seq >= 0) {
        const text = await readSlot(name)
        // Still the base this worker knows there: the other slot holds an older one.
        if (decodeBase(text)?.header.seq === seq) return text
      }
      return newestWhole()
    },
    async writeBase(text) {
      const { target, current } = await inactiveSlot()
      known = null
      await writeSlot(target, text)
      known = madeLast(current, target, decodeBase(text)?.header.seq ?? -1)
    },
    async prepareBase(text) {
      const { target, current } = await inactiveSlot()
      known = null
      prepared = null
      // Not a base until committed: its first character makes the header line no JSON.
      await writeSlot(target, PREPARED_BASE_MARK + text)
      known = madeLast(current, target, -1)
      prepared = { target, seq: decodeBase(text)?.header.seq ?? -1 }
    },
    async commitPreparedBase() {
      const p = prepared
      prepared = null
      if (!p) throw new Error('Tidak ada dasar jurnal yang disiapkan')
      const h = await handleOf(root, p.target)
      try {
        h.write(new TextEncoder().encode(READY_BASE_MARK), { at: 0 })
        h.flush()
      } finally {
        h.close()
      }
      known = madeLast(known ?? new Map<string, number>(), p.target, p.seq)
    }
  }
}

const store = opfsFiles().then(
  (files) => {
    reply({ id: 0, ready: true })
    return createJournalStore(files)
  },
  (err: unknown) => {
    reply({ id: 0, ready: false, message: err instanceof Error ? err.message : String(err) })
    return null
  }
)

scope.onmessage = async (e: MessageEvent<JournalRequest>) => {
  const req = e.data
  try {
    const s = await store
    if (!s) throw new Error('Jurnal OPFS tidak tersedia')
    const result =
      req.kind === 'append'
        ? await s.append(req.payload)
        : req.kind === 'read'
          ? await s.read()
          : req.kind === 'lastSeq'
            ? await s.lastSeq()
            : req.kind === 'prepareCheckpoint'
              ? (await s.prepareCheckpoint(req.base, req.upToSeq), null)
              : req.kind === 'commitCheckpoint'
                ? (await s.commitCheckpoint(), null)
                : (await s.checkpoint(req.base, req.upToSeq), null)
    reply({ id: req.id, ok: true, result })
  } catch (err) {
    reply({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) })
  }
}
