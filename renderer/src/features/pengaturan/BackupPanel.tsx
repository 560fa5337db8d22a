import { useCallback, useEffect, useState } from 'react'
import { backupReasonLabel, type BackupEntry, type BackupStatus } from '@shared/ipc/contract'
import { tableLabel } from '@shared/datafile/labels'
import { describeCarryOver } from '@shared/numbering'
import { readBackupFile, RESTORE_FILE_ACCEPT, storedFilesCount } from '../../data/backup-file'
import { getDb } from '../../data/db'
import type { PhotoSource } from '../../data/photo-backup'
import { restorePhase } from '../../data/marks'
import { getSession } from '../../data/session'
import {
  backupNow,
  isStale,
  lastDownloadedAt,
  onlyChecksumFailed,
  planRestore,
  restoreKeepingNumbers,
  saveBackupFile,
  STALE_BACKUP_DAYS,
  type RestorePlan
} from '../../data/backup'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { formatBytes, formatDateTime } from '../../ui/format'
import { errorText } from '../../ui/error-text'
import { TechnicalDetails } from '../../ui/TechnicalDetails'

type Message = { kind: 'success' | 'error' | 'info'; text: string }

export function BackupPanel() {
  const [status, setStatus] = useState<BackupStatus | null>(null)
  const [list, setList] = useState<BackupEntry[]>([])
  const [message, setMessage] = useState<Message | null>(null)
  const [plan, setPlan] = useState<{ source: string; text: string; photos?: PhotoSource | undefined; plan: RestorePlan } | null>(null)
  const [busy, setBusy] = useState(false)
  /** The photos and scans the database holds: what "Sertakan foto" carries into a hand-saved file. */
  const [files, setFiles] = useState<number | null>(null)
  const [withPhotos, setWithPhotos] = useState(true)

  const refresh = useCallback(async () => {
    setStatus(await window.pkk.backup.status())
    setList(await window.pkk.backup.list())
    setFiles(await storedFilesCount(getDb()))
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])

  async function run(action: () => Promise<Message>) {
    setBusy(true)
    try {
      setMessage(await action())
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    } finally {
      setBusy(false)
      void refresh()
    }
  }

  const onFile = async (file: File | undefined) => {
    if (!file) return
    try {
      // A .json data file, or a .pkkzip with its photos (read from it first, then from the photo store).
      const read = await restorePhase('baca-berkas', async () => readBackupFile(new Uint8Array(await file.arrayBuffer()), getSession().backupStore()))
      const photos = read.photos ?? undefined
      setPlan({ source: file.name, text: read.text, photos, plan: await planRestore(getDb(), read.text, {}, photos) })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, 'Pilih berkas cadangan lain.') })
    }
  }

  const lastAt = status?.automatic ? status.last?.at : (lastDownloadedAt() ?? status?.last?.at)
  const stale = status !== null && isStale(lastAt)

  return (
    <section className="panel" aria-label="Cadangan data">
      <h2>Cadangan dan pemulihan</h2>
      <dl className="kv">
        <dt>Folder cadangan otomatis</dt>
        <dd data-testid="backup-folder">{status?.folder ?? '…'}</dd>
        <dt>Cadangan terakhir</dt>
        <dd data-testid="backup-last">{lastAt ? formatDateTime(lastAt) : 'belum pernah'}</dd>
      </dl>
      {status && !status.automatic && (
        <Notice kind="info">
          Versi peramban tidak dapat menyimpan cadangan otomatis ke folder. Simpan cadangan ke berkas secara berkala dan simpan berkasnya
          di tempat aman (flashdisk, Google Drive).
        </Notice>
      )}
      {stale && (
        <Notice kind="warning">
          Cadangan terakhir sudah lebih dari {STALE_BACKUP_DAYS} hari yang lalu (atau belum pernah ada). Buat cadangan sekarang.
        </Notice>
      )}
      {status?.clockBehind && (
        <Notice kind="warning">
          Jam komputer menunjukkan {formatDateTime(status.clockBehind.now)}, lebih awal daripada cadangan terbaru (
          {formatDateTime(status.clockBehind.newestAt)}). Periksa tanggal dan jam komputer. Cadangan tetap dibuat dan diurutkan menurut nomor
          urutnya, tetapi waktu yang tercatat pada cadangan baru tidak tepat.
        </Notice>
      )}
      <div className="toolbar">
        {status?.automatic && (
          <button type="button" className="primary" disabled={busy} onClick={() => void run(async () => {
            const e = await backupNow(getDb(), 'manual')
            return { kind: 'success', text: `Cadangan dibuat: ${e.fileName}` }
          })}>
            Cadangkan sekarang
          </button>
        )}
        <button type="button" className={status?.automatic ? '' : 'primary'} disabled={busy} onClick={() => void run(async () => {
          const photos = withPhotos && (files ?? 0) > 0
          const saved = await saveBackupFile(getDb(), { withPhotos: photos })
          if (!saved) return { kind: 'info', text: 'Penyimpanan dibatalkan.' }
          return {
            kind: 'success',
            text: photos
              ? `Berkas cadangan disimpan bersama ${files ?? 0} foto dan pindaian (.pkkzip).`
              : (files ?? 0) > 0
                ? 'Berkas cadangan disimpan tanpa foto: fotonya tidak ikut dipulihkan dari berkas ini di komputer lain.'
                : 'Berkas cadangan disimpan.'
          }
        })}>
          Simpan cadangan ke berkas…
        </button>
        {files !== null && files > 0 && (
          <label className="inline" title="Foto dan pindaian ikut di dalam berkas (.pkkzip), sehingga berkas itu saja cukup untuk memulihkan semuanya di komputer lain.">
            <input type="checkbox" checked={withPhotos} onChange={(e) => setWithPhotos(e.target.checked)} /> Sertakan foto ({files} berkas)
          </label>
        )}
        {status?.automatic && (
          <button type="button" disabled={busy} onClick={() => void run(async () => {
            const s = await window.pkk.backup.chooseFolder()
            return s ? { kind: 'success', text: `Folder cadangan: ${s.folder}` } : { kind: 'info', text: 'Folder tidak diubah.' }
          })}>
            Ubah folder…
          </button>
        )}
        <label className="button">
          Pulihkan dari berkas…
          <input
            type="file"
            accept={RESTORE_FILE_ACCEPT}
            className="sr-only"
            data-testid="restore-file"
            onChange={(e) => {
              void onFile(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </label>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {list.length > 0 && (
        <details>
          <summary>Cadangan tersimpan ({list.length})</summary>
          <table className="data">
            <thead>
              <tr>
                <th>Waktu</th>
                <th>Jenis</th>
                <th className="num">Ukuran</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.fileName}>
                  <td>{formatDateTime(b.at)}</td>
                  <td>{backupReasonLabel[b.reason]}</td>
                  <td className="num">{formatBytes(b.bytes)}</td>
                  <td>
                    <button type="button" onClick={() => void (async () => {
                      const text = await window.pkk.backup.read(b.fileName)
                      setPlan({ source: b.fileName, text, plan: await planRestore(getDb(), text) })
                    })()}>
                      Pulihkan…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {plan && (
        <RestoreDialog
          source={plan.source}
          plan={plan.plan}
          onAcceptDamaged={() => {
            const { source, text, photos } = plan
            void planRestore(getDb(), text, { acceptDamaged: true }, photos).then((p) => setPlan({ source, text, photos, plan: p }))
          }}
          onClose={() => setPlan(null)}
          onDone={(m) => {
            setPlan(null)
            setMessage(m)
            void refresh()
          }}
        />
      )}
    </section>
  )
}

function RestoreDialog({
  source,
  plan,
  onAcceptDamaged,
  onClose,
  onDone
}: {
  source: string
  plan: RestorePlan
  onAcceptDamaged: () => void
  onClose: () => void
  onDone: (m: Message) => void
}) {
  const [allowOther, setAllowOther] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <Dialog title="Pulihkan data" onClose={onClose} wide={!plan.ok}>
      <p>
        Berkas: <strong>{source}</strong>
      </p>
      {!plan.ok ? (
        <>
          <Notice kind="error">Berkas tidak dapat dipulihkan. Data Anda tidak berubah; pilih berkas cadangan lain.</Notice>
          <ul className="problems" data-testid="restore-problems">
            {plan.problems.slice(0, 200).map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          {plan.problems.some((p) => p.path) && (
            <TechnicalDetails>
              <ul>
                {plan.problems.slice(0, 200).map((p, i) => (
                  <li key={i}>
                    <code>{p.path || '(berkas)'}</code> {p.message}
                  </li>
                ))}
              </ul>
            </TechnicalDetails>
          )}
          {plan.problems.length > 200 && <p className="muted">… dan {plan.problems.length - 200} masalah lain.</p>}
          {onlyChecksumFailed(plan) && (
            <p>
              Bila tidak ada cadangan lain, berkas ini masih dapat dipulihkan: semua isinya tetap diperiksa, tetapi bagian yang rusak mungkin
              sudah berbeda dari aslinya (misalnya satu nama atau angka).
            </p>
          )}
          <DialogFooter cancel="Tutup" {...(onlyChecksumFailed(plan) ? { primary: { label: 'Periksa dan pulihkan tetap', danger: true, onClick: onAcceptDamaged } } : {})} />
        </>
      ) : (
        <>
          <p>
            Data kantor: <strong>{plan.officeName ?? '(tanpa data kantor)'}</strong>
          </p>
          <ul>
            {/* Every table, empty ones too: a table the file does not fill is emptied by the restore, and the office should see that. */}
            {Object.entries(plan.counts).map(([t, n]) => (
                <li key={t}>
                  {tableLabel[t as keyof typeof tableLabel]}: {n}
                </li>
              ))}
          </ul>
          {plan.damaged && (
            <Notice kind="error">
              Berkas ini rusak (kode pemeriksaan tidak cocok). Isinya lolos semua pemeriksaan lain, tetapi sebagian kecil mungkin berbeda dari
              aslinya. Periksa data setelah pemulihan.
            </Notice>
          )}
          {plan.unchecked && (
            <Notice kind="error">
              Berkas ini tidak memiliki kode pemeriksaan, jadi kerusakan atau perubahan isinya tidak dapat diketahui. Isinya lolos semua pemeriksaan
              lain. Periksa data setelah pemulihan.
            </Notice>
          )}
          {plan.photos && plan.photos.problems.length > 0 && (
            <Notice kind="warning">
              <span data-testid="foto-hilang">{plan.photos.problems.length} foto atau pindaian tidak dapat dipulihkan:</span>
              <ul className="photo-problems">
                {plan.photos.problems.slice(0, 20).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              {plan.photos.problems.length > 20 && <p>… dan {plan.photos.problems.length - 20} lainnya.</p>}
              <p>
                Pemulihan tetap berjalan: catatan fotonya ikut dipulihkan dan tampil sebagai &quot;Foto tidak ditemukan&quot; di langkah Laporan kegiatan
                rapatnya, tempat berkasnya dapat dipasang lagi.
              </p>
            </Notice>
          )}
          <Notice kind="warning">
            Semua data sekarang akan diganti dengan isi berkas ini. Cadangan data sekarang dibuat otomatis lebih dulu, sehingga pemulihan
            dapat dibatalkan. Nomor surat yang sudah dikeluarkan setelah cadangan ini dibuat tetap dicatat di Buku Agenda, agar tidak
            terpakai dua kali.
          </Notice>
          {plan.otherOffice && (
            <>
              <Notice kind="error">Berkas ini milik kantor lain ({plan.officeName}).</Notice>
              <label>
                <input type="checkbox" checked={allowOther} onChange={(e) => setAllowOther(e.target.checked)} /> Saya mengerti: ganti data
                kantor ini dengan data kantor lain
              </label>
            </>
          )}
          {error && <Notice kind="error">{error}</Notice>}
          <DialogFooter
            primary={{
              label: 'Pulihkan',
              disabled: busy || (plan.otherOffice && !allowOther),
              onClick: () => {
                setBusy(true)
                restoreKeepingNumbers(getDb(), plan, { allowOtherOffice: allowOther })
                  .then(({ undo, carried }) =>
                    onDone({
                      kind: 'success',
                      text: [
                        undo ? `Data dipulihkan. Data sebelumnya disimpan sebagai ${undo.fileName}.` : 'Data dipulihkan.',
                        ...(carried ? describeCarryOver(carried) : [])
                      ].join(' ')
                    })
                  )
                  .catch((err: unknown) => setError(`Pemulihan gagal, data tidak berubah: ${errorText(err, 'Pilih berkas cadangan lain.')}`))
                  .finally(() => setBusy(false))
              }
            }}
          />
        </>
      )}
    </Dialog>
  )
}
