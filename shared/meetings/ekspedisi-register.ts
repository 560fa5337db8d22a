import { formatDateLong } from '../calendar'
import { buildEkspedisi, type EkspedisiRow } from '../documents/builders/ekspedisi'
import { documentFileName } from '../documents/file-names'
import type { DocumentLayout } from '../documents/layout'
import type { Delivery, Letter, OfficeProfile } from '../model'
import { compareRegister } from '../numbering/register'
import { ekspedisiRows } from './ekspedisi-data'
import type { InviteeView } from './invitees'

/** An invitation's meeting, read for the book: its invitees (in their order) and what was recorded of each delivery. */
export interface MeetingAddressees {
  invitees: readonly Pick<InviteeView, 'id' | 'addressee'>[]
  deliveries: readonly Delivery[]
}

export interface RegisterEkspedisiSource {
  profile: Pick<OfficeProfile, 'officeName' | 'paper' | 'tataNaskah' | 'timeZone'>
  /** Register entries; those outside [from, to] and cancelled ones are left out. */
  letters: readonly Letter[]
  /** ISO dates, both included. */
  from: string
  to: string
  /** Invitees and deliveries of the meetings whose invitations are among the letters, by meeting id. */
  meetings: ReadonlyMap<string, MeetingAddressees>
}

/** A list marker or salutation in front of an addressee typed in the register ("1.", "a)", "-", "Yth."). */
const LEAD = /^(?:\d+[.)]|[a-z][.)]|[-•*])\s*|^Yth\.?\s*/i

/**
 * The addressees of a register entry's Kepada: one per line or per ";" (the register's own joiner,
 * "A; B; dan 3 lainnya"), list markers and "Yth." dropped. None: one row, Kepada written by hand.
 */
export function registerAddressees(kepada: string): string[] {
  const parts = kepada
    .split(/[\n;]/)
    .map((p) => p.trim().replace(LEAD, '').replace(LEAD, '').trim())
    .filter((p) => p.length > 0)
  return parts.length > 0 ? parts : ['']
}

/** The register entries the book lists: active, dated from `from` to `to`, in the register's order. */
export function registerEkspedisiLetters(src: Pick<RegisterEkspedisiSource, 'letters' | 'from' | 'to'>): Letter[] {
  return src.letters.filter((l) => l.status === 'aktif' && l.date >= src.from && l.date <= src.to).sort(compareRegister)
}

/** The meetings whose invitees the book needs: those of the invitations among the entries. */
export function invitationMeetingIds(letters: readonly Letter[]): string[] {
  return [...new Set(letters.flatMap((l) => (l.documentKind === 'undangan' && l.meetingId ? [l.meetingId] : [])))]
}

/**
 * docs/formats.md "Buku Ekspedisi": one row per letter and addressee, in the register's order. An
 * invitation of a meeting lists its invitees (what was recorded of a letter carried by hand prints, as in
 * the meeting's own book); any other letter its Kepada, one addressee a row. Tanggal is the day it was
 * carried when recorded, else the letter's date; the rest is written and signed on paper.
 */
export function registerEkspedisiRows(src: RegisterEkspedisiSource): EkspedisiRow[] {
  return registerEkspedisiLetters(src).flatMap((letter): EkspedisiRow[] => {
    const meeting = letter.documentKind === 'undangan' && letter.meetingId ? src.meetings.get(letter.meetingId) : undefined
    if (meeting && meeting.invitees.length > 0)
      return ekspedisiRows({ profile: src.profile, letter, invitees: meeting.invitees, deliveries: meeting.deliveries, scope: 'semua' }).map((r) => ({
        ...r,
        date: r.date || letter.date
      }))
    return registerAddressees(letter.kepada).map((kepada) => ({
      date: letter.date,
      number: letter.number,
      kepada,
      perihal: letter.perihal,
      receiverName: '',
      keterangan: ''
    }))
  })
}

/** "Surat keluar 1 Desember 2019 s.d. 31 Desember 2019", or of one day. */
export function registerEkspedisiSubtitle(from: string, to: string): string {
  return from === to ? `Surat keluar tanggal ${formatDateLong(from)}` : `Surat keluar ${formatDateLong(from)} s.d. ${formatDateLong(to)}`
}

export function registerEkspedisiLayout(src: RegisterEkspedisiSource): DocumentLayout {
  return buildEkspedisi({ profile: src.profile, subtitle: registerEkspedisiSubtitle(src.from, src.to), rows: registerEkspedisiRows(src) })
}

/** "Buku Ekspedisi 2019-12-01 sd 2019-12-31". */
export const registerEkspedisiFileName = (from: string, to: string): string => documentFileName('Buku Ekspedisi', from === to ? from : `${from} sd ${to}`)
