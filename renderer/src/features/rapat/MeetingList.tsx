import { useMemo, useState } from 'react'
import { formatMeetingDays, todayIso, utcOffset } from '@shared/calendar'
import { isUpcoming } from '@shared/meetings'
import { meetingKindLabel, type Meeting } from '@shared/model'
import { useProfile } from '../../data/hooks'
import { useMeetings } from '../../data/meetings-hooks'
import { navigate } from '../../app/router'

function MeetingTable({ meetings, empty }: { meetings: Meeting[]; empty: string }) {
  if (meetings.length === 0) return <p className="muted">{empty}</p>
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>Hari/Tanggal</th>
            <th>Nama rapat</th>
            <th>Jenis</th>
            <th>Tempat</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td style={{ whiteSpace: 'nowrap' }}>{formatMeetingDays(m.dates)}</td>
              <td>
                <a href={`#/rapat/${m.id}`}>{m.title}</a>
              </td>
              <td>{meetingKindLabel[m.kind]}</td>
              <td>{m.place}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function MeetingList() {
  const meetings = useMeetings()
  const profile = useProfile()
  const [query, setQuery] = useState('')
  const today = todayIso(new Date(), utcOffset[profile?.timeZone ?? 'WIB'])
  const filtered = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('id-ID')
    const all = meetings ?? []
    return q ? all.filter((m) => `${m.title} ${m.place}`.toLocaleLowerCase('id-ID').includes(q)) : all
  }, [meetings, query])
  if (meetings === undefined) return <p className="muted">Memuat…</p>
  const upcoming = filtered.filter((m) => isUpcoming(m.dates, today)).reverse()
  const past = filtered.filter((m) => !isUpcoming(m.dates, today))
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
      <MeetingTable meetings={upcoming} empty="Tidak ada rapat yang akan datang." />
      <h2>Sudah berlangsung</h2>
      <MeetingTable meetings={past} empty="Belum ada rapat yang sudah berlangsung." />
    </>
  )
}
