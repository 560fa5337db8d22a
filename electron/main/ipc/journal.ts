import { open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { journalAppendArgs, journalCheckpointArgs } from '../../../shared/ipc/contract'
import { createJournalStore, type AppendResult, type JournalContents, type JournalFiles, type JournalStore } from '../../../shared/journal'
import { writeFileAtomic } from '../atomic-write'

/** The part of a node:fs FileHandle the journal uses. */
export interface JournalFileHandle {
  writeFile(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  truncate(length: number): Promise<void>
  close(): Promise<void>
}

/** Test seam: the file operations, so a test can see that fsync comes before the acknowledgement. */
export interface JournalFs {
  open(path: string, flags: 'a' | 'r+' | 'r'): Promise<JournalFileHandle>
  /** The file's bytes, or null when it does not exist. */
  readFile(path: string): Promise<Uint8Array | null>
  writeFileAtomic(path: string, data: string): Promise<void>
}

const missing = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code === 'ENOENT'

export const nodeJournalFs: JournalFs = {
  open: (path, flags) => open(path, flags),
  async readFile(path) {
    try {
      return await readFile(path)
    } catch (err) {
      if (missing(err)) return null
      throw err
    }
  },
  writeFileAtomic: (path, data) => writeFileAtomic(path, data)
}

export const JOURNAL_FILE = 'jurnal.log'
export const JOURNAL_BASE_FILE = 'jurnal-dasar.json'

/**
 * The journal's files in the user-data folder: `jurnal.log` (records appended and fsynced one by one)
 * and `jurnal-dasar.json` (the base, replaced atomically with atomic-write.ts).
 */
export function nodeJournalFiles(dir: string, fs: JournalFs = nodeJournalFs): JournalFiles {
  const journal = join(dir, JOURNAL_FILE)
  const base = join(dir, JOURNAL_BASE_FILE)
  let folderSynced = false
  return {
    readJournal: async () => (await fs.readFile(journal)) ?? new Uint8Array(0),
    async truncateJournal(length) {
      let handle: JournalFileHandle
      try {
        handle = await fs.open(journal, 'r+')
      } catch (err) {
        if (missing(err) && length === 0) return
        throw err
      }
      try {
        await handle.truncate(length)
        await handle.sync()
      } finally {
        await handle.close()
      }
    },
    async appendJournal(bytes) {
      const handle = await fs.open(journal, 'a')
      try {
        await handle.writeFile(bytes)
        // The acknowledgement waits for this: a record is durable before the number is shown.
        await handle.sync()
      } finally {
        await handle.close()
      }
      if (!folderSynced) {
        // The file's name in its folder must survive a power cut too (the first append may have created it).
        const folder = await fs.open(dir, 'r').catch(() => null)
        await folder?.sync().catch(() => undefined)
        await folder?.close()
        folderSynced = true
      }
    },
    async readBase() {
      const bytes = await fs.readFile(base)
      return bytes ? new TextDecoder().decode(bytes) : null
    },
    writeBase: (text) => fs.writeFileAtomic(base, text)
  }
}

export function mainJournal(dir: string, fs: JournalFs = nodeJournalFs): JournalStore {
  return createJournalStore(nodeJournalFiles(dir, fs))
}

export async function handleJournalAppend(store: JournalStore, raw: unknown): Promise<AppendResult> {
  return store.append(journalAppendArgs.parse(raw).payload)
}

export const handleJournalRead = (store: JournalStore): Promise<JournalContents> => store.read()

export async function handleJournalCheckpoint(store: JournalStore, raw: unknown): Promise<void> {
  const args = journalCheckpointArgs.parse(raw)
  await store.checkpoint(args.base, args.upToSeq)
}
