import { useEffect, useState } from 'react'
import type { GuardFinding } from '@shared/guard'
import type { BackupEntry } from '@shared/ipc/contract'
import { describeRecovery } from '@shared/journal'
import { describeCarryOver } from '@shared/numbering'
import { keepIssuedNumbersInPlace, onlyChecksumFailed, planRestore, restoreKeepingNumbers } from '../data/backup'
import { readBackupFile, RESTORE_FILE_ACCEPT } from '../data/backup-file'
import { getDb } from '../data/db'
import { writeGuard } from '../data/guard'
import { readJournalRecovery, type JournalRecovery } from '../data/journal-keeper'
import { restoreFromJournal } from '../data/journal-restore'
import type { PhotoSource } from '../data/photo-backup'
import { Notice } from '../ui/Notice'
import { formatDateTime } from '../ui/format'
import { errorText } from '../ui/error-text'

/**
 * Shown instead of the app when the database opened emptier than the record kept outside it:
 * never start blank silently (DESIGN.md: a database that comes back empty).
 */
export function GuardScreen({ finding, onResolved }: { finding: GuardFinding; onResolved: () => void }) {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  /** A file that failed only its checksum: the user may restore it anyway. */
  const [damaged, setDamaged] = useState<{ text: string; photos: PhotoSource | null } | null>(null)
  /** After a restore or going on: what happened to the letter numbers, read before the app opens. */
  const [done, setDone] = useState<{ title: string; lines: string[]; recovery?: string[]; photos?: string[] } | null>(null)
  /** What the change journal outside the database holds (undefined while it is read, null: nothing). */
  const [journal, setJournal] = useState<JournalRecovery | null | undefined>(undefined)
  useEffect(() => {
    void window.pkk.backup.list().then(setBackups, () => setBackups([]))
    void readJournalRecovery().then(setJournal, () => setJournal(null))
  }, [])

  async function recoverFromJournal() {
    setBusy(true)
    setError(null)
    try {
      const r = await restoreFromJournal(getDb())
      if (!r) throw new Error('Jurnal perubahan kosong.')
      await writeGuard(getDb())
      const recovery = describeRecovery({ ...r.recovery, baseAtText: r.recovery.baseAt ? formatDateTime(r.recovery.baseAt) : null })
      setDone({ title: 'Data sudah dipulihkan dari jurnal perubahan.', recovery, lines: r.carried ? describeCarryOver(r.carried) : [], photos: r.photoProblems })
    } catch (err) {
      setError(`Pemulihan dari jurnal gagal: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setBusy(false)
    }
  }

  /** `photos`: a hand-saved file's own photos (a .pkkzip), read before the photo store. */
  async function restoreFrom(text: string, acceptDamaged = false, photos: PhotoSource | null = null) {
    setBusy(true)
    setError(null)
    setDamaged(null)
    try {
      const plan = await planRestore(getDb(), text, { acceptDamaged }, photos ?? undefined)
      if (onlyChecksumFailed(plan)) setDamaged({ text, photos })
      if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join('; '))
      const { carried } = await restoreKeepingNumbers(getDb(), plan, { allowOtherOffice: true })
      await writeGuard(getDb())
      setDone({ title: 'Data sudah dipulihkan dari cadangan.', lines: carried ? describeCarryOver(carried) : [], photos: plan.photos?.problems ?? [] })
    } catch (err) {
      setError(`Pemulihan gagal: ${errorText(err, 'Pilih berkas cadangan lain.')}`)
    } finally {
      setBusy(false)
    }
  }

  const latest = backups?.[0]
  if (done) {
    return (
      <div className="content" role="status" aria-label="Hasil pemulihan">
        <div className="panel">
          <h1>{done.title}</h1>
          {done.recovery && (
            <ul data-testid="recovery-lines">
              {done.recovery.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          {done.lines.length > 0 ? (
            <ul data-testid="carry-lines">
              {done.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : (
            <p>Semua nomor surat di Buku Agenda sesuai dengan catatan terakhir.</p>
          )}
          {done.photos && done.photos.length > 0 && (
            <Notice kind="warning">
              <span data-testid="foto-hilang">{done.photos.length} foto atau pindaian tidak dapat dipulihkan:</span>
              <ul className="photo-problems">
                {done.photos.slice(0, 20).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              {done.photos.length > 20 && <p>… dan {done.photos.length - 20} lainnya.</p>}
              <p>Datanya sudah dipulihkan; foto itu tampil sebagai &quot;Foto tidak ditemukan&quot; di langkah Laporan kegiatan rapatnya, dan berkasnya dapat dipasang lagi di sana.</p>
            </Notice>
          )}
          <div className="toolbar">
            <button type="button" className="primary" onClick={onResolved}>
              Buka aplikasi
            </button>
          </div>
        </div>
      </div>
    )
  }
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
        {journal && (
          <p data-testid="journal-summary">
            Jurnal perubahan di luar basis data menyimpan data sampai perubahan terakhir yang tersimpan
            {journal.baseAt ? ` (dasar ${formatDateTime(journal.baseAt)} ditambah ${journal.fromJournal.entries.toLocaleString('id-ID')} perubahan)` : ` (${journal.fromJournal.entries.toLocaleString('id-ID')} perubahan)`}.
            Pulihkan dari jurnal untuk kembali tepat ke keadaan terakhir.
          </p>
        )}
        {latest ? (
          <p>
            Cadangan terbaru: <strong>{formatDateTime(latest.at)}</strong> ({latest.fileName}).
          </p>
        ) : (
          backups && <Notice kind="warning">Tidak ada cadangan otomatis. Pulihkan dari berkas cadangan yang Anda simpan.</Notice>
        )}
        {error && <Notice kind="error">{error}</Notice>}
        {damaged && (
          <p>
            Bila tidak ada cadangan lain, berkas ini masih dapat dipulihkan: semua isinya tetap diperiksa, tetapi bagian yang rusak mungkin sudah
            berbeda dari aslinya.{' '}
            <button type="button" className="danger" disabled={busy} onClick={() => void restoreFrom(damaged.text, true, damaged.photos)}>
              Periksa dan pulihkan tetap
            </button>
          </p>
        )}
        <div className="toolbar">
          {journal && (
            <button type="button" className="primary" disabled={busy} onClick={() => void recoverFromJournal()}>
              Pulihkan dari jurnal
            </button>
          )}
          {latest && (
            <button type="button" className={journal ? undefined : 'primary'} disabled={busy} onClick={() => void window.pkk.backup.read(latest.fileName).then((t) => restoreFrom(t))}>
              Pulihkan cadangan terbaru
            </button>
          )}
          <label className="button">
            Pulihkan dari berkas…
            <input
              type="file"
              accept={RESTORE_FILE_ACCEPT}
              className="sr-only"
              onChange={(e) => {
                const f = e.target.files?.[0]
                if (!f) return
                void f
                  .arrayBuffer()
                  .then((b) => readBackupFile(new Uint8Array(b), window.pkk.backup))
                  .then((r) => restoreFrom(r.text, false, r.photos), (err: unknown) => setError(`Pemulihan gagal: ${errorText(err, 'Pilih berkas cadangan lain.')}`))
              }}
            />
          </label>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => {
              if (!window.confirm('Lanjutkan dengan data yang ada sekarang? Nomor surat yang sudah pernah dikeluarkan tetap dicatat agar tidak terpakai lagi.')) return
              setBusy(true)
              void keepIssuedNumbersInPlace(getDb())
                .then(async (carried) => {
                  await writeGuard(getDb())
                  setDone({ title: 'Aplikasi melanjutkan dengan data yang ada.', lines: describeCarryOver(carried) })
                })
                .catch((err: unknown) => setError(`Gagal melanjutkan: ${errorText(err, 'Tutup lalu buka kembali aplikasi.')}`))
                .finally(() => setBusy(false))
            }}
          >
            Lanjutkan tanpa memulihkan
          </button>
        </div>
      </div>
    </div>
  )
}
