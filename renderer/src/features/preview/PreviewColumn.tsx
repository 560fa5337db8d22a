import type { ReactNode } from 'react'
import { thawLayout } from '@shared/documents/frozen-layout'
import type { Letter, MeetingDocument } from '@shared/model'
import { DocumentPreview } from './DocumentPreview'
import type { BuildLayout } from './usePreview'

export interface PreviewSource {
  label: string
  build: BuildLayout
  /** What the layout is made from: the preview is remade when one of these changes. */
  deps: readonly unknown[]
}

/**
 * The preview column beside a document's form. The class `document-preview` is what a page layout places;
 * inside a `document-workspace` it stands to the right of the form.
 */
export function PreviewColumn({ document, sources, children }: { document: string; sources: readonly PreviewSource[]; children?: ReactNode }) {
  return (
    <aside className={`document-preview${sources.length > 1 ? ' two' : ''}`} aria-label={`Pratinjau cetak ${document}`}>
      {children}
      {sources.map((s) => (
        <DocumentPreview key={s.label} label={s.label} build={s.build} deps={s.deps} />
      ))}
    </aside>
  )
}

/**
 * A numbered document (Undangan, Keputusan): before issue, the draft as she types it; once issued, what
 * prints (the copy frozen at issue) and, beside it, the correction she is typing.
 */
export function NumberedPreview({
  document,
  doc,
  issued,
  draft,
  draftDeps
}: {
  document: string
  doc: MeetingDocument
  issued: Letter | null
  /** The layout of the form's draft as it is now. */
  draft: BuildLayout
  draftDeps: readonly unknown[]
}) {
  const frozen = issued && doc.frozen?.letterId === issued.id ? doc.frozen : undefined
  const sources: PreviewSource[] = !issued
    ? [{ label: 'Pratinjau cetak', build: draft, deps: draftDeps }]
    : frozen
      ? [
          { label: `Yang tercetak (nomor ${issued.number})`, build: () => thawLayout(frozen.layout), deps: [frozen] },
          { label: 'Koreksi yang sedang diketik', build: draft, deps: draftDeps }
        ]
      : // Issued before frozen copies existed: it prints from the data as it is now (NumberedDocumentFlow).
        [{ label: `Yang tercetak (nomor ${issued.number})`, build: draft, deps: draftDeps }]
  return <PreviewColumn document={document} sources={sources} />
}
