/** Chromium's words when it found the store damaged; by then it has already set the damaged store aside. */
const DAMAGED_STORE = /backing store|corrupt/i

/** Shown when the database cannot be opened. The app itself deletes or resets nothing. */
export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const damaged = DAMAGED_STORE.test(detail)
  return (
    <div className="content" role="alert">
      <div className="panel error-panel">
        <h1>Basis data tidak dapat dibuka</h1>
        {damaged ? (
          <p>
            Penyimpanan data melaporkan bahwa berkas basis data rusak (misalnya setelah listrik padam atau komputer mati mendadak), dan
            mungkin sudah menyisihkannya. Aplikasi ini sendiri tidak menghapus apa pun. Muat ulang: bila data ternyata hilang, aplikasi akan
            memberi tahu dan menawarkan pemulihan dari cadangan terbaru, tanpa memakai ulang nomor surat yang sudah dikeluarkan.
          </p>
        ) : (
          <p>
            Sekretariat PKK tidak dapat membuka datanya. Aplikasi tidak menghapus apa pun. Tutup jendela lain Sekretariat PKK jika ada, lalu
            muat ulang (Ctrl+R).
          </p>
        )}
        <p>
          Jika masalah tetap ada, hubungi pendamping teknis dan sertakan keterangan di bawah ini; cadangan otomatis ada di folder
          Dokumen/Sekretariat PKK/Cadangan.
        </p>
        <pre className="error-detail">{detail}</pre>
        <button type="button" onClick={() => location.reload()}>
          Muat ulang
        </button>
      </div>
    </div>
  )
}
