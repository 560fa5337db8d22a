import { concatBytes, decodeRecords, encodeRecord, type DecodedRecord } from './codec'

/**
 * The journal's two files, as each platform keeps them: main's user-data folder (node:fs, fsync) and
 * the browser's Origin Private File System (a sync access handle and flush, in a worker). Each call
 * returns only once what it wrote is on disk.
 */
export interface JournalFiles {
  /** The journal's bytes; empty when there is none. */
  readJournal(): Promise<Uint8Array>
  /** Cuts the journal to its first `length` bytes (a torn last record), durably. */
  truncateJournal(length: number): Promise<void>
  /** Appends and flushes (fsync) before resolving. */
  appendJournal(bytes: Uint8Array): Promise<void>
  /** The newest whole base, or null. */
  readBase(): Promise<string | null>
  /** Replaces the base atomically: after a crash the old base or the new one is there, never a mix. */
  writeBase(text: string): Promise<void>
}

/** What a journal holds: the base (a data file) and the entries after it, in order. */
export interface JournalContents {
  /** The base's data file (JSON text), or null when no checkpoint was made yet. */
  base: string | null
  /** The sequence number the base includes: entries at or below it are already in it. */
  baseSeq: number
  /** When the base was written. */
  baseAt: string | null
  /** Entries after the base, in sequence order. */
  records: DecodedRecord[]
  /** Bytes of a torn or damaged tail that were ignored. */
  ignoredBytes: number
  /** The journal file's size in bytes (whole records). */
  journalBytes: number
}

export interface AppendResult {
  seq: number
  /** The journal's size after this record: the renderer checkpoints past a limit. */
  journalBytes: number
}

interface BaseHeader {
  v: 1
  seq: number
  at: string
  /** Entries after `seq` that were in the journal when the base was written (kept across the restart of the journal). */
  tail: DecodedRecord[]
  /** Characters of the data file after the header line: a base cut short is not a base. */
  length: number
}

export function encodeBase(header: Omit<BaseHeader, 'v' | 'length'>, file: string): string {
  return `${JSON.stringify({ v: 1, ...header, length: file.length } satisfies BaseHeader)}\n${file}`
}

export function decodeBase(text: string | null): { header: BaseHeader; file: string } | null {
  if (!text) return null
  const nl = text.indexOf('\n')
  if (nl < 0) return null
  try {
    const header = JSON.parse(text.slice(0, nl)) as Partial<BaseHeader>
    const file = text.slice(nl + 1)
    if (header.v !== 1 || typeof header.seq !== 'number' || typeof header.at !== 'string' || !Array.isArray(header.tail) || header.length !== file.length) return null
    return { header: header as BaseHeader, file }
  } catch {
    return null
  }
}

/**
 * The journal's rules over any platform's files: one operation at a time, sequence numbers that
 * only rise, a torn last record cut off before anything is appended after it (appending after a torn
 * record would make every later record unreadable: the reuse_logs failure of docs/drills.md), and a
 * checkpoint that keeps every entry the base does not include.
 */
export function createJournalStore(files: JournalFiles, now: () => Date = () => new Date()) {
  let chain: Promise<unknown> = Promise.resolve()
  let state: { lastSeq: number; bytes: number } | null = null
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const run = chain.then(f, f)
    chain = run.catch(() => undefined)
    return run
  }

  async function load(): Promise<JournalContents> {
    const [bytes, baseText] = await Promise.all([files.readJournal(), files.readBase()])
    const read = decodeRecords(bytes)
    const base = decodeBase(baseText)
    const baseSeq = base?.header.seq ?? 0
    const bySeq = new Map<number, DecodedRecord>()
    for (const r of base?.header.tail ?? []) if (r.seq > baseSeq) bySeq.set(r.seq, r)
    for (const r of read.records) if (r.seq > baseSeq) bySeq.set(r.seq, r)
    const records = [...bySeq.values()].sort((a, b) => a.seq - b.seq)
    return {
      base: base?.file ?? null,
      baseSeq,
      baseAt: base?.header.at ?? null,
      records,
      ignoredBytes: read.ignoredBytes,
      journalBytes: read.validBytes
    }
  }

  async function ready(): Promise<{ lastSeq: number; bytes: number }> {
    if (state) return state
    const bytes = await files.readJournal()
    const read = decodeRecords(bytes)
    if (read.ignoredBytes > 0) await files.truncateJournal(read.validBytes)
    const base = decodeBase(await files.readBase())
    const lastSeq = Math.max(read.records.at(-1)?.seq ?? 0, base?.header.seq ?? 0, ...(base?.header.tail ?? []).map((r) => r.seq))
    state = { lastSeq, bytes: read.validBytes }
    return state
  }

  return {
    /** Appends one entry; resolves with its sequence number once it is on disk. */
    append: (payload: string): Promise<AppendResult> =>
      serial(async () => {
        const s = await ready()
        const seq = s.lastSeq + 1
        const record = encodeRecord(seq, payload)
        try {
          await files.appendJournal(record)
        } catch (err) {
          // Whatever part of the record reached the file is cut off before the next append.
          state = null
          throw err
        }
        s.lastSeq = seq
        s.bytes += record.byteLength
        return { seq, journalBytes: s.bytes }
      }),
    read: (): Promise<JournalContents> => serial(load),
    /**
     * Writes `file` (a data file holding every entry up to `upToSeq`) as the new base and restarts the
     * journal from it. Entries after `upToSeq` move into the base's tail first, so no moment exists
     * at which an entry is in neither file.
     */
    checkpoint: (file: string, upToSeq: number): Promise<void> =>
      serial(async () => {
        const s = await ready()
        if (upToSeq > s.lastSeq) throw new RangeError('Titik simpan melewati jurnal')
        const current = await load()
        const tail = current.records.filter((r) => r.seq > upToSeq)
        await files.writeBase(encodeBase({ seq: upToSeq, at: now().toISOString(), tail }, file))
        await files.truncateJournal(0)
        s.bytes = 0
      }),
    /** The journal's last sequence number (0: none). */
    lastSeq: (): Promise<number> => serial(async () => (await ready()).lastSeq)
  }
}

export type JournalStore = ReturnType<typeof createJournalStore>

/** Files in memory: the browser's fallback where OPFS is missing (guards nothing across a reload), and the tests' platform. */
export function memoryJournalFiles(): JournalFiles & { journal: Uint8Array; base: string | null } {
  const m = {
    journal: new Uint8Array(0) as Uint8Array,
    base: null as string | null,
    readJournal: async () => m.journal.slice(),
    truncateJournal: async (length: number) => {
      m.journal = m.journal.slice(0, length)
    },
    appendJournal: async (bytes: Uint8Array) => {
      m.journal = concatBytes([m.journal, bytes])
    },
    readBase: async () => m.base,
    writeBase: async (text: string) => {
      m.base = text
    }
  }
  return m
}
