import { useState } from 'react'
import { formatDayDate, todayIso, utcOffset } from '@shared/calendar'
import type { Meeting } from '@shared/model'
import { startMode } from '../../data/registration-mode'
import { getSession } from '../../data/session'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/**
 * "Buka meja registrasi": the secretary picks the meeting day and sets a PIN, typed twice. From then on the
 * window shows only the desk until the PIN is typed again.
 */
export function StartRegistrationDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const days = [...meeting.dates].sort()
  const today = todayIso(new Date(), utcOffset[meeting.timeZone])
  const [day, setDay] = useState(days.includes(today) ? today : (days[0] ?? ''))
  const [pin, setPin] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(ev: React.FormEvent) {
    ev.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await startMode(localStorage, getSession().storagePrefix, meeting.id, day, pin, again)
      void window.pkk.kiosk.set({ on: true }).catch(() => undefined)
    } catch (err) {
      setError(errorText(err))
      setBusy(false)
    }
  }

  return (
    // Not 'dirty': a PIN typed and dropped is typed again in a moment; asking would only stand in her way.
    <Dialog title="Buka meja registrasi" onClose={onClose}>
      <form onSubmit={(ev) => void submit(ev)} noValidate aria-label="Buka meja registrasi">
        <p className="small">
          Layar penuh untuk peserta di pintu masuk: mencari nama, lalu tanda tangan. Bagian lain aplikasi tertutup sampai PIN ini diketik lagi. PIN tidak ikut
          cadangan data.
        </p>
        {days.length > 1 && (
          <Field label="Hari rapat">
            {(p) => (
              <select {...p} value={day} onChange={(e) => setDay(e.target.value)}>
                {days.map((d, i) => (
                  <option key={d} value={d}>
                    Hari ke-{i + 1}: {formatDayDate(d)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {days.length === 1 && <p>Hari: {formatDayDate(day)}</p>}
        <Field label="PIN sekretaris (4–12 angka)">
          {(p) => <input {...p} type="password" inputMode="numeric" autoComplete="new-password" autoFocus value={pin} onChange={(e) => setPin(e.target.value)} />}
        </Field>
        <Field label="Ulangi PIN">
          {(p) => <input {...p} type="password" inputMode="numeric" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />}
        </Field>
        {error && <Notice kind="error">{error}</Notice>}
        <DialogFooter primary={{ label: busy ? 'Membuka…' : 'Mulai meja registrasi', disabled: busy || day === '' }} />
      </form>
    </Dialog>
  )
}
