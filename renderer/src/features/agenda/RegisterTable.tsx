import { memo, useState } from 'react'
import { documentKindLabel, type DocumentKind, type Letter } from '@shared/model'
import { meetingStepOfDocument } from '@shared/meetings'
import { formatDateShort, REGISTER_PAGE as PAGE, type RegisterRow } from '@shared/numbering'
import { meetingStepHref } from '../../app/router'
import { HistoryDialog } from './HistoryDialog'

const kindLabel = (k: string) => (k in documentKindLabel ? documentKindLabel[k as DocumentKind] : k)

/**
 * The Buku Agenda Surat Keluar on screen: the book's columns, a status badge and the row actions. A year
 * can hold thousands of letters; the page reads and shows the newest REGISTER_PAGE in the book's order
 * (registerPage), older ones on request. Memoised: the page around it redraws for its counter line, year
 * list and dialogs, and the rows stay as they are unless they changed.
 */
export const RegisterTable = memo(function RegisterTable({
  rows,
  hidden,
  onShowMore,
  onEdit,
  onCancel
}: {
  /** The rows read, the newest of the year, with their running numbers. */
  rows: RegisterRow[]
  /** Earlier entries of the year not read yet. */
  hidden: number
  /** Shows `count` more earlier entries (all of them: Infinity). */
  onShowMore: (count: number) => void
  onEdit: (l: Letter) => void
  onCancel: (l: Letter) => void
}) {
  const [history, setHistory] = useState<Letter | null>(null)
  return (
    <>
      {hidden > 0 && (
        <div className="toolbar">
          <span className="muted">
            {hidden} surat yang lebih awal tidak ditampilkan. Persempit dengan pencarian, atau
          </span>
          <button type="button" onClick={() => onShowMore(PAGE * 5)}>
            Tampilkan {Math.min(hidden, PAGE * 5)} sebelumnya
          </button>
          <button type="button" onClick={() => onShowMore(Infinity)}>
            Tampilkan semua
          </button>
        </div>
      )}
      <div className="table-wrap register-wrap">
        <table className="data register" aria-label="Buku Agenda Surat Keluar">
          <thead>
            <tr>
              <th className="num">No</th>
              <th>Nomor dan Kode Surat</th>
              <th>Tanggal</th>
              <th>Kepada</th>
              <th>Perihal</th>
              <th>Lampiran</th>
              <th>Tembusan</th>
              <th>Status</th>
              <th>
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row key={r.letter.id} r={r} onEdit={onEdit} onCancel={onCancel} onHistory={setHistory} />
            ))}
          </tbody>
        </table>
      </div>
      {history && <HistoryDialog letter={history} onClose={() => setHistory(null)} />}
    </>
  )
})

/** What a row shows and does: it is drawn again only when one of these changed (a number issued elsewhere in the year leaves the other rows as they are). */
const sameRow = (a: RegisterRow, b: RegisterRow): boolean =>
  a.no === b.no &&
  a.number === b.number &&
  a.date === b.date &&
  a.kepada === b.kepada &&
  a.perihal === b.perihal &&
  a.lampiran === b.lampiran &&
  a.tembusan === b.tembusan &&
  a.cancelled === b.cancelled &&
  a.letter.id === b.letter.id &&
  a.letter.updatedAt === b.letter.updatedAt &&
  a.letter.cancelReason === b.letter.cancelReason &&
  a.letter.source === b.letter.source &&
  a.letter.meetingId === b.letter.meetingId &&
  a.letter.documentKind === b.letter.documentKind &&
  (a.letter.revisions?.length ?? 0) === (b.letter.revisions?.length ?? 0)

interface RowProps {
  r: RegisterRow
  onEdit: (l: Letter) => void
  onCancel: (l: Letter) => void
  onHistory: (l: Letter) => void
}

const Row = memo(
  function Row({ r, onEdit, onCancel, onHistory }: RowProps) {
    return (
      <tr className={r.cancelled ? 'is-batal' : undefined} data-nomor={r.number}>
        <td className="num">{r.no}</td>
        <td className="mono nomor">{r.number}</td>
        <td className="nowrap">{formatDateShort(r.date)}</td>
        <td>
          <div className="clamp" title={r.kepada}>
            {r.kepada}
          </div>
        </td>
        <td>
          <div className="clamp" title={r.perihal}>
            {r.perihal}
          </div>
          {(r.letter.meetingId || r.letter.documentKind) && (
            <div className="row-links">
              {/* The meeting opens at the step that holds the letter (an Undangan's number: the Undangan step). */}
              {r.letter.meetingId && <a href={meetingStepHref(r.letter.meetingId, meetingStepOfDocument(r.letter.documentKind))}>Buka rapat</a>}
              {r.letter.documentKind &&
                (r.letter.meetingId ? (
                  <a href={meetingStepHref(r.letter.meetingId, meetingStepOfDocument(r.letter.documentKind))}>{kindLabel(r.letter.documentKind)}</a>
                ) : (
                  <span className="muted">{kindLabel(r.letter.documentKind)}</span>
                ))}
            </div>
          )}
        </td>
        <td>{r.lampiran}</td>
        <td>
          <div className="clamp" title={r.tembusan}>
            {r.tembusan}
          </div>
        </td>
        <td>
          {r.cancelled ? (
            <>
              <span className="badge batal">Batal</span>
              <div className="reason">{r.letter.cancelReason}</div>
            </>
          ) : (
            <span className="badge aktif">Aktif</span>
          )}
          {r.letter.source === 'manual' && (
            <div>
              <span className="badge">Manual</span>
            </div>
          )}
        </td>
        <td className="row-actions">
          {(r.letter.revisions?.length ?? 0) > 1 && (
            <button type="button" className="small" onClick={() => onHistory(r.letter)} aria-label={`Riwayat koreksi ${r.number}`}>
              Riwayat ({(r.letter.revisions?.length ?? 1) - 1} koreksi)
            </button>
          )}
          {!r.cancelled && (
            <>
              <button type="button" className="small" onClick={() => onEdit(r.letter)} aria-label={`Ubah surat ${r.number}`}>
                Ubah
              </button>
              <button type="button" className="small danger" onClick={() => onCancel(r.letter)} aria-label={`Batalkan nomor ${r.number}`}>
                Batalkan
              </button>
            </>
          )}
        </td>
      </tr>
    )
  },
  (a, b) => a.onEdit === b.onEdit && a.onCancel === b.onCancel && a.onHistory === b.onHistory && sameRow(a.r, b.r)
)
