import type { Letter } from '@shared/model'
import { formatDateShort } from '@shared/numbering'
import { Dialog, DialogFooter } from '../../ui/Dialog'

const time = (iso: string) =>
  new Date(iso).toLocaleString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** A letter's entry as issued and after each correction under the same number, oldest first. */
export function HistoryDialog({ letter, onClose }: { letter: Letter; onClose: () => void }) {
  const revisions = letter.revisions ?? []
  return (
    <Dialog title={`Riwayat ${letter.number}`} onClose={onClose} wide>
      <p className="muted">Isi Buku Agenda untuk nomor ini saat terbit dan setelah setiap koreksi (nomor tetap).</p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th>Waktu</th>
              <th>Keadaan</th>
              <th>Tanggal surat</th>
              <th>Kepada</th>
              <th>Perihal</th>
              <th>Lampiran</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => (
              <tr key={`${r.at}-${i}`}>
                <td className="nowrap">{time(r.at)}</td>
                <td>{r.kind === 'terbit' ? 'Terbit' : `Koreksi ${i}`}</td>
                <td className="nowrap">{formatDateShort(r.date)}</td>
                <td>{r.kepada}</td>
                <td>{r.perihal}</td>
                <td>{r.lampiran}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DialogFooter cancel="Tutup" />
    </Dialog>
  )
}
