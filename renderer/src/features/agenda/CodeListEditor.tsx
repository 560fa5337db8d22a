import { useState } from 'react'
import type { LetterCode, NumberingSettings } from '@shared/model'
import { getDb } from '../../data/db'
import { addDefaultLetterCodes, moveLetterCode, updateLetterCode } from '../../data/letters-settings-repo'
import { Notice } from '../../ui/Notice'
import { CodeDialog } from './CodeDialog'
import { errorText } from '../../ui/error-text'

/** The office's list of letter codes: add, edit, reorder, deactivate (never delete: old letters use them). */
export function CodeListEditor({ codes, settings }: { codes: LetterCode[]; settings: NumberingSettings }) {
  const [editing, setEditing] = useState<LetterCode | 'new' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = (p: Promise<unknown>) => {
    setError(null)
    p.catch((err: unknown) => setError(errorText(err)))
  }

  return (
    <div>
      <div className="toolbar" style={{ justifyContent: 'space-between', marginBottom: '0.4rem' }}>
        <h3 style={{ margin: 0 }}>Kode jenis surat</h3>
        <div className="toolbar" style={{ marginBottom: 0 }}>
          {codes.length < 6 && (
            <button type="button" onClick={() => run(addDefaultLetterCodes(getDb()))}>
              Tambahkan kode bawaan
            </button>
          )}
          <button type="button" onClick={() => setEditing('new')}>
            Tambah kode
          </button>
        </div>
      </div>
      {codes.length === 0 ? (
        <p className="muted">Belum ada kode surat. Kode bawaan (KEP, SKR, POKJA I–IV) dibuat saat data kantor disimpan pertama kali.</p>
      ) : (
        <table className="data codes" aria-label="Kode jenis surat">
          <thead>
            <tr>
              <th>Urutan</th>
              <th>Kode</th>
              <th>Nama</th>
              <th>Pola khusus</th>
              <th>Klasifikasi</th>
              <th>Status</th>
              <th>
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c, i) => (
              <tr key={c.code} className={c.active ? undefined : 'is-inactive'}>
                <td className="nowrap">
                  <button type="button" className="small" disabled={i === 0} onClick={() => run(moveLetterCode(getDb(), c.code, -1))} aria-label={`Naikkan ${c.code}`}>
                    ↑
                  </button>{' '}
                  <button
                    type="button"
                    className="small"
                    disabled={i === codes.length - 1}
                    onClick={() => run(moveLetterCode(getDb(), c.code, 1))}
                    aria-label={`Turunkan ${c.code}`}
                  >
                    ↓
                  </button>
                </td>
                <td>
                  <strong>{c.code}</strong>
                </td>
                <td>{c.name}</td>
                <td className="mono">{c.pattern || <span className="muted">pola kantor</span>}</td>
                <td>{c.classification || <span className="muted">–</span>}</td>
                <td>{c.active ? <span className="badge aktif">Aktif</span> : <span className="badge">Nonaktif</span>}</td>
                <td className="row-actions">
                  <button type="button" className="small" onClick={() => setEditing(c)} aria-label={`Ubah kode ${c.code}`}>
                    Ubah
                  </button>
                  <button
                    type="button"
                    className="small"
                    onClick={() => run(updateLetterCode(getDb(), c.code, { name: c.name, pattern: c.pattern, classification: c.classification, active: !c.active }))}
                    aria-label={`${c.active ? 'Nonaktifkan' : 'Aktifkan'} kode ${c.code}`}
                  >
                    {c.active ? 'Nonaktifkan' : 'Aktifkan'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {editing && <CodeDialog code={editing === 'new' ? null : editing} settings={settings} onClose={() => setEditing(null)} />}
    </div>
  )
}
