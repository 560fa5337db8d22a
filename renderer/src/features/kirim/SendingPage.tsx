import { useState } from 'react'
import { sentCount, sentText, type InviteeView } from '@shared/meetings'
import type { DeliveryChannel } from '@shared/model'
import { meetingStepHref } from '../../app/router'
import { getDb } from '../../data/db'
import { markSent } from '../../data/deliveries-repo'
import { useSending, type SendingData } from '../../data/sending-data'
import { errorText } from '../../ui/error-text'
import { Notice, type NoticeKind } from '../../ui/Notice'
import { EkspedisiPanel } from './EkspedisiPanel'
import { FilesPanel } from './FilesPanel'
import { SendingTable } from './SendingTable'
import './kirim.css'

export type Say = (kind: NoticeKind, text: string) => void

/**
 * #/rapat/<id>/kirim: sending the issued invitation. One PDF per invitee (and a .zip), a row per invitee
 * with her WhatsApp and e-mail from Kontak, "terkirim" marks with time and channel, and the Buku
 * Ekspedisi for the letters carried by hand.
 */
export function SendingPage({ meetingId }: { meetingId: string }) {
  const data = useSending(meetingId)
  if (data === undefined) return <p className="muted">Memuat…</p>
  if (data === null) return <Notice kind="error">Rapat tidak ditemukan; mungkin sudah dihapus.</Notice>
  return <SendingView data={data} />
}

function SendingView({ data }: { data: SendingData }) {
  const [message, setMessage] = useState<{ kind: NoticeKind; text: string } | null>(null)
  const say: Say = (kind, text) => setMessage({ kind, text })
  const { meeting, letter, invitees } = data
  const count = sentCount(invitees.map((i) => i.id), data.deliveries, letter?.id)
  const ready = letter !== null && data.printed !== null && data.profile !== null && data.undangan !== null
  return (
    <>
      <p className="back">
        <a href={meetingStepHref(meeting.id, 'undangan')}>← Kembali ke langkah Undangan</a>
      </p>
      <div className="page-head">
        <h1>Kirim undangan</h1>
        <p className="sent-summary" data-testid="terkirim-ringkas">
          {sentText(count)}
        </p>
      </div>
      <p className="muted">
        {meeting.title}
        {letter ? ` · nomor ${letter.number}` : ''}
      </p>
      {!ready && (
        <Notice kind="warning">
          Surat Undangan rapat ini belum diberi nomor. Beri nomor dulu di <a href={meetingStepHref(meeting.id, 'undangan')}>langkah Undangan</a>, lalu kirim dari
          halaman ini.
        </Notice>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {ready && data.printed && letter && (
        <>
          <FilesPanel meetingTitle={meeting.title} number={letter.number} printed={data.printed} invitees={invitees} say={say} />
          <SendingTable data={data} say={say} onMark={(ids, channel) => mark(meeting.id, invitees, ids, channel, say)} />
          <EkspedisiPanel data={data} say={say} />
        </>
      )}
    </>
  )
}

async function mark(meetingId: string, invitees: readonly InviteeView[], ids: readonly string[], channel: DeliveryChannel, say: Say): Promise<boolean> {
  try {
    const n = await markSent(getDb(), meetingId, ids, channel)
    const one = n === 1 ? invitees.find((v) => v.id === ids[0])?.name : undefined
    say('success', one ? `Ditandai terkirim: ${one}.` : `${n} penerima ditandai terkirim.`)
    return true
  } catch (err) {
    say('error', `Tanda terkirim tidak tersimpan: ${errorText(err)}`)
    return false
  }
}
