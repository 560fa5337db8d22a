import { formatDateLong, formatMeetingDays, todayIso, utcOffset } from '@shared/calendar'
import { useUpcomingMeetings } from '../../data/meetings-hooks'
import { useProfile } from '../../data/hooks'
import { useOfficeSummary } from '../../data/summary'
import { Notice } from '../../ui/Notice'
import { settingsHref } from '../pengaturan/sections'

export function BerandaPage() {
  const profile = useProfile()
  const year = new Date().getFullYear()
  const summary = useOfficeSummary(year)
  if (profile === undefined || summary === undefined) return <p className="muted">Memuat…</p>

  return (
    <>
      <h1>{profile ? profile.officeName : 'Selamat datang di Sekretariat PKK'}</h1>
      {!profile && (
        <Notice kind="info">
          Mulailah dengan mengisi <a href={settingsHref('kantor')}>data kantor</a> (kop surat, nama Ketua, kode kantor untuk nomor surat). Untuk
          mencoba aplikasi tanpa mengubah data kantor, pilih &quot;Coba data contoh&quot; (TP PKK Provinsi Sumatera Barat) di halaman
          Pengaturan.
        </Notice>
      )}
      {profile && (
        <p className="muted">
          {profile.address} · Ketua: {profile.ketuaName}
        </p>
      )}
      <div className="cards">
        <a className="card" href="#/kontak">
          <div className="big" data-testid="jumlah-orang">
            {summary.people}
          </div>
          <div>orang di buku alamat</div>
        </a>
        <a className="card" href="#/kontak/organisasi">
          <div className="big">{summary.organisations}</div>
          <div>organisasi / OPD</div>
        </a>
        <a className="card" href="#/agenda">
          <div className="big">{summary.lettersThisYear}</div>
          <div>surat keluar tahun {year}</div>
          {summary.cancelledThisYear > 0 && <div className="muted">{summary.cancelledThisYear} batal</div>}
        </a>
      </div>
      <UpcomingMeetings today={todayIso(new Date(), utcOffset[profile?.timeZone ?? 'WIB'])} />
      {summary.lastLetter && (
        <section className="panel">
          <h2>Surat keluar terakhir</h2>
          <p>
            <strong>{summary.lastLetter.number}</strong> · {formatDateLong(summary.lastLetter.date)} · {summary.lastLetter.perihal}
          </p>
        </section>
      )}
    </>
  )
}

function UpcomingMeetings({ today }: { today: string }) {
  const next = useUpcomingMeetings(today, 5) ?? []
  return (
    <section className="panel" aria-label="Rapat yang akan datang">
      <div className="page-head">
        <h2>Rapat yang akan datang</h2>
        <a className="button" href="#/rapat/baru">
          Rapat baru
        </a>
      </div>
      {next.length === 0 ? (
        <p className="muted">Tidak ada rapat yang akan datang.</p>
      ) : (
        <ul>
          {next.map((m) => (
            <li key={m.id}>
              <a href={`#/rapat/${m.id}`}>{m.title}</a> <span className="muted">· {formatMeetingDays(m.dates)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
