import { useState } from 'react'
import { meetingStepHref } from '../../app/router'
import { leaveMode } from '../../data/registration-mode'
import { getSession } from '../../data/session'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'

/** Only the secretary leaves the desk: with her PIN, wrong tries throttled (shared/security/pin.ts). */
export function LeaveDialog({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const [pin, setPin] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(ev: React.FormEvent) {
    ev.preventDefault()
    setBusy(true)
    const r = await leaveMode(localStorage, getSession().storagePrefix, pin)
    setBusy(false)
    if (r.left) {
      void window.pkk.kiosk.set({ on: false }).catch(() => undefined)
      location.hash = meetingStepHref(meetingId, 'daftar-hadir')
      return
    }
    setPin('')
    setError(r.message)
  }

  return (
    <Dialog title="Keluar dari meja registrasi" onClose={onClose}>
      <form onSubmit={(ev) => void submit(ev)} noValidate aria-label="PIN sekretaris">
        <p>Khusus sekretaris. Ketik PIN yang dibuat saat meja registrasi dibuka.</p>
        <Field label="PIN" error={error}>
          {(p) => (
            <input {...p} type="password" inputMode="numeric" autoComplete="off" autoFocus className="kiosk-pin" value={pin} onChange={(e) => setPin(e.target.value)} />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="button" className="kiosk-button" onClick={onClose}>
            Batal
          </button>
          <button type="submit" className="kiosk-button primary" disabled={busy || pin === ''}>
            {busy ? 'Memeriksa…' : 'Keluar'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
