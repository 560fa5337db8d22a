import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { checked } from '@shared/datafile'
import { countsFor } from '@shared/meetings'
import { deliveryChannels, newId, text, type Delivery, type DeliveryChannel } from '@shared/model'
import { getDb, type PkkDatabase } from './db'
import { getMeetingDocument } from './documents-repo'
import { meetingInvitees as readMeetingInvitees } from './meeting-rows'

/** Every invitation sent for one meeting, any number, any channel. */
export async function deliveriesOf(db: PkkDatabase, meetingId: string): Promise<Delivery[]> {
  return db.deliveries.where('[meetingId+inviteeId]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).toArray()
}

export const useDeliveries = (meetingId: string) => useLiveQuery(() => deliveriesOf(getDb(), meetingId), [meetingId])

/** The invitation's active register entry, read here: a send is recorded against the number it carried. */
async function invitationLetterId(db: PkkDatabase, meetingId: string): Promise<string | undefined> {
  const doc = await getMeetingDocument(db, meetingId, 'undangan')
  const letter = doc?.letterId ? await db.letters.get(doc.letterId) : undefined
  return letter?.status === 'aktif' ? letter.id : undefined
}

async function meetingInvitees(db: PkkDatabase, meetingId: string, inviteeIds: readonly string[]): Promise<void> {
  if (!(await db.meetings.get(meetingId))) throw new Error('Rapat tidak ditemukan; mungkin sudah dihapus.')
  const own = new Set((await readMeetingInvitees(db, meetingId)).map((i) => i.id))
  const missing = inviteeIds.filter((id) => !own.has(id))
  if (missing.length > 0) throw new Error(`${missing.length} penerima tidak lagi ada di daftar undangan rapat ini; muat ulang halaman.`)
}

const TABLES = (db: PkkDatabase) => [db.deliveries, db.meetings, db.inviteeLists, db.documents, db.letters]

/**
 * Marks the invitation sent ("terkirim") to these invitees by one channel at `at`, against the number it
 * carries. A second mark of the same channel and number updates the time; nothing is added twice.
 */
export async function markSent(db: PkkDatabase, meetingId: string, inviteeIds: readonly string[], channel: DeliveryChannel, at = new Date()): Promise<number> {
  if (!deliveryChannels.includes(channel)) throw new Error('Cara kirim tidak dikenal.')
  if (inviteeIds.length === 0) return 0
  return db.transaction('rw', TABLES(db), async () => {
    await meetingInvitees(db, meetingId, inviteeIds)
    const letterId = await invitationLetterId(db, meetingId)
    const existing = await deliveriesOf(db, meetingId)
    const stamp = at.toISOString()
    const rows = [...new Set(inviteeIds)].map((inviteeId): Delivery => {
      const same = existing.find((d) => d.inviteeId === inviteeId && d.channel === channel && d.letterId === letterId)
      const base: Delivery = same ?? { id: newId(), meetingId, inviteeId, channel, sentAt: stamp, receiverName: '', note: '', updatedAt: stamp }
      return checked('deliveries', { ...base, ...(letterId ? { letterId } : {}), sentAt: stamp, updatedAt: stamp })
    })
    await db.deliveries.bulkPut(rows)
    return rows.length
  })
}

/** Takes back the "terkirim" mark of one channel (sent by mistake) for the invitation as it stands. */
export async function unmarkSent(db: PkkDatabase, meetingId: string, inviteeId: string, channel: DeliveryChannel): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    const letterId = await invitationLetterId(db, meetingId)
    const ids = (await deliveriesOf(db, meetingId)).filter((d) => d.inviteeId === inviteeId && d.channel === channel && countsFor(d, letterId)).map((d) => d.id)
    await db.deliveries.bulkDelete(ids)
  })
}

export interface Receipt {
  receiverName: string
  /** When it was received (ISO moment); undefined: not recorded. */
  receivedAt?: string | undefined
  note: string
}

/**
 * Records who received a letter carried by hand and when (the Buku Ekspedisi): the invitee's hand
 * delivery for the current number, made when there is none yet.
 */
export async function recordReceipt(db: PkkDatabase, meetingId: string, inviteeId: string, receipt: Receipt, now = new Date()): Promise<Delivery> {
  const receiverName = text(200).parse(receipt.receiverName)
  const note = text(500).parse(receipt.note)
  if (receipt.receivedAt !== undefined && Number.isNaN(Date.parse(receipt.receivedAt))) throw new Error('Waktu diterima tidak valid.')
  return db.transaction('rw', TABLES(db), async () => {
    await meetingInvitees(db, meetingId, [inviteeId])
    const letterId = await invitationLetterId(db, meetingId)
    const stamp = now.toISOString()
    const same = (await deliveriesOf(db, meetingId)).find((d) => d.inviteeId === inviteeId && d.channel === 'tangan' && d.letterId === letterId)
    const { receivedAt: _old, ...base }: Delivery = same ?? { id: newId(), meetingId, inviteeId, channel: 'tangan', sentAt: receipt.receivedAt ?? stamp, receiverName: '', note: '', updatedAt: stamp }
    const row = checked('deliveries', {
      ...base,
      ...(letterId ? { letterId } : {}),
      receiverName,
      note,
      ...(receipt.receivedAt ? { receivedAt: new Date(receipt.receivedAt).toISOString() } : {}),
      updatedAt: stamp
    })
    await db.deliveries.put(row)
    return row
  })
}
