import type { ReactNode } from 'react'

/** Technical words (formats, fingerprints, field paths) kept off the main screen: shown only when she opens "Rincian teknis". */
export function TechnicalDetails({ children }: { children: ReactNode }) {
  return (
    <details className="tech-details">
      <summary>Rincian teknis</summary>
      <div className="muted small">{children}</div>
    </details>
  )
}
