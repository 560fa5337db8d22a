import { useEffect, useRef } from 'react'
import { clockInZone } from '@shared/meetings/registration-search'
import type { TimeZoneLabel } from '@shared/model'

/** Shown only once the check-in is stored; back to the search by itself after a few seconds. */
export const THANKS_MS = 4000

export function ThanksScreen({ name, arrivedAt, again, zone, onDone }: { name: string; arrivedAt: string; again: boolean; zone: TimeZoneLabel; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const done = useRef(onDone)
  done.current = onDone
  useEffect(() => {
    heading.current?.focus()
    const t = setTimeout(() => done.current(), THANKS_MS)
    return () => clearTimeout(t)
  }, [])
  return (
    <section className="kiosk-screen kiosk-thanks" aria-labelledby="terima-kasih">
      <h2 id="terima-kasih" ref={heading} tabIndex={-1} className="kiosk-title">
        Terima kasih
      </h2>
      <p className="kiosk-lead" role="status">
        {again ? `Tanda tangan ulang ${name} tersimpan. Tercatat hadir sejak pukul ${clockInZone(arrivedAt, zone)}.` : `${name} tercatat hadir pukul ${clockInZone(arrivedAt, zone)}.`}
      </p>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button primary" onClick={onDone}>
          Selesai
        </button>
      </div>
    </section>
  )
}
