import type { DocumentLayout } from '@shared/documents/layout'

export type DocFormat = 'pdf' | 'docx'

/**
 * Messages to the render worker. Jobs run one at a time in the order sent; "cancel" drops a job that
 * has not started and stops one at its next pause (the synchronous layout itself cannot be stopped:
 * the window stops waiting for it at once and replaces a worker that does not answer soon).
 * "warm" loads the engines and the fonts and renders a small document, while the app is idle.
 */
export type RenderRequest =
  | { kind: 'render'; id: number; format: DocFormat; layout: DocumentLayout }
  | { kind: 'cancel'; id: number }
  | { kind: 'warm' }

export type RenderReply =
  | { id: number; kind: 'progress'; progress: number }
  | { id: number; kind: 'done'; bytes: Uint8Array }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' }
  | { kind: 'warm'; ms: number }
