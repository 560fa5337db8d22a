import { useEffect, useMemo, useState } from 'react'
import { checkImage, type ImageAsset, type OfficeImageKey, type OfficeProfile } from '@shared/model'
import { getDb } from '../../data/db'
import { setProfileImage } from '../../data/profile-repo'
import { Notice } from '../../ui/Notice'
import { readFileBytes } from '../../ui/format'
import { errorText } from '../../ui/error-text'

const slots: { key: OfficeImageKey; label: string; hint: string }[] = [
  { key: 'logo', label: 'Logo kop surat', hint: 'Tampil di kiri kop surat.' },
  { key: 'ketuaSignature', label: 'Tanda tangan Ketua', hint: 'PNG transparan paling baik.' },
  { key: 'stamp', label: 'Stempel', hint: 'PNG transparan, diletakkan di atas nama.' }
]

function Preview({ image }: { image: ImageAsset | undefined }) {
  const url = useMemo(
    () => (image ? URL.createObjectURL(new Blob([image.data as Uint8Array<ArrayBuffer>], { type: image.mime })) : null),
    [image]
  )
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url])
  return url ? <img src={url} alt="" /> : <div className="empty">kosong</div>
}

/** Logo, signature and stamp: checked by content (PNG/JPEG, under 2 MB) and kept as bytes in the database. */
export function ImageSlots({ profile }: { profile: OfficeProfile | null }) {
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)

  async function onPick(key: OfficeImageKey, file: File | undefined) {
    if (!file) return
    const check = checkImage(file.name, await readFileBytes(file))
    if (!check.ok) {
      setMessage({ kind: 'error', text: `${file.name}: ${check.message}` })
      return
    }
    try {
      await setProfileImage(getDb(), key, check.image)
      setMessage({ kind: 'success', text: `${file.name} tersimpan.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <section className="panel" aria-label="Gambar kantor">
      <h2>Logo, tanda tangan, dan stempel</h2>
      {!profile && <Notice kind="info">Simpan data kantor terlebih dahulu.</Notice>}
      {slots.map((s) => (
        <div className="image-slot" key={s.key}>
          <Preview image={profile?.[s.key]} />
          <div style={{ flex: 1 }}>
            <label htmlFor={`img-${s.key}`}>
              <strong>{s.label}</strong> <span className="muted">{s.hint}</span>
            </label>
            <input
              id={`img-${s.key}`}
              type="file"
              accept="image/png,image/jpeg"
              disabled={!profile}
              onChange={(e) => {
                void onPick(s.key, e.target.files?.[0])
                e.target.value = ''
              }}
            />
          </div>
          {profile?.[s.key] && (
            <button type="button" className="danger" onClick={() => void setProfileImage(getDb(), s.key, undefined)}>
              Hapus
            </button>
          )}
        </div>
      ))}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  )
}
