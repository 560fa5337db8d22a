import { useEffect, useState } from 'react'
import { getDb } from '../../data/db'
import type { CounterSummary } from '../../data/letters-settings-repo'
import { setCounterLast } from '../../data/letters-settings-repo'
import { useCounterSummaries } from '../../data/letters-hooks'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/**
 * "Nomor terakhir yang sudah dipakai tahun ini", per counter: for an office that starts using the app
 * mid-year (the sample office: SKR 295, KEP 21 in December 2019).
 */
export function CounterEditor({ currentYear }: { currentYear: number }) {
  const [year, setYear] = useState(currentYear)
  const counters = useCounterSummaries(year)
  return (
    <div>
      <div className="toolbar" style={{ justifyContent: 'space-between', marginBottom: '0.4rem' }}>
        <h3 style={{ margin: 0 }}>Nomor terakhir yang sudah dipakai</h3>
        <label className="inline">
          Tahun{' '}
          <select value={year} onChange={(ev) => setYear(Number(ev.target.value))}>
            {[currentYear + 1, currentYear, currentYear - 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" style={{ marginTop: 0 }}>
        Bila kantor mulai memakai aplikasi di tengah tahun, isi nomor terakhir yang sudah dipakai sebelumnya. Nomor berikutnya adalah angka
        ini ditambah satu. Nomor urut dimulai lagi dari 1 setiap 1 Januari.
      </p>
      {counters === undefined ? (
        <p className="muted">Memuat…</p>
      ) : counters.length === 0 ? (
        <p className="muted">Belum ada kode surat yang aktif.</p>
      ) : (
        <table className="data counters" aria-label={`Nomor terakhir tahun ${year}`}>
          <thead>
            <tr>
              <th>Nomor urut</th>
              <th className="num">Nomor terakhir</th>
              <th>Di buku agenda</th>
              <th>
                <span className="sr-only">Simpan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {counters.map((c) => (
              <CounterRow key={`${c.key}-${year}`} counter={c} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function CounterRow({ counter }: { counter: CounterSummary }) {
  const [value, setValue] = useState(String(counter.last))
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  useEffect(() => setValue(String(counter.last)), [counter.last])
  const dirty = value !== String(counter.last)

  async function save() {
    setMessage(null)
    const n = Number(value)
    try {
      if (value.trim() === '' || !Number.isInteger(n)) throw new Error('Isi dengan bilangan bulat, mis. 295.')
      await setCounterLast(getDb(), { key: counter.key, year: counter.year, last: n })
      setMessage({ kind: 'success', text: `Nomor berikutnya ${counter.label}: ${n + 1}.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <>
      <tr>
        <td>
          <strong>{counter.label}</strong>
        </td>
        <td className="num">
          <input
            type="number"
            min={0}
            step={1}
            className="counter-input"
            value={value}
            onChange={(ev) => setValue(ev.target.value)}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter') void save()
            }}
            aria-label={`Nomor terakhir ${counter.label} tahun ${counter.year}`}
          />
        </td>
        <td>
          {counter.entries ? (
            <>
              {counter.entries} nomor, terakhir <span className="mono">{counter.lastNumber}</span>
            </>
          ) : (
            <span className="muted">belum ada</span>
          )}
        </td>
        <td>
          <button type="button" className="small" disabled={!dirty} onClick={() => void save()} aria-label={`Simpan nomor terakhir ${counter.label}`}>
            Simpan
          </button>
        </td>
      </tr>
      {message && (
        <tr>
          <td colSpan={4} style={{ paddingTop: 0 }}>
            <Notice kind={message.kind}>{message.text}</Notice>
          </td>
        </tr>
      )}
    </>
  )
}
