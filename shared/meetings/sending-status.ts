import type { Delivery, DeliveryChannel, Invitee, Organisation, Person } from '../model'
import { deliveryChannelLabel } from '../model'
import { whatsAppNumber, type WhatsAppNumber } from './sending-phone'

/** Her phone and e-mail as Kontak holds them: a person's own, an organisation's for an organisation invited. */
export function inviteeContact(
  invitee: Pick<Invitee, 'personId' | 'organisationId'>,
  people: ReadonlyMap<string, Pick<Person, 'phone' | 'email'>>,
  organisations: ReadonlyMap<string, Pick<Organisation, 'phone' | 'email'>>
): { phone: string; email: string } {
  // A person without her own number is not given her office's: that would reach someone else.
  const c = invitee.personId ? people.get(invitee.personId) : invitee.organisationId ? organisations.get(invitee.organisationId) : undefined
  return { phone: c?.phone.trim() ?? '', email: c?.email.trim() ?? '' }
}

/**
 * Whether a delivery counts for the invitation as it stands: sent with its current number, or before any
 * number when none is issued. A send of a number later cancelled (renumbered) no longer counts.
 */
export function countsFor(d: Pick<Delivery, 'letterId'>, letterId: string | undefined): boolean {
  return letterId === undefined ? true : d.letterId === letterId
}

/** How many of the invitees have the invitation (at least one delivery that counts), of how many. */
export function sentCount(inviteeIds: readonly string[], deliveries: readonly Pick<Delivery, 'inviteeId' | 'letterId'>[], letterId: string | undefined): { sent: number; total: number } {
  const reached = new Set(deliveries.filter((d) => countsFor(d, letterId)).map((d) => d.inviteeId))
  return { sent: inviteeIds.filter((id) => reached.has(id)).length, total: inviteeIds.length }
}

/** "terkirim 52 dari 65". */
export const sentText = (c: { sent: number; total: number }): string => `terkirim ${c.sent} dari ${c.total}`

/** One row of the sending list: the invitee, how she can be reached, and what was sent to her. */
export interface SendingRow {
  inviteeId: string
  phone: string
  email: string
  whatsApp: WhatsAppNumber
  /** The e-mail can be used for a link (Kontak checks its syntax when it is typed). */
  hasEmail: boolean
  /** Deliveries that count, one per channel, newest first. */
  sent: Delivery[]
}

export function sendingRow(inviteeId: string, contact: { phone: string; email: string }, deliveries: readonly Delivery[], letterId: string | undefined): SendingRow {
  const sent = deliveries.filter((d) => d.inviteeId === inviteeId && countsFor(d, letterId)).sort((a, b) => b.sentAt.localeCompare(a.sentAt))
  return { inviteeId, phone: contact.phone, email: contact.email, whatsApp: whatsAppNumber(contact.phone), hasEmail: contact.email !== '', sent }
}

/** "WhatsApp 17 Des 2019 10.20 WIB": one delivery as the list shows it (the time in the office's zone). */
export function deliveryText(d: Pick<Delivery, 'channel' | 'sentAt'>, utcOffsetHours: number, zone: string): string {
  return `${deliveryChannelLabel[d.channel]} ${momentText(d.sentAt, utcOffsetHours, zone)}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']

/** "17 Des 2019 10.20 WIB" for an ISO moment in the office's time zone; the text itself when it is not a moment. */
export function momentText(iso: string, utcOffsetHours: number, zone: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const d = new Date(t + utcOffsetHours * 3_600_000)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}.${mm} ${zone}`
}

/** The channels a secretary picks from when she marks a send by hand, in the list's order. */
export const markChannels: readonly DeliveryChannel[] = ['whatsapp', 'email', 'tangan', 'pos', 'lainnya']

/** "2019-12-18T10:20" (a date-and-time field, in the office's time zone) as an ISO moment; undefined when it is not one. */
export function localInputToIso(value: string, utcOffsetHours: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim())
  if (!m) return undefined
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const t = Date.UTC(y, mo - 1, d, h, mi) - utcOffsetHours * 3_600_000
  const back = new Date(t + utcOffsetHours * 3_600_000)
  // 2019-02-30 is not a day: Date.UTC would roll it over to March.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return undefined
  return new Date(t).toISOString()
}

/** An ISO moment as a date-and-time field's value in the office's time zone ("2019-12-18T10:20"). */
export function isoToLocalInput(iso: string, utcOffsetHours: number): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t + utcOffsetHours * 3_600_000).toISOString().slice(0, 16)
}
