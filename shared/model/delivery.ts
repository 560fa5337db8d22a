import { z } from 'zod'
import { id, stamp, text } from './common'

/** How an invitation reached its invitee: WhatsApp, e-mail, carried by hand (Buku Ekspedisi), post, otherwise. */
export const deliveryChannels = ['whatsapp', 'email', 'tangan', 'pos', 'lainnya'] as const
export type DeliveryChannel = (typeof deliveryChannels)[number]
export const deliveryChannelLabel: Record<DeliveryChannel, string> = {
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  tangan: 'Diantar langsung',
  pos: 'Pos',
  lainnya: 'Lainnya'
}

/**
 * One invitation sent to one invitee of a meeting by one channel ("terkirim"): when, and for a letter
 * carried by hand who received it and when (the Buku Ekspedisi). At most one record per invitee and
 * channel; the data layer updates it instead of adding another.
 */
export const delivery = z.object({
  id,
  meetingId: id,
  inviteeId: id,
  /** The register entry (the Undangan's number) that was sent; absent when sent before a number was issued. */
  letterId: id.optional(),
  channel: z.enum(deliveryChannels),
  /** When it was sent (ISO moment, UTC). */
  sentAt: stamp,
  /** Who received a letter carried by hand, as she wrote it; empty until recorded. */
  receiverName: text(200),
  /** When it was received (ISO moment, UTC). */
  receivedAt: stamp.optional(),
  note: text(500),
  updatedAt: stamp
})
export type Delivery = z.infer<typeof delivery>
