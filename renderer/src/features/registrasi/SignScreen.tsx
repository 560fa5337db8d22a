import { useCallback, useRef, useState } from 'react'
import { getDb } from '../../data/db'
import { checkIn, type CheckInWho } from '../../data/registration-repo'
import { errorText } from '../../ui/error-text'
import { SignaturePad, type PadHandle } from './SignaturePad'

/** Sign in the box; "Simpan tanda tangan" stores the check-in, and only then does the screen thank her. */
export function SignScreen({
  meetingId,
  day,
  who,
  name,
  onBack,
  onSaved
}: {
  meetingId: string
  day: string
  who: CheckInWho
  name: string
  onBack: () => void
  onSaved: (arrivedAt: string, again: boolean) => void
}) {
  const pad = useRef<PadHandle>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const onDraw = useCallback(() => setMessage(null), [])

  async function save() {
    const result = pad.current?.drawing()
    if (!result || !result.ok) {
      setMessage(result?.message ?? 'Tanda tangan masih kosong. Silakan tanda tangan di dalam kotak.')
      return
    }
    setSaving(true)
    try {
      const r = await checkIn(getDb(), meetingId, day, who, result.drawing)
      onSaved(r.row.arrivedAt ?? r.row.updatedAt, r.again)
    } catch (err) {
      // What she drew stays on the pad: she can try again without signing anew.
      setMessage(`Belum tersimpan: ${errorText(err, 'Coba tekan “Simpan tanda tangan” sekali lagi, atau panggil petugas.')}`)
      setSaving(false)
    }
  }

  return (
    <section className="kiosk-screen" aria-label="Tanda tangan">
      <h2 className="kiosk-title">Tanda tangan: {name}</h2>
      <p className="kiosk-hint">Tanda tangan di dalam kotak dengan jari, pena, atau tetikus.</p>
      <SignaturePad ref={pad} label={`Kotak tanda tangan ${name}`} onDraw={onDraw} />
      {message && (
        <p className="kiosk-error" role="alert">
          {message}
        </p>
      )}
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Menyimpan…' : 'Simpan tanda tangan'}
        </button>
        <button
          type="button"
          className="kiosk-button"
          disabled={saving}
          onClick={() => {
            pad.current?.clear()
            setMessage(null)
          }}
        >
          Ulangi
        </button>
        <button type="button" className="kiosk-button" disabled={saving} onClick={onBack}>
          Batal
        </button>
      </div>
    </section>
  )
}
