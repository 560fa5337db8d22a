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
  /**
   * Writes a base beside the newest whole one, not yet current: readBase() does not return it, before or
   * after a crash, until commitPreparedBase(). Flushed before it resolves. (Where a platform lacks it, the
   * prepared base is kept in memory and written whole by writeBase at the commit.)
   */
  prepareBase?(text: string): Promise<void>
  /** Makes the base prepareBase() wrote the current one, durably (one byte rewritten in place and flushed). */
  commitPreparedBase?(): Promise<void>
}

/**
 * A prepared base begins with this character, which makes its header line no JSON (decodeBase: no base);
 * the commit overwrites it with a space, which JSON.parse skips. One byte: a crash leaves one or the other.
 */
export const PREPARED_BASE_MARK = '#'
export const READY_BASE_MARK = ' '

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

  /** The base prepared by prepareCheckpoint, until its commit. */
  let prepared: { text: string; file: string; upToSeq: number; lastSeq: number } | null = null

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
    /**
     * The first half of a checkpoint that runs beside the write it records (a restore's IndexedDB
     * transaction): `file` is written as the next base, flushed, but not current, so a crash before the
     * commit leaves the journal as it was (its old base and entries: the data before the write). Nothing
     * else changes; a prepared base that is never committed is overwritten by the next checkpoint.
     */
    prepareCheckpoint: (file: string, upToSeq: number): Promise<void> =>
      serial(async () => {
        const s = await ready()
        if (upToSeq > s.lastSeq) throw new RangeError('Titik simpan melewati jurnal')
        prepared = null
        const tail = (await load()).records.filter((r) => r.seq > upToSeq)
        const text = encodeBase({ seq: upToSeq, at: now().toISOString(), tail }, file)
        if (files.prepareBase) await files.prepareBase(text)
        prepared = { text, file, upToSeq, lastSeq: s.lastSeq }
      }),
    /**
     * The second half, once the write it records is committed: the prepared base becomes current and the
     * journal restarts from it. Entries appended since the prepare are kept (the base is then written
     * whole with them in its tail).
     */
    commitCheckpoint: (): Promise<void> =>
      serial(async () => {
        const p = prepared
        prepared = null
        if (!p) throw new Error('Tidak ada dasar jurnal yang disiapkan')
        const s = await ready()
        if (files.prepareBase && files.commitPreparedBase && s.lastSeq === p.lastSeq) {
          await files.commitPreparedBase()
        } else {
          const tail = (await load()).records.filter((r) => r.seq > p.upToSeq)
          await files.writeBase(s.lastSeq === p.lastSeq ? p.text : encodeBase({ seq: p.upToSeq, at: now().toISOString(), tail }, p.file))
        }
        await files.truncateJournal(0)
        s.bytes = 0
      }),
    /** The journal's last sequence number (0: none). */
    lastSeq: (): Promise<number> => serial(async () => (await ready()).lastSeq)
  }
}

export type JournalStore = ReturnType<typeof createJournalStore>

/** Files in memory: the browser's fallback where OPFS is missing (guards nothing across a reload), and the tests' platform. */
export function memoryJournalFiles(): JournalFiles & { journal: Uint8Array; base: string | null; prepared: string | null } {
  const m = {
    journal: new Uint8Array(0) as Uint8Array,
    base: null as string | null,
    /** A prepared base (PREPARED_BASE_MARK first), not current until committed. */
    prepared: null as string | null,
    readJournal: async () => m.journal.slice(),
    truncateJournal: async (length: number) => {
      m.journal = m.journal.slice(0, length)
    },
    appendJournal: async (bytes: Uint8Array) => {
      m.journal = concatBytes([m.journal, bytes])
    },
    // As the OPFS worker picks between its two slots: the newest whole base (a prepared one is not whole).
    readBase: async () =>
      [m.base, m.prepared].map((text) => ({ text, seq: decodeBase(text)?.header.seq ?? -1 })).reduce((a, b) => (b.seq > a.seq ? b : a)).text,
    writeBase: async (text: string) => {
      m.base = text
    },
    prepareBase: async (text: string) => {
      m.prepared = PREPARED_BASE_MARK + text
    },
    commitPreparedBase: async () => {
      if (m.prepared === null) throw new Error('Tidak ada dasar jurnal yang disiapkan')
      m.base = READY_BASE_MARK + m.prepared.slice(1)
      m.prepared = null
    }
  }
  return m
}
