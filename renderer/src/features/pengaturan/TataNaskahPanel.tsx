import { useState } from 'react'
import { pageNumberStyleLabel, pageNumberStyles, tataNaskahOf, type OfficeProfile, type PageNumberStyle, type TataNaskah } from '@shared/model'
import { getDb } from '../../data/db'
import { saveTataNaskah } from '../../data/profile-repo'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/**
 * Pengaturan › Tata naskah: one page-number convention and one rule for the signer's name, for every document the
 * office makes (docs/formats.md "Tata naskah"). Issued documents keep what they printed.
 */
export function TataNaskahPanel({ profile }: { profile: OfficeProfile | null }) {
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  // Shown as chosen at once; the profile follows when the save lands (and the choice goes back if it fails).
  const [chosen, setChosen] = useState<TataNaskah | null>(null)
  const current = chosen ?? tataNaskahOf(profile ?? {})
  const save = (next: TataNaskah) => {
    setChosen(next)
    void saveTataNaskah(getDb(), next)
      .then(() => setMessage({ kind: 'success', text: 'Tata naskah disimpan; berlaku untuk dokumen yang dibuat atau dicetak sesudah ini.' }))
      .catch((err: unknown) => {
        setChosen(null)
        setMessage({ kind: 'error', text: errorText(err) })
      })
  }
  return (
    <section className="panel" aria-label="Tata naskah">
      <h2>Tata naskah</h2>
      <p className="muted">
        Berlaku untuk semua dokumen kantor: surat undangan, keputusan, daftar hadir, notulen, kesimpulan dan buku agenda. Dokumen yang sudah bernomor
        tetap dicetak seperti saat diterbitkan.
      </p>
      {!profile && <Notice kind="info">Simpan data kantor terlebih dahulu.</Notice>}
      <fieldset className="fieldset" disabled={!profile}>
        <legend>Nomor halaman</legend>
        {pageNumberStyles.map((style) => (
          <label key={style} className="check">
            <input
              type="radio"
              name="nomor-halaman"
              value={style}
              checked={current.pageNumbers === style}
              onChange={() => save({ ...current, pageNumbers: style satisfies PageNumberStyle })}
            />{' '}
            {pageNumberStyleLabel[style]}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset" disabled={!profile}>
        <legend>Nama penanda tangan</legend>
        <label className="check">
          <input type="checkbox" checked={current.nameUnderline} onChange={(e) => save({ ...current, nameUnderline: e.target.checked })} /> Garis bawahi
          nama penanda tangan (nama selalu dicetak tebal)
        </label>
      </fieldset>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  )
}
