import { useEffect, useState } from 'react'
import type { GuardFinding } from '@shared/guard'
import type { BackupEntry } from '@shared/ipc/contract'
import { planRestore, restore } from '../data/backup'
import { getDb } from '../data/db'
import { writeGuard } from '../data/guard'
import { Notice } from '../ui/Notice'
import { formatDateTime } from '../ui/format'

/**
 * Shown instead of the app when the database opened emptier than the record kept outside it:
 * never start blank silently (DESIGN.md: a database that comes back empty).
 */
export function GuardScreen({ finding, onResolved }: { finding: GuardFinding; onResolved: () => void }) {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    void window.pkk.backup.list().then(setBackups, () => setBackups([]))
  }, [])

  async function restoreFrom(text: string) {
    setBusy(true)
    setError(null)
    try {
      const plan = await planRestore(getDb(), text)
      if (!plan.ok) throw new Error(plan.problems.map((p) => `${p.path} ${p.message}`).join('; '))
      await restore(getDb(), plan, { allowOtherOffice: true })
      await writeGuard(getDb())
      onResolved()
    } catch (err) {
      setError(`Pemulihan gagal: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setBusy(false)
    }
  }

  const latest = backups?.[0]
  return (
    <div className="content" role="alert" aria-label="Data hilang">
      <div className="panel">
        <h1>Data Sekretariat PKK tampaknya hilang</h1>
        <p>
          Basis data terbuka dalam keadaan lebih kosong daripada catatan terakhir aplikasi. Hal ini bisa terjadi setelah listrik padam,
          disk penuh, atau berkas basis data rusak. Aplikasi tidak memulai dengan data kosong tanpa persetujuan Anda.
        </p>
        <ul data-testid="guard-lines">
          {finding.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        {latest ? (
          <p>
            Cadangan terbaru: <strong>{formatDateTime(latest.at)}</strong> ({latest.fileName}).
          </p>
        ) : (
          backups && <Notice kind="warning">Tidak ada cadangan otomatis. Pulihkan dari berkas cadangan yang Anda simpan.</Notice>
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <div className="toolbar">
          {latest && (
            <button type="button" className="primary" disabled={busy} onClick={() => void window.pkk.backup.read(latest.fileName).then(restoreFrom)}>
              Pulihkan cadangan terbaru
            </button>
          )}
          <label className="button">
            Pulihkan dari berkas…
            <input
              type="file"
              accept=".json,application/json"
              className="sr-only"
              onChange={(e) => {
                const f = e.target.files?.[0]
                if (f) void f.text().then(restoreFrom)
              }}
            />
          </label>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm('Lanjutkan dengan data yang ada sekarang? Catatan lama akan diganti.')) void writeGuard(getDb()).then(onResolved)
            }}
          >
            Lanjutkan tanpa memulihkan
          </button>
        </div>
      </div>
    </div>
  )
}
