import { useState } from 'react'
import { practiceDataExists } from '../../data/practice'
import { getSession } from '../../data/session'
import { restartPractice, startPractice } from '../../app/switch-mode'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/**
 * "Coba data contoh": the canonical scenario (TP PKK Provinsi Sumatera Barat, Desember 2019) opens in
 * a practice database of its own; the office's data is neither replaced nor opened meanwhile.
 */
export function SamplePanel() {
  const practice = getSession().mode === 'practice'
  const [askKept, setAskKept] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function run(action: () => Promise<void>) {
    setBusy(true)
    action().catch((err: unknown) => {
      setBusy(false)
      setError(`Mode latihan gagal dibuka: ${errorText(err, 'Coba sekali lagi, atau tutup lalu buka kembali aplikasi.')}`)
    })
  }

  async function tryIt() {
    if (await practiceDataExists()) {
      setBusy(false)
      setAskKept(true)
    } else await startPractice({ fresh: false })
  }

  return (
    <section className="panel" aria-label="Data contoh">
      <h2>Data contoh</h2>
      {practice ? (
        <>
          <p>
            Anda sedang mencoba data contoh. Data kantor Anda tidak dibuka dan tidak berubah; kembali ke sana dengan tombol &quot;Kembali ke data
            kantor&quot; di bagian atas layar.
          </p>
          <button type="button" disabled={busy} onClick={() => run(restartPractice)}>
            Mulai ulang dari data contoh
          </button>
        </>
      ) : (
        <>
          <p>
            Coba aplikasi dengan kantor contoh TP PKK Provinsi Sumatera Barat (Rapat Konsultasi dengan OPD, Desember 2019). Data contoh dibuka
            terpisah sebagai data latihan: data kantor Anda tidak diubah dan tidak ada nomor surat kantor yang terpakai.
          </p>
          <button type="button" disabled={busy} onClick={() => run(tryIt)}>
            Coba data contoh
          </button>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {askKept && (
        <Dialog title="Data latihan sebelumnya" onClose={() => setAskKept(false)}>
          <p>Data latihan dari sebelumnya masih disimpan. Lanjutkan dengan data itu, atau mulai lagi dari data contoh?</p>
          <DialogFooter
            cancelDisabled={busy}
            extra={
              <button type="button" disabled={busy} onClick={() => run(() => startPractice({ fresh: true }))}>
                Mulai dari data contoh baru
              </button>
            }
            primary={{ label: 'Lanjutkan latihan sebelumnya', disabled: busy, onClick: () => run(() => startPractice({ fresh: false })) }}
          />
        </Dialog>
      )}
    </section>
  )
}
