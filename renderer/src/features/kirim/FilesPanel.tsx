import { useState } from 'react'
import type { DocumentLayout } from '@shared/documents/layout'
import type { InviteeView } from '@shared/meetings'
import { RenderCancelled } from '../../documents/service'
import { errorText } from '../../ui/error-text'
import { inviteePdfs, sendingFolderName, zipOf } from './invitee-files'
import type { Say } from './SendingPage'

/**
 * "Siapkan PDF per penerima": one PDF per invitee and their .zip. In the desktop app they are written to
 * Documents/Sekretariat PKK/Undangan terkirim/<the invitation> and shown there, to attach in WhatsApp or
 * the mail program; in a browser the .zip comes as a download.
 */
export function FilesPanel({ meetingTitle, number, printed, invitees, say }: { meetingTitle: string; number: string; printed: DocumentLayout; invitees: InviteeView[]; say: Say }) {
  const [progress, setProgress] = useState<{ done: number; total: number; abort: AbortController } | null>(null)
  const [saved, setSaved] = useState<{ location: string; canShow: boolean; zip: string; count: number } | null>(null)
  const folder = sendingFolderName(number, meetingTitle)

  async function prepare() {
    const abort = new AbortController()
    setProgress({ done: 0, total: invitees.length, abort })
    try {
      const { files, missing } = await inviteePdfs(printed, invitees, { signal: abort.signal, onProgress: (done, total) => setProgress({ done, total, abort }) })
      if (files.length === 0) throw new Error('Tidak ada surat untuk penerima mana pun di undangan yang terbit.')
      const zipName = `${folder}.zip`
      const zip = { name: zipName, data: await zipOf(files) }
      const desktop = window.pkk.platform === 'electron'
      // A browser downloads the .zip alone: 65 separate downloads would each ask.
      const r = await window.pkk.sending.saveFiles({ folder, files: desktop ? [...files.map(({ name, data }) => ({ name, data })), zip] : [zip] })
      setSaved({ location: r.location, canShow: r.canShow, zip: zipName, count: files.length })
      const left = missing.length > 0 ? ` ${missing.length} penerima belum ada suratnya di undangan bernomor ini (${missing.map((m) => m.name).join(', ')}); koreksi undangan dulu.` : ''
      say(missing.length > 0 ? 'warning' : 'success', `${files.length} PDF per penerima ${r.canShow ? `tersimpan di ${r.location}` : `diunduh sebagai ${zipName}`}.${left}`)
    } catch (err) {
      if (err instanceof RenderCancelled) say('info', 'Pembuatan PDF dibatalkan. Tidak ada berkas yang disimpan.')
      else say('error', `PDF per penerima gagal dibuat: ${errorText(err)}`)
    } finally {
      setProgress(null)
    }
  }

  return (
    <section className="panel" aria-label="Berkas undangan per penerima">
      <h2>Berkas undangan per penerima</h2>
      <p className="muted small">
        Satu PDF untuk setiap penerima, diberi nama sesuai penerima, dan satu berkas ZIP berisi semuanya. Lampirkan PDF itu di WhatsApp atau e-mail.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={progress !== null} onClick={() => void prepare()}>
          Siapkan PDF per penerima ({invitees.length})
        </button>
        {saved?.canShow && (
          <button type="button" onClick={() => void window.pkk.sending.showFile({ folder, name: saved.zip }).then((ok) => !ok && say('warning', 'Berkas tidak ditemukan lagi; siapkan ulang.'))}>
            Tampilkan di folder
          </button>
        )}
      </div>
      {progress && (
        <div className="progress-row" role="status" data-testid="kemajuan-pdf-penerima">
          <span>
            Membuat PDF {progress.done} dari {progress.total}…
          </span>
          <progress max={progress.total} value={progress.done} aria-label="Membuat PDF per penerima" />
          <button type="button" onClick={() => progress.abort.abort()}>
            Batal
          </button>
        </div>
      )}
    </section>
  )
}
