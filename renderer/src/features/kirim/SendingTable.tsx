import { useState } from 'react'
import { utcOffset } from '@shared/calendar'
import {
  deliveryText,
  emailLink,
  inviteeLetter,
  invitationMessage,
  invitationSubject,
  markChannels,
  sendingFolderName,
  sendingRow,
  whatsAppLink,
  type InviteeView,
  type SendLink
} from '@shared/meetings'
import { deliveryChannelLabel, type DeliveryChannel } from '@shared/model'
import { getDb } from '../../data/db'
import { unmarkSent } from '../../data/deliveries-repo'
import type { SendingData } from '../../data/sending-data'
import { renderLayout } from '../../documents/service'
import { errorText } from '../../ui/error-text'
import { inviteePdfName } from './invitee-files'
import type { Say } from './SendingPage'

type Mark = (ids: readonly string[], channel: DeliveryChannel) => Promise<boolean>

/** The sending list: a row per invitee with her WhatsApp and e-mail, what was sent, and the actions. */
export function SendingTable({ data, say, onMark }: { data: SendingData; say: Say; onMark: Mark }) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [channel, setChannel] = useState<DeliveryChannel>('tangan')
  /** The channel whose link was opened last per invitee: her row offers to mark that send. */
  const [opened, setOpened] = useState<ReadonlyMap<string, DeliveryChannel>>(new Map())
  const { invitees, profile, letter, undangan, meeting } = data
  if (!profile || !letter || !undangan) return null
  const offset = utcOffset[profile.timeZone]
  const message = (v: InviteeView) => invitationMessage({ addressee: v.addressee, hal: undangan.draft.hal, number: letter.number, meeting, officeName: profile.officeName })
  const allPicked = picked.size === invitees.length && invitees.length > 0

  async function open(v: InviteeView, kind: DeliveryChannel, link: SendLink) {
    try {
      await window.pkk.sending.openLink(link.url)
      setOpened((m) => new Map(m).set(v.id, kind))
      if (link.shortened) say('warning', `Pesan untuk ${v.name} dipendekkan agar muat dalam tautan; lengkapi di ${deliveryChannelLabel[kind]} bila perlu.`)
    } catch (err) {
      say('error', `Tautan tidak dapat dibuka: ${errorText(err)}`)
    }
  }

  async function pdf(v: InviteeView) {
    const layout = data.printed ? inviteeLetter(data.printed, v.addressee) : undefined
    const name = inviteePdfName(invitees, v.id)
    if (!layout || !name) return say('warning', `Belum ada surat untuk ${v.name} di undangan bernomor ini; koreksi undangan dulu.`)
    try {
      const bytes = await renderLayout(layout, 'pdf')
      const folder = sendingFolderName(letter?.number, meeting.title)
      const r = await window.pkk.sending.saveFiles({ folder, files: [{ name, data: bytes }] })
      if (r.canShow) await window.pkk.sending.showFile({ folder, name })
      say('success', r.canShow ? `${name} tersimpan di ${r.location}.` : `${name} diunduh.`)
    } catch (err) {
      say('error', `PDF tidak dapat dibuat: ${errorText(err)}`)
    }
  }

  return (
    <section className="panel" aria-label="Daftar kirim">
      <h2>Daftar kirim ({invitees.length})</h2>
      <div className="bulk-mark">
        <label className="check">
          <input type="checkbox" checked={allPicked} onChange={() => setPicked(allPicked ? new Set() : new Set(invitees.map((v) => v.id)))} /> Pilih semua
        </label>
        <label>
          Cara kirim{' '}
          <select value={channel} onChange={(e) => setChannel(e.target.value as DeliveryChannel)}>
            {markChannels.map((c) => (
              <option key={c} value={c}>
                {deliveryChannelLabel[c]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={picked.size === 0}
          onClick={() => void onMark([...picked], channel).then((ok) => ok && setPicked(new Set()))}
        >
          Tandai terkirim ({picked.size} dipilih)
        </button>
      </div>
      <div className="table-wrap">
        <table className="data sending-table">
          <thead>
            <tr>
              <th aria-label="Pilih" />
              <th>No</th>
              <th>Penerima</th>
              <th>WhatsApp</th>
              <th>E-mail</th>
              <th>Terkirim</th>
              <th>Aksi</th>
            </tr>
          </thead>
          <tbody>
            {invitees.map((v, i) => {
              const row = sendingRow(v.id, data.contacts.get(v.id) ?? { phone: '', email: '' }, data.deliveries, letter.id)
              const wa = row.whatsApp
              const last = opened.get(v.id)
              return (
                <tr key={v.id} data-testid="baris-kirim">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Pilih ${v.name}`}
                      checked={picked.has(v.id)}
                      onChange={() =>
                        setPicked((s) => {
                          const n = new Set(s)
                          if (!n.delete(v.id)) n.add(v.id)
                          return n
                        })
                      }
                    />
                  </td>
                  <td>{i + 1}</td>
                  <td>
                    <strong>{v.name}</strong>
                    {v.organisationName && <div className="muted small">{v.organisationName}</div>}
                  </td>
                  <td>
                    {wa.ok ? (
                      <button type="button" className="small" onClick={() => void open(v, 'whatsapp', whatsAppLink(wa.number, message(v)))} aria-label={`Kirim lewat WhatsApp kepada ${v.name}`}>
                        Kirim lewat WhatsApp
                      </button>
                    ) : null}
                    <span className="nowrap small">{row.phone || '—'}</span>
                    {!wa.ok && row.phone && (
                      <span className="flag" data-testid="wa-alasan">
                        {wa.reason}
                      </span>
                    )}
                  </td>
                  <td>
                    {row.hasEmail ? (
                      <>
                        <button
                          type="button"
                          className="small"
                          aria-label={`Kirim e-mail kepada ${v.name}`}
                          onClick={() => void open(v, 'email', emailLink(row.email, invitationSubject(undangan.draft.hal, meeting.title, letter.number), message(v)))}
                        >
                          Kirim e-mail
                        </button>
                        <span className="small break">{row.email}</span>
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td data-testid="status-kirim">
                    {row.sent.map((d) => (
                      <span key={d.id} className="sent-mark">
                        {deliveryText(d, offset, profile.timeZone)}
                        <button
                          type="button"
                          className="icon-button small"
                          aria-label={`Batalkan tanda terkirim ${deliveryChannelLabel[d.channel]} untuk ${v.name}`}
                          onClick={() => void unmarkSent(getDb(), meeting.id, v.id, d.channel).catch((err: unknown) => say('error', errorText(err)))}
                        >
                          ×
                        </button>
                      </span>
                    ))}
                  </td>
                  <td>
                    <div className="sending-actions">
                      <button type="button" className="small" onClick={() => void pdf(v)} aria-label={`PDF untuk ${v.name}`}>
                        PDF
                      </button>
                      {last && (
                        <button type="button" className="small primary" onClick={() => void onMark([v.id], last).then((ok) => ok && setOpened((m) => { const n = new Map(m); n.delete(v.id); return n }))}>
                          Tandai terkirim lewat {deliveryChannelLabel[last]}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
