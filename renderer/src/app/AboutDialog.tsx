import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { Dialog, DialogFooter } from '../ui/Dialog'

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void window.pkk.appInfo().then(setInfo)
  }, [])
  return (
    <Dialog title="Tentang Sekretariat PKK" onClose={onClose}>
      <p>Aplikasi kesekretariatan Tim Penggerak PKK: surat undangan, keputusan, daftar hadir, notulen, dan Buku Agenda Surat Keluar.</p>
      {info && (
        <dl className="kv">
          <dt>Versi</dt>
          <dd>{info.version}</dd>
          <dt>Lokasi data</dt>
          <dd>{info.dataLocation}</dd>
        </dl>
      )}
      <DialogFooter cancel="Tutup" />
    </Dialog>
  )
}
