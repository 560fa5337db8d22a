import type { ReactNode } from 'react'

export type NoticeKind = 'info' | 'success' | 'warning' | 'error'

export function Notice({ kind, children }: { kind: NoticeKind; children: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
