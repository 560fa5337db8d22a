import { useEffect, useRef } from 'react'
import { checkedIn, clockInZone, type RegistrationEntry } from '@shared/meetings/registration-search'
import type { TimeZoneLabel } from '@shared/model'

/** "Apakah ini Anda?": herself, or someone representing her; someone already checked in is asked before signing again. */
export function ConfirmScreen({
  entry,
  zone,
  onSelf,
  onDelegate,
  onBack
}: {
  entry: RegistrationEntry
  zone: TimeZoneLabel
  onSelf: (again: boolean) => void
  onDelegate: () => void
  onBack: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const done = checkedIn(entry)
  return (
    <section className="kiosk-screen" aria-labelledby="konfirmasi">
      <h2 id="konfirmasi" ref={heading} tabIndex={-1} className="kiosk-title">
        {done ? 'Sudah tercatat hadir' : 'Apakah ini Anda?'}
      </h2>
      <div className="kiosk-person">
        <p className="kiosk-person-name">{entry.name}</p>
        <p>{[entry.position, entry.organisation].filter(Boolean).join(' · ')}</p>
        {entry.status === 'diwakili' && entry.delegateName && <p>Diwakili oleh {entry.delegateName}</p>}
      </div>
      {done && (
        <p className="kiosk-note" role="status">
          {entry.name} sudah tercatat hadir{entry.arrivedAt ? ` pukul ${clockInZone(entry.arrivedAt, zone)}` : ''}
          {entry.signed ? ' dan sudah tanda tangan' : ''}. Tanda tangan ulang akan menggantikan tanda tangan sebelumnya.
        </p>
      )}
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button primary" onClick={() => onSelf(done)}>
          {done ? 'Tanda tangan ulang' : 'Ya, ini saya'}
        </button>
        {entry.inviteeId !== undefined && (
          <button type="button" className="kiosk-button" onClick={onDelegate}>
            Saya mewakili {entry.name}
          </button>
        )}
        <button type="button" className="kiosk-button" onClick={onBack}>
          Kembali
        </button>
      </div>
    </section>
  )
}
