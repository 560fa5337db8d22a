import { letterPage, officePageOptions } from '../documents/builders/page'
import { textWidthMm } from '../documents/layout'
import { invitationOpening } from './meeting-purpose'
import { buildUndangan, buildUndanganMerge, undanganAttachmentPages, type UndanganData, type UndanganRecipient } from '../documents/builders/undangan'
import type { RegistrationCode } from '../documents/builders/undangan-code'
import { sheetsLabel } from '../documents/number-words'
import type { DocumentLayout } from '../documents/layout'
import type { Meeting, OfficeProfile, UndanganDraft } from '../model'
import { printedOrganisation, type InviteeView } from './invitees'
import { formatPersonalCode, personalCode } from './personal-code'
import { documentSigner } from './signer'

export const ADDRESSEE_ATTACHED = '(daftar terlampir)'
/** Shown in a preview before the number is issued: the space the secretary would leave blank. */
export const UNNUMBERED = '.........'

export interface UndanganInput {
  profile: OfficeProfile
  meeting: Meeting
  draft: UndanganDraft
  invitees: readonly InviteeView[]
  /** The issued number, or undefined for a preview before issuing. */
  number: string | undefined
  /**
   * The letter as printed before personal codes existed: a copy made now of a letter issued then (a
   * database from before frozen copies) must not gain a code it never carried.
   */
  withoutPersonalCodes?: boolean
}

/** Whether each recipient's letter carries her personal code: one letter per recipient, unless the secretary turned it off. */
export function printsPersonalCodes(draft: Pick<UndanganDraft, 'mode' | 'personalCode'>): boolean {
  return draft.mode === 'per-penerima' && draft.personalCode !== false
}

/** "2 (dua) lembar", "-" and an empty field are the app's own wording: the count is made, not typed. */
const COUNTED = /^(|-|\d+ \([a-z ]+\) lembar)$/

/**
 * The draft's Lampiran when the secretary wrote something of her own ("1 (satu) berkas"); undefined
 * when the letter should count its attached pages itself (docs/formats.md "Lampiran").
 */
export function lampiranOverride(draft: Pick<UndanganDraft, 'lampiran'>): string | undefined {
  const typed = draft.lampiran.trim().replace(/\s+/g, ' ')
  return COUNTED.test(typed) ? undefined : typed
}

/**
 * The opening as printed: the draft's, with the meeting's dasar and tujuan after "Dengan hormat," when they fit
 * in two lines (docs/formats.md "Dasar and tujuan").
 */
export function undanganOpening(profile: Pick<OfficeProfile, 'paper' | 'tataNaskah'>, meeting: Pick<Meeting, 'basis' | 'objectives'>, draft: Pick<UndanganDraft, 'opening'>): string {
  const page = letterPage(officePageOptions(profile))
  return invitationOpening(draft.opening, meeting.basis, meeting.objectives, { widthMm: textWidthMm(page), sizePt: page.fontSizePt, font: page.font })
}

/** The letter's data for the document engine; for one letter per invitee, `recipients` holds each one's address (and code). */
export function undanganData(input: UndanganInput): { base: UndanganData; recipients: UndanganRecipient[] } {
  const { profile, meeting, draft, invitees } = input
  const attached = draft.mode === 'daftar-terlampir'
  const base: UndanganData = {
    office: profile,
    number: input.number ?? UNNUMBERED,
    dateIso: draft.date,
    placeName: profile.placeName,
    sifat: draft.sifat,
    ...(lampiranOverride(draft) !== undefined ? { lampiran: lampiranOverride(draft) } : {}),
    hal: draft.hal,
    addressee: attached ? [ADDRESSEE_ATTACHED] : (invitees[0]?.addressee ?? ['Bapak/Ibu']),
    opening: undanganOpening(profile, meeting, draft),
    meeting: {
      dates: meeting.dates,
      timeStart: meeting.timeStart,
      ...(meeting.timeEnd ? { timeEnd: meeting.timeEnd } : {}),
      zone: meeting.timeZone,
      place: meeting.place,
      acara: meeting.agenda.length > 0 ? meeting.agenda : [meeting.title]
    },
    closing: draft.closing,
    signer: documentSigner(profile, draft.signer, draft.date),
    tembusan: draft.tembusan.filter((t) => t.trim().length > 0),
    page: officePageOptions(profile),
    ...(attached
      ? { attachment: { invitees: invitees.map((i) => ({ name: i.name, position: i.position, organisation: printedOrganisation(i) })) } }
      : {})
  }
  if (attached) return { base, recipients: [] }
  const coded = printsPersonalCodes(draft) && !input.withoutPersonalCodes
  return { base, recipients: invitees.map((i) => (coded ? { addressee: i.addressee, registrationCode: registrationCodeOf(meeting.id, i.id) } : i.addressee)) }
}

/** An invitee's code as her letter prints it (meetings/personal-code.ts). */
export function registrationCodeOf(meetingId: string, inviteeId: string): RegistrationCode {
  const code = personalCode(meetingId, inviteeId)
  return { printed: formatPersonalCode(code), qr: code }
}

/** What the register records for an invitation (Kepada, Perihal, Lampiran, Tembusan); Lampiran as the letter prints it. */
export function undanganRegisterEntry(input: Omit<UndanganInput, 'number'>, number?: string) {
  const { meeting, draft, invitees } = input
  const { base } = undanganData({ ...input, number })
  const lampiran = base.lampiran ?? sheetsLabel(undanganAttachmentPages(base))
  const names = invitees.map((i) => i.name)
  const kepada =
    draft.mode === 'daftar-terlampir'
      ? `${invitees.length} undangan ${ADDRESSEE_ATTACHED}`
      : names.length <= 3
        ? names.join('; ')
        : `${names.slice(0, 3).join('; ')}; dan ${names.length - 3} lainnya`
  return {
    code: draft.code,
    date: draft.date,
    kepada: kepada.slice(0, 2000),
    perihal: `${draft.hal} ${meeting.title}`.slice(0, 1000),
    lampiran: lampiran === '-' ? '' : lampiran,
    tembusan: draft.tembusan.filter((t) => t.trim()).join('; ').slice(0, 2000)
  }
}

/** The invitation as a document: one letter with the attached list, or one letter per invitee in one file. */
export function undanganLayout(input: UndanganInput): DocumentLayout {
  const { base, recipients } = undanganData(input)
  return input.draft.mode === 'per-penerima' && recipients.length > 0 ? buildUndanganMerge(base, recipients) : buildUndangan(base)
}
