import { useState } from 'react'
import { readDataFile } from '@shared/datafile'
import { getDb } from '../../data/db'
import { countRecords, replaceAll } from '../../data/snapshot-repo'
import { Dialog } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'

/** Loads the canonical scenario (TP PKK Provinsi Sumatera Barat, Desember 2019) to try the app. */
export function SamplePanel() {
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)

  async function load() {
    setConfirming(false)
    try {
      const { default: raw } = await import('../../../../resources/sample/sumbar-2019.json?raw')
      const result = readDataFile(raw)
      if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
      await replaceAll(getDb(), result.snapshot)
      const counts = await countRecords(getDb())
      setMessage({
        kind: 'success',
        text: `Data contoh dimuat: ${counts.people} orang, ${counts.organisations} organisasi, ${counts.letters} surat.`
      })
    } catch (err) {
      setMessage({ kind: 'error', text: `Data contoh gagal dimuat: ${err instanceof Error ? err.message : String(err)}` })
    }
  }

  return (
    <section className="panel" aria-label="Data contoh">
      <h2>Data contoh</h2>
      <p>
        Muat kantor contoh TP PKK Provinsi Sumatera Barat (Rapat Konsultasi dengan OPD, Desember 2019) untuk mencoba aplikasi. Semua data yang
        ada sekarang akan diganti.
      </p>
      <button type="button" onClick={() => setConfirming(true)}>
        Muat data contoh
      </button>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {confirming && (
        <Dialog title="Ganti semua data?" onClose={() => setConfirming(false)}>
          <p>Semua data kantor, kontak, dan surat yang ada akan diganti dengan data contoh. Lanjutkan?</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              Batal
            </button>
            <button type="button" className="primary danger" onClick={() => void load()}>
              Ganti dengan data contoh
            </button>
          </div>
        </Dialog>
      )}
    </section>
  )
}
