import { Component, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/** A crash in one page shows a message instead of a blank window; the data stays in IndexedDB. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div className="panel error-panel" role="alert">
        <h1>Terjadi kesalahan</h1>
        <p>Halaman ini tidak dapat ditampilkan. Data Anda tetap tersimpan. Muat ulang aplikasi (Ctrl+R) lalu coba lagi.</p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Coba lagi
        </button>
      </div>
    )
  }
}
