import type { DocumentLayout } from '@shared/documents/layout'

export type DocFormat = 'pdf' | 'docx'

export interface RenderRequest {
  id: number
  format: DocFormat
  layout: DocumentLayout
}

export type RenderReply =
  | { id: number; kind: 'progress'; progress: number }
  | { id: number; kind: 'done'; bytes: Uint8Array }
  | { id: number; kind: 'error'; message: string }
