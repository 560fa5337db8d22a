import { useState } from 'react'
import { utcOffset } from '@shared/calendar'
import { countsFor, ekspedisiFileName, ekspedisiLayout, ekspedisiInvitees, ekspedisiScopeLabel, ekspedisiScopes, isoToLocalInput, localInputToIso, type EkspedisiScope, type InviteeView } from '@shared/meetings'
import type { Delivery } from '@shared/model'
import { getDb } from '../../data/db'
import { recordReceipt } from '../../data/deliveries-repo'
import type { SendingData } from '../../data/sending-data'
import { DocumentActions } from '../../documents/DocumentActions'
import { errorText } from '../../ui/error-text'
import { DateField, TimeField } from '../../ui/DateField'
import type { Say } from './SendingPage'

/**
 * The Buku Ekspedisi: printed (PDF, DOCX) for the letters carried by hand, the receiver signing on
 * paper; the secretary records here who received each letter and when, and the next print carries it.
 */
export function EkspedisiPanel({ data, say }: { data: SendingData; say: Say }) {
  const [scope, setScope] = useState<EkspedisiScope>('diantar')
  const { profile, letter, meeting, invitees, deliveries } = data
  if (!profile || !letter) return null
  const src = { profile, meeting, invitees, letter, deliveries, scope }
  const rows = ekspedisiInvitees(src)
  return (
    <section className="panel" aria-label="Buku Ekspedisi">
      <h2>Buku Ekspedisi</h2>
      <p className="muted small">Untuk surat yang diantar langsung: penerima menulis nama dan menandatangani di kertas. Catat di bawah siapa yang menerima dan kapan.</p>
      <fieldset className="fieldset">
        <legend>Isi buku</legend>
        {ekspedisiScopes.map((s) => (
          <label key={s} className="check">
            <input type="radio" name="ekspedisi-scope" value={s} checked={scope === s} onChange={() => setScope(s)} /> {ekspedisiScopeLabel[s]}
          </label>
        ))}
      </fieldset>
      <DocumentActions fileName={ekspedisiFileName(letter.number)} build={() => ekspedisiLayout(src)} />
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th>No</th>
              <th>Kepada</th>
              <th>Nama penerima</th>
              <th>Diterima (tanggal dan jam)</th>
              <th>Keterangan</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((v, i) => (
              <ReceiptRow
                key={v.id}
                no={i + 1}
                invitee={v}
                hand={deliveries.find((d) => d.inviteeId === v.id && d.channel === 'tangan' && countsFor(d, letter.id))}
                offset={utcOffset[profile.timeZone]}
                zone={profile.timeZone}
                meetingId={meeting.id}
                say={say}
              />
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="empty-row">
                  Semua penerima sudah terkirim lewat WhatsApp atau e-mail.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function ReceiptRow({
  no,
  invitee,
  hand,
  offset,
  zone,
  meetingId,
  say
}: {
  no: number
  invitee: InviteeView
  hand: Delivery | undefined
  offset: number
  zone: string
  meetingId: string
  say: Say
}) {
  const [name, setName] = useState(hand?.receiverName ?? '')
  const stored = hand?.receivedAt ? isoToLocalInput(hand.receivedAt, offset) : ''
  const [day, setDay] = useState(stored.slice(0, 10))
  const [time, setTime] = useState(stored.slice(11, 16))
  const [note, setNote] = useState(hand?.note ?? '')
  const [error, setError] = useState<string | null>(null)
  async function save() {
    const empty = day === '' && time === ''
    const receivedAt = empty ? undefined : localInputToIso(`${day}T${time}`, offset)
    if (!empty && !receivedAt) return setError('Isi tanggal dan jam diterima dengan lengkap, mis. 18/12/2019 dan 10.20.')
    setError(null)
    try {
      await recordReceipt(getDb(), meetingId, invitee.id, { receiverName: name, receivedAt, note })
      say('success', `Penerimaan dicatat: ${invitee.name}.`)
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <tr className="receipt-row" data-testid="baris-ekspedisi">
      <td>{no}</td>
      <td>{invitee.addressee.join(', ')}</td>
      <td>
        <input aria-label={`Nama penerima untuk ${invitee.name}`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </td>
      <td>
        <DateField label={`Tanggal diterima, ${invitee.name}`} hideLabel value={day} onChange={setDay} />
        <TimeField label={`Jam diterima, ${invitee.name}`} hideLabel zone={zone} value={time} onChange={setTime} />
        {error && <span className="field-error small">{error}</span>}
      </td>
      <td>
        <input aria-label={`Keterangan untuk ${invitee.name}`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </td>
      <td>
        <button type="button" className="small" onClick={() => void save()} aria-label={`Simpan penerimaan ${invitee.name}`}>
          Simpan
        </button>
      </td>
    </tr>
  )
}
