import { useMemo, useState } from 'react'
import { formatMeetingDays, todayIso, utcOffset } from '@shared/calendar'
import { isUpcoming, meetingStepSummaryParts, type MeetingStepStates } from '@shared/meetings'
import { meetingKindLabel, type Meeting } from '@shared/model'
import { useProfile } from '../../data/hooks'
import { useMeetings } from '../../data/meetings-hooks'
import { useMeetingStepStates } from '../../data/meeting-steps'
import { navigate } from '../../app/router'
import './meeting-steps.css'

/** Past meetings shown at first and added per "Tampilkan lagi": their states are read only for the rows on screen. */
const PAGE = 20

function MeetingTable({ meetings, states, empty }: { meetings: Meeting[]; states: Map<string, MeetingStepStates> | undefined; empty: string }) {
  if (meetings.length === 0) return <p className="muted">{empty}</p>
  return (
    <div className="table-wrap">
      <table className="data meeting-list">
        <thead>
          <tr>
            <th>Hari/Tanggal</th>
            <th className="col-title">Nama rapat</th>
            <th>Jenis</th>
            <th>Tempat</th>
            <th className="col-docs">Dokumen</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => {
            const s = states?.get(m.id)
            return (
              <tr key={m.id}>
                <td style={{ whiteSpace: 'nowrap' }}>{formatMeetingDays(m.dates)}</td>
                <td>
                  <a href={`#/rapat/${m.id}`}>{m.title}</a>
                </td>
                <td>{meetingKindLabel[m.kind]}</td>
                <td>{m.place}</td>
                <td data-testid="status-dokumen">
                  {s ? (
                    <ul className="meeting-docs">
                      {meetingStepSummaryParts(s).map((part) => (
                        <li key={part.step} className={`state-${part.kind}`}>
                          {part.text}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">Memuat…</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export function MeetingList() {
  const meetings = useMeetings()
  const profile = useProfile()
  const [query, setQuery] = useState('')
  const [pastShown, setPastShown] = useState(PAGE)
  const today = todayIso(new Date(), utcOffset[profile?.timeZone ?? 'WIB'])
  const { upcoming, past, shown } = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('id-ID')
    const all = meetings ?? []
    const filtered = q ? all.filter((m) => `${m.title} ${m.place}`.toLocaleLowerCase('id-ID').includes(q)) : all
    const upcoming = filtered.filter((m) => isUpcoming(m.dates, today)).reverse()
    const past = filtered.filter((m) => !isUpcoming(m.dates, today))
    return { upcoming, past, shown: [...upcoming, ...past.slice(0, pastShown)] }
  }, [meetings, query, today, pastShown])
  const states = useMeetingStepStates(meetings ? shown : undefined)
  if (meetings === undefined) return <p className="muted">Memuat…</p>
  return (
    <>
      <div className="page-head">
        <h1>Rapat</h1>
        <a href="#/rapat/tindak-lanjut">Tindak lanjut semua rapat</a>
        <button type="button" className="primary" onClick={() => navigate('rapat', 'baru')}>
          Rapat baru
        </button>
      </div>
      <div className="toolbar">
        <input
          type="search"
          placeholder="Cari nama rapat atau tempat…"
          aria-label="Cari rapat"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ maxWidth: 420 }}
        />
      </div>
      <h2>Akan datang</h2>
      <MeetingTable meetings={upcoming} states={states} empty="Tidak ada rapat yang akan datang." />
      <h2>Sudah berlangsung</h2>
      <MeetingTable meetings={past.slice(0, pastShown)} states={states} empty="Belum ada rapat yang sudah berlangsung." />
      {past.length > pastShown && (
        <div className="show-more">
          <span className="muted">
            {pastShown} dari {past.length} rapat ditampilkan.
          </span>
          <button type="button" onClick={() => setPastShown((n) => n + PAGE)}>
            Tampilkan {Math.min(PAGE, past.length - pastShown)} lagi
          </button>
        </div>
      )}
    </>
  )
}
