import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { storageStatus, type StorageStatus } from '../../data/storage'
import { formatBytes } from '../../ui/format'
import { Notice } from '../../ui/Notice'

export function StoragePanel() {
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void storageStatus().then(setStatus)
    void window.pkk.appInfo().then(setInfo)
  }, [])
  return (
    <section className="panel" aria-label="Penyimpanan">
      <h2>Penyimpanan data</h2>
      <dl className="kv">
        <dt>Penyimpanan permanen</dt>
        <dd data-testid="persisted">
          {status === null ? '…' : status.persisted === true ? 'Diizinkan' : status.persisted === false ? 'Tidak diizinkan' : 'Tidak diketahui'}
        </dd>
        <dt>Terpakai</dt>
        <dd>
          {status ? `${formatBytes(status.usage)} dari ${formatBytes(status.quota)}` : '…'}
        </dd>
        <dt>Lokasi data</dt>
        <dd>{info?.dataLocation ?? '…'}</dd>
        <dt>Versi aplikasi</dt>
        <dd>{info?.version ?? '…'}</dd>
      </dl>
      {status?.persisted === false && (
        <Notice kind="warning">
          Peramban belum mengizinkan penyimpanan permanen, sehingga data dapat dihapus saat ruang disk hampir penuh. Buat cadangan secara
          berkala.
        </Notice>
      )}
    </section>
  )
}
