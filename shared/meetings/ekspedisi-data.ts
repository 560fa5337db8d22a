import { utcOffset } from '../calendar'
import { buildEkspedisi, type EkspedisiRow } from '../documents/builders/ekspedisi'
import { documentFileName } from '../documents/file-names'
import type { DocumentLayout } from '../documents/layout'
import type { Delivery, Letter, Meeting, OfficeProfile } from '../model'
import type { InviteeView } from './invitees'
import type { MeetingContext, RenderableDocument } from './meeting-context'
import { countsFor, momentText } from './sending-status'

/** semua: every invitee; diantar: those the letter is carried to (not reached by WhatsApp or e-mail, or recorded as carried). */
export const ekspedisiScopes = ['semua', 'diantar'] as const
export type EkspedisiScope = (typeof ekspedisiScopes)[number]
export const ekspedisiScopeLabel: Record<EkspedisiScope, string> = {
  semua: 'Semua penerima',
  diantar: 'Hanya yang diantar (belum terkirim lewat WhatsApp atau e-mail)'
}

export interface EkspedisiSources {
  profile: Pick<OfficeProfile, 'officeName' | 'paper' | 'tataNaskah' | 'timeZone'>
  meeting: Pick<Meeting, 'title'>
  invitees: readonly Pick<InviteeView, 'id' | 'addressee'>[]
  /** The invitation's register entry (its number, date and perihal). */
  letter: Pick<Letter, 'id' | 'number' | 'perihal'>
  deliveries: readonly Delivery[]
  scope: EkspedisiScope
}

const carried = (d: Delivery) => d.channel === 'tangan' || d.channel === 'pos'
const electronic = (d: Delivery) => d.channel === 'whatsapp' || d.channel === 'email'

/** The ISO date of a moment in the office's time zone. */
function localDate(iso: string, offsetHours: number): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t + offsetHours * 3_600_000).toISOString().slice(0, 10)
}

/**
 * The book's rows from the register entry and the meeting's invitees, in the invitees' order. What the
 * secretary recorded of a letter carried by hand or sent by post (the day, who received it and when) is
 * printed; the rest is left blank to be written and signed on paper.
 */
export function ekspedisiRows(src: Omit<EkspedisiSources, 'meeting'> & Partial<Pick<EkspedisiSources, 'meeting'>>): EkspedisiRow[] {
  const offset = utcOffset[src.profile.timeZone]
  const mine = src.deliveries.filter((d) => countsFor(d, src.letter.id))
  return ekspedisiInvitees(src).map((inv): EkspedisiRow => {
    const own = mine.filter((d) => d.inviteeId === inv.id)
    const hand = own.find((d) => d.channel === 'tangan') ?? own.find(carried)
    const keterangan = [
      ...(hand?.channel === 'pos' ? ['Lewat pos'] : []),
      ...(hand?.receivedAt ? [`Diterima ${momentText(hand.receivedAt, offset, src.profile.timeZone)}`] : []),
      ...(hand?.note ? [hand.note] : [])
    ].join('; ')
    return {
      date: hand ? localDate(hand.sentAt, offset) : '',
      number: src.letter.number,
      kepada: inv.addressee.join('\n'),
      perihal: src.letter.perihal,
      receiverName: hand?.receiverName ?? '',
      keterangan
    }
  })
}

/** The invitees the book lists, in their order: all of them, or (diantar) those not reached by WhatsApp or e-mail unless recorded as carried. */
export function ekspedisiInvitees<V extends Pick<InviteeView, 'id'>>(src: Pick<EkspedisiSources, 'letter' | 'deliveries' | 'scope'> & { invitees: readonly V[] }): V[] {
  if (src.scope === 'semua') return [...src.invitees]
  const mine = src.deliveries.filter((d) => countsFor(d, src.letter.id))
  return src.invitees.filter((inv) => {
    const own = mine.filter((d) => d.inviteeId === inv.id)
    return own.some(carried) || !own.some(electronic)
  })
}

export function ekspedisiLayout(src: EkspedisiSources): DocumentLayout {
  return buildEkspedisi({ profile: src.profile, subtitle: src.meeting.title, rows: ekspedisiRows(src) })
}

/** "Buku Ekspedisi 296-SKR-PKK-PROP-XII-2019". */
export const ekspedisiFileName = (number: string): string => documentFileName('Buku Ekspedisi', number)

/**
 * The Buku Ekspedisi of a meeting whose invitation is issued and has been sent to someone (for `npm run
 * render` and the demo): the letters carried, with what was recorded.
 */
export function ekspedisiMaker(ctx: MeetingContext): RenderableDocument[] {
  const profile = ctx.snapshot.profile[0]
  const doc = ctx.documents.find((d) => d.kind === 'undangan')
  const letter = doc?.letterId ? ctx.snapshot.letters.find((l) => l.id === doc.letterId && l.status === 'aktif') : undefined
  const deliveries = ctx.snapshot.deliveries.filter((d) => d.meetingId === ctx.meeting.id)
  if (!profile || !letter || !deliveries.some((d) => countsFor(d, letter.id))) return []
  return [{ fileName: ekspedisiFileName(letter.number), layout: ekspedisiLayout({ profile, meeting: ctx.meeting, invitees: ctx.invitees, letter, deliveries, scope: 'diantar' }) }]
}
