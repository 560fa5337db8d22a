/** Shown when the database cannot be opened; nothing is deleted or reset. */
export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <div className="content" role="alert">
      <div className="panel error-panel">
        <h1>Basis data tidak dapat dibuka</h1>
        <p>
          Sekretariat PKK tidak dapat membuka datanya. Tidak ada data yang dihapus. Tutup jendela lain Sekretariat PKK jika ada, lalu muat
          ulang (Ctrl+R). Jika masalah tetap ada, hubungi pendamping teknis dan sertakan keterangan di bawah ini; cadangan otomatis ada di
          folder Dokumen/Sekretariat PKK/Cadangan.
        </p>
        <pre className="error-detail">{detail}</pre>
        <button type="button" onClick={() => location.reload()}>
          Muat ulang
        </button>
      </div>
    </div>
  )
}
