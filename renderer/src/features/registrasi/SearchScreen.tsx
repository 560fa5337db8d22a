import { useEffect, useId, useMemo, useRef } from 'react'
import { checkedIn, clockInZone, searchRegistration, type RegistrationEntry, type RegistrationIndex } from '@shared/meetings/registration-search'
import type { TimeZoneLabel } from '@shared/model'

/** Find your name: by name, instansi or the code on the invitation; each found line is one big button. */
export function SearchScreen({
  index,
  query,
  onQuery,
  zone,
  onPick,
  onWalkIn
}: {
  index: RegistrationIndex
  query: string
  onQuery: (q: string) => void
  zone: TimeZoneLabel
  onPick: (e: RegistrationEntry) => void
  onWalkIn: () => void
}) {
  const box = useRef<HTMLInputElement>(null)
  const hintId = useId()
  const found = useMemo(() => searchRegistration(index, query), [index, query])
  useEffect(() => box.current?.focus(), [])
  return (
    <section className="kiosk-screen" aria-label="Cari nama">
      <label className="kiosk-label" htmlFor="cari-nama">
        Ketik nama, instansi, atau kode pada undangan Anda
      </label>
      <input
        id="cari-nama"
        ref={box}
        className="kiosk-search"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={hintId}
        onChange={(e) => onQuery(e.target.value)}
      />
      <p id={hintId} className="kiosk-hint" aria-live="polite">
        {query.trim() === '' ? 'Contoh: “Sri Wahyuni”, “Dinas Kesehatan” atau “K7Q-2MX”.' : found.length === 0 ? 'Nama tidak ditemukan. Periksa ejaannya, atau tekan “Tidak ada di daftar”.' : `${found.length} nama ditemukan. Sentuh nama Anda.`}
      </p>
      <ul className="kiosk-results" aria-label="Hasil pencarian">
        {found.map((e) => (
          <li key={e.key}>
            <button type="button" className="kiosk-result" onClick={() => onPick(e)}>
              <span className="kiosk-result-name">{e.name}</span>
              <span className="kiosk-result-sub">{[e.position, e.organisation].filter(Boolean).join(' · ') || (e.walkIn ? 'Peserta tidak terdaftar' : '')}</span>
              {checkedIn(e) && <span className="kiosk-done">Sudah hadir{e.arrivedAt ? ` ${clockInZone(e.arrivedAt, zone)}` : ''}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button" onClick={onWalkIn}>
          Tidak ada di daftar
        </button>
      </div>
    </section>
  )
}
