import { useState } from 'react'
import { Dialog, DialogFooter } from '../ui/Dialog'
import { Notice } from '../ui/Notice'
import { returnToOffice } from './switch-mode'
import { errorText } from '../ui/error-text'

/** Shown above every screen while the practice data is open, with the way back to the office's data. */
export function PracticeBanner() {
  const [leaving, setLeaving] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function leave(discard: boolean) {
    setBusy(true)
    returnToOffice({ discard }).catch((err: unknown) => {
      setBusy(false)
      setError(`Gagal kembali ke data kantor: ${errorText(err, 'Tutup lalu buka kembali aplikasi; aplikasi dibuka dengan data kantor.')}`)
    })
  }

  return (
    <div className="practice-banner" role="region" aria-label="Mode latihan">
      <span>
        <strong>Mode latihan</strong> — data contoh, bukan data kantor Anda. Nomor surat, kontak, dan rapat di sini tidak masuk ke data kantor.
      </span>
      <button type="button" onClick={() => setLeaving(true)}>
        Kembali ke data kantor
      </button>
      {leaving && (
        <Dialog title="Kembali ke data kantor" onClose={() => setLeaving(false)}>
          <p>Data latihan (kantor contoh dan apa pun yang Anda ubah di sini) dihapus, atau disimpan untuk latihan berikutnya?</p>
          {error && <Notice kind="error">{error}</Notice>}
          <DialogFooter
            cancelDisabled={busy}
            extra={
              <button type="button" disabled={busy} onClick={() => leave(false)}>
                Simpan untuk lain kali
              </button>
            }
            primary={{ label: 'Hapus data latihan', disabled: busy, onClick: () => leave(true) }}
          />
        </Dialog>
      )}
    </div>
  )
}
