import { presentCount, type DayRecap, type RecapCounts } from '@shared/meetings'

const cards: { key: keyof RecapCounts; label: string; className: string }[] = [
  { key: 'diundang', label: 'Diundang', className: '' },
  { key: 'hadir', label: 'Hadir', className: 'hadir' },
  { key: 'diwakili', label: 'Diwakili', className: 'diwakili' },
  { key: 'izin', label: 'Izin', className: 'izin' },
  { key: 'tidakHadir', label: 'Tidak hadir', className: 'tidak-hadir' },
  { key: 'belum', label: 'Belum dicatat', className: '' },
  { key: 'tidakTerdaftar', label: 'Tidak terdaftar', className: '' },
  { key: 'ttdDigital', label: 'Ttd digital', className: '' },
  { key: 'datangTerlambat', label: 'Datang terlambat', className: '' },
  { key: 'pulangAwal', label: 'Pulang lebih awal', className: '' }
]

/** The day's totals at a glance, above the list. */
export function RecapCards({ total }: { total: RecapCounts }) {
  return (
    <div className="recap-cards" role="group" aria-label="Rekap kehadiran">
      {cards.map((c) => (
        <div key={c.key} className={`recap-card ${c.className}`} data-testid={`rekap-${c.key}`}>
          <span className="label">{c.label}</span>
          <span className="value">{total[c.key]}</span>
        </div>
      ))}
      <div className="recap-card total" data-testid="rekap-jumlah-hadir">
        <span className="label">Jumlah hadir</span>
        <span className="value">{presentCount(total)}</span>
      </div>
    </div>
  )
}

/** Per organisation and in total: what the minutes report and the Excel file holds. */
export function RecapTable({ recap }: { recap: DayRecap }) {
  const row = (c: RecapCounts) => (
    <>
      <td className="num">{c.diundang}</td>
      <td className="num">{c.hadir}</td>
      <td className="num">{c.diwakili}</td>
      <td className="num">{c.izin}</td>
      <td className="num">{c.tidakHadir}</td>
      <td className="num">{c.belum}</td>
      <td className="num">{c.tidakTerdaftar}</td>
      <td className="num">{presentCount(c)}</td>
    </>
  )
  return (
    <div className="table-wrap recap-table" tabIndex={0} role="region" aria-label="Tabel rekap kehadiran">
      <table className="data recap" aria-label="Rekap per instansi">
        <thead>
          <tr>
            <th>Instansi</th>
            <th className="num">Diundang</th>
            <th className="num">Hadir</th>
            <th className="num">Diwakili</th>
            <th className="num">Izin</th>
            <th className="num">Tidak hadir</th>
            <th className="num">Belum dicatat</th>
            <th className="num">Tidak terdaftar</th>
            <th className="num">Jumlah hadir</th>
          </tr>
        </thead>
        <tbody>
          {recap.organisations.map((o) => (
            <tr key={o.organisation}>
              <td>{o.organisation}</td>
              {row(o.counts)}
            </tr>
          ))}
          <tr className="total">
            <td>Jumlah</td>
            {row(recap.total)}
          </tr>
        </tbody>
      </table>
    </div>
  )
}
