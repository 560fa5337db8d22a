import type { AppendResult, JournalContents } from '@shared/journal'

/** Messages between the window and the journal's worker (journal-worker.ts). */
export type JournalCall =
  | { kind: 'append'; payload: string }
  | { kind: 'read' }
  | { kind: 'checkpoint'; base: string; upToSeq: number }
  | { kind: 'prepareCheckpoint'; base: string; upToSeq: number }
  | { kind: 'commitCheckpoint' }
  | { kind: 'lastSeq' }
export type JournalRequest = JournalCall & { id: number }

export type JournalReply =
  | { id: number; ok: true; result: AppendResult | JournalContents | number | null }
  | { id: number; ok: false; message: string }
  /** Sent once at start: whether the OPFS files could be opened. */
  | { id: 0; ready: true }
  | { id: 0; ready: false; message: string }
