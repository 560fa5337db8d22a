import { buildUndangan, buildUndanganMerge, type UndanganData } from '../documents/builders/undangan'
import type { DocumentLayout } from '../documents/layout'
import type { Meeting, OfficeProfile, UndanganDraft } from '../model'
import type { InviteeView } from './invitees'
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
}

/** The letter's data for the document engine; for one letter per invitee, `addressees` holds each block. */
export function undanganData(input: UndanganInput): { base: UndanganData; addressees: string[][] } {
  const { profile, meeting, draft, invitees } = input
  const attached = draft.mode === 'daftar-terlampir'
  const base: UndanganData = {
    office: profile,
    number: input.number ?? UNNUMBERED,
    dateIso: draft.date,
    placeName: profile.placeName,
    sifat: draft.sifat,
    lampiran: draft.lampiran.trim() || '-',
    hal: draft.hal,
    addressee: attached ? [ADDRESSEE_ATTACHED] : (invitees[0]?.addressee ?? ['Bapak/Ibu']),
    opening: draft.opening,
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
    page: { paper: profile.paper },
    ...(attached
      ? { attachment: { invitees: invitees.map((i) => ({ name: i.name, position: i.position, organisation: i.organisationName })) } }
      : {})
  }
  return { base, addressees: attached ? [] : invitees.map((i) => i.addressee) }
}

/** What the register records for an invitation (Kepada, Perihal, Lampiran, Tembusan). */
export function undanganRegisterEntry(meeting: Pick<Meeting, 'title'>, draft: UndanganDraft, invitees: readonly InviteeView[]) {
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
    lampiran: draft.lampiran.trim() === '-' ? '' : draft.lampiran.trim(),
    tembusan: draft.tembusan.filter((t) => t.trim()).join('; ').slice(0, 2000)
  }
}

/** The invitation as a document: one letter with the attached list, or one letter per invitee in one file. */
export function undanganLayout(input: UndanganInput): DocumentLayout {
  const { base, addressees } = undanganData(input)
  return input.draft.mode === 'per-penerima' && addressees.length > 0 ? buildUndanganMerge(base, addressees) : buildUndangan(base)
}
