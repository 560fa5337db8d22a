import type { Meeting } from '../../shared/model'
import type { PkkDatabase } from '../../renderer/src/data/db'
import { markSent, recordReceipt } from '../../renderer/src/data/deliveries-repo'
import { meetingInvitees } from '../../renderer/src/data/meeting-rows'

/** Staff at the OPD front desks who signed the Buku Ekspedisi on 18 December (invented). */
const RECEIVERS = [
  'Sdri. Rina Marlina',
  'Sdr. Fajar Hidayat',
  'Sdri. Yulia Putri',
  'Sdr. Andri Saputra',
  'Sdri. Dewi Anggraini',
  'Sdr. Rahmat Fauzi',
  'Sdri. Novita Sari',
  'Sdr. Budi Santoso',
  'Sdri. Mega Lestari',
  'Sdr. Hendra Wijaya',
  'Sdri. Siti Aisyah',
  'Sdr. Irwan Syahputra'
]

/**
 * How the invitation 296/SKR went out, recorded through the data layer: the first 40 invitees by WhatsApp
 * on 17 December, 12 carried by hand on 18 December with who received them (the Buku Ekspedisi), 13 still
 * to carry: "terkirim 52 dari 65".
 */
export async function addRakonSending(db: PkkDatabase, meeting: Meeting, at: (iso: string) => Date): Promise<void> {
  const invitees = (await meetingInvitees(db, meeting.id)).sort((a, b) => a.order - b.order).map((i) => i.id)
  await markSent(db, meeting.id, invitees.slice(0, 40), 'whatsapp', at('2019-12-17'))
  for (const [i, inviteeId] of invitees.slice(40, 52).entries()) {
    const received = new Date(Date.parse('2019-12-18T02:10:00.000Z') + i * 11 * 60_000).toISOString()
    await recordReceipt(db, meeting.id, inviteeId, { receiverName: RECEIVERS[i] ?? '', receivedAt: received, note: i === 3 ? 'Dititipkan di bagian umum' : '' }, at('2019-12-18'))
  }
}
